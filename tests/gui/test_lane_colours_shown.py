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
            doc.data(Qt.ItemDataRole.DecorationRole).name())
    assert len(swatch) == 20 and all(len(c) == 1 for c in swatch.values())  # one colour a document
    assert len({c for cs in swatch.values() for c in cs}) == 20  # and no two documents alike
