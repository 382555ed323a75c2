"""``explorer bench project`` streaming its copies to the file (issue 16, 10M events): the file it
writes opens exactly as the old builder's (every copy in the project, then one save) does."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from explorer.commands import bench_project, bench_stream
from explorer.commands.bench_project import build_project
from explorer.store import Project, parts
from explorer.store.annotation_json import groups_to_json


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("stream")
    old, new = folder / "old.tlproj", folder / "new.tlproj"
    articles = folder / "articles-tmp"

    @contextlib.contextmanager
    def same_folder(prefix: str = "") -> object:  # both builds read the articles from one path
        articles.mkdir()
        try:
            yield str(articles)
        finally:
            shutil.rmtree(articles)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(bench_project.tempfile, "TemporaryDirectory", same_folder)
        patch.setattr(parts, "PART_BYTES", 4096)  # the larger columns in several parts (schema 6)
        # 8 articles (~400 events) to 1500 events: copies, the last one partial
        build_project(1500, str(old), articles=8, jobs=1, streaming=False)
        build_project(1500, str(new), articles=8, jobs=1, streaming=True)
    return old, new


def _mentions(project: Project) -> list[tuple]:
    return [(e.id, e.name, e.kind, dict(e.variants), [(m.doc, m.start, m.end, m.text, m.derived) for m in e.mentions])
            for e in project.actor_index.entities.values()]


def test_the_streamed_project_opens_as_the_old_builders(built: tuple[Path, Path]) -> None:
    old, new = (Project.open(str(p)) for p in built)
    assert [d.document for d in new.documents()] == [d.document for d in old.documents()]
    assert len(new.documents()) > 8 * 3  # copies were made
    for a, b in zip(old.documents(), new.documents()):
        assert a.hash == b.hash
        assert list(new.extracted(b.hash).events) == list(old.extracted(a.hash).events)
        assert list(new.extracted(b.hash).timexes) == list(old.extracted(a.hash).timexes)
    assert [r.event for r in new.rows(include_hidden=True)] == [r.event for r in old.rows(include_hidden=True)]
    assert _mentions(new) == _mentions(old)
    assert groups_to_json(new.groups) == groups_to_json(old.groups)
    assert any("~" in g.id for g in new.groups)


def test_the_streamed_event_columns_are_the_same_bytes(built: tuple[Path, Path]) -> None:
    def columns(path: Path, table: str) -> list[tuple[str, int, bytes]]:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return db.execute(f"SELECT name, part, data FROM {table} ORDER BY name, part").fetchall()
        finally:
            db.close()

    old, new = built
    assert columns(new, "event_columns") == columns(old, "event_columns")  # the same parts, byte for byte
    assert max(part for _, part, _ in columns(new, "event_columns")) > 1
    a, b = columns(old, "actor_columns"), columns(new, "actor_columns")
    assert [(n, p, len(d)) for n, p, d in a] == [(n, p, len(d)) for n, p, d in b]


def test_a_column_over_sqlites_value_limit_is_written_in_parts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """At 10M events the sentences' BLOB passes SQLite's 1e9-byte limit per value. With the limit
    lowered under this small project's sentence column, the builder still writes it (in parts, as
    ``save`` does) and the project opens."""
    connect = sqlite3.connect

    def small(path: str, *args: object, **kwargs: object) -> sqlite3.Connection:
        db = connect(path, *args, **kwargs)
        db.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 20_000)  # a small project's sentences exceed this
        return db

    monkeypatch.setattr(parts, "PART_BYTES", 8192)
    monkeypatch.setattr(bench_stream.sqlite3, "connect", small)
    path = tmp_path / "big.tlproj"
    figures = build_project(600, str(path), articles=3, jobs=1)
    monkeypatch.undo()
    db = sqlite3.connect(path)
    sizes = dict(db.execute("SELECT name, sum(length(data)) FROM event_columns GROUP BY name"))
    db.close()
    assert sizes["sentence"] > 20_000
    opened = Project.open(str(path))
    assert len(opened.rows(include_hidden=True)) == figures["events"]
