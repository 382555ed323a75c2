"""An image too short for all its lanes keeps the busiest ones, each with room for its titles, and
says what it left out (no Qt)."""

from __future__ import annotations

from datetime import date

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.property_examples import examples

from explorer.timeline import EventsArray
from explorer.timeline.lane_fold import THIN_LANE_PX
from explorer.timeline.lane_subset import lanes_that_fit, left_out_note, only_lanes
from explorer.timeline.lod import overlap_count, overlap_counts

from .conftest import make_event

DAY = 86400.0
#: A lane with a title row. The figure passes its item's own measure (``lane_with_titles_px``, from its
#: font; tests/timeline/test_export_lane_room checks each lane kept gets it); any height tests the rule.
LANE_PX = 33.0
X0, X1 = (date(2000, 1, 1).toordinal() - 719163) * DAY, (date(2001, 1, 1).toordinal() - 719163) * DAY


def _lanes(counts: list[int], outside: int = 0) -> EventsArray:
    """One document lane per count, with that many events in 2000 (and ``outside`` in 1990 each)."""
    evs, i = [], 0
    for lane, n in enumerate(counts):
        days = [date(2000, 1 + k % 12, 1 + k // 12) for k in range(n)] + [date(1990, 5, 1 + k) for k in range(outside)]
        for d in days:
            evs.append(make_event(i, f"d{lane:02d}.txt", f"Harbour entry {i}", d))
            i += 1
    evs.append(make_event(i, "d00.txt", "An undated entry"))
    docs = [f"d{lane:02d}.txt" for lane in range(len(counts))]
    return EventsArray.from_events(evs, "document", {d: d for d in docs}, docs)


def test_all_lanes_are_kept_when_they_fit():
    arr = _lanes([3, 0, 2, 5], outside=1)
    need = 4 * LANE_PX
    assert lanes_that_fit(arr, X0, X1, need, LANE_PX).tolist() == [0, 1, 2, 3]
    assert left_out_note(arr, np.arange(4), X0, X1) == ""


def test_lanes_with_nothing_in_range_only_need_a_thin_line():
    arr = _lanes([3, 0, 0, 2], outside=1)  # lanes 1 and 2 fold (events in 1990 only)
    assert lanes_that_fit(arr, X0, X1, 2 * LANE_PX + 2 * THIN_LANE_PX, LANE_PX).tolist() == [0, 1, 2, 3]


def test_too_short_the_busiest_lanes_are_kept_in_their_order_and_the_rest_is_said():
    counts = [1, 6, 2, 9, 0, 4, 1, 7]
    arr = _lanes(counts, outside=1)
    kept = lanes_that_fit(arr, X0, X1, 3.5 * LANE_PX, LANE_PX)
    assert kept.tolist() == [1, 3, 7]  # the three busiest, in lane order
    note = left_out_note(arr, kept, X0, X1)
    # all their events: 1+2+0+4+1 in range, one outside each, and lane 0's undated one
    assert note.startswith("3 of 8 lanes shown") and note.endswith("5 lanes, 14 events")


def test_at_least_one_lane_is_kept():
    arr = _lanes([2, 5, 1])
    assert lanes_that_fit(arr, X0, X1, 5.0, LANE_PX).tolist() == [1]


def test_only_lanes_keeps_the_kept_lanes_events_dated_and_undated_and_nothing_else():
    arr = _lanes([3, 1, 4], outside=2)
    narrowed = only_lanes(arr, np.array([0, 2]))
    assert narrowed.n_lanes == 2 and narrowed.lanes.labels == (arr.lanes.labels[0], arr.lanes.labels[2])
    assert len(narrowed) == (3 + 2) + (4 + 2)
    assert np.diff(narrowed.lane_start).tolist() == [5, 6]
    assert len(narrowed.undated_row) == 1 and narrowed.undated_lane.tolist() == [0]
    titles = {narrowed.titles[int(r)] for r in narrowed.row}
    assert titles == {arr.titles[int(r)] for r, lane in zip(arr.row, arr.lane) if lane in (0, 2)}


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(st.tuples(st.integers(0, 4), st.integers(0, 400), st.integers(0, 60)), max_size=40),
       st.integers(-50, 450), st.integers(1, 200))
def test_every_lanes_overlap_count_at_once_is_each_lanes_own(spans, start, length):
    """overlap_counts (one pass, bincount) answers as overlap_count asked lane by lane (two binary
    searches each), for any events, spans and range, lanes with nothing included."""
    base = date(2000, 1, 1).toordinal()
    evs = [make_event(i, f"d{lane}.txt", f"Lock gate {i} opens", date.fromordinal(base + day),
                      date.fromordinal(base + day + span)) for i, (lane, day, span) in enumerate(spans)]
    docs = [f"d{lane}.txt" for lane in range(5)]
    arr = EventsArray.from_events(evs, "document", {d: d for d in docs}, docs)
    x0 = (base + start - 719163) * DAY
    x1 = x0 + length * DAY
    assert overlap_counts(arr, x0, x1).tolist() == [overlap_count(arr, lane, x0, x1) for lane in range(arr.n_lanes)]
