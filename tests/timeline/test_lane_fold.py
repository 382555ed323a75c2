"""Lanes with nothing in view fold to a thin band (plain arithmetic, no Qt): the lanes with events
get the room, more lanes fit a view, and the lane to show is always brought into the window."""

from __future__ import annotations


import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.property_examples import examples

from explorer.timeline import EventsArray, view_detail
from explorer.timeline.lane_fold import (
    MAX_LANES_SHOWN, THIN_LANE_PX, first_lane_showing, fold_mask, lane_window, occupied_in, open_lane_px)
from explorer.timeline.lanes import LaneSet
from explorer.timeline.placement import LaneSizes, place_lanes, row_layout, stack_rows
from explorer.timeline.scrolling import MAX_VISIBLE_LANES, MIN_LANE_PX, MIN_LANES_SHOWN, lanes_in_view

DAY = 86400.0


def _cost(occupied, first: int, count: int) -> float:
    return sum(MIN_LANE_PX if occupied(i) else THIN_LANE_PX for i in range(first, first + count))


def test_a_view_zoomed_where_one_lane_of_thirty_has_events_shows_more_lanes_than_unfolded():
    occupied = lambda lane: lane == 4  # noqa: E731
    first, count = lane_window(0, 30, occupied, 250.0)
    assert first == 0 and 4 < count
    assert count > lanes_in_view(30, 250.0)  # six lanes of a full height each, before
    assert _cost(occupied, first, count) <= 250.0


def test_every_lane_with_events_shows_as_before():
    first, count = lane_window(0, 30, lambda lane: True, 250.0)
    assert (first, count) == (0, lanes_in_view(30, 250.0))


def test_at_the_last_lane_the_room_left_is_filled_by_lanes_above():
    occupied = lambda lane: lane % 3 == 0  # noqa: E731
    first, count = lane_window(28, 30, occupied, 300.0)
    assert first + count == 30 and first < 28
    assert _cost(occupied, first, count + 1) > 300.0 or first == 0  # nothing more would fit


def test_a_tiny_view_still_shows_a_few_lanes():
    assert lane_window(0, 30, lambda lane: True, 0.0) == (0, MIN_LANES_SHOWN)


def test_a_tall_view_shows_at_most_a_dozen_lanes_with_events_and_a_bounded_number_in_all():
    assert lane_window(0, 200, lambda lane: True, 5000.0)[1] == MAX_VISIBLE_LANES
    assert lane_window(0, 200, lambda lane: False, 5000.0)[1] == MAX_LANES_SHOWN


def test_the_lane_to_show_moves_the_window_as_little_as_needed():
    occupied = lambda lane: lane % 4 == 1  # noqa: E731
    first, count = lane_window(0, 40, occupied, 200.0)
    assert first_lane_showing(first + count - 1, first, 40, occupied, 200.0) == first  # in view: stays
    below = first + count + 5
    start = first_lane_showing(below, first, 40, occupied, 200.0)
    s, c = lane_window(start, 40, occupied, 200.0)
    assert s == start and s + c - 1 == below  # it becomes the last lane in view
    assert first_lane_showing(2, 10, 40, occupied, 200.0) == 2  # above: it becomes the first


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(st.booleans(), min_size=1, max_size=80), st.floats(0, 1500), st.integers(0, 90), st.integers(0, 90))
def test_the_lane_asked_for_is_always_in_the_window_and_the_window_fits(occ, area, first, lane):
    n = len(occ)
    occupied = lambda i: occ[i]  # noqa: E731
    start = first_lane_showing(lane, first, n, occupied, area)
    s, c = lane_window(start, n, occupied, area)
    assert s == start and 0 <= s and s + c <= n and c >= min(n, MIN_LANES_SHOWN)
    assert s <= min(lane, n - 1) < s + c
    assert c <= MIN_LANES_SHOWN or _cost(occupied, s, c) <= area
    assert sum(occ[s:s + c]) <= MAX_VISIBLE_LANES or c <= MIN_LANES_SHOWN


def test_folding_needs_a_lane_with_events_and_a_thinner_band_than_an_even_share():
    assert fold_mask([False, False, False], 300.0, THIN_LANE_PX).tolist() == [False] * 3
    assert fold_mask([True, True], 300.0, THIN_LANE_PX).tolist() == [False, False]
    assert fold_mask([True, False, False], 300.0, THIN_LANE_PX).tolist() == [False, True, True]
    assert fold_mask([True, False, False], 45.0, THIN_LANE_PX).tolist() == [False] * 3  # 15 px each
    assert open_lane_px(fold_mask([True, False, False, False], 200.0, 20.0), 200.0, 20.0) == 140.0
    assert open_lane_px(fold_mask([False, False], 200.0, 20.0), 200.0, 20.0) == 100.0


def _lanes_one_busy(n: int = 6) -> EventsArray:
    """Lane 2 has five events in January 2001; the other lanes one event each, years earlier."""
    days = np.array([11330, 11331, 11333, 11340, 11345] + [3000 + 400 * i for i in range(n - 1)], np.int64)
    lanes = np.array([2] * 5 + [i for i in range(n) if i != 2], np.int32)
    titles = [f"Harbour works step {i}" for i in range(5)] + [f"Old note {i}" for i in range(n - 1)]
    return EventsArray.from_columns(days, days, lanes, np.arange(len(days)), titles,
                                    LaneSet("document", tuple("abcdef"[:n]), tuple("ABCDEF"[:n])))


def _place(arr: EventsArray, top: float, bottom: float, labels_on: bool = True):
    x0, x1, width = 11320 * DAY, 11380 * DAY, 900.0
    lanes = list(range(arr.n_lanes))
    detail = view_detail(arr, x0, x1, width, lanes)
    measure = lambda text: 6.0 * len(text)  # noqa: E731
    return place_lanes(detail, lanes, labels_on, top, bottom, LaneSizes(row_px=14.0),
                       layout_row=lambda lane, idx: row_layout(arr, lane, idx, x0, x1, width, measure),
                       stack=lambda boxes, idx, rows: stack_rows(arr, boxes, idx, x0, x1, width, rows, measure))


def test_placed_lanes_with_nothing_in_view_are_thin_and_the_busy_lane_takes_the_rest():
    placed = _place(_lanes_one_busy(), 10.0, 410.0)
    assert placed.folded == frozenset({0, 1, 3, 4, 5})
    assert all(placed.heights[lane] == THIN_LANE_PX for lane in placed.folded)
    assert placed.heights[2] == 400.0 - 5 * THIN_LANE_PX
    assert np.isclose(sum(placed.heights.values()), 400.0)
    ys = [placed.mark_ys[lane] for lane in range(6)]
    assert ys == sorted(ys) and min(np.diff(ys)) >= THIN_LANE_PX - 1e-9  # one line each, in order


def test_titles_are_laid_out_when_the_lanes_left_open_by_the_fold_have_room():
    """Six lanes in 150 px: an even share (25 px) is too thin for titles, but five lanes fold to
    20 px and leave the busy lane 50 px: its titles are drawn, from the fold the lanes are placed by."""
    arr = _lanes_one_busy()
    lanes = list(range(arr.n_lanes))
    x0, x1, width = 11320 * DAY, 11380 * DAY, 900.0
    measure = lambda text: 6.0 * len(text)  # noqa: E731

    def place(bottom: float, asked: bool = True):
        return place_lanes(view_detail(arr, x0, x1, width, lanes), lanes, asked, 0.0, bottom, LaneSizes(row_px=14.0),
                           layout_row=lambda lane, idx: row_layout(arr, lane, idx, x0, x1, width, measure),
                           stack=lambda boxes, idx, rows: stack_rows(arr, boxes, idx, x0, x1, width, rows, measure),
                           label_lane_px=30.0)

    roomy = place(150.0)
    assert roomy.folded == frozenset({0, 1, 3, 4, 5}) and roomy.labels_on and roomy.labels[2]
    assert not place(150.0, asked=False).labels_on  # not asked for
    tight = place(5 * THIN_LANE_PX + 25.0)  # the busy lane left 25 px: no titles, no rows for them
    assert not tight.labels_on and tight.labels == {} and tight.rows[2] == 0


def test_without_any_event_in_view_no_lane_is_folded():
    arr = _lanes_one_busy()
    lanes = list(range(arr.n_lanes))
    detail = view_detail(arr, 20000 * DAY, 20010 * DAY, 900.0, lanes)
    placed = place_lanes(detail, lanes, True, 0.0, 300.0, LaneSizes(row_px=14.0),
                         layout_row=lambda lane, idx: [], stack=lambda boxes, idx, rows: boxes)
    assert placed.folded == frozenset() and set(placed.heights.values()) == {50.0}


def test_occupied_in_answers_from_the_events_array():
    occupied = occupied_in(_lanes_one_busy(), 11320 * DAY, 11380 * DAY)
    assert [occupied(i) for i in range(-1, 7)] == [False, False, False, True, False, False, False, False]
