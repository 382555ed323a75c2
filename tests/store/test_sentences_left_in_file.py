"""Opening a project leaves the stored sentence column in the file: the check against the documents'
texts reads only the rows it samples (see explorer.store.deferred_text); the whole column is read
only when it is kept (the texts do not give it) or cannot be read by rows (not one byte a character).
The sentences come back exactly as saved whichever way, also from a column cut in many parts."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest

from explorer.commands.bench_project import write_articles
from explorer.store import Project, import_paths, parts, stored_events
from explorer.store.deferred_text import DeferredBlob, DeferredTextColumn
from explorer.store.stored_events import SliceColumn, TextColumn


def _save(folder: Path, extra: str | None, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, list]:
    if extra is not None:
        (folder / "extra.txt").write_text(extra, encoding="utf-8")
    write_articles(folder, 3, seed=11, events_per_article=6)
    project = Project()
    import_paths(project, [folder], jobs=1)
    path = folder / "p.tlproj"
    monkeypatch.setattr(parts, "PART_BYTES", 97)  # the sentence column in many parts, cut anywhere
    project.save(path)
    monkeypatch.undo()
    return path, [e for d in project.documents() for e in project.extracted(d.hash).events]


def _count_whole_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the deferred columns read whole from now on."""
    whole: list[str] = []
    read = DeferredTextColumn.read
    monkeypatch.setattr(DeferredTextColumn, "read", lambda self: whole.append(self.name) or read(self))
    return whole


@pytest.mark.parametrize("whole_check", [65_536, 0])
def test_one_byte_sentences_are_checked_by_the_rows_sampled_alone(tmp_path: Path, whole_check: int,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path, events = _save(tmp_path, None, monkeypatch)
    assert all(e.sentence.isascii() for e in events)
    monkeypatch.setattr(stored_events, "WHOLE_CHECK", whole_check)
    whole = _count_whole_reads(monkeypatch)
    opened = Project.open(path)
    assert whole == []  # only the rows the check samples were read
    assert isinstance(opened.stored_events().columns["sentence"], SliceColumn)
    back = [e for d in opened.documents() for e in opened.extracted(d.hash).events]
    assert back == events


def test_sentences_of_several_bytes_a_character_are_read_whole_and_still_shared(tmp_path: Path,
                                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path, events = _save(tmp_path, "Zürich, 3 March 2021 — The council met on 2 March 2021 \U0001f68b.\n", monkeypatch)
    assert any(not e.sentence.isascii() for e in events)
    whole = _count_whole_reads(monkeypatch)
    opened = Project.open(path)
    assert whole == ["sentence"]
    assert isinstance(opened.stored_events().columns["sentence"], SliceColumn)
    assert [e for d in opened.documents() for e in opened.extracted(d.hash).events] == events


def test_a_column_the_texts_do_not_give_is_read_whole_before_the_file_closes(tmp_path: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    path, events = _save(tmp_path, None, monkeypatch)
    db = sqlite3.connect(path)  # every document's text changed, its length kept: the sentences are not slices of it
    db.execute("UPDATE documents SET text = upper(text)")
    db.commit()
    db.close()
    opened = Project.open(path)
    column = opened.stored_events().columns["sentence"]
    assert isinstance(column, TextColumn)  # the file's own, read whole: it stays readable once closed
    assert column.values(0, len(column)) == [e.sentence for e in events]


def test_rows_read_alone_cross_the_parts_they_are_cut_into(tmp_path: Path) -> None:
    texts = ["alpha beta", "", "gamma", "a longer sentence that spans parts", "z"]
    blob = "".join(texts).encode()
    db = sqlite3.connect(tmp_path / "t.db")
    db.execute("CREATE TABLE t (data BLOB)")
    cuts = [0, 3, 4, 20, 21, len(blob)]
    rows = []
    for a, b in zip(cuts[:-1], cuts[1:]):
        rows.append((db.execute("INSERT INTO t (data) VALUES (?)", (blob[a:b],)).lastrowid, b - a))
    lengths = np.array([len(t) for t in texts], np.int64).tobytes()
    column = DeferredTextColumn(DeferredBlob(db, "t", rows), lengths, "sentence")
    assert column.one_byte_each() and len(column) == 5
    order = [4, 0, 3, 1, 2, 3]
    assert column.values_at(order) == [texts[i] for i in order]
    assert column.read().values(0, 5) == texts
    wide = ["é", "ü b"]
    wide_blob = "".join(wide).encode()
    rowid = db.execute("INSERT INTO t (data) VALUES (?)", (wide_blob,)).lastrowid
    wide_column = DeferredTextColumn(DeferredBlob(db, "t", [(rowid, len(wide_blob))]),
                                     np.array([1, 3], np.int64).tobytes(), "sentence")
    assert not wide_column.one_byte_each() and wide_column.values_at([1, 0]) == ["ü b", "é"]
    db.close()
