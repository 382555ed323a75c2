"""Twenty documents show twenty swatch colours in the table (the lanes' colours): with ten colours
the eleventh history's rows were as blue as the first's."""

from __future__ import annotations

from PySide6.QtCore import Qt

from explorer.gui.event_roles import Column


def test_twenty_documents_show_twenty_colours(lanes_window, qtbot):
    table = lanes_window.table
    model = table.model()
    swatch = {}
    for row in range(model.rowCount()):
        doc = model.index(row, Column.DOCUMENT)
        swatch.setdefault(doc.data(Qt.ItemDataRole.DisplayRole), set()).add(
            doc.data(Qt.ItemDataRole.DecorationRole).pixmap(16).toImage().pixelColor(8, 8).name())
    assert len(swatch) == 20 and all(len(c) == 1 for c in swatch.values())  # one colour a document
    assert len({c for cs in swatch.values() for c in cs}) == 20  # and no two documents alike


def test_the_selected_rows_swatch_keeps_its_documents_colour(lanes_window, qtbot):
    """The selected row's swatch was drawn tinted by the selection colour: its document's colour
    (the lane's) could not be read off the row the user was looking at."""
    from PySide6.QtGui import QColor

    table = lanes_window.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home)
    qtbot.keyClick(table, Qt.Key.Key_Down)  # the second row selected, as a user browses
    row = table.currentIndex().row()
    assert table.selectionModel().isRowSelected(row)
    image = table.viewport().grab().toImage()
    for r in (row, row + 1):  # selected and not
        doc = table.model().index(r, Column.DOCUMENT)
        colour = QColor(doc.data(Qt.ItemDataRole.DecorationRole).pixmap(16).toImage().pixelColor(8, 8))
        rect = table.visualRect(doc)
        dpr = image.devicePixelRatio()
        seen = {image.pixelColor(round(x * dpr), round((rect.top() + rect.height() // 2) * dpr)).name()
                for x in range(rect.left(), rect.left() + 30)}
        assert colour.name() in seen, (r, colour.name(), seen)


def test_past_twenty_documents_a_lane_is_told_apart_by_its_marks_shape(make_window, qtbot):
    """The 21st document is blue again, as the 1st: its day marks are squares, not dots, its table
    swatch carries a white square and the source's header marks it \u25a3, not \u25a0
    (timeline.lanes.lane_shape)."""
    from PySide6.QtGui import QColor, QFontMetrics

    from explorer.timeline.lanes import PALETTE

    from .keys import K, press
    from .test_monkey import monkey_corpus

    win = make_window()
    win.add_documents(monkey_corpus(n_docs=22, per_doc=4))
    timeline = win.timeline
    qtbot.waitUntil(lambda: timeline.lane_count() == 22)
    model = win.table.model()
    icons = {}
    for row in range(model.rowCount()):
        doc = model.index(row, Column.DOCUMENT)
        icons[doc.data(Qt.ItemDataRole.DisplayRole)] = doc.data(Qt.ItemDataRole.DecorationRole).pixmap(16).toImage()
    first, twenty_first = icons["Monkey document 0"], icons["Monkey document 20"]
    assert first.pixelColor(1, 1) == twenty_first.pixelColor(1, 1) == QColor(PALETTE[0])  # one colour
    assert first.pixelColor(8, 8) == QColor(PALETTE[0]) and twenty_first.pixelColor(8, 8) == QColor("white")
    table = win.table
    for name, glyph in (("Monkey document 20", "\u25a3"), ("Monkey document 0", "\u25a0")):  # the source's header
        row = next(r for r in range(model.rowCount()) if model.index(r, Column.DOCUMENT).data() == name)
        table.scrollTo(model.index(row, Column.TITLE))
        rect = table.visualRect(model.index(row, Column.TITLE))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert _plain(win.source.header.text()).startswith(glyph)
        assert QFontMetrics(win.source.header.font()).inFontUcs4(ord(glyph))  # drawn, not a missing-glyph box
    item = timeline.item
    item._sprites.clear()
    timeline.plot.grab()  # the first lanes, drawn: dots only
    assert {key[-1] for key in item._sprites} == {"circle"}
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    for _ in range(8):
        press(qtbot, K.Key_PageDown)  # to the last lanes
    item._sprites.clear()
    timeline.plot.grab()
    drawn = {(QColor.fromRgba(key[0]).name(), key[-1]) for key in item._sprites}
    assert (QColor(PALETTE[0]).name(), "square") in drawn  # the 21st lane's marks: its colour, squared
    assert (QColor(PALETTE[0]).name(), "circle") not in drawn


def _plain(html: str) -> str:
    """The text a rich-text label shows (its character references read)."""
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()
