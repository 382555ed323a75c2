"""A lane's height follows its label rows: the engine's plain functions that share the view's height."""

from __future__ import annotations

import numpy as np

from explorer.timeline.lanes import lane_mark_ys, lane_rows_and_heights


def test_everything_fits_each_lane_gets_its_rows_and_the_rest_is_shared_evenly():
    rows, heights = lane_rows_and_heights([1, 4, 2], row_px=10, base_px=20, total_px=200)
    assert rows.tolist() == [1, 4, 2]
    assert heights.sum() == 200
    extra = (200 - 3 * 20 - 7 * 10) / 3
    assert np.allclose(heights, [30 + extra, 60 + extra, 40 + extra])
    assert heights[1] > heights[2] > heights[0]  # taller where there are more rows


def test_too_little_room_caps_the_busy_lanes_first_and_a_quiet_lane_keeps_its_row():
    # 4 lanes of 20 px marks in 150 px: 70 px for rows of 10, 7 rows: capped at 2, the quiet lane's
    # one row is never taken for a busy lane
    rows, heights = lane_rows_and_heights([6, 1, 3, 6], row_px=10, base_px=20, total_px=150)
    assert rows.tolist() == [2, 1, 2, 2]
    assert np.isclose(heights.sum(), 150)
    # 15 px more: one more row, for the lane missing the most (a tie: the upper one)
    rows, heights = lane_rows_and_heights([6, 1, 3, 6], row_px=10, base_px=20, total_px=165)
    assert rows.tolist() == [3, 1, 2, 2]
    assert np.isclose(heights.sum(), 165)
    assert all(heights[i] >= 20 + 10 * rows[i] for i in range(4))


def test_not_even_the_marks_fit_equal_lanes_without_label_rows():
    rows, heights = lane_rows_and_heights([2, 2], row_px=10, base_px=50, total_px=60)
    assert rows.tolist() == [0, 0] and heights.tolist() == [30.0, 30.0]


def test_no_lane_no_height():
    rows, heights = lane_rows_and_heights([], row_px=10, base_px=20, total_px=100)
    assert len(rows) == 0 and len(heights) == 0


def test_marks_sit_at_the_bottom_of_their_lane_under_its_rows():
    ys = lane_mark_ys([30.0, 60.0, 40.0], top_px=100.0, below_px=5.0)
    assert ys.tolist() == [125.0, 185.0, 225.0]


def test_more_room_never_takes_a_row_from_a_lane():
    """Three lanes wanting 6, 3 and 3 rows: with room for two rows more than one each, the busy
    lane got both (3, 1, 1); with a pixel more, every lane got two (2, 2, 2) and it lost one. Now
    the room left goes one row each to the lanes wanting more, so rows only grow with the room."""
    rows, _ = lane_rows_and_heights([6, 3, 3], row_px=10, base_px=20, total_px=3 * 30 + 25)
    assert rows.tolist() == [2, 2, 1]
    for wanted in ([6, 3, 3], [6, 1, 3, 6], [2, 4, 2], [5, 1, 1, 1, 3], [0, 6, 2]):
        before = None
        for total in np.arange(0, 400, 0.5):
            rows, heights = lane_rows_and_heights(wanted, row_px=10, base_px=20, total_px=total)
            assert np.isclose(heights.sum(), total) and (rows <= np.asarray(wanted)).all()
            if before is not None:
                assert (rows >= before).all(), (wanted, total, before, rows)
            for i in range(len(wanted)):  # a taller lane never has fewer rows
                assert not any(heights[i] > heights[j] + 1e-9 and rows[i] < rows[j] for j in range(len(wanted)))
            before = rows


def test_a_lane_taller_than_its_content_centres_it():
    """One lane given the whole view: its marks and label rows in the middle, not on the floor."""
    ys = lane_mark_ys([300.0], top_px=10.0, below_px=5.0, content_px=[60.0])
    assert ys.tolist() == [10 + 300 - 5 - 120]  # 240 px spare: half above, half below
    # each lane keeps its content inside it, centred on its own spare room
    heights, content = [100.0, 40.0, 70.0], [40.0, 40.0, 50.0]
    ys = lane_mark_ys(heights, top_px=0.0, below_px=5.0, content_px=content)
    tops = np.concatenate([[0.0], np.cumsum(heights)[:-1]])
    bottoms = np.cumsum(heights)
    for y, top, bottom, c in zip(ys, tops, bottoms, content):
        below = bottom - (y + 5.0)
        above = (y + 5.0 - c) - top
        assert below >= 0 and above >= 0 and np.isclose(above, below)


def test_a_lane_too_short_for_its_content_keeps_its_marks_at_the_bottom():
    ys = lane_mark_ys([30.0, 30.0], top_px=0.0, below_px=5.0, content_px=[50.0, 20.0])
    assert ys.tolist() == [25.0, 55.0 - 5.0]
