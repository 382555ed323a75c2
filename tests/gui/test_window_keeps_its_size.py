"""A 640 x 480 window widened itself to about 785 px as soon as the user typed a word in the filter box
or pressed Ctrl+G (h37g-shots/w640-b.png): the panes' minimum widths added up past 640 px (the
table's room for its titles, the source pane's line of words, the dock), and the status bar's counts
line grew with the filter ("· 1 shown · the selected event is hidden by the filter"); any change of
the window's minimum size (a bar opening, the counts changing) then resized the window to it. The
window now keeps the size the user gave it: its minimum width is its own, the table's minimum gives
way to the room the window has, and the counts line is cut with its whole text in its tool tip."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QToolTip

from explorer.gui.main_window import HIDDEN_SELECTION_NOTE

from .keys import CTRL, K, press, typed


def _settle(qtbot) -> None:
    for _ in range(5):
        QApplication.processEvents()
    qtbot.wait(20)


def test_typing_a_filter_and_ctrl_g_leave_a_small_window_its_size(window, qtbot):
    window.resize(640, 480)
    _settle(qtbot)
    assert window.width() == 640
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    press(qtbot, K.Key_Home)  # an event selected: the filter below hides it
    qtbot.waitUntil(lambda: window.selection.current_event() is not None)
    typed(qtbot, window.table_panel.filter, "archive")  # only the undated "Someday" sentence matches
    qtbot.waitUntil(lambda: HIDDEN_SELECTION_NOTE in window.counts.text(), timeout=3_000)
    _settle(qtbot)
    assert window.width() == 640, "typing in the filter box widened the window"
    # what the user reads of the counts ends in an ellipsis, and its tool tip holds the whole line
    counts = window.counts
    assert counts.geometry().right() <= window.statusBar().width()
    if counts.is_cut():
        assert counts.displayed_text().endswith("\u2026")
        assert HIDDEN_SELECTION_NOTE in counts.toolTip()
    press(qtbot, K.Key_Escape)  # the filter cleared
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    press(qtbot, K.Key_G, CTRL)  # the Go to date bar opens above the timeline
    qtbot.waitUntil(window.goto.bar.isVisible)
    _settle(qtbot)
    assert window.width() == 640, "Ctrl+G widened the window"
    qtbot.keyClicks(window.goto.bar.edit, "2003")
    press(qtbot, K.Key_Return)
    _settle(qtbot)
    assert window.width() == 640
    # every pane is inside the window (none pushed past its right edge)
    for pane in (window.table_panel, window.source, window.timeline):
        right = pane.mapTo(window, QPoint(pane.width(), 0)).x()
        assert right <= window.width(), pane
    # and made large again, the table asks for its titles' room again
    window.resize(1400, 900)
    _settle(qtbot)
    assert window.table.minimumWidth() > 300


def test_the_counts_line_shows_its_whole_text_when_there_is_room(window, qtbot):
    window.resize(1400, 900)
    _settle(qtbot)
    counts = window.counts
    assert not counts.is_cut()
    assert counts.displayed_text() == counts.text()
    window.resize(640, 480)
    _settle(qtbot)
    QToolTip.hideText()
    assert counts.width() <= window.width()
