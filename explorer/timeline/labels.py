"""Label layout: each visible event's title beside its mark, never overlapping; crowded events collapse.

Per lane, labels sit on one row just above the marks. Events are first grouped into cells of
``cell_px`` pixels anchored in time (not on the screen, so a pan does not reshuffle them); a cell with
one event offers its title, a cell with several offers a cluster badge with the count. Then, left
to right, any candidate whose label would touch the previous one is merged with it into a cluster,
repeatedly, so the densest runs collapse first. Zooming in spreads the marks, the cells split, and
the clusters expand into titles, as in vis-timeline. Everything is deterministic for a given view.
Widths come from ``measure`` (the caller's font metrics), or an average character width.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from explorer.timeline.events_array import EventsArray, Precision

ELLIPSIS = "\u2026"


@dataclass(frozen=True, slots=True)
class LabelBox:
    lane: int
    left: float  # pixels from the left of the view
    width: float
    text: str
    count: int  # 1 for a single event's title, more for a cluster
    members: np.ndarray  # array positions (into the EventsArray) of the events it stands for
    anchor: float  # pixel x of the mark, or the cluster's mean position
    extent: tuple[float, float]  # pixel x range of the members' anchors

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def is_cluster(self) -> bool:
        return self.count > 1


def elide_to(text: str, max_px: float, measure: Callable[[str], float]) -> str:
    text = " ".join(text.split())
    if measure(text) <= max_px:
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # longest prefix that fits with the ellipsis
        mid = (lo + hi + 1) // 2
        if measure(text[:mid].rstrip() + ELLIPSIS) <= max_px:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + ELLIPSIS if lo else ""


def anchors(arr: EventsArray, idx: np.ndarray, x0: float) -> np.ndarray:
    """Where each event's label hangs: a day's centre, or a span's (visible) start."""
    b = arr.begin[idx]
    point = arr.precision[idx] == Precision.DAY
    return np.where(point, (b + arr.end[idx]) / 2.0, np.maximum(b, x0))


def layout_labels(
    arr: EventsArray,
    lane: int,
    idx: np.ndarray,
    x0: float,
    x1: float,
    width_px: float,
    measure: Callable[[str], float] | None = None,
    char_px: float = 6.5,
    cell_px: float = 14.0,
    gap_px: float = 6.0,
    mark_pad_px: float = 6.0,
    max_label_px: float = 220.0,
    min_label_px: float = 40.0,
    badge_pad_px: float = 5.0,
) -> list[LabelBox]:
    """Non-overlapping labels (titles and cluster badges) for the visible events ``idx`` of ``lane``."""
    if measure is None:
        measure = lambda s: len(s) * char_px  # noqa: E731
    if not len(idx) or x1 <= x0:
        return []
    scale = width_px / (x1 - x0)
    anchor_x = anchors(arr, np.asarray(idx), x0)
    order = np.argsort(anchor_x, kind="stable")
    anchor_x = anchor_x[order]
    members_all = np.asarray(idx)[order]
    px = (anchor_x - x0) * scale
    cell_s = cell_px / scale
    cell = np.floor(anchor_x / cell_s).astype(np.int64)
    starts = np.flatnonzero(np.r_[True, cell[1:] != cell[:-1]])
    ends = np.r_[starts[1:], len(cell)]
    csum = np.r_[0.0, np.cumsum(px)]

    def badge(lo: int, hi: int) -> list:
        count = hi - lo
        centre = (csum[hi] - csum[lo]) / count
        text = f"{count:,}"
        w = measure(text) + 2 * badge_pad_px
        left = min(max(centre - w / 2, 0.0), max(width_px - w, 0.0))
        return [left, w, text, lo, hi, centre]

    placed: list[list] = []  # [left, width, text, lo, hi, anchor]
    for lo, hi in zip(starts.tolist(), ends.tolist()):
        if hi - lo == 1:
            a = float(px[lo])
            title = arr.title(int(members_all[lo]))
            prev_right = placed[-1][0] + placed[-1][1] + gap_px if placed else 0.0
            text = elide_to(title, max_label_px, measure)
            w = measure(text)
            left = max(a + mark_pad_px, 0.0)
            if left + w > width_px:  # no room on the right: try the left of the mark, then shorten
                if a - mark_pad_px - w >= max(prev_right, 0.0):
                    left = a - mark_pad_px - w
                else:
                    text = elide_to(title, width_px - left, measure) if width_px - left >= min_label_px else ""
                    w = measure(text) if text else 0.0
            if not text:
                cur = None  # no room for any text: the mark stays, unlabelled
            else:
                cur = [left, w, text, lo, hi, a]
        else:
            cur = badge(lo, hi)
        if cur is None:
            continue
        while placed and cur[0] < placed[-1][0] + placed[-1][1] + gap_px:
            prev = placed[-1]
            if prev[4] - prev[3] == 1 and cur[4] - cur[3] == 1:
                # Two titles: hang the previous one to the left of its mark if there is room.
                flipped = prev[5] - mark_pad_px - prev[1]
                before = placed[-2][0] + placed[-2][1] + gap_px if len(placed) > 1 else 0.0
                if flipped >= before and cur[0] >= flipped + prev[1] + gap_px:
                    prev[0] = flipped
                    break
            placed.pop()
            cur = badge(prev[3], cur[4])
        placed.append(cur)
    out = []
    for left, w, text, lo, hi, a in placed:
        out.append(LabelBox(lane, float(left), float(w), text, hi - lo, members_all[lo:hi],
                            float(a), (float(px[lo]), float(px[hi - 1]))))
    return out


def overlaps(boxes: list[LabelBox]) -> list[tuple[LabelBox, LabelBox]]:
    """Pairs of boxes in the same lane whose extents intersect (for tests and assertions)."""
    bad = []
    by_lane: dict[int, list[LabelBox]] = {}
    for b in boxes:
        by_lane.setdefault(b.lane, []).append(b)
    for lane_boxes in by_lane.values():
        lane_boxes.sort(key=lambda b: b.left)
        for a, b in zip(lane_boxes, lane_boxes[1:]):
            if b.left < a.right:
                bad.append((a, b))
    return bad
