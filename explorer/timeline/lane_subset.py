"""A narrowed array's lanes without the empty ones: with a Filter set, the timeline showed every
document's lane, so "Iraq" over thirty news articles left seven lanes in view of which one held a
mark, and the matches were to be found by scrolling through empty lanes.

The lanes kept stay in their order, so the array's order (by lane, then time) holds as it is: the
lane column is renumbered and the lane starts narrowed, nothing is sorted again. Colours follow
the events (a ``Colouring`` by key), not the lane index, so no mark changes colour.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from explorer.timeline.events_array import EventsArray
from explorer.timeline.lane_fold import THIN_LANE_PX
from explorer.timeline.lanes import LaneSet
from explorer.timeline.lod import overlap_counts


def lanes_with_events(arr: EventsArray) -> np.ndarray:
    """The lanes holding a dated mark or an undated event, in order."""
    held = np.diff(arr.lane_start) > 0
    if len(arr.undated_lane):
        held |= np.bincount(arr.undated_lane, minlength=arr.n_lanes)[: arr.n_lanes] > 0
    return np.flatnonzero(held)


def without_empty_lanes(arr: EventsArray) -> EventsArray:
    """``arr`` with only its lanes that hold an event (``arr`` itself when none is empty, or when
    all are: with no lane at all the view would have nothing to lay out, and says instead that the
    filters keep no event)."""
    kept = lanes_with_events(arr)
    if len(kept) == arr.n_lanes or not len(kept):
        return arr
    return _drop_lanes(arr, kept)


def _drop_lanes(arr: EventsArray, kept: np.ndarray) -> EventsArray:
    """``arr`` with its lanes renumbered to ``kept`` (the others must hold no event)."""
    renumber = np.full(arr.n_lanes, -1, np.int32)
    renumber[kept] = np.arange(len(kept), dtype=np.int32)
    lanes = LaneSet(arr.lanes.mode, tuple(arr.lanes.keys[i] for i in kept.tolist()),
                    tuple(arr.lanes.labels[i] for i in kept.tolist()))
    return dataclasses.replace(
        arr, lane=renumber.take(arr.lane), lanes=lanes,
        lane_start=np.append(arr.lane_start[kept], arr.lane_start[-1]).astype(np.int64),
        undated_lane=renumber.take(arr.undated_lane))


def lanes_that_fit(arr: EventsArray, x0: float, x1: float, plot_px: float, lane_px: float,
                   thin_px: float = THIN_LANE_PX) -> np.ndarray:
    """The lanes of ``arr`` an image ``plot_px`` tall can show with their titles, in order: all when
    they fit; else the lanes with the most events in ``[x0, x1)``, as many as fit at ``lane_px``
    each (at least one). An exported figure of thirty lanes at a report column's size gave each
    lane 7 px: no lane drew a title, the names overlapped and the image said nothing. A reader of a
    report wants the busy lanes readable and to be told what was left out (:func:`left_out_note`),
    not thirty unreadable ones. Lanes with nothing in range go first (they show only a note).

    ``lane_px`` is the drawing's own measure of a lane with a title row
    (``TimelineItem.lane_with_titles_px``, from its font); there is no default: a guessed one here
    was used only by tests, which then checked a height the figure never used."""
    n = arr.n_lanes
    counts = overlap_counts(arr, x0, x1)
    need = float(np.where(counts > 0, lane_px, thin_px).sum())
    if need <= plot_px or n <= 1:
        return np.arange(n)
    fit = max(1, int(plot_px // lane_px))
    busy = np.flatnonzero(counts > 0)
    order = busy[np.argsort(-counts[busy], kind="stable")]  # the busiest first, ties in lane order
    return np.sort(order[:fit]) if len(order) else np.arange(min(fit, n))


def only_lanes(arr: EventsArray, kept: np.ndarray) -> EventsArray:
    """``arr`` with only the lanes ``kept`` (their dated and undated events), in their order."""
    keep_lane = np.zeros(arr.n_lanes, bool)
    keep_lane[np.asarray(kept, np.int64)] = True
    narrowed = arr.subset(keep_lane.take(arr.lane), keep_lane.take(arr.undated_lane))
    return _drop_lanes(narrowed, np.flatnonzero(keep_lane))


def left_out_note(arr: EventsArray, kept: np.ndarray, x0: float, x1: float) -> str:
    """"5 of 30 lanes shown (the busiest); left out for room: 25 lanes, 48 events", or "". Every event
    of the lanes left out is counted (dated in range or not, undated), so with the caption's "n of N
    events drawn" and what else it says is not drawn, the figure accounts for all its title counts."""
    dropped = np.setdiff1d(np.arange(arr.n_lanes), kept)
    if not len(dropped):
        return ""
    out_lane = np.zeros(arr.n_lanes, bool)
    out_lane[dropped] = True
    inside = np.union1d(arr.row[~out_lane.take(arr.lane)], arr.undated_row[~out_lane.take(arr.undated_lane)])
    left = np.setdiff1d(np.union1d(arr.row[out_lane.take(arr.lane)], arr.undated_row[out_lane.take(arr.undated_lane)]),
                        inside)  # an event in a lane kept as well (actor lanes) is drawn there
    return (f"{len(kept)} of {arr.n_lanes} lanes shown (the busiest); left out for room: {len(dropped)} lane"
            f"{'s' if len(dropped) != 1 else ''}, {len(left):,} event{'s' if len(left) != 1 else ''}")
