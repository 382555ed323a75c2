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
    # the titles, what the table is read for, keep room: the Sources, Document and Date columns gave
    # way (at 640 px the title had 17 px, "…", beside 160 px of dates and 93 px of "Document")
    from explorer.gui.event_roles import Column

    header = window.table.horizontalHeader()
    title = header.sectionSize(Column.TITLE)
    assert title >= 80 and title >= header.sectionSize(Column.DOCUMENT), [header.sectionSize(c) for c in range(4)]
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


def test_the_source_header_counts_one_event_as_one_event(qtbot, make_window, tmp_path):
    """The header said "2 expressions, 1 events" (h37g-shots/t2-small.png)."""
    (tmp_path / "bridge.txt").write_text("Bridge news\n\nOn 3 March 1990 the bridge opened.\n", encoding="utf-8")
    window = make_window()
    with qtbot.waitSignal(window.loadFinished, timeout=20_000):
        window.open_paths([str(tmp_path)])
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    press(qtbot, K.Key_Home)
    qtbot.waitUntil(lambda: window.source.document_path is not None)
    header = window.source.header.text()
    assert "1 event<" in header and "1 events" not in header and "1 expression," in header
