"""Lane placement: how tall each lane in view is drawn, where its marks sit, and which of its labels
are shown in how many rows. Plain functions (no Qt), so the tests and any renderer can call them
with a measuring function of their own; the app's ``TimelineItem`` passes its font's.

The view's height is shared by label rows: each lane's labels are first laid out in one row and
asked how many rows they would fill (:func:`~explorer.timeline.label_cache.rows_wanted`), the
height is shared by those wishes (:func:`~explorer.timeline.lanes.lane_rows_and_heights`), and a lane
that got fewer rows than it wanted is stacked again into the rows it got.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from explorer.timeline.events_array import EventsArray
from explorer.timeline.label_cache import rows_wanted
from explorer.timeline.label_sizes import (BADGE_GAP_PX, BADGE_PAD_PX, CAPTION_GAP_PX, CELL_PX, GAP_PX,
                                           MARK_PAD_PX, MAX_LABEL_PX, MIN_LABEL_PX, SAME_TITLE_NEAR_PX)
from explorer.timeline.labels import LabelBox, layout_labels, merge_repeated_titles, stack_labels, widen_titles
from explorer.timeline.lane_fold import THIN_LANE_PX, fold_mask, open_lane_px
from explorer.timeline.lanes import lane_mark_ys, lane_rows_and_heights
from explorer.timeline.lod import ViewDetail

#: A lane's one-row label layout: ``(lane, event positions in view) -> boxes``.
RowLayout = Callable[[int, np.ndarray], list[LabelBox]]
#: The one-row boxes stacked into some rows: ``(boxes, event positions, rows) -> boxes``.
Stacker = Callable[[list[LabelBox], np.ndarray, int], list[LabelBox]]


@dataclass(frozen=True)
class LaneSizes:
    """The pixel sizes lanes are placed with, at one pixel scale (exports at high DPI raise it)."""

    row_px: float  # one label row: the font's height plus a gap
    scale: float = 1.0
    bar_px: float = 8.0  # a bar's height at scale 1
    max_rows: int = 6  # label rows stacked above a lane's marks, at most
    thin_lane_px: float = THIN_LANE_PX  # a folded lane (nothing in view) at scale 1

    @property
    def thin_px(self) -> float:
        """A folded lane's height: its name and its edge note, one line (see :mod:`~explorer.timeline.lane_fold`)."""
        return self.thin_lane_px * self.scale

    @property
    def below_px(self) -> float:
        """The marks' lower half and a gap under them."""
        return self.bar_px * self.scale * 0.625 + 3 * self.scale

    @property
    def above_px(self) -> float:
        """The marks' upper half and a gap over them: how far above the marks row 0 of the labels
        has its baseline."""
        return self.bar_px * self.scale * 0.75 + 4 * self.scale

    @property
    def base_px(self) -> float:
        """A lane with no label row: its marks and the gaps around them."""
        return self.below_px + self.above_px


@dataclass(frozen=True)
class LanePlacement:
    """What :func:`place_lanes` decided, by lane (only the lanes in view)."""

    labels: dict[int, list[LabelBox]]  # lanes drawing marks with labels on: the boxes to draw
    rows: dict[int, int]  # label rows given
    heights: dict[int, float]  # pixels
    mark_ys: dict[int, float]  # the pixel y of the lane's marks
    folded: frozenset[int] = frozenset()  # lanes with nothing in view, drawn as a thin band
    labels_on: bool = False  # whether titles were laid out (asked for, and the open lanes have room)


def place_lanes(detail: ViewDetail, visible: Sequence[int], labels_on: bool, top: float, bottom: float,
                sizes: LaneSizes, layout_row: RowLayout, stack: Stacker, label_lane_px: float = 0.0,
                quiet: frozenset[int] = frozenset()) -> LanePlacement:
    """Place the lanes ``visible`` (top to bottom) between pixel ``top`` and ``bottom``.

    ``labels_on`` asks for titles; they are laid out only when the lanes left open by the fold are
    on average at least ``label_lane_px`` tall (the answer is the placement's ``labels_on``): the
    fold that decides it is the one the lanes are placed with, decided once per paint (the item
    decided it again before placing, from the same lanes).

    Without labels every lane wants no row; a density band or an empty lane wants one (its caption,
    or room); a lane of marks wants as many rows as its one-row layout would fill, at most
    ``sizes.max_rows``. A lane given no row draws no label. A lane with nothing in view is folded
    (:func:`~explorer.timeline.lane_fold.fold_mask`) to ``sizes.thin_px``, no share of the room
    left: that goes to the lanes with marks (zoomed in on a month, five empty bands took the room of
    the one lane with events). A ``quiet`` lane's marks take no title: it wants one row, for its
    note of what lies beyond the view (see :func:`~explorer.timeline.lod.background_lanes`)."""
    modes = {d.lane: d for d in detail.lanes}
    has_events = [lane in modes and modes[lane].mode != "empty" for lane in visible]
    folded = fold_mask(has_events, bottom - top, sizes.thin_px)
    labels_on = bool(labels_on and len(visible)
                     and open_lane_px(folded, bottom - top, sizes.thin_px) >= label_lane_px)
    layouts: dict[int, list[LabelBox]] = {}
    wanted = []
    for lane in visible:
        d = modes.get(lane)
        if not labels_on:
            wanted.append(0)
        elif d is not None and d.mode == "marks" and len(d.idx) and lane not in quiet:
            boxes = layouts[lane] = layout_row(lane, d.idx)
            wanted.append(rows_wanted(boxes, len(d.idx), sizes.max_rows))
        else:
            wanted.append(1)
    open_ = np.flatnonzero(~folded)
    rows = np.zeros(len(visible), np.int64)
    heights = np.full(len(visible), sizes.thin_px, np.float64)
    rows[open_], heights[open_] = lane_rows_and_heights(
        [wanted[k] for k in open_], sizes.row_px, sizes.base_px, bottom - top - sizes.thin_px * int(folded.sum()))
    content = np.where(folded, heights, sizes.base_px + rows * sizes.row_px)
    ys = lane_mark_ys(heights, top, sizes.below_px, content)
    for k, lane in enumerate(visible):
        if lane in layouts:
            got = int(rows[k])
            layouts[lane] = stack(layouts[lane], modes[lane].idx, got) if got else []
    return LanePlacement(layouts, {lane: int(rows[k]) for k, lane in enumerate(visible)},
                         {lane: float(heights[k]) for k, lane in enumerate(visible)},
                         {lane: float(ys[k]) for k, lane in enumerate(visible)},
                         frozenset(lane for k, lane in enumerate(visible) if folded[k]), labels_on)


def row_layout(arr: EventsArray, lane: int, idx: np.ndarray, vx0: float, vx1: float, width_px: float,
               measure: Callable[[str], float], scale: float = 1.0, cache: dict | None = None) -> list[LabelBox]:
    """The label engine's one-row layout of a lane's labels (titles and cluster badges), with the
    timeline's pixel sizes at ``scale``: every one of them (the gap two badges keep was left at its
    scale-1 size, so an export at scale 2 ran badges 14 px apart together that the screen kept).
    No ``char_px``: the engine reads it only without a ``measure``, and the placement always has one."""
    return layout_labels(
        arr, lane, idx, vx0, vx1, width_px, measure=measure,
        cell_px=CELL_PX * scale, gap_px=GAP_PX * scale, mark_pad_px=MARK_PAD_PX * scale, max_label_px=MAX_LABEL_PX * scale,
        min_label_px=MIN_LABEL_PX * scale, badge_pad_px=BADGE_PAD_PX * scale, cache=cache,
        badge_gap_px=BADGE_GAP_PX * scale)


def stack_rows(arr: EventsArray, boxes: list[LabelBox], idx: np.ndarray, vx0: float, vx1: float, width_px: float,
               rows: int, measure: Callable[[str], float], scale: float = 1.0) -> list[LabelBox]:
    """The one-row layout ``boxes`` stacked into ``rows`` rows by importance (salience); unchanged
    when every event already has its title. Equal titles close together are then shown once, with
    their count (:func:`merge_repeated_titles`), and a title cut at the widest a title may be takes
    the free room to its right (:func:`~explorer.timeline.labels.widen_titles`)."""
    if any(b.is_cluster for b in boxes) or (rows > 1 and len(boxes) != len(idx)):
        boxes = stack_labels(arr, boxes, rows, arr.priority, vx0, vx1, width_px, measure=measure,
                             gap_px=GAP_PX * scale, mark_pad_px=MARK_PAD_PX * scale,
                             max_label_px=MAX_LABEL_PX * scale, min_label_px=MIN_LABEL_PX * scale, idx=idx,
                             caption_gap_px=CAPTION_GAP_PX * scale)
    boxes = merge_repeated_titles(arr, boxes, measure, width_px, near_px=SAME_TITLE_NEAR_PX * scale, gap_px=GAP_PX * scale,
                                  badge_pad_px=BADGE_PAD_PX * scale, caption_gap_px=CAPTION_GAP_PX * scale,
                                  max_label_px=MAX_LABEL_PX * scale)
    return widen_titles(arr, boxes, measure, width_px, gap_px=GAP_PX * scale,
                        caption_gap_px=CAPTION_GAP_PX * scale)
