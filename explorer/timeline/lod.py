"""Level of detail: for a visible time range and a pixel width, what each lane should draw.

A lane with at most ``mark_limit`` visible events draws them as marks (and labels); a denser lane
draws a density band instead: the number of events overlapping each pixel column. Both answers cost
a few binary searches per lane, whatever the number of events, because the arrays are sorted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Literal

import numpy as np

from explorer.timeline.events_array import EventsArray

#: Above this many visible events in one lane, the lane shows a density band instead of marks.
MARK_LIMIT = 2000
#: Above this many visible events in all lanes together, lanes share it: each lane keeps marks only
#: up to ``TOTAL_LIMIT / visible lanes`` (but at least ``MIN_LANE_LIMIT``).
TOTAL_LIMIT = 4000
MIN_LANE_LIMIT = 250
#: Width of one density column in pixels.
COLUMN_PX = 2.0


@dataclass(slots=True)
class LaneDetail:
    lane: int
    mode: Literal["marks", "density", "empty"]
    count: int  # events overlapping the visible range
    idx: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))  # array positions (marks)
    counts: np.ndarray | None = None  # events per column (density)


@dataclass(slots=True)
class ViewDetail:
    x0: float
    x1: float
    width_px: float
    edges: np.ndarray  # column edges in epoch seconds (density columns)
    lanes: list[LaneDetail]

    @property
    def total(self) -> int:
        return sum(d.count for d in self.lanes)


def visible_indices(arr: EventsArray, lane: int, x0: float, x1: float) -> np.ndarray:
    """Array positions in ``lane`` of events overlapping ``[x0, x1)``, in begin order."""
    s, e = int(arr.lane_start[lane]), int(arr.lane_start[lane + 1])
    lo, hi = _candidate_bounds(arr, s, e, x0, x1)
    if hi <= lo:
        return np.zeros(0, np.int64)
    return lo + np.flatnonzero(arr.end[lo:hi] > x0)


def _candidate_bounds(arr: EventsArray, s: int, e: int, x0: float, x1: float) -> tuple[int, int]:
    # Everything before ``lo`` ends at or before x0 (running max of end); everything from ``hi`` on
    # begins at or after x1.
    lo = s + int(np.searchsorted(arr.end_cummax[s:e], x0, side="right"))
    hi = s + int(np.searchsorted(arr.begin[s:e], x1, side="left"))
    return lo, hi


def overlap_count(arr: EventsArray, lane: int, x0: float, x1: float) -> int:
    s, e = int(arr.lane_start[lane]), int(arr.lane_start[lane + 1])
    starts_before = int(np.searchsorted(arr.begin[s:e], x1, side="left"))
    ended_before = int(np.searchsorted(arr.end_sorted[s:e], x0, side="right"))
    return starts_before - ended_before


def overlap_counts(arr: EventsArray, x0: float, x1: float) -> np.ndarray:
    """:func:`overlap_count` of every lane at once (``x0 < x1``), in one pass over the columns: an
    export measuring thirty lanes, or 756 actor lanes, asked each lane in a Python loop."""
    inside = (arr.begin < x1) & (arr.end > x0)
    return np.bincount(arr.lane[inside], minlength=arr.n_lanes).astype(np.int64)[: arr.n_lanes]


def column_counts(arr: EventsArray, lane: int, edges: np.ndarray) -> np.ndarray:
    """Events of ``lane`` overlapping each column ``[edges[i], edges[i+1])``."""
    s, e = int(arr.lane_start[lane]), int(arr.lane_start[lane + 1])
    started = np.searchsorted(arr.begin[s:e], edges[1:], side="left")
    ended = np.searchsorted(arr.end_sorted[s:e], edges[:-1], side="right")
    return (started - ended).astype(np.int64)


def view_detail(
    arr: EventsArray,
    x0: float,
    x1: float,
    width_px: float,
    lanes: Iterable[int] | None = None,
    mark_limit: int = MARK_LIMIT,
    column_px: float = COLUMN_PX,
    total_limit: int = TOTAL_LIMIT,
) -> ViewDetail:
    width_px = max(float(width_px), 1.0)
    ncols = max(1, int(np.ceil(width_px / column_px)))
    edges = np.linspace(x0, x1, ncols + 1)
    out: list[LaneDetail] = []
    lanes = list(range(arr.n_lanes) if lanes is None else lanes)
    mark_limit = min(mark_limit, max(MIN_LANE_LIMIT, total_limit // max(len(lanes), 1)))
    for lane in lanes:
        count = overlap_count(arr, lane, x0, x1)
        if count <= 0:
            out.append(LaneDetail(lane, "empty", 0))
        elif count <= mark_limit:
            out.append(LaneDetail(lane, "marks", count, idx=visible_indices(arr, lane, x0, x1)))
        else:
            out.append(LaneDetail(lane, "density", count, counts=column_counts(arr, lane, edges)))
    return ViewDetail(x0, x1, width_px, edges, out)


@dataclass(frozen=True, slots=True)
class Beyond:
    """A lane's events wholly on one side of the visible range: how many, and the time they cover."""

    lane: int
    side: Literal["before", "after"]
    count: int
    begin: float  # epoch seconds: the earliest of them
    end: float  # the latest end of them


def beyond_view(arr: EventsArray, lane: int, x0: float, x1: float) -> list[Beyond]:
    """The lane's events that end before ``x0`` and those that begin after ``x1`` (none, one or two
    entries), found by binary search. A lane with nothing in view says so at the plot's edge: the
    first view of a folder with a few ancient histories shows the modern bulk, and the ancient
    lanes must still tell the reader where their events are."""
    s, e = int(arr.lane_start[lane]), int(arr.lane_start[lane + 1])
    out: list[Beyond] = []
    if e <= s:
        return out
    ended = int(np.searchsorted(arr.end_sorted[s:e], x0, side="right"))
    if ended:
        first, last = float(arr.begin[s]), float(arr.end_sorted[s + ended - 1])
        if ended <= SHORT_YEARS_LIMIT:  # candidates: the events beginning before the view
            stop = s + int(np.searchsorted(arr.begin[s:e], x0, side="left"))
            b, f = arr.begin[s:stop], arr.end[s:stop]
            first, last = _short_extent(b[f <= x0], f[f <= x0], first, last)
        out.append(Beyond(lane, "before", ended, first, last))
    started = int(np.searchsorted(arr.begin[s:e], x1, side="left"))
    if started < e - s:
        first, last = float(arr.begin[s + started]), float(arr.end_cummax[e - 1])
        if e - s - started <= SHORT_YEARS_LIMIT:
            first, last = _short_extent(arr.begin[s + started:e], arr.end[s + started:e], first, last)
        out.append(Beyond(lane, "after", e - s - started, first, last))
    return out


#: A note's years are those of its events that are no long spans when they are at most this many
#: (above it, a note would cost a pass over them at every paint; the whole extent is named instead).
SHORT_YEARS_LIMIT = 20_000


def _short_extent(begin: np.ndarray, end: np.ndarray, first: float, last: float) -> tuple[float, float]:
    """The extent of the events among these that span at most a decade (what the first view's fit
    counts), or ``(first, last)`` when there is none: a history's note read "◀ 32 events, 867 BC –
    1899", its wars of 264-146 BC framed by a remark on the 9th century BC and one on the 1800s."""
    from explorer.timeline.zoom import ROBUST_MAX_SPAN_S

    short = (end - begin) <= ROBUST_MAX_SPAN_S
    if not short.any():
        return first, last
    return float(begin[short].min()), float(end[short].max())


def beyond_text(b: Beyond) -> str:
    """What the plot's edge says of ``b``: "◀ 76 events, 499 BC – 146 BC" (or "… ▶" after the view)."""
    from explorer.calendar import civil, year_label
    from explorer.timeline.ticks import day_at

    first, last = civil(day_at(b.begin))[0], civil(day_at(max(b.begin, b.end - 1.0)))[0]
    years = year_label(first) if first == last else f"{year_label(first)} \u2013 {year_label(last)}"
    what = f"{b.count:,} event{'s' if b.count != 1 else ''}, {years}"
    return f"\u25c0 {what}" if b.side == "before" else f"{what} \u25b6"


#: A lane whose events in view are all background leaves them unlabelled for its note of what lies
#: beyond only when at least this many times as many of its events lie beyond the view.
BACKGROUND_BEYOND_RATIO = 3


def background_lanes(arr: EventsArray, detail: ViewDetail, x0: float, x1: float) -> frozenset[int]:
    """The lanes whose marks in view are only background (each a span of more than a decade, "the
    nineteenth century": the spans the first view's fit leaves out too), while at least :data:`BACKGROUND_BEYOND_RATIO` times as many of their
    events lie beyond the view. Such a lane says at the plot's edge where its events are, as a lane
    with nothing in view does, and its background marks take no title: an ancient history's one
    remark on a later century ("The popular story is invented …", 1800–1899) was all the first view
    of twelve histories showed of it, titled as if it were its story, and hid the note pointing to
    its forty real events (h37g review). The first view itself already leaves such spans out
    (:func:`~explorer.timeline.zoom.fit_range`). Salience is not asked: a precise date read in
    passing is still a real event in view (and records built without one have salience 0). A few
    binary searches per lane of marks."""
    from explorer.timeline.zoom import ROBUST_MAX_SPAN_S

    out: set[int] = set()
    for d in detail.lanes:
        if d.mode != "marks" or not len(d.idx):
            continue
        idx = d.idx
        if not ((arr.end[idx] - arr.begin[idx]) > ROBUST_MAX_SPAN_S).all():
            continue
        beyond = sum(b.count for b in beyond_view(arr, d.lane, x0, x1))
        if beyond >= BACKGROUND_BEYOND_RATIO * len(idx):
            out.add(d.lane)
    return frozenset(out)
