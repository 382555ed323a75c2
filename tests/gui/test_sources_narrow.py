"""The title gets the table's room: a Sources column that few rows use is narrow ("Src", the full
name in its tooltip), and a first-run window gives the table enough width for whole titles. In the
histories one grouped event out of 1,244 took 110 px of Sources while every title was cut at about
20 characters ("The fleet sails next to …")."""

from __future__ import annotations

from PySide6.QtCore import Qt

from explorer.gui.event_roles import Column

from .test_monkey import monkey_corpus
from .test_table_room import headers_whole, title_width


def header_text(table, column: int) -> str:
    return table.model().headerData(column, Qt.Orientation.Horizontal)


def test_a_sources_column_few_rows_use_is_narrow_and_the_title_takes_the_room(annotated_window, qtbot):
    win = annotated_window
    win.resize(1600, 1000)
    table = win.table
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: not header.isSectionHidden(Column.SOURCES))
    qtbot.wait(20)
    assert header_text(table, Column.SOURCES) == "Sources"  # many of these rows are grouped: used
    used = header.sectionSize(Column.SOURCES)
    title_before = title_width(win)
    date_before = header.sectionSize(Column.DATE)
    win.add_documents(monkey_corpus(n_docs=3, per_doc=80))  # now few rows are grouped
    qtbot.waitUntil(lambda: header_text(table, Column.SOURCES) == "Src")
    qtbot.wait(20)
    assert header.sectionSize(Column.SOURCES) < used
    # the room Sources gave up goes to the title; the date column fits the dates shown, and the new
    # rows' ranges ("1950–1961") may widen it out of the same room (the sample's dates alone are short)
    date_growth = header.sectionSize(Column.DATE) - date_before
    assert title_width(win) + date_growth > title_before
    assert headers_whole(table) == []  # "Src" itself is never cut
    tip = table.model().headerData(Column.SOURCES, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Sources")
    # the first-run split leaves room for a title of about 40 average characters at 1600 px
    assert title_width(win) >= 40 * table.fontMetrics().averageCharWidth()
    qtbot.keyClick(table, Qt.Key.Key_Down)  # keys still move through the rows
    assert win.selection.selection_model.currentIndex().row() >= 0
