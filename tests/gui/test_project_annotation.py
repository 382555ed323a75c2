"""Actors, places and groups are found in a child process: the window gets its events at once, the
facets fill in when the result is applied, and a run made stale by a newer request (or by the
documents going away, or the window closing) is stopped and its result never applied."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from explorer.entities.annotation import annotate_documents
from explorer.ingest import extract_paths

CORPUS = Path(__file__).resolve().parents[1] / "entities" / "corpus"


@pytest.fixture(scope="module")
def documents():
    return list(extract_paths([CORPUS]).documents)


class HeldJob:
    """A stand-in for the annotation process whose run ends when the test opens ``gate``: the
    result is the real one, computed at once; ``done`` waits for the gate."""

    calls: list[int] = []
    cancelled: list[int] = []
    gate = threading.Event()

    def __init__(self, documents) -> None:
        self.n = len(documents)
        HeldJob.calls.append(self.n)
        self._result = annotate_documents(documents)

    def done(self) -> bool:
        return HeldJob.gate.is_set()

    def result(self):
        return self._result

    def cancel(self) -> None:
        HeldJob.cancelled.append(self.n)


@pytest.fixture
def held():
    HeldJob.calls, HeldJob.cancelled = [], []
    HeldJob.gate.clear()
    yield HeldJob
    HeldJob.gate.set()


def test_annotation_runs_in_another_process_and_the_facets_fill_in_afterwards(qtbot, make_window, documents):
    window = make_window()
    window.add_documents(documents, annotate=True)
    assert window.model.rowCount() > 0  # events are there at once
    job = window.people._job
    assert job is not None and job.process.pid != os.getpid()
    assert window.people.is_annotating() and window.facets.actors.count() == 0
    assert not window.people.merge("a", ["b"])  # an edit on the index being replaced waits
    assert "Still finding actors" in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.people.annotated, timeout=60_000):
        pass
    assert not window.people.is_annotating()
    job.process.join(10)  # the result is applied without waiting for the child's exit; it does exit
    assert not job.process.is_alive()
    assert window.facets.actors.count() > 0 and window.facets.places.count() > 0
    assert window.model.group_count() > 0
    assert any(window.model.event_by_key(k).actors for k in range(window.model.key_count()))


def test_closing_the_window_stops_a_running_annotation(qtbot, make_window, documents):
    window = make_window()
    window.add_documents(documents, annotate=True)
    job = window.people._job
    window.people.shutdown()
    job.process.join(10)
    assert not job.process.is_alive() and not window.people.is_annotating()


def test_a_request_during_a_run_stops_it_and_only_the_latest_result_is_applied(qtbot, make_window, documents, held):
    window = make_window()
    window.people.job_factory = held
    applied: list[int] = []
    window.people.annotated.connect(lambda: applied.append(window.model.document_count()))
    window.add_documents(documents[:1], annotate=True)  # run 1, held
    window.add_documents(documents[1:], annotate=True)  # stops run 1, starts run 2 on them all
    assert held.calls == [1, len(documents)] and held.cancelled == [1]
    held.gate.set()
    qtbot.waitUntil(lambda: not window.people.is_annotating(), timeout=30_000)
    qtbot.wait(50)
    assert applied == [len(documents)]  # run 1's result was never applied


def test_a_run_for_documents_no_longer_shown_is_stopped(qtbot, make_window, documents, held):
    window = make_window()
    window.people.job_factory = held
    window.add_documents(documents, annotate=True)
    window.project_ctl.new_project()  # nothing to save: imported articles only
    assert window.model.document_count() == 0
    assert held.cancelled == [len(documents)]
    held.gate.set()
    qtbot.waitUntil(lambda: not window.people.is_annotating(), timeout=30_000)
    qtbot.wait(50)
    assert window.people.index is None and window.facets.actors.count() == 0
