"""The child that finds actors and places starts when an import starts, not when it ends: its start
and the gazetteer overlap the reading, so the Actors list fills in sooner; the import's documents
go to that same child, and a window closed while reading leaves no child behind."""

from __future__ import annotations

import shutil
from pathlib import Path

import explorer.gui.people as people_module

ARTICLE = Path(__file__).parent / "data" / "harbour-bridge-vote.txt"


def _spy_tasks(monkeypatch) -> list:
    started: list = []
    real = people_module.annotate_in_background

    def spy(documents, sending=None):
        task = real(documents, sending)
        started.append((callable(documents), task))
        return task

    monkeypatch.setattr(people_module, "annotate_in_background", spy)
    return started


def test_the_child_started_with_the_reading_finds_the_actors(make_window, qtbot, tmp_path, monkeypatch):
    shutil.copy(ARTICLE, tmp_path / ARTICLE.name)
    started = _spy_tasks(monkeypatch)
    win = make_window()
    win.open_paths([str(tmp_path)])
    assert [waiting for waiting, _ in started] == [True]  # started before a document is read
    with qtbot.waitSignal(win.people.annotated, timeout=60_000):
        pass
    assert len(started) == 1  # the documents went to it: no second child
    heading = win.facets.actors_label.text()
    assert heading.startswith("Actors (") and "finding" not in heading and int(heading[8:-1]) >= 2
    names = [win.facets.actors.item(i).text() for i in range(win.facets.actors.count())]
    assert any(n.startswith("Casimir Oudendijk") for n in names), names


def test_a_window_closed_while_reading_leaves_no_waiting_child(make_window, qtbot, tmp_path, monkeypatch):
    shutil.copy(ARTICLE, tmp_path / ARTICLE.name)
    started = _spy_tasks(monkeypatch)
    win = make_window()
    win.open_paths([str(tmp_path)])
    (_, task), = started
    win.people.shutdown()
    qtbot.waitUntil(lambda: not task.process.is_alive(), timeout=5_000)
