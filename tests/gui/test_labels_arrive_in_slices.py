"""A new annotation reaches the rows a slice of documents per event-loop turn
(``ProjectEventModel.SLICE_EVENTS``): at 100k events one turn of it blocked the window for 2.3 s.
While the slices arrive the window answers keys; the Actors list and ``annotated`` come once every
row has its labels (see tests/gui/test_labels_benchmark.py for the 10k and 100k figures)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from datetime import date

from explorer.documents import Document
from explorer.entities.annotation import Annotation, annotate_documents
from explorer.gui import project_model
from explorer.gui.event_roles import EVENT_ROLE
from explorer.gui.facets import NAME_ROLE
from explorer.ingest import extract_document

from .test_labels_arrive import HeldJob
from .test_monkey import monkey_corpus

NAME, PLACE = "Ada Quill", "Harbour Row"


def _labelled_rows(win) -> int:  # noqa: ANN001
    """Rows of the table whose event names the actor (what the table holds for each row)."""
    proxy = win.table.model()
    return sum(NAME in proxy.index(r, 0).data(EVENT_ROLE).actors for r in range(proxy.rowCount()))


def test_labels_arrive_a_slice_a_turn_and_keys_are_answered_between(make_window, qtbot, monkeypatch):
    monkeypatch.setattr(project_model, "SLICE_EVENTS", 250)  # 2,000 events: eight turns, not one
    docs = monkey_corpus(n_docs=40, per_doc=50)
    win = make_window()
    win.add_documents(docs)
    labels = {e.id: ((NAME,), (PLACE,)) for d in docs for e in d.events}
    named = extract_document(Document("quill.txt", f"Mayor {NAME} opened the market on 3 March 2021.", "quill.txt"),
                             date(2021, 12, 1))
    job = HeldJob(Annotation(annotate_documents([named]).index, (), labels))  # an index that knows the name
    win.people.job_factory = lambda documents: job
    win.annotate_entities()
    table = win.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home)
    job.released = True
    qtbot.waitUntil(win.model.is_settling, timeout=10_000)  # the first slice is in, the rest to come
    some = _labelled_rows(win)
    assert 0 < some < len(labels)
    before = table.currentIndex().row()
    qtbot.keyClick(table, Qt.Key.Key_Down)  # answered between two slices
    assert table.currentIndex().row() == before + 1
    assert win.model.is_settling() and win.people.is_annotating()  # the list waits for every row
    with qtbot.waitSignal(win.people.annotated, timeout=10_000):
        pass
    assert not win.model.is_settling()
    assert _labelled_rows(win) == len(labels)  # every row, told to the table, none reset
    before = table.currentIndex().row()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == before + 1
    names = {win.facets.actors.item(i).data(NAME_ROLE) for i in range(win.facets.actors.count())}
    assert NAME in names
