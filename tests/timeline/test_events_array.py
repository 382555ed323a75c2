"""EventsArray construction details."""

from __future__ import annotations

import numpy as np
import pytest


@pytest.mark.parametrize("lanes, days", [(1, 10), (7, 20_000), (1200, 3_000_000), (20_000, 3_000_000)])
def test_per_lane_running_max_and_sort_match_a_loop_over_lanes(lanes, days):
    """The whole-array version (and its fallback when lanes stacked end to end would lose float64
    precision: the last case) against the plain per-lane loop."""
    from explorer.timeline.events_array import _per_lane_cummax_and_sorted

    rng = np.random.default_rng(lanes)
    n = 30_000
    lane = np.sort(rng.integers(0, lanes, n)).astype(np.int32)
    end = rng.integers(-days, days, n) * 86400.0
    end = end[np.lexsort((rng.random(n), lane))]
    starts = np.searchsorted(lane, np.arange(lanes + 1))
    cummax, ends_sorted = _per_lane_cummax_and_sorted(end, lane, starts)
    for l in range(lanes):
        s, e = starts[l], starts[l + 1]
        assert (cummax[s:e] == np.maximum.accumulate(end[s:e])).all()
        assert (ends_sorted[s:e] == np.sort(end[s:e])).all()


FIELDS = ("begin", "end", "lane", "precision", "certainty", "flags", "row", "lane_start", "end_cummax",
          "end_sorted", "undated_row", "undated_lane", "end_order")


@pytest.mark.parametrize("seed, lanes, share", [(0, 1, 0.5), (1, 9, 0.9), (2, 300, 0.1), (3, 5, 0.0), (4, 5, 1.0)])
def test_a_subset_equals_the_array_built_from_the_kept_events(seed, lanes, share):
    """Issue 16: a filter narrows the timeline's full array (``subset``) instead of building it again
    from the kept events; both must be the same array, field by field."""
    from explorer.timeline.events_array import EventsArray
    from explorer.timeline.lanes import LaneSet

    rng = np.random.default_rng(seed)
    n = 5_000
    begin = rng.integers(-40_000, 40_000, n)
    end = begin + np.where(rng.random(n) < 0.3, rng.integers(0, 400, n), 0)
    lane = rng.integers(0, lanes, n).astype(np.int32)
    row = np.arange(n, dtype=np.int64)
    certainty, flags = rng.integers(0, 2, n).astype(np.uint8), rng.integers(0, 8, n).astype(np.uint8)
    undated_row, undated_lane = np.arange(n, n + 50), rng.integers(0, lanes, 50).astype(np.int32)
    names = tuple(f"lane {i}" for i in range(lanes))
    lane_set = LaneSet("document", names, names)
    full = EventsArray.from_columns(begin, end, lane, row, [], lane_set, certainty, flags, undated_row, undated_lane)
    keep_row = rng.random(n + 50) < share  # by source row, as the filter's mask
    built = EventsArray.from_columns(begin[keep_row[:n]], end[keep_row[:n]], lane[keep_row[:n]], row[keep_row[:n]],
                                     [], lane_set, certainty[keep_row[:n]], flags[keep_row[:n]],
                                     undated_row[keep_row[n:]], undated_lane[keep_row[n:]])
    narrowed = full.subset(keep_row[full.row], keep_row[full.undated_row])
    for name in FIELDS:
        assert np.array_equal(getattr(narrowed, name), getattr(built, name)), name
    assert narrowed.lanes == built.lanes and len(narrowed) == int(keep_row[:n].sum())
    again = narrowed.subset(np.ones(len(narrowed), bool))  # a subset of a subset
    for name in FIELDS:
        assert np.array_equal(getattr(again, name), getattr(built, name)), name


@pytest.mark.parametrize("seed, lanes, share", [(0, 1, 0.5), (1, 9, 0.9), (2, 300, 0.1), (3, 5, 0.0), (4, 5, 1.0)])
def test_a_subset_written_into_buffers_equals_a_fresh_one_each_time(seed, lanes, share):
    """Issue 16: the timeline narrows into buffers made once (warm memory on the first Filter
    keystroke); each subset written there, one after another, is the subset made into new arrays,
    field by field, and really lives in the buffers."""
    from explorer.timeline.events_array import EventsArray, SubsetBuffers
    from explorer.timeline.lanes import LaneSet

    rng = np.random.default_rng(seed)
    n = 5_000
    begin = rng.integers(-40_000, 40_000, n)
    end = begin + np.where(rng.random(n) < 0.3, rng.integers(0, 400, n), 0)
    lane = rng.integers(0, lanes, n).astype(np.int32)
    names = tuple(f"lane {i}" for i in range(lanes))
    full = EventsArray.from_columns(begin, end, lane, np.arange(n, dtype=np.int64), [], LaneSet("document", names, names),
                                    rng.integers(0, 2, n).astype(np.uint8), rng.integers(0, 8, n).astype(np.uint8))
    buffers = SubsetBuffers(full)
    for keep_share in (share, 1.0 - share, share / 2):  # the next narrowing overwrites the previous one
        keep = rng.random(n) < keep_share
        fresh = full.subset(keep)
        reused = full.subset(keep, into=buffers)
        for name in FIELDS:
            assert np.array_equal(getattr(reused, name), getattr(fresh, name)), name
        if keep.any():
            assert np.shares_memory(reused.begin, buffers.begin) and np.shares_memory(reused.end_order, buffers.end_order)
    with pytest.raises(ValueError):  # buffers too small for the array
        full.subset(keep, into=SubsetBuffers(full.subset(keep[::-1] & keep)))


def test_subset_buffers_are_allocated_without_huge_pages_and_the_advice_is_put_back():
    """Issue 16: the buffers are written once in small pages (a fresh huge page's first write cost
    the first event-loop turn after opening 1M events 200-350 ms); numpy's own advice is left as found."""
    from numpy._core import multiarray

    from explorer.timeline import events_array
    from explorer.timeline.events_array import EventsArray, SubsetBuffers
    from explorer.timeline.lanes import LaneSet

    full = EventsArray.from_columns(np.arange(10), np.arange(10), np.zeros(10, np.int32), np.arange(10), [],
                                    LaneSet("none", ("all",), ("All events",)))
    seen = []
    real = events_array.SubsetBuffers._allocate

    def spy(self, arr, n):
        was = multiarray._set_madvise_hugepage(False)  # reads the switch (and leaves it as it was)
        multiarray._set_madvise_hugepage(was)
        seen.append(was)
        return real(self, arr, n)

    before = multiarray._set_madvise_hugepage(True)
    try:
        SubsetBuffers._allocate = spy
        SubsetBuffers(full)
        assert seen == [False]
        assert multiarray._set_madvise_hugepage(True) is True  # put back as it was
    finally:
        SubsetBuffers._allocate = real
        multiarray._set_madvise_hugepage(before)
