"""A file name whose bytes are not UTF-8 (kept as surrogates so the file still opens) loses those
characters on its way into a QString: the table showed "caf notes.txt" for ``caf\\xe9 notes.txt``,
and two such files looked alike. The app shows them escaped (issue 15)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from explorer.documents import Document
from explorer.gui.event_roles import Column
from explorer.ingest import extract_document

NAME = "caf\udce9 notes.txt"  # b"caf\xe9 notes.txt", Latin-1, as os.fsdecode keeps it


def test_the_table_shows_an_undecodable_file_name_escaped(qtbot, window) -> None:
    text = "The council met on 12 March 2019 in the capital."
    window.add_documents([extract_document(Document(f"/articles/{NAME}", text, None), date(2020, 1, 1))])
    table = window.table_panel.table
    model = table.model()
    shown = {model.index(row, Column.DOCUMENT).data(Qt.ItemDataRole.DisplayRole) for row in range(model.rowCount())}
    assert "caf\\xe9 notes.txt" in shown
    assert "caf notes.txt" not in shown
