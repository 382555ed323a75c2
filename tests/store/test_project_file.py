"""The project file: round trip, WAL, one transaction, schema versions, Save As, refusing strangers."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from explorer.curation import edits
from explorer.store import SCHEMA_VERSION, Project, ProjectFileError, import_paths


def curated_project(articles: Path) -> Project:
    project = Project()
    report = import_paths(project, [articles], jobs=1)
    assert len(report.added) == 2
    events = project.events()
    first, second, third = events[0].id, events[1].id, events[2].id
    project.apply(edits.redate(project, first, "March 2019"))
    project.apply(edits.star(project, second))
    project.apply(edits.set_tags(project, second, ["a", "b"]))
    project.apply(edits.annotate(project, second, "note with “quotes”, commas; and\nnewlines"))
    project.apply(edits.reject(project, third))
    project.apply(edits.merge(project, first, events[3].id))
    doc = project.documents()[1]
    project.apply(edits.set_document_date(project, doc.hash, date(2019, 1, 15)))
    return project


def state(project: Project) -> tuple:
    return (
        [(d.hash, d.document, dict(d.sidecar), dict(d.metadata), d.user_date, d.date_status) for d in project.documents()],
        [project.extracted(d.hash) for d in project.documents()],
        project.edits(),
        [(r.event, r.curation, r.hidden) for r in project.rows(include_hidden=True)],
        [(p.path, p.reason) for p in project.problems],
    )


def test_round_trip_is_identical(tmp_path: Path, articles: Path) -> None:
    project = curated_project(articles)
    path = tmp_path / "case.tlproj"
    assert project.is_modified
    project.save(path)
    assert not project.is_modified
    reopened = Project.open(path)
    assert state(reopened) == state(project)
    reopened.save()  # saving again, in place, changes nothing
    assert state(Project.open(path)) == state(project)
    assert not list(tmp_path.glob("*.saving*"))


def test_file_is_one_sqlite_database_in_wal_mode_with_a_schema_version(tmp_path: Path, articles: Path) -> None:
    path = tmp_path / "case.tlproj"
    curated_project(articles).save(path)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
    db.close()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("case")) == ["case.tlproj"]


def test_save_as_leaves_the_original_untouched(tmp_path: Path, articles: Path) -> None:
    project = curated_project(articles)
    first, second = tmp_path / "one.tlproj", tmp_path / "two.tlproj"
    project.save(first)
    project.apply(edits.star(project, project.events()[0].id))
    project.save(second)
    assert project.path == str(second)
    assert not Project.open(first).curation(project.events()[0].id).starred
    assert Project.open(second).curation(project.events()[0].id).starred


def test_newer_and_foreign_files_are_refused(tmp_path: Path, articles: Path) -> None:
    path = tmp_path / "case.tlproj"
    curated_project(articles).save(path)
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    with pytest.raises(ProjectFileError, match="newer version"):
        Project.open(path)
    foreign = tmp_path / "other.tlproj"
    db = sqlite3.connect(foreign)
    db.execute("CREATE TABLE t (x)")
    db.execute("PRAGMA user_version = 3")
    db.commit()
    db.close()
    with pytest.raises(ProjectFileError):
        Project.open(foreign)
    text = tmp_path / "text.tlproj"
    text.write_text("hello")
    with pytest.raises(ProjectFileError):
        Project.open(text)


def test_a_failing_save_rolls_back_to_the_last_saved_state(tmp_path: Path, articles: Path) -> None:
    project = curated_project(articles)
    path = tmp_path / "case.tlproj"
    project.save(path)
    saved = state(Project.open(path))
    project.apply(edits.star(project, project.events()[-1].id))

    def fail(done: int, total: int) -> None:
        if done == 2:
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        project.save(path, progress=fail)
    assert state(Project.open(path)) == saved
    assert project.is_modified


def test_older_schema_is_migrated(tmp_path: Path, articles: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from explorer.store import sqlite as store

    path = tmp_path / "case.tlproj"
    curated_project(articles).save(path)

    def v2(db: sqlite3.Connection) -> None:
        db.execute("ALTER TABLE documents ADD COLUMN language TEXT")

    monkeypatch.setattr(store, "MIGRATIONS", [*store.MIGRATIONS, v2])
    monkeypatch.setattr(store, "SCHEMA_VERSION", len(store.MIGRATIONS))
    Project.open(path)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    assert "language" in [row[1] for row in db.execute("PRAGMA table_info(documents)")]
    db.close()
