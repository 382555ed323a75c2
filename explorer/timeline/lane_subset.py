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
from explorer.timeline.lanes import LaneSet


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
    renumber = np.full(arr.n_lanes, -1, np.int32)
    renumber[kept] = np.arange(len(kept), dtype=np.int32)
    lanes = LaneSet(arr.lanes.mode, tuple(arr.lanes.keys[i] for i in kept.tolist()),
                    tuple(arr.lanes.labels[i] for i in kept.tolist()))
    return dataclasses.replace(
        arr, lane=renumber.take(arr.lane), lanes=lanes,
        lane_start=np.append(arr.lane_start[kept], arr.lane_start[-1]).astype(np.int64),
        undated_lane=renumber.take(arr.undated_lane))
