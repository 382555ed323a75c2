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
