"""Folding lanes with nothing in the visible time range, as plain arithmetic (no Qt).

Zoomed in on a month of a folder of thirty articles, most lanes have no event in view: each still
took a full lane's height, so the view showed five empty bands (each saying only where its events
lie) and one lane of marks, and the other lanes with events in that month were off screen. A lane
with nothing in view is now *folded*: a thin band just tall enough for its name and its edge note
("◀ 4 events, 1998", a click there goes to them), and the room it gives up goes to the lanes with
marks. More lanes then fit the view, so which lanes are shown depends on the time range as well as
on the first lane: :func:`lane_window` says which lanes fit from a first lane, and
:func:`first_lane_showing` which first lane brings a given lane into view, moving as little as
possible (the selection is always scrolled into view with it).

``occupied(lane)`` answers whether a lane has an event in the visible range; it is asked only of the
few lanes near the window (a project of 19k document lanes must not pay for all of them on every
pan): :func:`occupied_in` makes it for an :class:`~explorer.timeline.events_array.EventsArray`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from explorer.timeline.events_array import EventsArray
from explorer.timeline.lod import overlap_count
from explorer.timeline.scrolling import MAX_VISIBLE_LANES, MIN_LANE_PX, MIN_LANES_SHOWN

#: A folded lane's height at scale 1: one line of its name (the app's font) and a little air.
THIN_LANE_PX = 20.0
#: At most this many lanes in view, folded ones included (names a reader can still scan).
MAX_LANES_SHOWN = 48

Occupied = Callable[[int], bool]


def occupied_in(arr: EventsArray, x0: float, x1: float) -> Occupied:
    """Whether a lane of ``arr`` has an event overlapping ``[x0, x1)`` (two binary searches a lane)."""
    n = arr.n_lanes
    return lambda lane: 0 <= lane < n and overlap_count(arr, lane, x0, x1) > 0


def fold_mask(occupied: Sequence[bool], total_px: float, thin_px: float) -> np.ndarray:
    """Which of the lanes in view are drawn folded: those with nothing in view, when some lane in
    view has events (else there is nothing to give the room to) and a folded band is thinner than
    an even share of ``total_px`` (else folding would make them taller, not thinner)."""
    occ = np.asarray(occupied, bool)
    n = len(occ)
    if n == 0 or not occ.any() or occ.all() or thin_px >= total_px / n:
        return np.zeros(n, bool)
    return ~occ


def open_lane_px(folded: np.ndarray, total_px: float, thin_px: float) -> float:
    """The average height of the lanes in view that are not ``folded`` (a :func:`fold_mask`):
    whether they have room for labels. Twenty lanes in view, fifteen of them folded, leave the five
    with marks room for their titles, where an even share had none. It takes the mask, not the
    lanes' occupancy: the fold is decided once per paint (:func:`~explorer.timeline.placement.place_lanes`)."""
    n_open = len(folded) - int(folded.sum())
    return (total_px - thin_px * int(folded.sum())) / n_open if n_open else 0.0


class _Room:
    """The pixels lanes take as they are added to a window: ``full_px`` a lane with events,
    ``thin_px`` a folded one; at most ``max_full`` lanes with events and :data:`MAX_LANES_SHOWN`
    in all, and at least ``min_shown`` lanes whatever their cost."""

    def __init__(self, area_px: float, full_px: float, thin_px: float, max_full: int, min_shown: int) -> None:
        self.area, self.full_px, self.thin_px = max(float(area_px), 0.0), full_px, thin_px
        self.max_full, self.min_shown = max_full, min_shown
        self.used = 0.0
        self.full = 0
        self.count = 0

    def take(self, occupied: bool) -> bool:
        cost = self.full_px if occupied else self.thin_px
        if self.count >= self.min_shown and (
                self.used + cost > self.area or self.count >= MAX_LANES_SHOWN
                or (occupied and self.full >= self.max_full)):
            return False
        self.used += cost
        self.full += occupied
        self.count += 1
        return True


def lane_window(first: int, n_lanes: int, occupied: Occupied, area_px: float,
                full_px: float = MIN_LANE_PX, thin_px: float = THIN_LANE_PX,
                max_full: int = MAX_VISIBLE_LANES, min_shown: int = MIN_LANES_SHOWN) -> tuple[int, int]:
    """The lanes a view ``area_px`` high shows from lane ``first``: ``(first, count)``. Lanes are
    added downwards while they fit (a lane with events needs ``full_px``, a folded one ``thin_px``);
    when the last lane is reached with room to spare, lanes above ``first`` fill it (the view never
    ends on blank room while lanes are scrolled off above)."""
    if n_lanes <= 0:
        return 0, 0
    first = max(0, min(int(first), n_lanes - 1))
    room = _Room(area_px, full_px, thin_px, max_full, min_shown)
    last = first
    while last < n_lanes and room.take(occupied(last)):
        last += 1
    if last == n_lanes:
        while first > 0 and room.take(occupied(first - 1)):
            first -= 1
    return first, last - first


def first_lane_showing(lane: int, first: int, n_lanes: int, occupied: Occupied, area_px: float,
                       full_px: float = MIN_LANE_PX, thin_px: float = THIN_LANE_PX,
                       max_full: int = MAX_VISIBLE_LANES, min_shown: int = MIN_LANES_SHOWN) -> int:
    """The first lane to show so ``lane`` is in view, moving as little as possible from ``first``:
    unchanged when it is in view, ``lane`` itself when it is above, and when below the first lane
    from which the lanes down to ``lane`` just fit (``lane`` becomes the last lane in view)."""
    sizes = dict(full_px=full_px, thin_px=thin_px, max_full=max_full, min_shown=min_shown)
    if n_lanes <= 0:
        return 0
    lane = max(0, min(int(lane), n_lanes - 1))
    start, count = lane_window(first, n_lanes, occupied, area_px, **sizes)
    if start <= lane < start + count:
        return start
    if lane < start:
        return lane_window(lane, n_lanes, occupied, area_px, **sizes)[0]
    room = _Room(area_px, full_px, thin_px, max_full, min_shown)
    top = lane
    room.take(occupied(lane))
    while top > 0 and room.take(occupied(top - 1)):
        top -= 1
    return top
