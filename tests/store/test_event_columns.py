"""Events as columns in the project file (schema 4): every field comes back, a version-3 file is
migrated, and opening reads the columns rather than a JSON record per event (issue 16)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import fields, replace
from datetime import date
from pathlib import Path

import pytest

from explorer.calendar import Day
from explorer.events.record import Event
from explorer.store import Project, import_paths
from explorer.store import columns, loading, record_json, sqlite as store
from explorer.store.annotation_json import index_to_json
from explorer.store.record_json import event_to_json


def _event(**changes: object) -> Event:
    base = Event(id="doc#3", doc="a.txt", title="Council approves tram", sentence="On 5 May the council voted.",
                 sentence_start=0, sentence_end=28, timex="5 May", timex_start=3, timex_end=8, value="2020-05-05",
                 type="DATE", begin=date(2020, 5, 5), end=date(2020, 5, 5), certainty="exact")
    return replace(base, **changes)


def test_every_field_of_varied_events_comes_back_identical() -> None:
    events = [
        _event(),
        _event(id="doc#9", begin=None, end=None, certainty="undated", mod="APPROX", anchor="doc#3",
               actors=("Anna Keller", "Meridian Bank"), places=("Lyon",), doc_date="2020-05-01",
               doc_date_source="dateline", salience=0.75, mentions=((40, 60), (80, 95))),
        _event(id="bc#1", doc="caf\udce9.txt", title="Hannibal crosses \u00e9\u4e2d\U0001f600", begin=Day.of(-217, 3, 1),
               end=Day.of(-217, 4, 30), value="-0217-03", derivation="relative", actors=("", "x")),
        _event(id="doc#20", title="", sentence="", timex="", mentions=((1, 2),)),
    ]
    assert set(columns.KINDS) == {f.name for f in fields(Event)}  # no field left out
    back = columns.unpack(columns.pack(events), len(events))
    assert back == events
    assert [type(e.begin) for e in back] == [date, type(None), Day, date]
    assert columns.unpack(columns.pack([]), 0) == []


def test_expressions_with_parts_anchors_and_bc_days_come_back_identical() -> None:
    from explorer.temporal.timex import Timex

    start = Timex(0, 4, "1997", "DATE", "1997", begin=date(1997, 1, 1), end_day=date(1997, 12, 31))
    end = Timex(5, 9, "2004", "DATE", "2004", begin=date(2004, 1, 1), end_day=date(2004, 12, 31), anchor=0)
    docs = [
        (Timex(0, 9, "1997-2004", "DURATION", "P8Y", mod="APPROX", parts=(start, replace(end, parts=(start,)))),
         Timex(12, 18, "264 BC", "DATE", "-0263", begin=Day.of(-263), end_day=Day.of(-263, 12, 31), anchor=-1,
               certainty="approximate", derivation="relative"),
         Timex(20, 28, "yesterday", "DATE", "2020-05-04", begin=None, end_day=None)),
        (),
        (replace(start, text="caf\udce9 \U0001f600"),),
    ]
    assert set(columns.TIMEX_KINDS) == {f.name for f in fields(Timex)}
    assert columns.unpack_timexes(columns.pack_timexes(docs)) == docs


def test_a_column_of_another_length_is_an_error_not_fewer_events() -> None:
    blobs = columns.pack([_event(), _event(id="doc#4")])
    blobs["timex_start"] = blobs["timex_start"][:8]
    with pytest.raises(ValueError, match="timex_start"):
        columns.unpack(blobs, 2)


def _as_version_3(path: Path, project: Project) -> None:
    """Rewrite a saved file as version 3 wrote it: JSON records per event and per document's
    expressions, and no columns."""
    db = sqlite3.connect(path, isolation_level=None)
    for record in project.documents():
        timexes = [record_json._timex_to_dict(t) for t in project.extracted(record.hash).timexes]
        db.execute("UPDATE documents SET timexes = ? WHERE hash = ?", (record_json._json(timexes), record.hash))
        for position, event in enumerate(project.extracted(record.hash).events):
            db.execute("UPDATE events SET record = ? WHERE doc_hash = ? AND position = ?",
                       (event_to_json(event), record.hash, position))
    db.execute("DROP TABLE event_columns")
    db.execute("DROP TABLE actor_columns")  # schema 5: the actor index was the JSON row "index" then
    if project.actor_index is not None:
        db.execute("INSERT INTO annotations VALUES ('index', ?)", (json.dumps(index_to_json(project.actor_index)),))
    db.execute("PRAGMA user_version = 3")
    db.close()


def test_a_version_3_file_is_migrated_to_columns(tmp_path: Path, articles: Path) -> None:
    project = Project()
    import_paths(project, [articles], jobs=1)
    path = tmp_path / "old.tlproj"
    project.save(path)
    _as_version_3(path, project)
    db = sqlite3.connect(path)
    assert db.execute("SELECT count(*) FROM events WHERE record != ''").fetchone()[0] > 0
    db.close()

    reopened = Project.open(path)
    assert [reopened.extracted(d.hash) for d in reopened.documents()] == [project.extracted(d.hash) for d in project.documents()]
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION == 7
    assert db.execute("SELECT count(*) FROM events WHERE record != ''").fetchone()[0] == 0  # the columns are the record
    assert db.execute("SELECT count(*) FROM documents WHERE timexes != ''").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM event_columns").fetchone()[0] > len(columns.KINDS)
    db.close()
    again = Project.open(path)  # now read from the columns alone
    assert [again.extracted(d.hash) for d in again.documents()] == [project.extracted(d.hash) for d in project.documents()]


def test_a_read_only_version_3_file_opens_from_its_json_unmigrated(tmp_path: Path, articles: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    project = Project()
    import_paths(project, [articles], jobs=1)
    path = tmp_path / "old.tlproj"
    project.save(path)
    _as_version_3(path, project)
    monkeypatch.setattr(loading, "is_writable_place", lambda path: False)  # a read-only folder (even for root)
    reopened = Project.open(path)
    assert reopened.read_only
    assert [reopened.extracted(d.hash) for d in reopened.documents()] == [project.extracted(d.hash) for d in project.documents()]
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 3
    db.close()


def test_opening_reads_the_saved_labels_and_labels_again_only_after_who_and_where_change(
        tmp_path: Path, articles: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from explorer.entities.index import ActorIndex

    project = Project()
    import_paths(project, [articles], jobs=1)
    assert project.actor_index is not None
    expected = [(r.event, r.curation, r.hidden) for r in project.rows(include_hidden=True)]
    assert any(e.actors or e.places for e, _, _ in expected)
    path = tmp_path / "labelled.tlproj"
    project.save(path)

    calls = []
    real = ActorIndex.label
    monkeypatch.setattr(ActorIndex, "label", lambda self, event: calls.append(event.id) or real(self, event))
    reopened = Project.open(path)
    assert [(r.event, r.curation, r.hidden) for r in reopened.rows(include_hidden=True)] == expected
    assert calls == []  # read from the file, not found again
    reopened.set_annotation(reopened.actor_index, reopened.groups, replay=False)  # who and where told again
    assert [(r.event, r.curation, r.hidden) for r in reopened.rows(include_hidden=True)] == expected
    assert len(calls) == len(expected)


def test_opening_makes_no_record_and_leaves_the_cyclic_collector_as_it_was(
        tmp_path: Path, articles: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    project = Project()
    import_paths(project, [articles], jobs=1)
    path = tmp_path / "p.tlproj"
    project.save(path)
    made = []
    real = Event.__init__
    monkeypatch.setattr(Event, "__init__", lambda self, *a, **k: made.append(1) or real(self, *a, **k))
    was_on = gc.isenabled()  # the app's GUI tests switch it off for the whole process
    try:
        gc.enable()
        reopened = Project.open(path)
        assert made == [] and gc.isenabled()  # the records are made when their rows are asked for
        assert len(reopened.rows()) == len(project.rows()) and made
        gc.disable()
        Project.open(path)
        assert not gc.isenabled()  # left as the caller had it
    finally:
        (gc.enable if was_on else gc.disable)()
