"""`extract --project` into a saved, annotated project annotates only the new articles (issue 16),
on the index restored from the file (its mentions still columns), and the file keeps the result."""

from __future__ import annotations

import shutil
from pathlib import Path

import explorer.store.importing as importing
from explorer.store import Project
from explorer.store.importing import import_paths

CORPUS = Path(__file__).resolve().parents[1] / "entities" / "corpus"


def _folders(tmp_path: Path) -> tuple[Path, Path]:
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir(), new.mkdir()
    for name in ("a-wire.txt", "b-daily.txt"):
        shutil.copy(CORPUS / name, old / name)
    for name in ("c-gazette.txt", "d-post.txt"):
        shutil.copy(CORPUS / name, new / name)
    return old, new


def _labels(project: Project) -> dict[str, tuple]:
    return {e.id: (e.actors, e.places) for e in project.events(include_rejected=True)}


def test_an_import_into_a_saved_annotated_project_annotates_the_new_articles_and_saves_them(tmp_path, monkeypatch):
    old, new = _folders(tmp_path)
    path = tmp_path / "p.tlproj"
    project = Project(path)
    import_paths(project, [old], jobs=1)
    project.save()

    opened = Project.open(path)
    before = {e.id: e.name for e in opened.actor_index.entities.values()}
    old_labels = _labels(opened)
    whole = []
    monkeypatch.setattr(importing, "annotate", lambda docs: whole.append(len(docs)))
    report = import_paths(opened, [new], jobs=1)
    assert len(report.added) == 2 and whole == []  # no whole annotation
    labels = _labels(opened)
    assert {i: labels[i] for i in old_labels} == old_labels
    names = {e.id: e.name for e in opened.actor_index.entities.values()}
    assert {i: names[i] for i in before} == before
    assert "Bashar al-Assad" in names.values()
    opened.save()

    again = Project.open(path)
    assert _labels(again) == labels
    assert {e.id: e.name for e in again.actor_index.entities.values()} == names
    assert sorted(g.event_ids for g in again.groups) == sorted(g.event_ids for g in opened.groups)
    spans = lambda p: {(r.doc, r.start, r.end) for r in p.actor_index.find("Bashar al-Assad").mentions}  # noqa: E731
    assert spans(again) == spans(opened) and {d for d, _, _ in spans(again)} <= {str(p) for p in new.iterdir()}


def test_a_replaced_article_means_a_whole_annotation(tmp_path, monkeypatch):
    old, new = _folders(tmp_path)
    project = Project()
    import_paths(project, [old], jobs=1)
    (old / "a-wire.txt").write_text((old / "a-wire.txt").read_text(encoding="utf-8") + "\nA line more.\n", encoding="utf-8")
    whole = []
    real = importing.annotate
    monkeypatch.setattr(importing, "annotate", lambda docs: whole.append(len(docs)) or real(docs))
    import_paths(project, [old / "a-wire.txt", new], jobs=1)
    assert whole == [4]  # the old version's mentions must leave the index: everything again


def test_the_old_events_near_an_import_read_from_the_columns_are_those_of_the_documents(tmp_path, monkeypatch):
    """``stored_annotation`` reads the near old events from the stored columns (labels as saved);
    reading every document's events gives the same ones, in the same order."""
    from explorer.store import extending

    old, new = _folders(tmp_path)
    path = tmp_path / "p.tlproj"
    project = Project(path)
    import_paths(project, [old], jobs=1)
    project.save()
    opened = Project.open(path)
    added = import_paths(opened, [new], jobs=1, annotate_after=False).added
    from_columns = extending.stored_annotation(opened, added)
    monkeypatch.setattr(extending, "_stored_rows_near", lambda project, windows: None)
    from_documents = extending.stored_annotation(opened, added)
    assert from_columns.events and from_columns.events == from_documents.events
    assert from_columns.entities == from_documents.entities and from_columns.groups == from_documents.groups
