"""The selected event hidden by a filter comes back into view when the filter is cleared. Over the
16 WikiWars histories in lanes by actor, the Filter matching other events of the selection's lane
(the last), then emptied: the lanes stood at the top and the selection's lane, far below, was out
of sight, though the table still showed it selected. The same in document lanes, tested here."""

from __future__ import annotations

import pytest

from .keys import CTRL, K, press


@pytest.mark.parametrize("doc, kept", [(19, 1), (17, 3), (12, 5)])
def test_clearing_a_filter_that_hid_the_selection_brings_its_lane_into_view(qtbot, lanes_window, doc, kept):
    window = lanes_window
    timeline = window.timeline
    assert timeline.lane_count() == 20 and timeline.lanes_in_view() < 15  # the lanes scroll
    events = [window.model.event_at(r) for r in range(window.model.rowCount())]
    chosen = next(e for e in events if e.begin is not None and e.title.endswith(f" of document {doc}")
                  and not e.title.startswith(f"Event {kept} "))
    window.selection.select_event(chosen.id)
    qtbot.waitUntil(lambda: timeline.highlight.target() is not None)
    lane = timeline.lanes_of(chosen)[0]
    assert lane >= timeline.lanes_in_view()  # below the first screen of lanes
    press(qtbot, K.Key_L, CTRL)
    qtbot.keyClicks(window.table_panel.filter, f"Event {kept} of document {doc}")  # another of its lane
    press(qtbot, K.Key_Return)
    qtbot.waitUntil(lambda: timeline.lane_count() == 1 and timeline.highlight.target() is None)  # hidden
    press(qtbot, K.Key_Escape)  # Esc in the Filter box empties it
    qtbot.waitUntil(lambda: timeline.lane_count() == 20 and timeline.highlight.target() is not None)
    assert window.selection.current_event().id == chosen.id
    first, shown = timeline.first_lane(), timeline.lanes_in_view()
    assert first <= lane < first + shown, (first, shown, lane)
