"""Actors, places and groups are found off the GUI thread: the window gets its events at once, the
facets fill in when the worker's result is applied, and a result made stale by a newer request (or
by the documents going away) is dropped."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from explorer.gui import people as people_module
from explorer.pipeline import extract_paths

CORPUS = Path(__file__).resolve().parents[1] / "entities" / "corpus"


@pytest.fixture(scope="module")
def documents():
    return list(extract_paths([CORPUS]).documents)


@pytest.fixture
def spy(monkeypatch):
    """Records the thread and document count of every annotate_corpus run; ``gate`` holds runs."""
    real = people_module.annotate_corpus
    calls: list[tuple[int, int]] = []
    gate = threading.Event()
    gate.set()

    def annotate(corpus):
        calls.append((threading.get_ident(), len(corpus.documents)))
        assert gate.wait(20)
        return real(corpus)

    monkeypatch.setattr(people_module, "annotate_corpus", annotate)
    return calls, gate


def test_annotation_runs_off_the_gui_thread_and_the_facets_fill_in_afterwards(qtbot, make_window, documents, spy):
    calls, gate = spy
    gate.clear()
    window = make_window()
    window.add_documents(documents, annotate=True)
    assert window.model.rowCount() > 0  # events are there at once
    assert window.people.is_annotating() and window.facets.actors.count() == 0
    assert not window.people.merge("a", ["b"])  # an edit on the index being replaced waits
    assert "Still finding actors" in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.people.annotated, timeout=30_000):
        gate.set()
    assert [thread for thread, _ in calls] != [threading.get_ident()] and len(calls) == 1
    assert not window.people.is_annotating()
    assert window.facets.actors.count() > 0 and window.facets.places.count() > 0
    assert window.model.group_count() > 0
    assert any(window.model.event_by_key(k).actors for k in range(window.model.rowCount()))


def test_a_request_during_a_run_supersedes_it_and_its_result_is_dropped(qtbot, make_window, documents, spy):
    calls, gate = spy
    gate.clear()
    window = make_window()
    applied: list[int] = []
    window.people.annotated.connect(lambda: applied.append(window.model.document_count()))
    window.add_documents(documents[:1], annotate=True)  # run 1, held
    window.add_documents(documents[1:], annotate=True)  # queued: starts when run 1 ends
    gate.set()
    qtbot.waitUntil(lambda: len(calls) == 2 and not window.people.is_annotating(), timeout=30_000)
    qtbot.wait(50)
    assert [n for _, n in calls] == [1, len(documents)]
    assert applied == [len(documents)]  # run 1's result was stale: never applied


def test_a_result_for_documents_no_longer_shown_is_dropped(qtbot, make_window, documents, spy):
    calls, gate = spy
    gate.clear()
    window = make_window()
    window.add_documents(documents, annotate=True)
    window.project_ctl.new_project()  # nothing to save: imported articles only
    assert window.model.document_count() == 0
    gate.set()
    qtbot.waitUntil(lambda: not window.people.is_annotating(), timeout=30_000)
    qtbot.wait(50)
    assert window.people.index is None and window.facets.actors.count() == 0
