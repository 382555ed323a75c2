"""Selecting an event anywhere selects it everywhere: real clicks on the table, the timeline and the
source text, checked on what the user sees (current row, highlight ring, highlighted text, range)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from explorer.gui.event_roles import EVENT_ROLE
from explorer.gui.formatting import day_start_seconds


def row_of_title(window, fragment: str) -> int:
    proxy = window.proxy
    for row in range(proxy.rowCount()):
        if fragment in proxy.index(row, 0).data(EVENT_ROLE).sentence:
            return row
    raise AssertionError(f"no row for {fragment!r}")


def click_row(qtbot, window, row: int) -> None:
    table = window.table
    index = window.proxy.index(row, 1)
    table.scrollTo(index)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def current_table_event(window):
    index = window.table.currentIndex()
    return index.data(EVENT_ROLE) if index.isValid() else None


def highlighted(window, kind: str) -> list[str]:
    """The texts the source pane paints with the given highlight (from its extra selections)."""
    text = window.source.text.toPlainText()
    return [text[s:e] for s, e, k in window.source.highlighted_ranges() if k == kind]


def test_clicking_a_table_row_selects_the_event_on_the_timeline_and_in_the_source(qtbot, window):
    row = row_of_title(window, "treaty was signed")
    click_row(qtbot, window, row)

    event = current_table_event(window)
    assert event is not None and event.timex == "5 May 2003"
    # the table shows it as the selected row
    assert [i.row() for i in window.table.selectionModel().selectedRows()] == [row]
    # the timeline rings it
    x0, x1, lane, is_span = window.timeline.highlight.target()
    assert (x0, lane, is_span) == (day_start_seconds(event.begin), 0.0, False)
    # the source pane shows its document, its sentence highlighted, the cursor on screen
    assert window.source.document_path == "/corpus/alpha.txt"
    assert highlighted(window, "sentence") == ["On 5 May 2003 the treaty was signed in Kabul."]
    assert highlighted(window, "event") == ["5 May 2003"]
    extra = window.source.text.extraSelections()
    assert any(sel.cursor.selectedText() == "On 5 May 2003 the treaty was signed in Kabul." for sel in extra)
    assert window.source.text.viewport().rect().contains(window.source.text.cursorRect().center())


def test_every_temporal_expression_is_highlighted_not_only_events(qtbot, window):
    click_row(qtbot, window, row_of_title(window, "founded"))
    assert set(highlighted(window, "timex")) == {"March 2001", "two weeks", "5 May 2003", "2010"}


def test_clicking_a_mark_on_the_timeline_selects_the_table_row(qtbot, window):
    alpha_2003 = "alpha#" + str(window.model.document("/corpus/alpha.txt").document.text.index("5 May 2003"))
    pos = window.timeline.viewport_pos_of(alpha_2003)
    assert pos is not None and window.timeline.plot.viewport().rect().contains(pos)
    qtbot.mouseClick(window.timeline.plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)

    event = current_table_event(window)
    assert event is not None and event.id == alpha_2003
    assert window.table.viewport().rect().intersects(window.table.visualRect(window.table.currentIndex()))
    assert highlighted(window, "event") == ["5 May 2003"]


def test_clicking_a_span_bar_selects_it(qtbot, window):
    war = "beta#" + str(window.model.document("/corpus/beta.txt").document.text.index("1997-2004"))
    pos = window.timeline.viewport_pos_of(war)
    qtbot.mouseClick(window.timeline.plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert current_table_event(window).id == war
    assert window.timeline.highlight.target()[3] is True  # drawn as a bar outline


def test_clicking_empty_timeline_keeps_the_selection(qtbot, window):
    click_row(qtbot, window, row_of_title(window, "founded"))
    before = current_table_event(window)
    vp = window.timeline.plot.viewport()
    qtbot.mouseClick(vp, Qt.MouseButton.LeftButton, pos=QPoint(vp.width() - 5, vp.height() // 2 - 3))
    assert current_table_event(window) is before


def test_moving_the_text_cursor_into_an_expression_selects_its_event_and_pans_the_timeline(qtbot, window):
    click_row(qtbot, window, row_of_title(window, "founded"))  # alpha is shown, 2001 selected
    timeline = window.timeline
    timeline.set_visible_range(day_start_seconds_year(1950), day_start_seconds_year(1960))  # far away

    edit = window.source.text
    text = edit.toPlainText()
    # put the cursor just before "2010" by clicking there, then step into it with the keyboard
    cursor = edit.textCursor()
    cursor.setPosition(text.index("in 2010") + 2)
    edit.setTextCursor(cursor)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Right)

    event = current_table_event(window)
    assert event is not None and event.timex == "2010"
    x0, x1 = timeline.visible_range()
    assert x0 <= day_start_seconds_year(2010) and day_start_seconds_year(2011) <= x1
    assert highlighted(window, "sentence") == ["Much later, in 2010, the members met again."]
    assert edit.textCursor().position() == text.index("in 2010") + 3  # the user's cursor stays put


def test_clicking_into_a_sentence_selects_its_event(qtbot, window):
    click_row(qtbot, window, row_of_title(window, "2010"))
    edit = window.source.text
    text = edit.toPlainText()
    probe = QTextCursor(edit.document())
    probe.setPosition(text.index("treaty"))
    point = edit.cursorRect(probe).center()
    qtbot.mouseClick(edit.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert current_table_event(window).timex == "5 May 2003"


def test_selecting_an_event_of_another_document_switches_the_source(qtbot, window):
    click_row(qtbot, window, row_of_title(window, "first contacts"))
    assert window.source.document_path == "/corpus/beta.txt"
    assert "Beta regional report" in window.source.header.text()


def day_start_seconds_year(year: int) -> float:
    from datetime import date

    return day_start_seconds(date(year, 1, 1))


def test_clicking_a_sentence_the_filter_hides_selects_it_and_says_the_filter_was_cleared(qtbot, window):
    """The filter is cleared to show what the user clicked in the text (hiding it again would look
    like a failed click), and the status bar says so: the Filter box had emptied without a word."""
    click_row(qtbot, window, row_of_title(window, "2010"))
    qtbot.keyClicks(window.table_panel.filter, "kabul")
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 1)
    edit = window.source.text
    probe = QTextCursor(edit.document())
    probe.setPosition(edit.toPlainText().index("founded"))  # the March 2001 sentence, filtered out
    qtbot.mouseClick(edit.viewport(), Qt.MouseButton.LeftButton, pos=edit.cursorRect(probe).center())
    assert current_table_event(window).timex == "March 2001"
    assert window.table_panel.filter.text() == ""
    message = window.statusBar().currentMessage()
    assert message.startswith("Filter cleared to show") and "The alliance was founded" in message
    qtbot.keyClicks(window.table_panel.filter, "alliance")  # a filter that keeps it (its document title): nothing to say
    probe.setPosition(edit.toPlainText().index("Much later"))
    window.statusBar().clearMessage()
    qtbot.mouseClick(edit.viewport(), Qt.MouseButton.LeftButton, pos=edit.cursorRect(probe).center())
    assert current_table_event(window).timex == "2010"
    assert window.statusBar().currentMessage() == ""
