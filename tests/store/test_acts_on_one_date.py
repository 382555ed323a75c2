"""Two acts told on one date are two events in the project, as the extractor gives them.

The store once keyed events by their expression's span alone, so the second act on a date hid the
first: "raided the post on 4 May 1942 and took one prisoner" showed only the prisoner in the app
and the CLI, while the extractor (and the gold scorer) had both.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from explorer.curation import edits
from explorer.documents import Document
from explorer.exports.project import document_timexes
from explorer.ingest import extract_document
from explorer.store import Project, loading

#: Sentences of several kinds where the extractor tells two acts on one date expression.
TWO_ACTS = [
    "The enemy raided the northern post on 4 May 1942 and took one prisoner.",
    "The council approved the plan on 3 May 2022 and will vote on the budget.",
    "The judge granted the three bail on 2 April 2019 and will sentence them.",
    "The two suspects were detained on Sunday and will appear in court.",
]


def _project(*texts: str) -> Project:
    project = Project()
    for i, text in enumerate(texts):
        project.add_extracted(extract_document(Document(f"d{i}.txt", text, f"d{i}"), None))
    return project


@pytest.mark.parametrize("text", TWO_ACTS)
def test_every_extracted_act_is_a_row(text: str) -> None:
    extracted = extract_document(Document("d0.txt", text, "d0"), None).events
    shared = {(e.timex_start, e.timex_end) for e in extracted}
    assert len(shared) < len(extracted), "the sentence must tell two acts on one date for this test"
    project = _project(text)
    rows = project.rows()
    assert sorted(r.event.title for r in rows) == sorted(e.title for e in extracted)
    assert len({r.key for r in rows}) == len(rows) == len({r.event.id for r in rows})


def test_an_edit_on_one_act_leaves_the_other_and_both_survive_saving(tmp_path: Path) -> None:
    project = _project(TWO_ACTS[0])
    first, second = project.events()
    project.apply(edits.retitle(project, first.id, "Raid on the northern post"))
    project.apply(edits.star(project, second.id))
    assert project.event(first.id).title == "Raid on the northern post"
    assert project.event(second.id).title == second.title and not project.curation(first.id).starred
    path = tmp_path / "acts.tlproj"
    project.save(path)
    reopened = Project.open(path)
    assert [e.title for e in reopened.events()] == ["Raid on the northern post", second.title]
    assert reopened.curation(second.id).starred and not reopened.curation(first.id).starred


def test_rejecting_one_act_hides_only_it() -> None:
    project = _project(TWO_ACTS[1])
    first, second = project.events()
    project.apply(edits.reject(project, first.id))
    assert [e.id for e in project.events()] == [second.id]


def test_an_edit_saved_before_acts_were_told_apart_stays_on_the_act_it_showed(tmp_path: Path) -> None:
    """A version-6 file keyed the edit by the span alone, and the app showed the LAST act on it."""
    project = _project(TWO_ACTS[0])
    first, second = project.events()
    project.apply(edits.retitle(project, second.id, "A prisoner taken"))
    path = tmp_path / "old.tlproj"
    project.save(path)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("CREATE TABLE old_edits (doc_hash TEXT NOT NULL, timex_start INTEGER NOT NULL, timex_end INTEGER NOT NULL,"
               " record TEXT NOT NULL, PRIMARY KEY (doc_hash, timex_start, timex_end))")
    db.execute("INSERT INTO old_edits SELECT doc_hash, timex_start, timex_end, record FROM edits")
    db.execute("DROP TABLE edits")
    db.execute("ALTER TABLE old_edits RENAME TO edits")
    db.execute("PRAGMA user_version = 6")
    db.close()
    # read as it is (a file in a read-only folder is not migrated), then opened and migrated to schema 7
    for reopened in (loading._load(str(path), read_only=True), Project.open(path)):
        assert [e.title for e in reopened.events()] == [first.title, "A prisoner taken"]


def test_a_timeml_export_writes_the_shared_expression_once() -> None:
    project = _project(TWO_ACTS[2])
    doc = project.documents()[0]
    spans = [(t.start, t.end) for t in document_timexes(project, doc.hash)]
    assert len(spans) == len(set(spans)) == len(extract_document(doc.document, None).timexes)
