"""Clearing a filter gives the source pane back what it showed before the filter: the selected
event's document with its sentence highlighted (the shared QItemSelectionModel keeps the event a
filter hid, see :mod:`explorer.gui.selection`), or, with nothing selected, the article it had on
show. Seen on the 30 TimeBank files without dates: the first article on show, a filter on a word
none of its sentences has, the filter cleared: "No document selected" beside views all back as
they were."""

from __future__ import annotations

from explorer.gui.source_pane import FILTERED_DOCUMENT_NOTE

import pytest
from PySide6.QtCore import Qt

from .test_linking import click_row, current_table_event, highlighted, row_of_title
from .test_source_follows_filter import type_filter


def _clear_filter_with_escape(qtbot, window) -> None:
    edit = window.table_panel.filter
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.proxy.filter_text() == "" and window.proxy.rowCount() == 6)


@pytest.mark.parametrize("chosen, hiding, sentence", [
    ("first contacts", "Kabul", "A report from 12 January 1998 describes the first contacts."),
    ("members met again", "region", "Much later, in 2010, the members met again."),
])
def test_clearing_a_filter_that_hid_the_selection_shows_its_sentence_again(qtbot, window, chosen, hiding, sentence):
    click_row(qtbot, window, row_of_title(window, chosen))
    path = window.source.document_path
    type_filter(qtbot, window, hiding)  # hides the chosen event's document altogether
    assert window.source.document_path == path  # never a blank pane (h37g): the sentence stays
    assert highlighted(window, "sentence") == [sentence]
    _clear_filter_with_escape(qtbot, window)
    qtbot.waitUntil(lambda: current_table_event(window) is not None)
    assert chosen in current_table_event(window).sentence
    assert window.source.document_path == path and "No document selected" not in window.source.header.text()
    assert "filter hides" not in window.source.header.text()
    assert highlighted(window, "sentence") == [sentence]


@pytest.mark.parametrize("hiding", ["first contacts", "archive", "region"])
def test_with_nothing_selected_clearing_the_filter_shows_the_article_again(qtbot, window, hiding):
    assert current_table_event(window) is None and window.source.document_path == "/corpus/alpha.txt"
    type_filter(qtbot, window, hiding)  # only beta's events are left
    assert window.source.document_path == "/corpus/alpha.txt" and FILTERED_DOCUMENT_NOTE in window.source.header.text()
    _clear_filter_with_escape(qtbot, window)
    qtbot.waitUntil(lambda: FILTERED_DOCUMENT_NOTE not in window.source.header.text())
    assert "No document selected" not in window.source.header.text()
    assert window.source.text.toPlainText().startswith("The alliance was founded in March 2001")
    assert current_table_event(window) is None  # nothing chosen for the user


def test_an_actor_filter_cleared_by_its_chip_shows_the_article_again(qtbot, window):
    """The same through the actor and place filter, cleared with the chip's button."""
    assert window.source.document_path == "/corpus/alpha.txt"
    window.proxy.set_entity_filter((), ("Nowhere",))  # a place none of the events names
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 0)
    assert window.source.document_path == "/corpus/alpha.txt" and FILTERED_DOCUMENT_NOTE in window.source.header.text()
    qtbot.mouseClick(window.filter_chip.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: FILTERED_DOCUMENT_NOTE not in window.source.header.text())
    assert window.source.document_path == "/corpus/alpha.txt"
