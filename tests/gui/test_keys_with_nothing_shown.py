"""A navigation key pressed while no event is shown says why, not "No dated event there": while an
import reads its first articles the user pressed End and the status bar seemed to say the folder
had no dated event; under a filter that keeps nothing it names the filter."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_end_with_no_event_yet_says_none_is_shown_yet(make_window, qtbot):
    win = make_window()
    win.timeline.setFocus()
    qtbot.keyClick(win.timeline, Qt.Key.Key_End)
    assert win.statusBar().currentMessage() == "No events yet"


def test_keys_under_a_filter_that_keeps_nothing_name_the_filter(window, qtbot):
    window.proxy.set_filter_text("no such words anywhere")
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 0)
    window.timeline.setFocus()
    for key in (Qt.Key.Key_Home, Qt.Key.Key_Right):
        qtbot.keyClick(window.timeline, key)
        assert window.statusBar().currentMessage() == "No event passes the filter"


def test_end_with_only_undated_events_shown_still_says_no_dated_event(window, qtbot):
    window.proxy.set_filter_text("Someday")  # the corpus's one undated event
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 1)
    window.timeline.setFocus()
    qtbot.keyClick(window.timeline, Qt.Key.Key_End)
    assert window.statusBar().currentMessage() == "No dated event there"
