"""The event table's columns share the room as a reader needs it: the title, what is read, gets the
most; a column with nothing to show takes none."""

from __future__ import annotations

from PySide6.QtCore import Qt

from explorer.gui.event_roles import Column


def test_without_events_told_by_several_sources_the_title_gets_the_room(qtbot, make_window):
    """On the sample no event has a second source, yet an empty Sources column took 90 px and the
    Document column half the rest, leaving titles at "The radical…" in a 1200 px window."""
    from explorer.resources import sample_dir

    window = make_window()
    with qtbot.waitSignal(window.loadFinished, timeout=20_000):
        window.open_paths([str(sample_dir())])
    assert not window.model.groups()
    header = window.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.isSectionHidden(Column.SOURCES))
    # the columns are fitted on a later turn of the event loop (a busy machine may take a while): wait
    # for the fitted layout the user ends up with, then look at it
    qtbot.waitUntil(lambda: header.sectionSize(Column.TITLE) >= 1.5 * header.sectionSize(Column.DOCUMENT))
    # what the user sees: the first row's title is not cut to a word or two
    table = window.table
    index = table.model().index(1, Column.TITLE)
    qtbot.waitUntil(lambda: table.visualRect(index).width() >= table.fontMetrics().horizontalAdvance("Ali Khamenei bans"))
    qtbot.keyClick(table, Qt.Key.Key_Down)  # the table still moves by keys with the column hidden
    assert window.selection.selection_model.currentIndex().row() >= 0


def test_the_sources_column_comes_back_when_events_are_grouped(annotated_window, qtbot):
    win = annotated_window
    header = win.table.horizontalHeader()
    assert win.model.groups()
    assert not header.isSectionHidden(Column.SOURCES) and header.sectionSize(Column.SOURCES) > 0
