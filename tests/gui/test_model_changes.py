"""The model is told what changed: a star (tag, note) edit updates the one row it touches with
``dataChanged``, never a reset of every row; an edit that moves rows (a rejection) still rebuilds."""

from __future__ import annotations

import time
from datetime import date, timedelta

import numpy as np
import pytest
from PySide6.QtCore import Qt

from explorer.calendar import EPOCH_ORDINAL, SECONDS_PER_DAY

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
    qtbot.keyClick(win, Qt.Key.Key_Asterisk)  # Edit > Star
    assert seen["reset"] == 0 and seen["changed"] == [(row, row)]
    title = win.model.index(row, 1).data()
    assert title.startswith(STAR)
    proxy_row = win.proxy.mapFromSource(win.model.index(row, 1))
    assert win.proxy.data(proxy_row).startswith(STAR)  # what the table shows
    assert win.selection.current_event().id == event.id
    qtbot.keyClick(win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert seen["reset"] == 0 and not win.model.index(row, 1).data().startswith(STAR)
    win.model.project.apply(edits.reject(win.model.project, event.id))  # a row leaves: removed, no reset
    assert seen["reset"] == 0 and win.model.row_of(event.id) is None


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


def test_a_rejection_keeps_the_users_zoom_and_a_fitted_view_keeps_fitting(window, qtbot):
    """The window keeps the zoom across an edit's reload through the view's public API."""
    win = window
    tl = win.timeline
    assert tl.is_fitting()
    fitted = tl.visible_range()
    zoomed = (fitted[0] + (fitted[1] - fitted[0]) * 0.25, fitted[0] + (fitted[1] - fitted[0]) * 0.5)
    tl.set_visible_range(*zoomed)
    assert not tl.is_fitting()
    event = next(r.event for r in win.model.project.rows() if r.event.timex == "12 January 1998")
    assert win.selection.select_event(event.id)
    tl.setFocus()
    qtbot.keyClick(win, Qt.Key.Key_Delete)  # Edit > Reject
    assert event.id not in tl.drawn_event_ids()
    tl.refresh()
    assert not tl.is_fitting()
    x0, x1 = tl.visible_range()  # the same zoom (it may pan to show the newly selected neighbour)
    assert x1 - x0 == pytest.approx(zoomed[1] - zoomed[0], rel=1e-9)
    qtbot.keyClick(win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo
    tl.fit_all()
    assert tl.is_fitting()
    other = next(r.event for r in win.model.project.rows() if r.event.timex == "12 January 1998")
    assert win.selection.select_event(other.id)
    qtbot.keyClick(win, Qt.Key.Key_Delete)
    tl.refresh()
    assert tl.is_fitting()


def _edit_kinds(project: Project, ids: list[str], i: int):
    """One edit of each kind on the i-th sample event, and how to see it in the model."""
    event_id, other_id = ids[i], ids[i + 1]
    row = project.row(event_id)
    doc_hash = row.key.doc_hash
    text = project.document(doc_hash).document.text
    start = row.event.sentence_start  # "Event 0000123" opens the sentence: an added event from it
    return {
        "reject": (edits.reject(project, event_id), lambda m: m.row_of(event_id) is None),
        "redate": (edits.redate(project, event_id, span=(date(1900, 1, 1), date(1900, 1, 1))),
                   lambda m: m.event_at(m.row_of(event_id)).begin == date(1900, 1, 1)),
        "retitle": (edits.retitle(project, event_id, "Retitled"),
                    lambda m: m.event_at(m.row_of(event_id)).title == "Retitled"),
        "merge": (edits.merge(project, event_id, other_id), lambda m: m.row_of(other_id) is None),
        "add": (edits.add_event(project, doc_hash, start, start + 13, span=(date(1901, 1, 1), date(1901, 1, 1)),
                                title=text[start:start + 13] + " added"),
                lambda m: any(m.event_at(r).title.endswith(" added") for r in range(m.rowCount() - 1, -1, -1))),
    }


@pytest.mark.benchmark
@pytest.mark.parametrize("kind", ["reject", "redate", "retitle", "merge", "add"])
def test_benchmark_each_edit_kind_over_100k_events_in_the_model(qtbot, benchmark, kind):
    """From the edit to the model's rows showing it, at 100k events, per kind of edit; prints the
    median and whether the model was reset. Target (the star toggle's): under 5 ms, no reset. Today
    these edits rebuild the rows (a reset), see the report of issue 14."""
    project = big_project(100_000)
    model = ProjectEventModel(project=project)
    ids = [model.event_at(r).id for r in range(0, 100_000, 9973)]
    seen = watch(model)
    times: list[float] = []

    def run() -> None:
        for i in range(0, len(ids) - 1, 2):
            command, visible = _edit_kinds(project, ids, i)[kind]
            t0 = time.perf_counter()
            project.apply(command)
            times.append(time.perf_counter() - t0)
            assert visible(model), kind

    benchmark.pedantic(run, rounds=1, iterations=1)
    median = sorted(times)[len(times) // 2]
    print(f"\n{kind} over 100k events: median {median * 1000:.1f} ms, max {max(times) * 1000:.1f} ms, "
          f"{seen['reset']} resets for {len(times)} edits")


def test_retitle_by_key_replaces_one_row_and_undo_puts_it_back(window, qtbot, monkeypatch):
    """F2 gives the event a new title: the table row and the timeline's mark show it, with one
    ``dataChanged`` and no reset; Ctrl+Z brings the text's title back the same way."""
    from PySide6.QtWidgets import QInputDialog

    win = window
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Treaty signed", True)))
    event = next(r.event for r in win.model.project.rows() if r.event.timex == "5 May 2003")
    assert win.selection.select_event(event.id)
    row, key = win.model.row_of(event.id), win.model.key_of(event.id)
    seen = watch(win.model)
    win.timeline.setFocus()
    qtbot.keyClick(win, Qt.Key.Key_F2)
    assert seen["reset"] == 0 and seen["changed"] == [(row, row)]
    assert win.proxy.data(win.proxy.mapFromSource(win.model.index(row, 1))) == "Treaty signed"
    assert win.timeline._titles[key] == "Treaty signed"  # the mark's label
    assert win.selection.current_event().title == "Treaty signed"
    qtbot.keyClick(win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert seen["reset"] == 0 and seen["changed"] == [(row, row), (row, row)]
    assert win.model.index(row, 1).data() == event.title
    rebuilt = [(r.event, r.curation) for r in win.model.project.rows()]
    win.model.project.restore([], {})  # drops every cache: the rows built from scratch are the same
    assert [(r.event, r.curation) for r in win.model.project.rows()] == rebuilt


def test_redate_replaces_rows_in_place_and_the_timeline_moves_the_mark(window, qtbot):
    """A new date: the row shows it and the mark moves, with no reset (the rows are re-sorted)."""
    win = window
    project = win.model.project
    event = next(r.event for r in project.rows() if r.event.timex == "5 May 2003")
    seen = watch(win.model)
    project.apply(edits.redate(project, event.id, span=(date(1990, 2, 1), date(1990, 2, 28))))
    assert seen["reset"] == 0
    row = win.model.row_of(event.id)
    assert win.model.index(row, 0).data() == "1990-02 \u270e" and row == 0  # sorted first, marked as set by you
    win.timeline.refresh()
    key = win.model.key_of(event.id)
    [i] = np.flatnonzero(win.timeline.arr.row == key)
    assert win.timeline.arr.begin[i] == (date(1990, 2, 1).toordinal() - EPOCH_ORDINAL) * SECONDS_PER_DAY
    project.undo_stack.undo()
    assert seen["reset"] == 0 and win.model.event_at(win.model.row_of(event.id)).begin == event.begin


def test_a_redate_carries_anchored_events_like_a_rebuild():
    """ "Two weeks later" follows the date it hangs on; the rows patched equal the rows rebuilt."""
    from explorer.ingest import extract_document

    text = ("Cabinet crisis\n\nOn 3 March 2004 the minister resigned over the leak. "
            "Two weeks later the government fell. His resignation shocked the party.")
    project = Project()
    project.add_extracted(extract_document(Document("crisis.txt", text, "Cabinet crisis", date(2004, 3, 20), "given")))
    changes = []
    project.subscribe(changes.append)
    march = next(r.event for r in project.rows() if r.event.timex == "3 March 2004")
    later = next(r.event for r in project.rows() if r.event.timex == "Two weeks later")
    project.apply(edits.redate(project, march.id, span=(date(2004, 4, 1), date(2004, 4, 1))))
    assert changes[-1].replaced and project.row_at(changes[-1].keys[0]) is not None
    assert project.event(later.id).begin != later.begin  # it followed
    patched = [(r.event, r.curation, r.hidden) for r in project.rows(include_hidden=True)]
    project.restore([], {})
    assert [(r.event, r.curation, r.hidden) for r in project.rows(include_hidden=True)] == patched
