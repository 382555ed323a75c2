"""The Actors list names one body once however its articles write it (session 10, entities-merge):
"U.N." and "United Nations" are one line, "LBJ" is Lyndon B. Johnson's line, and the line's spellings
say so when it is clicked."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from explorer.documents import Document
from explorer.gui.facets import NAME_ROLE
from explorer.ingest.extract import extract_document

TEXTS = [
    "Iraq\n\nOn Monday the United Nations said inspectors would return to Baghdad. On Tuesday the U.N. said "
    "the inspectors had arrived.\n",
    "Vietnam\n\nIn November 1963 Lyndon B. Johnson became president. In August 1964 LBJ signed the "
    "resolution, and on March 31, 1968, LBJ said he would not run again.\n",
]


def test_the_actors_list_shows_one_line_per_body_with_its_spellings(qtbot, make_window) -> None:
    documents = [extract_document(Document(f"/news/n{i}.txt", text, f"n{i}"), date(1998, 3, 2))
                 for i, text in enumerate(TEXTS)]
    window = make_window()
    window.add_documents(documents, annotate=True)
    qtbot.waitUntil(lambda: not window.people.is_annotating() and window.facets.actors.count() > 0, timeout=30_000)
    actors = window.facets.actors
    shown = [actors.item(i).data(NAME_ROLE) for i in range(actors.count())]
    assert "United Nations" in shown and "Lyndon B. Johnson" in shown
    assert "U.N." not in shown and "LBJ" not in shown
    item = window.facets.actors.item(shown.index("United Nations"))
    rect = actors.visualItemRect(item)
    qtbot.mouseClick(actors.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.facets.variants.text().startswith("United Nations: also written"))
    assert "U.N." in window.facets.variants.text()
