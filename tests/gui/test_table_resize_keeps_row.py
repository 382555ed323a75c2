"""Made smaller, the table left the selected row under its bottom edge: a key press scrolls the row
into view, a resize did not (h37g review: a window made small showed rows around the selected one but
not it). The table keeps the current row in view when it shrinks, as long as the row was in view."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from .keys import K, press, selected


def _settle(qtbot) -> None:
    for _ in range(5):
        QApplication.processEvents()
    qtbot.wait(20)


def _row_in_view(table) -> bool:
    rect = table.visualRect(table.currentIndex())
    return rect.isValid() and rect.top() >= 0 and rect.bottom() <= table.viewport().height()


def test_the_selected_row_stays_in_view_when_the_window_is_made_small(lanes_window, qtbot):
    window = lanes_window
    window.resize(1300, 900)
    _settle(qtbot)
    table = window.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    press(qtbot, K.Key_Home)
    # Down, as a reader goes, to the last row wholly in view
    rows_in_view = table.viewport().height() // table.rowHeight(0)
    for _ in range(rows_in_view - 1):
        press(qtbot, K.Key_Down)
    assert _row_in_view(table) and table.currentIndex().row() >= 3
    event = selected(window)
    window.resize(640, 480)
    _settle(qtbot)
    assert selected(window) is event
    assert _row_in_view(table), "the selected row went under the table's bottom edge"
    # a row the user scrolled away from (wheel, scroll bar) stays where the user left it
    table.verticalScrollBar().setValue(table.verticalScrollBar().maximum())
    _settle(qtbot)
    assert not _row_in_view(table)
    scrolled = table.verticalScrollBar().value()
    window.resize(620, 460)
    _settle(qtbot)
    assert table.verticalScrollBar().value() >= scrolled - 2
