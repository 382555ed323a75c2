"""The table's title, what the user reads, keeps its room once the Sources column shows, and no
header is ever cut: with the Sources column a history folder's titles were 95 px wide
("Germany atte…") and the Document header read "cum" (its column down to the colour swatch)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from explorer.gui.event_roles import HEADERS, Column
from explorer.gui.table_view import MIN_TITLE_PX

LEFT = Qt.MouseButton.LeftButton


def drag(widget, start: QPoint, end: QPoint) -> None:
    """A real mouse drag: press, moves with the button held, release."""
    def send(kind, pos, buttons):
        local = QPointF(pos)
        event = QMouseEvent(kind, local, QPointF(widget.mapToGlobal(pos)), LEFT, buttons,
                            Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(widget, event)

    send(QEvent.Type.MouseButtonPress, start, LEFT)
    for i in range(1, 6):
        send(QEvent.Type.MouseMove, start + (end - start) * i / 5, LEFT)
    send(QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def headers_whole(table) -> list[str]:
    """The visible columns whose header text (and sort arrow) does not fit: what shows cut."""
    header = table.horizontalHeader()
    return [HEADERS[c] for c in range(header.count())
            if not header.isSectionHidden(c) and header.sectionSize(c) < header.sectionSizeHint(c)]


def title_width(win) -> int:
    table = win.table
    return table.visualRect(table.model().index(0, Column.TITLE)).width()


def test_at_1366x768_the_title_keeps_the_room_and_every_header_is_whole(annotated_window, qtbot):
    win = annotated_window
    win.resize(1366, 768)
    table = win.table
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: not header.isSectionHidden(Column.SOURCES))
    qtbot.wait(50)
    # the title is the widest column beside the dates (it was 95 px beside 100 px of "▸ 2 sources")
    assert title_width(win) >= max(MIN_TITLE_PX, header.sectionSize(Column.DOCUMENT), header.sectionSize(Column.SOURCES))
    assert headers_whole(table) == []
    # sorted by Document with a click on its header: the sort arrow too fits beside "Document"
    x = header.sectionViewportPosition(Column.DOCUMENT) + header.sectionSize(Column.DOCUMENT) // 2
    qtbot.mouseClick(header.viewport(), LEFT, pos=QPoint(x, header.height() // 2))
    assert header.sortIndicatorSection() == Column.DOCUMENT
    assert headers_whole(table) == []


def test_dragging_the_splitter_against_the_table_leaves_the_titles_readable(annotated_window, qtbot):
    win = annotated_window
    win.resize(1366, 768)
    table = win.table
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: not header.isSectionHidden(Column.SOURCES))
    handle = win.bottom_splitter.handle(1)
    middle = QPoint(handle.width() // 2, handle.height() // 2)
    drag(handle, middle, middle - QPoint(600, 0))  # the user pulls the source pane over the table
    qtbot.wait(50)
    assert table.width() < 700  # the drag moved the handle
    assert title_width(win) >= MIN_TITLE_PX
    assert headers_whole(table) == []
    # and a wide table gives the title the most room, not the Sources or Document columns
    drag(handle, QPoint(handle.width() // 2, handle.height() // 2), middle + QPoint(400, 0))
    qtbot.wait(50)
    assert title_width(win) >= max(header.sectionSize(c) for c in (Column.DATE, Column.DOCUMENT, Column.SOURCES))


def test_a_sources_width_the_user_drags_is_kept(annotated_window, qtbot):
    win = annotated_window
    win.resize(1366, 768)
    table = win.table
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: not header.isSectionHidden(Column.SOURCES))
    qtbot.wait(20)
    before = header.sectionSize(Column.SOURCES)
    edge = header.sectionViewportPosition(Column.SOURCES) + before - 2
    y = header.height() // 2
    drag(header.viewport(), QPoint(edge, y), QPoint(edge - 40, y))
    dragged = header.sectionSize(Column.SOURCES)
    assert dragged < before
    win.resize(1500, 800)  # a later fit keeps the user's width
    qtbot.wait(50)
    assert header.sectionSize(Column.SOURCES) == dragged
