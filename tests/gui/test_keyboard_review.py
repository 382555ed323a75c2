"""Defects found by using the app from the keyboard alone on a folder of thirty news articles
(session ten's review); each test fails without its fix."""

from __future__ import annotations

from .keys import K, press, selected


def test_tab_to_the_table_selects_nothing_and_keeps_the_timeline_where_it_was(qtbot, window):
    """Tab from the timeline to the table made the table's first row current, so the shared
    selection jumped to the earliest event and the timeline panned to it: focus alone must not
    select. Down then selects the first row."""
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    assert window.selection.current_event() is None
    shown = window.timeline.visible_range()
    press(qtbot, K.Key_Tab)
    qtbot.waitUntil(window.table.hasFocus)
    qtbot.wait(50)
    assert window.selection.current_event() is None and selected(window) is None
    assert window.timeline.visible_range() == shown
    press(qtbot, K.Key_Down)
    first = window.proxy.index(0, 0)
    assert selected(window) is not None and window.table.currentIndex().row() == first.row() == 0
    # and with an event selected, Tab back and forth keeps it
    press(qtbot, K.Key_Down)
    chosen = selected(window).id
    press(qtbot, K.Key_Tab)
    press(qtbot, K.Key_Tab)
    qtbot.waitUntil(window.timeline.hasFocus)
    press(qtbot, K.Key_Tab)
    qtbot.waitUntil(window.table.hasFocus)
    assert selected(window).id == chosen
