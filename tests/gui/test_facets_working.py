"""The Actors & Places dock says when its lists are still being filled: while articles are read and
while their names are found in the background, an empty list must not read as "nobody is named"
(on a large folder "Actors (0)" stood there for seconds after the events were shown)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from explorer.entities.annotation import annotate_documents
from explorer.entities.extend import annotate_new
from explorer.ingest import extract_paths

CORPUS = Path(__file__).resolve().parents[1] / "entities" / "corpus"


@pytest.fixture(scope="module")
def documents():
    return list(extract_paths([CORPUS]).documents)


class Held:
    """The annotation run, held until the test opens ``gate`` (its result is the real one)."""

    gate = threading.Event()

    def __init__(self, documents) -> None:
        self._result = annotate_documents(documents)

    def done(self) -> bool:
        return Held.gate.is_set()

    def result(self):
        return self._result

    def cancel(self) -> None:
        pass


class HeldNew(Held):
    """The run on an import's new documents only (an annotated project), held the same way."""

    def __init__(self, stored, documents) -> None:
        self._result = annotate_new(stored() if callable(stored) else stored, documents)


class Failing(Held):
    def result(self):
        raise RuntimeError("no names today")


@pytest.fixture
def held():
    Held.gate.clear()
    yield Held
    Held.gate.set()


def headings(window) -> tuple[str, str]:
    return window.facets.actors_label.text(), window.facets.places_label.text()


def test_headings_say_finding_while_names_are_found_then_the_counts(qtbot, make_window, documents, held):
    window = make_window()
    window.people.job_factory = held
    window.add_documents(documents, annotate=True)
    qtbot.wait(100)
    assert headings(window) == ("Actors (finding\u2026)", "Places (finding\u2026)")
    assert "background" in window.facets.actors_label.toolTip()
    held.gate.set()
    qtbot.waitUntil(lambda: not window.people.is_annotating(), timeout=30_000)
    n_actors, n_places = window.facets.actors.count(), window.facets.places.count()
    assert n_actors and n_places
    assert headings(window) == (f"Actors ({n_actors})", f"Places ({n_places})")
    assert window.facets.actors_label.toolTip() == ""


def test_articles_added_later_show_updating_beside_the_counts_shown(qtbot, make_window, documents, held):
    window = make_window()
    window.people.job_factory = held
    window.people.new_job_factory = HeldNew
    window.add_documents(documents[:-1], annotate=True)
    held.gate.set()
    qtbot.waitUntil(lambda: not window.people.is_annotating(), timeout=30_000)
    n = window.facets.actors.count()
    held.gate.clear()
    window.add_documents(documents[-1:], annotate=True)
    qtbot.wait(100)
    assert window.facets.actors_label.text() == f"Actors ({n}, updating\u2026)"
    held.gate.set()
    qtbot.waitUntil(lambda: not window.people.is_annotating(), timeout=30_000)
    assert window.facets.actors_label.text() == f"Actors ({window.facets.actors.count()})"


def test_a_failed_run_does_not_leave_the_headings_saying_finding(qtbot, make_window, documents, held):
    window = make_window()
    window.people.job_factory = Failing
    window.add_documents(documents, annotate=True)
    assert window.facets.actors_label.text() == "Actors (finding\u2026)"
    held.gate.set()
    qtbot.waitUntil(lambda: not window.people.is_annotating(), timeout=30_000)
    qtbot.wait(50)
    assert headings(window) == ("Actors (0)", "Places (0)")
    assert "failed" in window.statusBar().currentMessage()


def test_headings_say_finding_while_a_folder_is_read(qtbot, make_window, held, monkeypatch):
    import explorer.gui.main_window as main_window

    window = make_window()
    window.people.job_factory = held
    assert window.facets.actors_label.text() == "Actors (0)"
    monkeypatch.setattr(main_window.QFileDialog, "getExistingDirectory", lambda *a, **k: str(CORPUS))
    # File > Import Folder; the import runs off the GUI thread and its end arrives as a signal
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert headings(window) == ("Actors (finding\u2026)", "Places (finding\u2026)")
    qtbot.waitUntil(lambda: window.people.is_annotating(), timeout=60_000)  # read: names next
    assert window.facets.actors_label.text() == "Actors (finding\u2026)"
    held.gate.set()
    qtbot.waitUntil(lambda: not window.facets.is_working(), timeout=30_000)
    assert window.facets.actors_label.text() == f"Actors ({window.facets.actors.count()})"
    assert window.facets.actors.count() > 0
