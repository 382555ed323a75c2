"""A project file an older version wrote is kept as it was before it is upgraded (session 12).

Opening such a file for writing (even only to export it) migrated it in place, and the version that
wrote it then refused it as "made by a newer version": a colleague's project, or a user's way back,
was gone without a word. Now the file as it was is copied beside it first (``NAME.schemaN.tlproj``)
and the log says so. An older version is simulated the way ``test_project_file`` does: a current
file with one more migration in the list."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest

from explorer.store import Project, import_paths
from explorer.store import sqlite as store


def _one_more_migration(monkeypatch: pytest.MonkeyPatch) -> int:
    """Make every file saved so far one schema older than the program; returns their version."""
    current = store.SCHEMA_VERSION

    def next_version(db: sqlite3.Connection) -> None:
        db.execute("CREATE TABLE reading_lists (name TEXT, record TEXT)")

    monkeypatch.setattr(store, "MIGRATIONS", [*store.MIGRATIONS, next_version])
    monkeypatch.setattr(store, "SCHEMA_VERSION", current + 1)
    return current


def _version(path: Path) -> int:
    db = sqlite3.connect(path)
    try:
        return db.execute("PRAGMA user_version").fetchone()[0]
    finally:
        db.close()


@pytest.fixture
def saved(tmp_path: Path, articles: Path) -> tuple[Path, Project]:
    project = Project()
    import_paths(project, [articles], jobs=1)
    path = tmp_path / "work.tlproj"
    project.save(path)
    return path, project


def test_opening_an_older_file_keeps_it_as_it_was_beside_the_upgraded_one(saved, monkeypatch, caplog) -> None:
    path, project = saved
    old = _one_more_migration(monkeypatch)
    with caplog.at_level(logging.WARNING):
        Project.open(path)
    copy = path.with_name(f"work.schema{old}.tlproj")
    assert _version(path) == old + 1 and _version(copy) == old
    assert "older version" in caplog.text and copy.name in caplog.text
    monkeypatch.undo()  # the older program opens its copy, with every document
    kept = Project.open(copy)
    assert [d.hash for d in kept.documents()] == [d.hash for d in project.documents()]


def test_the_copy_is_made_once_and_a_current_file_gets_none(saved, monkeypatch) -> None:
    path, _ = saved
    Project.open(path).save(path)
    assert sorted(p.name for p in path.parent.glob("*.tlproj")) == ["work.tlproj"]
    old = _one_more_migration(monkeypatch)
    Project.open(path)
    Project.open(path).save(path)
    assert sorted(p.name for p in path.parent.glob("*.tlproj")) == [f"work.schema{old}.tlproj", "work.tlproj"]


def test_saving_over_an_older_file_keeps_it_too(saved, tmp_path: Path, monkeypatch) -> None:
    path, project = saved
    other = tmp_path / "other.tlproj"
    project.save(other)
    old = _one_more_migration(monkeypatch)
    project.save(other)  # Save As onto a file an older version wrote: upgraded in place
    assert _version(other) == old + 1 and _version(tmp_path / f"other.schema{old}.tlproj") == old
