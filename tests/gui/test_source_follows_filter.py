"""The source pane under a filter. It used to empty itself when a filter hid the selected event's
whole article: a blank pane beside "the selected event is hidden by the filter", the sentence the
reader was reading gone (h37g review). Now the pane never goes blank for a filter: the selected
event the filter hides stays on show, its sentence still highlighted, and the header says the
filter hides it (Esc clears the filter, and the event is selected again in every pane); with
nothing selected the article stays, the header saying when the filter hides every event of it.
Why not select the nearest event the filter leaves: that would be an event the reader did not
choose, and the one they chose would no longer come back when the filter is cleared."""

from __future__ import annotations

from explorer.gui.source_pane import FILTERED_DOCUMENT_NOTE, HIDDEN_EVENT_NOTE

from PySide6.QtCore import Qt

from .test_linking import click_row, current_table_event, highlighted, row_of_title


def type_filter(qtbot, window, text: str) -> None:
    edit = window.table_panel.filter
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.proxy.filter_text() == text)


def test_a_filter_hiding_the_selected_documents_events_keeps_its_sentence_on_show(qtbot, window):
    click_row(qtbot, window, row_of_title(window, "first contacts"))
    assert window.source.document_path == "/corpus/beta.txt"
    assert highlighted(window, "sentence") == ["A report from 12 January 1998 describes the first contacts."]
    type_filter(qtbot, window, "Kabul")  # only alpha's treaty is left
    assert window.proxy.rowCount() == 1 and current_table_event(window) is None
    assert window.source.document_path == "/corpus/beta.txt"
    assert window.source.text.toPlainText().startswith("A report from 12 January 1998")
    assert HIDDEN_EVENT_NOTE in window.source.header.text()
    assert highlighted(window, "sentence") == ["A report from 12 January 1998 describes the first contacts."]
    assert window.timeline.highlight.target() is None  # its mark is hidden by the filter
    # choosing the one row left shows its document
    click_row(qtbot, window, 0)
    assert window.source.document_path == "/corpus/alpha.txt"
    assert highlighted(window, "sentence") == ["On 5 May 2003 the treaty was signed in Kabul."]


def test_with_nothing_selected_a_filter_hiding_the_shown_document_says_so(qtbot, window):
    assert current_table_event(window) is None and window.source.document_path == "/corpus/alpha.txt"
    type_filter(qtbot, window, "first contacts")  # beta's only
    assert window.source.document_path == "/corpus/alpha.txt"
    assert FILTERED_DOCUMENT_NOTE in window.source.header.text()


def test_a_filter_keeping_some_of_the_documents_events_keeps_it_on_show(qtbot, window):
    click_row(qtbot, window, row_of_title(window, "first contacts"))
    type_filter(qtbot, window, "changed the")  # beta's war of 1997-2004: the selected event is hidden, its document is not
    assert current_table_event(window) is None
    assert window.source.document_path == "/corpus/beta.txt"
    assert highlighted(window, "sentence") == ["A report from 12 January 1998 describes the first contacts."]
    assert HIDDEN_EVENT_NOTE in window.source.header.text()
