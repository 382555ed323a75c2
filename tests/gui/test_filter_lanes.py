"""With a Filter set, the timeline shows only the lanes holding a match: over thirty news articles
"Iraq" left seven lanes in view of which one held a mark."""

from __future__ import annotations

import numpy as np

from explorer.timeline.events_array import EventsArray
from explorer.timeline.lane_subset import without_empty_lanes
from explorer.timeline.lanes import LaneSet

from .keys import CTRL, K, press


def test_a_filter_drops_the_lanes_without_a_match_and_clearing_it_brings_them_back(lanes_window, qtbot):
    win = lanes_window
    timeline = win.timeline
    assert timeline.lane_count() == 20 and timeline.lanes_in_view() < 20  # the lanes scroll
    press(qtbot, K.Key_L, CTRL)
    qtbot.keyClicks(win.table_panel.filter, "of document 13 ")
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: timeline.lane_count() == 1)
    assert timeline.lane_name(0) == "Monkey document 13"
    assert not timeline.lane_scroll.isVisible()  # nothing to scroll through
    assert timeline.mark_count() == len([e for e in timeline.lane_events(0)])
    assert {e.doc for e in timeline.lane_events(0)} == {"/monkey/doc13.txt"}
    press(qtbot, K.Key_Escape)  # Esc in the filter box clears it
    win.table_panel.filter.clear()
    qtbot.waitUntil(lambda: timeline.lane_count() == 20)


def _array(lanes: int, lane_of_mark: list[int], undated_lane: list[int]) -> EventsArray:
    n = len(lane_of_mark)
    begin = np.arange(n, dtype=np.float64) * 86400.0
    names = tuple(f"doc{i}" for i in range(lanes))
    return EventsArray.from_columns(
        begin / 86400.0, begin / 86400.0, np.array(lane_of_mark, np.int32), np.arange(n, dtype=np.int64),
        [f"t{i}" for i in range(n + len(undated_lane))], LaneSet("document", names, names),
        undated_row=np.arange(n, n + len(undated_lane), dtype=np.int64), undated_lane=np.array(undated_lane, np.int32))


def test_without_empty_lanes_keeps_the_order_and_the_undated():
    arr = _array(5, [1, 3, 3, 1], [4])  # lanes 0 and 2 are empty; 4 has an undated event only
    out = without_empty_lanes(arr)
    assert out.lanes.keys == ("doc1", "doc3", "doc4")
    assert out.n_lanes == 3
    assert [out.row[out.lane_slice(i)].tolist() for i in range(3)] == [
        arr.row[arr.lane_slice(1)].tolist(), arr.row[arr.lane_slice(3)].tolist(), []]
    assert out.lane.tolist() == [0, 0, 1, 1] and out.undated_lane.tolist() == [2]
    full = _array(2, [0, 1], [])
    assert without_empty_lanes(full) is full
    empty = _array(3, [], [])  # nothing kept: the lanes stay (the view says the filters keep nothing)
    assert without_empty_lanes(empty) is empty


def test_a_filter_matching_nothing_says_so_and_how_to_clear_it(window, qtbot):
    """Not "drop a folder or press Ctrl+O": the articles are open, the filter hides their events."""
    press(qtbot, K.Key_L, CTRL)
    qtbot.keyClicks(window.table_panel.filter, "zanzibar")
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: window.timeline.empty_state_text() is not None)
    text = window.timeline.empty_state_text()
    assert "No event matches" in text and "\u201czanzibar\u201d leaves no event shown" in text
    assert "Clear the filter box" in text and "Ctrl+O" not in text
    qtbot.keyClicks(window.table_panel.filter, "x")  # still nothing: the words follow the box
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: "\u201czanzibarx\u201d" in (window.timeline.empty_state_text() or ""))
    window.table_panel.filter.clear()
    qtbot.waitUntil(lambda: window.timeline.empty_state_text() is None)
