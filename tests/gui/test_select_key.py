"""Selecting by a real Down key in the table (issue 16): each press makes the next row's event the one
every view shows — the table's current row, the source pane's highlighted sentence, the timeline's card."""

from __future__ import annotations

from PySide6.QtCore import Qt

from explorer.gui.event_roles import EVENT_ROLE

from .keys import press, selected


def highlighted_sentence(window) -> list[str]:
    text = window.source.text.toPlainText()
    return [text[s:e] for s, e, kind in window.source.highlighted_ranges() if kind == "sentence"]


def test_down_in_the_table_selects_the_next_row_everywhere(window, qtbot):
    table, proxy = window.table, window.proxy
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    table.setCurrentIndex(proxy.index(0, 0))
    assert proxy.rowCount() >= 4
    for row in range(1, 4):
        press(qtbot, Qt.Key.Key_Down)
        expected = proxy.index(row, 0).data(EVENT_ROLE)
        event = selected(window)
        assert event == expected and window.selection.current_event() == expected
        shown = window.source.text.toPlainText()
        assert highlighted_sentence(window) == [shown[event.sentence_start:event.sentence_end]]
        title, _ = window.timeline.highlight.card_text()
        assert title == " ".join(event.title.split())
