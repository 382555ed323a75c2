"""The model contract (one insertion per document, the Event behind every row) and sorting the table
by clicking its header."""

from __future__ import annotations

from PySide6.QtCore import Qt

from explorer.gui.event_model import EVENT_ROLE, Column, EventTableModel


def test_one_insertion_per_document_never_per_event(qtbot, corpus):
    model = EventTableModel()
    inserts: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserts.append((first, last)))
    model.add_documents(corpus)
    assert inserts == [(0, 2), (3, 5)]
    assert model.rowCount() == 6
    assert model.index(4, Column.TITLE).data(EVENT_ROLE).timex == "1997-2004"


def test_opening_a_document_twice_keeps_one_copy(corpus):
    model = EventTableModel()
    model.add_documents(corpus + corpus)
    assert model.document_count() == 2 and model.rowCount() == 6


def displayed_dates(window) -> list[str]:
    return [window.proxy.index(r, Column.DATE).data() for r in range(window.proxy.rowCount())]


def click_header(qtbot, window, column: int) -> None:
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center().__class__(x, header.height() // 2))


def test_clicking_the_date_header_sorts_chronologically(qtbot, window):
    # Sorted by date on open: spans and days interleave by time, undated last.
    assert displayed_dates(window) == ["1997\u20132004", "1998-01-12", "2001-03", "2003-05-05", "2010", "undated"]
    click_header(qtbot, window, Column.TITLE)
    titles = [window.proxy.index(r, Column.TITLE).data() for r in range(window.proxy.rowCount())]
    assert titles == sorted(titles, key=str.casefold)
    click_header(qtbot, window, Column.DATE)
    assert window.table.horizontalHeader().sortIndicatorSection() == Column.DATE
    assert displayed_dates(window)[0] == "1997\u20132004"
    click_header(qtbot, window, Column.DATE)  # again: newest first
    assert displayed_dates(window) == ["undated", "2010", "2003-05-05", "2001-03", "1998-01-12", "1997\u20132004"]


def test_sorting_keeps_the_selected_event(qtbot, window):
    table = window.table
    index = window.proxy.index(3, Column.TITLE)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    chosen = table.currentIndex().data(EVENT_ROLE)
    click_header(qtbot, window, Column.DOCUMENT)
    click_header(qtbot, window, Column.TITLE)
    assert table.currentIndex().data(EVENT_ROLE) is chosen
    assert window.selection.current_event() is chosen
