"""How opening reads the documents table (issue 16, scale-open): every text is read once, in the
table's order, and the documents are put in their saved order in Python; no statement copies the
texts through a temporary b-tree (``ORDER BY position`` has no index: 0.17 s of opening 1M events).
The documents, their texts, sidecars and metadata come back as saved, in order, whatever order
the table's rows are in."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from explorer.store import Project
from explorer.store import record_json, sqlite as store_sqlite


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory, generated_project) -> Path:
    return generated_project(tmp_path_factory.mktemp("open-read") / "gen.tlproj", 600, 3)


def _documents(project: Project) -> list[tuple]:
    return [(d.hash, d.document.path, d.document.title, d.document.text, d.document.date, d.sidecar, d.metadata)
            for d in project.documents()]


def test_no_statement_of_opening_sorts_the_texts(generated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "copy.tlproj"
    shutil.copy(generated, copy)
    statements: list[str] = []
    real = sqlite3.connect

    def traced(*args, **kwargs):  # noqa: ANN002, ANN003
        db = real(*args, **kwargs)
        db.set_trace_callback(statements.append)
        return db

    monkeypatch.setattr(store_sqlite.sqlite3, "connect", traced)
    Project.open(copy)
    monkeypatch.setattr(store_sqlite.sqlite3, "connect", real)
    reading = [s for s in statements if "FROM documents" in s and "text" in s.split("FROM")[0]]
    assert reading
    db = sqlite3.connect(copy)
    for statement in reading:
        plan = " ".join(str(row[-1]) for row in db.execute("EXPLAIN QUERY PLAN " + statement))
        assert "TEMP B-TREE" not in plan, statement
    db.close()


def test_documents_come_back_in_their_saved_order_whatever_the_rows_order(generated: Path, tmp_path: Path) -> None:
    want = _documents(Project.open(generated))
    assert len(want) >= 3
    shuffled = tmp_path / "shuffled.tlproj"
    shutil.copy(generated, shuffled)
    db = sqlite3.connect(shuffled)
    with db:  # the same rows, stored last first (rowids no longer in position order)
        db.execute("CREATE TABLE d2 AS SELECT * FROM documents ORDER BY position DESC")
        db.execute("DELETE FROM documents")
        db.execute("INSERT INTO documents SELECT * FROM d2")
        db.execute("DROP TABLE d2")
        db.execute("UPDATE documents SET sidecar = '{\"a\": 1}', metadata = '{}' WHERE position = 1")
    assert [p for (p,) in db.execute("SELECT position FROM documents")][0] != 0
    db.close()
    got = _documents(Project.open(shuffled))
    assert [d[:5] for d in got] == [d[:5] for d in want]
    assert [d[5] for d in got] == [d[5] if i != 1 else {"a": 1} for i, d in enumerate(want)]
    assert all(d[6] == {} for i, d in enumerate(got) if i == 1)
    assert got[0][5] is not got[2][5]  # each document's own dict (an edit of one changes no other)


def test_a_json_column_that_must_be_a_list_is_not_taken_for_an_empty_dict() -> None:
    with pytest.raises(TypeError):
        record_json._loads("{}", list)
    assert record_json._loads("{}", dict) == {} and record_json._loads('{"k": [1]}', dict) == {"k": [1]}
