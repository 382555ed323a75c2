"""Lane placement as a plain function (no Qt): a crowded lane gets more label rows and more height
than a quiet one, the view's height is shared exactly, and labels are stacked into the rows a lane
got, never more."""

from __future__ import annotations

from functools import partial

import numpy as np

from explorer.timeline import EventsArray, view_detail
from explorer.timeline.labels import overlaps
from explorer.timeline.lanes import LaneSet
from explorer.timeline.placement import LaneSizes, place_lanes, row_layout, stack_rows

DAY = 86400.0
X0, X1, WIDTH = 11320 * DAY, 11380 * DAY, 900.0


def measure(text: str) -> float:
    return 6.0 * len(text)


def two_lanes(crowd: int = 40) -> EventsArray:
    """Lane 0: ``crowd`` day events in one month of 2001; lane 1: one event."""
    days = np.concatenate([11323 + np.random.default_rng(3).integers(0, 30, crowd), [11340]])
    lanes = np.array([0] * crowd + [1], np.int32)
    titles = [f"Event number {i} in the crowd" for i in range(crowd)] + ["The quiet one"]
    return EventsArray.from_columns(days, days, lanes, np.arange(crowd + 1), titles,
                                    LaneSet("document", ("a", "b"), ("A", "B")))


def place(arr: EventsArray, labels_on: bool, top: float, bottom: float):
    detail = view_detail(arr, X0, X1, WIDTH, [0, 1])
    return place_lanes(detail, [0, 1], labels_on, top, bottom, LaneSizes(row_px=14.0),
                       layout_row=partial(_row, arr), stack=partial(_stack, arr))


def _row(arr, lane, idx):
    return row_layout(arr, lane, idx, X0, X1, WIDTH, measure)


def _stack(arr, boxes, idx, rows):
    return stack_rows(arr, boxes, idx, X0, X1, WIDTH, rows, measure)


def test_without_labels_the_lanes_share_the_height_evenly_and_draw_no_label():
    placed = place(two_lanes(), labels_on=False, top=0.0, bottom=400.0)
    assert placed.rows == {0: 0, 1: 0} and placed.labels == {}
    assert placed.heights[0] == placed.heights[1] == 200.0
    assert 0.0 < placed.mark_ys[0] < 200.0 < placed.mark_ys[1] < 400.0


def test_a_crowded_lane_gets_more_rows_and_height_and_its_labels_fill_them_without_overlap():
    placed = place(two_lanes(), labels_on=True, top=50.0, bottom=650.0)
    assert placed.rows[0] > placed.rows[1] == 1
    assert placed.heights[0] > placed.heights[1]
    assert np.isclose(sum(placed.heights.values()), 600.0)
    crowded = placed.labels[0]
    assert {b.row for b in crowded} == set(range(placed.rows[0]))  # every row it got is used
    for row in range(placed.rows[0]):
        assert not overlaps([b for b in crowded if b.row == row])
    assert [b.text for b in placed.labels[1]] == ["The quiet one"]
    assert placed.mark_ys[0] < placed.mark_ys[1]


def test_little_room_caps_the_crowded_lane_and_its_labels_stay_in_the_rows_it_got():
    roomy = place(two_lanes(), labels_on=True, top=0.0, bottom=600.0)
    tight = place(two_lanes(), labels_on=True, top=0.0, bottom=70.0)
    assert 1 <= tight.rows[0] < roomy.rows[0]
    assert max(b.row for b in tight.labels[0]) < tight.rows[0]
    assert np.isclose(sum(tight.heights.values()), 70.0)


def test_no_room_for_any_row_no_label_is_drawn():
    placed = place(two_lanes(), labels_on=True, top=0.0, bottom=20.0)
    assert placed.rows == {0: 0, 1: 0}
    assert placed.labels == {0: [], 1: []}
