"""Columns in parts (schema 6, issue 16): SQLite refuses a value over 1e9 bytes, and the sentences of
10M events are more, so every column is written as parts of at most ``PART_BYTES`` and joined on
opening. Here parts are a few bytes, so every column of a small project spans many of them."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from explorer.commands.bench_project import write_articles
from explorer.store import Project, ProjectFileError, ProjectSaveError, import_paths
from explorer.store import loading, parts, saving, sqlite as store
from explorer.store.annotation_json import groups_to_json

#: Seven int64 rows a part; text parts are cut inside characters too.
SMALL = 7 * 8


def _everything(project: Project) -> dict:
    """What a user can see of a project, in comparable form."""
    docs = project.documents()
    index = project.actor_index
    return {
        "documents": [(d.hash, d.document) for d in docs],
        "events": [list(project.extracted(d.hash).events) for d in docs],
        "timexes": [list(project.extracted(d.hash).timexes) for d in docs],
        "rows": [(r.event, r.curation, r.hidden) for r in project.rows(include_hidden=True)],
        "index": None if index is None else [
            (e.id, e.name, e.kind, dict(e.variants), [(m.doc, m.start, m.end, m.text, m.derived) for m in e.mentions])
            for e in index.entities.values()],
        "groups": groups_to_json(project.groups),
    }


@pytest.fixture
def project(articles: Path) -> Project:
    (articles / "accents.txt").write_text(
        "Zürich, 3 März 2021 — Der Stadtrat genehmigte am 2. März 2021 die neue Tramlinie. "
        "Élodie Bérard said on 5 March 2021 that work on the café would start in June 2022 \U0001f68b.\n",
        encoding="utf-8")
    write_articles(articles, 3, seed=5, events_per_article=10)  # columns several times one document's size
    made = Project()
    import_paths(made, [articles], jobs=1)
    assert made.actor_index is not None and sum(len(made.extracted(d.hash).events) for d in made.documents()) > 5
    return made


def _parts(path: Path, table: str) -> list[tuple[str, int, int]]:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return db.execute(f"SELECT name, part, length(data) FROM {table} ORDER BY name, part").fetchall()
    finally:
        db.close()


@pytest.mark.parametrize("size", [1, 3, SMALL, 1000])
def test_blobs_of_any_size_come_back_from_parts_of_any_size(size: int) -> None:
    rng = random.Random(size)
    blobs = {f"c{n}": rng.randbytes(n) for n in (0, 1, size - 1, size, size + 1, 3 * size, 3 * size + 5) if n >= 0}
    db = sqlite3.connect(":memory:")
    parts.create_table(db, "t")
    parts.write_parts(db, "t", sorted(blobs.items()), part_bytes=size)
    assert {name: bytes(blob) for name, blob in parts.read_parts(db, "t").items()} == blobs
    lengths = dict(db.execute("SELECT name, max(length(data)) FROM t GROUP BY name").fetchall())
    counts = dict(db.execute("SELECT name, count(*) FROM t GROUP BY name").fetchall())
    for name, blob in blobs.items():
        assert lengths[name] <= size and counts[name] == max(1, -(-len(blob) // size))


def test_a_project_round_trips_every_column_across_several_parts(project: Project, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parts, "PART_BYTES", SMALL)
    expected = _everything(project)
    path = tmp_path / "parts.tlproj"
    project.save(path)
    for table in parts.TABLES:
        rows = _parts(path, table)
        assert max(length for _, _, length in rows) <= SMALL
        count, size = {}, {}
        for name, n, length in rows:
            count[name], size[name] = n + 1, size.get(name, 0) + length
        assert all(count[name] == max(1, -(-size[name] // SMALL)) for name in count)  # every part full but the last
        assert sum(1 for n in count.values() if n > 1) >= 5
    assert "sentence" in {name for name, n, _ in _parts(path, "event_columns") if n >= 3}
    monkeypatch.setattr(parts, "PART_BYTES", 1 << 20)  # reading does not depend on the size written
    assert _everything(Project.open(path)) == expected


def test_a_column_larger_than_one_part_is_never_one_value(project: Project, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite itself holds the line: with its limit per value lowered under the size of the largest
    columns, the project still saves (and opens) because no column is bound whole."""
    big = tmp_path / "one-value.tlproj"
    project.save(big)  # default parts: each column of this small project is one value
    largest = max(length for table in parts.TABLES for _, _, length in _parts(big, table))
    db = sqlite3.connect(big)
    other_rows = db.execute("SELECT max(length(text) + length(path) + length(title) + length(sidecar) + length(metadata))"
                            " FROM documents").fetchone()[0]
    db.close()
    limit = max(other_rows, 2 * SMALL) + 256  # SQLite's limit is per row as well: room for every other row
    assert largest > limit  # some column is over the lowered limit
    connect = sqlite3.connect

    def limited(*args: object, **kwargs: object) -> sqlite3.Connection:
        db = connect(*args, **kwargs)
        db.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, limit)
        return db

    monkeypatch.setattr(store.sqlite3, "connect", limited)
    with pytest.raises(ProjectSaveError):  # the old way, one value per column: refused
        monkeypatch.setattr(parts, "PART_BYTES", largest)
        # written from the records (a plain Save As would copy the file saved above, page by page)
        saving.save(project, tmp_path / "refused.tlproj", incremental=False)
    monkeypatch.setattr(parts, "PART_BYTES", SMALL)
    path = tmp_path / "parts.tlproj"
    saving.save(project, path, incremental=False)
    assert _everything(Project.open(path)) == _everything(project)


def _as_schema_5(path: Path) -> None:
    """Rewrite a saved file as schema 5 wrote it: one value per column, no ``part``."""
    db = sqlite3.connect(path, isolation_level=None)
    for table in parts.TABLES:
        blobs = parts.read_parts(db, table)
        db.execute(f"DROP TABLE {table}")
        db.execute(f"CREATE TABLE {table} (name TEXT PRIMARY KEY, data BLOB NOT NULL)")
        db.executemany(f"INSERT INTO {table} VALUES (?, ?)", [(n, bytes(b)) for n, b in sorted(blobs.items())])
    db.execute("PRAGMA user_version = 5")
    db.close()


def test_a_schema_5_file_opens_and_is_rewritten_in_parts(project: Project, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    expected = _everything(project)
    path = tmp_path / "v5.tlproj"
    project.save(path)
    _as_schema_5(path)
    single = {table: len(_parts_v5(path, table)) for table in parts.TABLES}
    monkeypatch.setattr(parts, "PART_BYTES", SMALL)
    assert _everything(Project.open(path)) == expected
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION == 7
    db.close()
    for table in parts.TABLES:
        rows = _parts(path, table)
        assert len({name for name, _, _ in rows}) == single[table]  # every column kept
        assert len(rows) > 2 * single[table] and max(length for _, _, length in rows) <= SMALL  # and cut into parts
    assert _everything(Project.open(path)) == expected  # now read from the parts


def _parts_v5(path: Path, table: str) -> list[tuple[str, int]]:
    db = sqlite3.connect(path)
    try:
        return db.execute(f"SELECT name, length(data) FROM {table}").fetchall()
    finally:
        db.close()


def test_a_read_only_schema_5_file_opens_unmigrated(project: Project, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "v5.tlproj"
    project.save(path)
    _as_schema_5(path)
    monkeypatch.setattr(loading, "is_writable_place", lambda path: False)
    opened = Project.open(path)
    assert opened.read_only and _everything(opened) == _everything(project)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 5
    db.close()


def test_a_damaged_schema_5_file_is_refused_and_left_as_it_was(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "v5.tlproj"
    project.save(path)
    _as_schema_5(path)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("UPDATE event_columns SET data = 'text' WHERE name = 'title'")
    db.close()
    with pytest.raises(ProjectFileError, match="damaged"):
        Project.open(path)
    assert [n for n, _ in _parts_v5(path, "event_columns")].count("title") == 1  # the migration rolled back
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 5
    db.close()


@pytest.mark.parametrize("damage", [
    "DELETE FROM event_columns WHERE name = 'sentence' AND part = 1",
    "DELETE FROM actor_columns WHERE name = 'start' AND part = 0",
    "UPDATE event_columns SET part = 99 WHERE name = 'title' AND part = 2",
    "UPDATE event_columns SET data = 'text' WHERE name = 'sentence' AND part = 2",
])
def test_a_part_missing_or_misplaced_is_a_damaged_file_not_a_shorter_column(
        project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str) -> None:
    monkeypatch.setattr(parts, "PART_BYTES", SMALL)
    path = tmp_path / "damaged.tlproj"
    project.save(path)
    db = sqlite3.connect(path, isolation_level=None)
    assert db.execute(damage).rowcount == 1
    db.close()
    with pytest.raises(ProjectFileError, match="damaged"):
        Project.open(path)


def test_parts_are_read_through_blob_handles_never_selected_whole() -> None:
    """A ``SELECT data`` copies each value twice (SQLite's buffer, then Python's); a blob handle
    reads the pages straight into the value (a quarter of the CPU of reading 1M events' columns)."""
    blobs = {"a": bytes(range(200)), "b": b"", "c": b"x" * 3}
    db = sqlite3.connect(":memory:")
    parts.create_table(db, "t")
    parts.write_parts(db, "t", sorted(blobs.items()), part_bytes=64)
    statements: list[str] = []
    db.set_trace_callback(statements.append)
    assert {name: bytes(blob) for name, blob in parts.read_parts(db, "t").items()} == blobs
    assert statements and not any("SELECT data" in s for s in statements), statements


@pytest.mark.parametrize("bad", ["text", "gap"])
def test_a_part_of_text_or_a_missing_part_is_a_damaged_column(bad: str) -> None:
    db = sqlite3.connect(":memory:")
    parts.create_table(db, "t")
    parts.write_parts(db, "t", [("a", b"0123456789")], part_bytes=4)
    if bad == "text":
        db.execute("UPDATE t SET data = 'abcd' WHERE part = 1")
    else:
        db.execute("DELETE FROM t WHERE part = 1")
    with pytest.raises(ValueError, match="'a' is damaged"):
        parts.read_parts(db, "t")
