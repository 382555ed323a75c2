"""A filter that hides the selected event keeps it: the status bar says it is hidden by the filter,
and once a filter change shows it again (the box emptied, a letter taken back, a Filters box
unticked) it is selected again in every pane. Typed as a user types, read as a user reads."""

from __future__ import annotations

from explorer.gui.event_roles import EVENT_ROLE
from explorer.gui.main_window import HIDDEN_SELECTION_NOTE

from .keys import CTRL, K, SHIFT, press, selected, typed
from .test_linking import click_row, row_of_title


def _type_in_filter(qtbot, win, text: str) -> None:  # noqa: ANN001
    """The filter box's text replaced by ``text``, typed, once the filter has it."""
    typed(qtbot, win.table_panel.filter, text)
    qtbot.waitUntil(lambda: win.proxy.filter_text() == text)


def _sentence(win) -> str | None:  # noqa: ANN001
    event = selected(win)
    return event.sentence if event is not None else None


def test_the_event_hidden_by_the_filter_is_selected_again_when_the_box_is_emptied(qtbot, window):
    click_row(qtbot, window, row_of_title(window, "first contacts"))
    assert window.source.document_path == "/corpus/beta.txt"
    assert HIDDEN_SELECTION_NOTE not in window.status_text()
    _type_in_filter(qtbot, window, "Kabul")  # only the treaty is left
    assert selected(window) is None
    assert HIDDEN_SELECTION_NOTE in window.status_text()
    assert window.selection.hidden_event().sentence.startswith("A report from 12 January 1998")
    press(qtbot, K.Key_Escape)  # the first Esc empties the box
    qtbot.waitUntil(lambda: _sentence(window) == "A report from 12 January 1998 describes the first contacts.")
    assert window.proxy.filter_text() == ""
    assert window.source.document_path == "/corpus/beta.txt"
    assert window.timeline.highlight.target() is not None
    assert HIDDEN_SELECTION_NOTE not in window.status_text()
    assert window.selection.hidden_event() is None


def test_a_letter_taken_back_shows_the_event_again_selected(qtbot, window):
    click_row(qtbot, window, row_of_title(window, "treaty was signed"))
    _type_in_filter(qtbot, window, "Kabulx")  # letter by letter: the last one hides the treaty
    assert selected(window) is None and HIDDEN_SELECTION_NOTE in window.status_text()
    press(qtbot, K.Key_Backspace)
    qtbot.waitUntil(lambda: _sentence(window) == "On 5 May 2003 the treaty was signed in Kabul.")
    assert window.proxy.filter_text() == "Kabul"
    assert HIDDEN_SELECTION_NOTE not in window.status_text()


def test_an_event_chosen_under_the_filter_replaces_the_hidden_one(qtbot, window):
    click_row(qtbot, window, row_of_title(window, "first contacts"))
    _type_in_filter(qtbot, window, "Kabul")
    click_row(qtbot, window, 0)  # the user picks the treaty, the one row left
    assert HIDDEN_SELECTION_NOTE not in window.status_text()
    _type_in_filter(qtbot, window, "")
    assert _sentence(window) == "On 5 May 2003 the treaty was signed in Kabul."


def test_a_filter_that_keeps_the_selected_event_says_nothing(qtbot, window):
    click_row(qtbot, window, row_of_title(window, "first contacts"))
    _type_in_filter(qtbot, window, "1998")
    assert _sentence(window) == "A report from 12 January 1998 describes the first contacts."
    assert HIDDEN_SELECTION_NOTE not in window.status_text()


def test_the_filters_panel_hides_and_gives_back_the_selected_event(qtbot, window):
    click_row(qtbot, window, row_of_title(window, "changed the region"))
    starred = window.filters.starred
    window.filters.show()
    starred.setFocus()
    qtbot.waitUntil(starred.hasFocus)
    press(qtbot, K.Key_Space)  # "Starred only": nothing is starred
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 0)
    assert HIDDEN_SELECTION_NOTE in window.status_text()
    assert window.selection.current_event() is None
    press(qtbot, K.Key_Space)
    qtbot.waitUntil(lambda: _sentence(window) == "The war of 1997-2004 changed the region.")
    assert window.proxy.rowCount() == 6
    assert HIDDEN_SELECTION_NOTE not in window.status_text()


def test_a_filters_box_hiding_the_selected_event_selects_no_neighbour(qtbot, window):
    war = row_of_title(window, "changed the region")
    click_row(qtbot, window, war)
    window.curation.toggle_star()  # the war and the first contacts starred
    first = row_of_title(window, "first contacts")
    window.selection.select_event(window.proxy.index(first, 0).data(EVENT_ROLE).id)
    window.curation.toggle_star()
    click_row(qtbot, window, row_of_title(window, "treaty was signed"))
    window.filters.show()
    window.filters.starred.setFocus()
    qtbot.waitUntil(window.filters.starred.hasFocus)
    press(qtbot, K.Key_Space)  # "Starred only": the treaty leaves with the rows after the starred two
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 2)
    assert selected(window) is None  # no neighbour made current (Qt made the row above current)
    assert window.selection.hidden_event().sentence == "On 5 May 2003 the treaty was signed in Kabul."
    press(qtbot, K.Key_Space)
    qtbot.waitUntil(lambda: _sentence(window) == "On 5 May 2003 the treaty was signed in Kabul.")


def test_clearing_the_selection_forgets_the_hidden_event(qtbot, window):
    click_row(qtbot, window, row_of_title(window, "first contacts"))
    _type_in_filter(qtbot, window, "Kabul")
    window.selection.clear()
    assert HIDDEN_SELECTION_NOTE not in window.status_text()
    _type_in_filter(qtbot, window, "")
    assert selected(window) is None


def test_rejecting_the_only_event_shown_leaves_nothing_hidden_to_come_back(qtbot, window):
    _type_in_filter(qtbot, window, "Kabul")
    click_row(qtbot, window, 0)
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    press(qtbot, K.Key_Delete)  # Del rejects: no neighbour to select
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 0)
    assert HIDDEN_SELECTION_NOTE not in window.status_text()
    _type_in_filter(qtbot, window, "")
    assert selected(window) is None


def test_rejecting_the_only_event_shown_with_rejected_shown_keeps_it_selected(qtbot, window):
    """With View > Show Rejected on the rejected row stays: it stays the selected event too (a
    rejection with no neighbour forgot the selection itself, not just the event set aside)."""
    window.actions.get("show_rejected").trigger()
    assert window.model.show_rejected()
    _type_in_filter(qtbot, window, "Kabul")
    click_row(qtbot, window, 0)
    chosen = selected(window)
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    press(qtbot, K.Key_Delete)  # Del rejects: no neighbour, the row is still shown
    qtbot.waitUntil(lambda: window.model.project.curation(chosen.id).rejected)
    assert window.proxy.rowCount() == 1
    assert selected(window) == chosen
    assert window.selection.current_event() == chosen and window.selection.hidden_event() is None


def test_an_event_gone_with_its_document_is_not_kept(qtbot, window):
    click_row(qtbot, window, row_of_title(window, "first contacts"))
    _type_in_filter(qtbot, window, "Kabul")
    hidden = window.selection.hidden_event()
    assert hidden is not None
    key = window.model.stored_key_of(hidden.id)
    window.model.update_events(removed=[key])  # merged away, as Ctrl+M does to the other event
    assert window.model.is_gone(key) and window.selection.hidden_event() is None
    _type_in_filter(qtbot, window, "")
    assert selected(window) is None
    assert HIDDEN_SELECTION_NOTE not in window.status_text()


def test_the_event_selected_again_is_scrolled_into_the_table_s_view(qtbot, lanes_window):
    """Shown again after the filter, the event's row is where the user can see it: the table,
    scrolled to its top by the filter, left the 120th row below the view."""
    win = lanes_window
    press(qtbot, K.Key_End)  # on the timeline: the last event, its row scrolled into the table's view
    chosen = selected(win)
    assert chosen is not None
    other = "Event 1 " if not chosen.title.startswith("Event 1 ") else "Event 2 "
    _type_in_filter(qtbot, win, other)  # a row of each document: the table scrolls to its top
    assert win.proxy.rowCount() == 20 and HIDDEN_SELECTION_NOTE in win.status_text()
    table = win.table
    qtbot.waitUntil(lambda: table.verticalScrollBar().maximum() < 20)  # the table laid out the rows left
    press(qtbot, K.Key_Escape)
    qtbot.waitUntil(lambda: selected(win) == chosen)
    qtbot.waitUntil(lambda: table.viewport().rect().intersects(table.visualRect(table.currentIndex())))


def test_a_second_source_of_an_open_group_is_selected_again_itself(qtbot, annotated_window):
    """A group listed as its sources (Ctrl+Shift+E): the second source, hidden by the filter and shown
    again, is selected again, not the group's first source (whose row stands for a closed group)."""
    win = annotated_window
    group = win.model.groups()[0]
    win.selection.select_event(group.event_ids[0])
    win.table.setFocus()
    qtbot.waitUntil(win.table.hasFocus)
    press(qtbot, K.Key_E, CTRL | SHIFT)  # the group's sources listed as rows
    assert win.selection.select_event(group.event_ids[1])
    assert selected(win).id == group.event_ids[1]
    _type_in_filter(qtbot, win, "no event says this")
    assert selected(win) is None and win.selection.hidden_event().id == group.event_ids[1]
    _type_in_filter(qtbot, win, "")
    qtbot.waitUntil(lambda: selected(win) is not None)
    assert selected(win).id == group.event_ids[1]


def test_the_source_pane_keeps_the_hidden_event_says_why_and_esc_gives_it_back(qtbot, window):
    """The article of the hidden event, with none of its events left by the filter, stays in the pane
    with the event's sentence highlighted (it went blank before, h37g review): its header says the
    filter hides the event and how to undo it, and Esc selects the event again everywhere."""
    from explorer.gui.source_pane import HIDDEN_EVENT_NOTE

    click_row(qtbot, window, row_of_title(window, "first contacts"))
    assert HIDDEN_EVENT_NOTE not in window.source.header.text()
    _type_in_filter(qtbot, window, "Kabul")
    qtbot.waitUntil(lambda: HIDDEN_EVENT_NOTE in window.source.header.text())
    assert window.source.document_path == "/corpus/beta.txt"
    text = window.source.text.toPlainText()
    assert [text[s:e] for s, e, k in window.source.highlighted_ranges() if k == "sentence"] == [
        "A report from 12 January 1998 describes the first contacts."]
    press(qtbot, K.Key_Escape)
    qtbot.waitUntil(lambda: _sentence(window) == "A report from 12 January 1998 describes the first contacts.")
    assert window.source.document_path == "/corpus/beta.txt"
    assert HIDDEN_EVENT_NOTE not in window.source.header.text()
    assert "No document selected" not in window.source.header.text()
