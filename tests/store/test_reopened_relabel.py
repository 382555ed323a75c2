"""A merge of actors on a reopened project labels its events as the same merge does before saving.

Labelling an event's actor reads three things of its document besides the mentions: where subjects
start ("The company closed a plant" is the body named as a subject, not the one bought), the roles
written beside a person ("The conductor resigned" is the one written "the conductor …") and where
paragraphs and sentences start (a pronoun looks back only to the paragraph before its own). The
project file keeps none of them, so a relabel after reopening used to count every mention a subject,
know no role and let a pronoun reach 3,000 characters back. Each text below turns on one of them; the
merge touches all three documents (it joins two people named in each)."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.entities.commands import MergeActors, SplitActor
from explorer.ingest.extract import extract_document
from explorer.store.importing import annotate_project
from explorer.store.project import Project

_TEXTS = {
    # a pronoun four paragraphs after the bodies named as subjects: "It" stands for none of them
    "yard": ("Kelby Harbour Council approved a slipway in March 2015. Marlow Fisheries paid for half of it in "
             "April 2015. Anna Holt, a diver, said so.\n\nThe tides were high that year. Bert Holt checked the "
             "footings twice.\n\nThe weather stayed poor. Crews waited for weeks.\n\nIt closed the yard in May 2016.\n"),
    # a person by the role written beside her name, of two people named
    "choir": ("The conductor Ilsa Varn said in June 2012 that the choir would tour. Tomas Reade said in 2013 that "
              "Varn was right, and Mr. Reade sang with Peder Lune.\n\nThe conductor resigned in August 2014.\n"),
    # "the company": the body named as the subject, not the one it bought
    "foods": "Lumen Foods bought Brenner Holdings in May 2004, Per Lind and Ola Berg said.\n\nThe company closed a plant in 2006.\n",
}
#: The people each document names whom the user merges (any two actors of it would do).
_MERGES = (("Anna Holt", "Bert Holt"), ("Tomas Reade", "Peder Lune"), ("Lind", "Ola Berg"))


def _annotated() -> Project:
    project = Project()
    for name, text in _TEXTS.items():
        project.add_extracted(extract_document(Document(f"/corpus/{name}.txt", text, name), date(2021, 3, 1)), notify=False)
    annotate_project(project)
    return project


def _labels(project: Project) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    return {e.id: (e.actors, e.places) for e in project.events(include_rejected=True)}


def _merge(project: Project) -> None:
    index = project.actor_index
    for into, other in _MERGES:
        project.do_entity_edit(MergeActors(index, index.find(into).id, (index.find(other).id,)))


@pytest.fixture(scope="module")
def saved(tmp_path_factory) -> tuple[Project, str]:
    """A project annotated whole and saved, never edited."""
    project = _annotated()
    path = str(tmp_path_factory.mktemp("reopen") / "p.tlproj")
    project.save(path)
    return project, path


def test_a_merge_after_reopening_labels_as_the_same_merge_before_saving(saved) -> None:
    project, path = saved
    reopened = Project.open(path)
    assert _labels(reopened) == _labels(project)  # as saved, until edited
    never_saved = _annotated()
    _merge(never_saved)
    _merge(reopened)
    after = _labels(never_saved)
    assert after == _labels(reopened)
    shown = {e.timex: e.actors for e in never_saved.events(include_rejected=True)}
    # each reading did something: the pronoun stands for no one (so is its own actor, session 34), the role and the subject are found
    assert shown["May 2016"] == ("it",) and shown["August 2014"][:1] == ("Ilsa Varn",) and shown["2006"][:1] == ("Lumen Foods",)


def test_a_document_read_again_gives_the_readings_its_annotation_found(saved) -> None:
    from explorer.sentences import split_sentences

    project, path = saved
    index = Project.open(path).actor_index
    for record in project.documents():
        doc, text = record.document.path, record.document.text
        assert not index.has_readings(doc)  # the file keeps only the mentions
        index.read_documents({doc: (text, [(s.start, s.end) for s in split_sentences(text)])})
        assert index.has_readings(doc)
        assert index.subjects[doc] == project.actor_index.subjects[doc]
        assert index.horizons[doc] == project.actor_index.horizons[doc]
        assert index.roles.get(doc, {}) == project.actor_index.roles.get(doc, {})
    assert any(project.actor_index.roles.values())  # "the conductor Ilsa Varn"


def test_a_read_only_project_relabels_as_a_writable_one(saved, monkeypatch) -> None:
    from explorer.store import loading

    project, path = saved
    monkeypatch.setattr(loading, "is_writable_place", lambda path: False)  # a read-only folder (even for root)
    read_only = Project.open(path)
    assert read_only.read_only
    assert _labels(read_only) == _labels(project)
    never_saved = _annotated()
    _merge(read_only)
    _merge(never_saved)
    assert _labels(read_only) == _labels(never_saved)


def test_undoing_a_split_after_reopening_gives_back_the_labels_as_saved(saved) -> None:
    project, path = saved
    reopened = Project.open(path)
    index = reopened.actor_index
    varn = index.find("Ilsa Varn")
    split = SplitActor(index, varn.id, ("Varn",), "Varn")
    reopened.do_entity_edit(split)
    reopened.undo_entity_edit(split)
    assert _labels(reopened) == _labels(project)


@pytest.mark.parametrize("read_only", [False, True])
def test_an_older_file_with_its_index_as_json_opens_as_saved_and_relabels_as_before_saving(
        saved, tmp_path, monkeypatch, read_only) -> None:
    """A schema-4 file holds the index as one JSON row: read as it is (read-only) or migrated to
    columns, its labels are those saved until an edit, and the edit labels as before saving."""
    import json
    import shutil
    import sqlite3

    from explorer.store import loading
    from explorer.store.annotation_json import index_to_json

    project, path = saved
    older = tmp_path / "v4.tlproj"
    shutil.copy(path, older)
    db = sqlite3.connect(older, isolation_level=None)
    db.execute("DROP TABLE actor_columns")
    db.execute("INSERT INTO annotations VALUES ('index', ?)", (json.dumps(index_to_json(project.actor_index)),))
    db.execute("PRAGMA user_version = 4")
    db.close()
    if read_only:
        monkeypatch.setattr(loading, "is_writable_place", lambda path: False)
    opened = Project.open(older)
    assert opened.read_only == read_only and (opened.actor_index.table is None) == read_only
    assert _labels(opened) == _labels(project)
    never_saved = _annotated()
    _merge(opened)
    _merge(never_saved)
    assert _labels(opened) == _labels(never_saved)
