"""The model is told what changed: a star (tag, note) edit updates the one row it touches with
``dataChanged``, never a reset of every row; an edit that moves rows (a rejection) still rebuilds."""

from __future__ import annotations

import time
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from explorer.curation import edits
from explorer.documents import Document
from explorer.events.record import Event
from explorer.gui.project_model import STAR, ProjectEventModel
from explorer.ingest import ExtractedDocument
from explorer.store import Project


def watch(model):
    seen = {"reset": 0, "changed": []}
    model.modelReset.connect(lambda: seen.__setitem__("reset", seen["reset"] + 1))
    model.dataChanged.connect(lambda a, b, *_: seen["changed"].append((a.row(), b.row())))
    return seen


def test_star_by_key_updates_one_row_and_undo_puts_it_back(window, qtbot):
    win = window
    event = next(r.event for r in win.model.project.rows() if r.event.timex == "5 May 2003")
    assert win.selection.select_event(event.id)
    row = win.model.row_of(event.id)
    seen = watch(win.model)
    win.timeline.setFocus()
    qtbot.keyClick(win, Qt.Key.Key_S)  # Edit > Star
    assert seen["reset"] == 0 and seen["changed"] == [(row, row)]
    title = win.model.index(row, 1).data()
    assert title.startswith(STAR)
    proxy_row = win.proxy.mapFromSource(win.model.index(row, 1))
    assert win.proxy.data(proxy_row).startswith(STAR)  # what the table shows
    assert win.selection.current_event().id == event.id
    qtbot.keyClick(win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert seen["reset"] == 0 and not win.model.index(row, 1).data().startswith(STAR)
    win.model.project.apply(edits.reject(win.model.project, event.id))  # a row leaves: rebuilt
    assert seen["reset"] == 1 and win.model.row_of(event.id) is None


def test_rows_patched_in_place_equal_rows_rebuilt():
    project = big_project(300, per_doc=30)
    ids = [r.event.id for r in project.rows()][:5]
    changes = []
    project.subscribe(changes.append)
    project.apply(edits.star(project, ids[0]))
    project.apply(edits.set_tags(project, ids[1], ["a", "b"]))
    project.apply(edits.set_lane(project, ids[2], "Talks"))
    project.apply(edits.annotate(project, ids[3], "check"))
    project.undo_stack.undo()
    assert [c.in_place for c in changes] == [True] * 5
    assert [c.keys[0] for c in changes[:4]] == [project.row(i).key for i in ids[:4]]
    project.apply(edits.retitle(project, ids[4], "New title"))  # the event itself changes: rebuilt
    assert not changes[-1].in_place and changes[-1].keys == (project.row(ids[4]).key,)
    patched = [(r.event, r.curation, r.hidden) for r in project.rows(include_hidden=True)]
    project.restore([], {})  # drops every cache
    assert [(r.event, r.curation, r.hidden) for r in project.rows(include_hidden=True)] == patched


def big_project(n: int, per_doc: int = 1000) -> Project:
    """``n`` dated events in documents of ``per_doc`` events each, added as extracted."""
    project = Project()
    day = date(1990, 1, 1)
    for d in range(0, n, per_doc):
        count = min(per_doc, n - d)
        text = "".join(f"Event {i:07d} happened on day {i:07d}.\n" for i in range(d, d + count))
        path = f"doc{d // per_doc:04d}.txt"
        doc = Document(path, text, path, day, "given")
        events = []
        for j in range(count):
            start = j * 39
            events.append(Event(
                id=f"{path}#{start + 25}", doc=path, title=f"Event {d + j}", sentence=text[start:start + 38],
                sentence_start=start, sentence_end=start + 38, timex=text[start + 25:start + 37],
                timex_start=start + 25, timex_end=start + 37, value=(day + timedelta(days=d + j)).isoformat(),
                type="DATE", begin=day + timedelta(days=d + j), end=day + timedelta(days=d + j), certainty="exact",
            ))
        project.add_extracted(ExtractedDocument(doc, (), tuple(events)), notify=False)
    project.restore([], {})
    return project


@pytest.mark.benchmark
def test_benchmark_star_toggle_over_100k_events_in_the_model(qtbot, benchmark):
    """Target: under 5 ms from the edit to the model's rows updated (it rebuilt every row before)."""
    project = big_project(100_000)
    model = ProjectEventModel(project=project)
    assert model.rowCount() == 100_000
    ids = [model.event_at(r).id for r in range(0, 100_000, 997)]
    seen = watch(model)
    times: list[float] = []

    def toggle() -> None:
        for event_id in ids:
            t0 = time.perf_counter()
            project.apply(edits.star(project, event_id, not project.curation(event_id).starred))
            times.append(time.perf_counter() - t0)

    benchmark.pedantic(toggle, rounds=1, iterations=1)
    median = sorted(times)[len(times) // 2]
    print(f"\nstar toggle over 100k events: median {median * 1000:.2f} ms, max {max(times) * 1000:.2f} ms")
    assert seen["reset"] == 0 and len(seen["changed"]) == len(ids)
    assert median < 0.005


def test_an_edit_that_rebuilds_rows_keeps_actors_without_relabelling(annotated_window):
    """The project labels its rows from the index it holds: a rebuilt model needs no relabel (it
    was relabelled twice per edit), and the actors and groups are still on the rows."""
    win = annotated_window
    project = win.model.project
    labelled = {e.id: (e.actors, e.places) for e in (win.model.event_by_key(k) for k in range(win.model.key_count()))}
    groups = win.model.group_count()
    relabels = []
    win.model.annotationsChanged.connect(lambda: relabels.append(1))
    event_id = next(i for i, v in labelled.items() if v[0])
    project.apply(edits.retitle(project, event_id, "A new title"))
    assert relabels == []
    assert {e.id: (e.actors, e.places) for e in (win.model.event_by_key(k) for k in range(win.model.key_count()))} == labelled
    assert win.model.group_count() == groups
