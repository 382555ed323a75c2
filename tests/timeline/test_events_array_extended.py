"""``EventsArray.extended``: an import's marks (in new lanes after the drawn ones) appended to the
kept array equal the array built afresh from every mark, column by column."""

from __future__ import annotations

import numpy as np
import pytest

from explorer.timeline.events_array import EventsArray
from explorer.timeline.lanes import LaneSet


def _lanes(count: int) -> LaneSet:
    return LaneSet("document", tuple(f"doc{i}.txt" for i in range(count)), tuple(f"Doc {i}" for i in range(count)))


def _build(begin, end, lane, rows, undated_row, undated_lane, lanes, priority):
    return EventsArray.from_columns(begin, end, lane, rows, [f"t{i}" for i in range(len(priority))], lanes,
                                    certainty=rows % 2, flags=rows % 3, undated_row=undated_row,
                                    undated_lane=undated_lane, priority=priority)


@pytest.mark.parametrize("seed", range(8))
def test_appending_new_lanes_equals_a_fresh_build(seed):
    rng = np.random.default_rng(seed)
    old_lanes, new_lanes = int(rng.integers(1, 30)), int(rng.integers(1, 4))
    n_old, n_new = int(rng.integers(0, 400)), int(rng.integers(1, 40))
    n = n_old + n_new
    lane = np.concatenate([np.sort(rng.integers(0, old_lanes, n_old)),
                           np.sort(rng.integers(old_lanes, old_lanes + new_lanes, n_new))]).astype(np.int32)
    begin = rng.integers(-800_000, 20_000, n)  # BC days too
    end = begin + rng.integers(0, 400, n) * (rng.random(n) < 0.4)
    undated = rng.random(n) < 0.1
    keys = np.arange(n)
    priority = rng.random(n)
    everything = _lanes(old_lanes + new_lanes)
    fresh = _build(begin[~undated], end[~undated], lane[~undated], keys[~undated], keys[undated], lane[undated],
                   everything, priority)
    o = ~undated & (keys < n_old)
    ou = undated & (keys < n_old)
    kept = _build(begin[o], end[o], lane[o], keys[o], keys[ou], lane[ou], _lanes(old_lanes), priority[:n_old])
    m = ~undated & (keys >= n_old)
    mu = undated & (keys >= n_old)
    more = _build(begin[m], end[m], lane[m], keys[m], keys[mu], lane[mu], everything, priority)
    got = kept.extended(more, priority)
    for name in ("begin", "end", "lane", "precision", "certainty", "flags", "row", "lane_start", "end_cummax",
                 "end_sorted", "undated_row", "undated_lane", "priority", "end_order"):
        assert np.array_equal(getattr(got, name), getattr(fresh, name)), name
    assert got.lanes == fresh.lanes and len(got) == len(fresh)
    # and it narrows as the fresh one does (a filter after the import)
    keep = rng.random(len(fresh)) < 0.5
    a, b = got.subset(keep), fresh.subset(keep)
    assert np.array_equal(a.row, b.row) and np.array_equal(a.end_sorted, b.end_sorted)
    assert np.array_equal(a.end_order, b.end_order) and np.array_equal(a.lane_start, b.lane_start)


def test_marks_in_a_drawn_lane_are_refused():
    lanes = _lanes(2)
    kept = EventsArray.from_columns(np.array([1, 2]), np.array([1, 2]), np.array([0, 1]), np.array([0, 1]),
                                    ["a", "b", "c"], lanes)
    more = EventsArray.from_columns(np.array([3]), np.array([3]), np.array([1]), np.array([2]), ["a", "b", "c"],
                                    _lanes(3))
    with pytest.raises(ValueError):
        kept.extended(more)
    other = EventsArray.from_columns(np.array([3]), np.array([3]), np.array([2]), np.array([2]), ["a", "b", "c"],
                                     LaneSet("document", ("x", "y", "z"), ("x", "y", "z")))
    with pytest.raises(ValueError):
        kept.extended(other)


def test_appending_writes_into_spare_room_and_leaves_the_column_as_it_was():
    from explorer.timeline.events_array import appended
    column = np.arange(10_000, dtype=np.int64)
    first = appended(column, [1, 2, 3])  # copied once, with room to spare
    assert first.tolist() == column.tolist() + [1, 2, 3] and not np.shares_memory(first, column)
    second = appended(first, np.array([7, 8]))  # into the room: no copy of the 10,003 values
    assert second.tolist() == column.tolist() + [1, 2, 3, 7, 8]
    assert np.shares_memory(second, first) and first.tolist() == column.tolist() + [1, 2, 3]
    assert second.dtype == np.int64
    big = appended(second, np.zeros(50_000, np.int64))  # more than the room: a new buffer
    assert len(big) == 60_005 and big[:10_005].tolist() == second.tolist() and not np.shares_memory(big, second)
    assert appended(np.zeros(0, np.float64), np.array([1.5])).tolist() == [1.5]


def test_appending_to_a_slice_of_another_array_never_writes_into_that_array():
    from explorer.timeline.events_array import appended
    owner = np.arange(100, dtype=np.int64)
    got = appended(owner[:50], np.array([-1, -2]))  # room after the slice is the owner's, not spare
    assert got.tolist() == list(range(50)) + [-1, -2]
    assert owner.tolist() == list(range(100)) and not np.shares_memory(got, owner)
