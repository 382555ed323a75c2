"""When the Actors list arrives, the events take the labels the annotating worker found: the GUI
thread labels no event again (1.3 ms an event there froze the window for 8 s at 10k events, see
tests/gui/test_labels_benchmark.py), and the window answers keys before, while and after they arrive."""

from __future__ import annotations

import threading
from datetime import date

from PySide6.QtCore import Qt

from explorer.documents import Document
from explorer.entities.annotation import annotate_documents
from explorer.entities.index import ActorIndex
from explorer.gui.facets import NAME_ROLE
from explorer.ingest import extract_document

TEXTS = {
    "council.txt": "Mayor Ruth Okafor opened the new bridge on 3 March 2021. On 9 May 2021 the council approved the budget.",
    "harbour.txt": "Captain Ivo Marsh sailed from the harbour on 12 June 2020. He returned on 30 June 2020.",
}


class HeldJob:
    """A finished annotation handed over only when the test lets it (as the worker's child would)."""

    def __init__(self, result) -> None:  # noqa: ANN001
        self.result_value, self.released = result, False

    def done(self) -> bool:
        return self.released

    def result(self):  # noqa: ANN201
        return self.result_value

    def cancel(self) -> None:
        self.released = False


def test_labels_arrive_without_labelling_on_the_gui_thread_and_keys_are_answered(make_window, qtbot, monkeypatch):
    docs = [extract_document(Document(name, text, name), date(2021, 12, 1)) for name, text in TEXTS.items()]
    win = make_window()
    win.add_documents(docs)
    job = HeldJob(annotate_documents(docs))
    win.people.job_factory = lambda documents: job
    on_gui_thread: list[str] = []
    real_label = ActorIndex.label

    def counted(index, event):  # noqa: ANN001, ANN202
        if threading.current_thread() is threading.main_thread():
            on_gui_thread.append(event.id)
        return real_label(index, event)

    monkeypatch.setattr(ActorIndex, "label", counted)
    win.annotate_entities()
    table = win.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home)
    first = table.currentIndex().row()
    qtbot.keyClick(table, Qt.Key.Key_Down)  # the annotation is running: the window answers
    assert table.currentIndex().row() == first + 1
    with qtbot.waitSignal(win.people.annotated, timeout=10_000):
        job.released = True
    before = table.currentIndex().row()  # the selected event kept (its row may move with the groups)
    assert before > 0
    qtbot.keyClick(table, Qt.Key.Key_Up)  # and answers once the labels are on
    assert table.currentIndex().row() == before - 1
    names = {win.facets.actors.item(i).data(NAME_ROLE) for i in range(win.facets.actors.count())}
    assert {"Ruth Okafor", "Ivo Marsh"} <= names
    assert {e.actors for e in win.model.project.events() if e.doc == "harbour.txt"} == {("Ivo Marsh",)}
    assert on_gui_thread == []
