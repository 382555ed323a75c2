"""Appending rows to columns stored in parts (:mod:`explorer.store.parts`), for a save after an
import: the new documents' events go after the stored ones, and the rows already in the file are
neither made into records nor written again (issue 16: a save after importing one article into
1M events rebuilt and rewrote every event, 107 s).

Every column of :mod:`explorer.store.columns` is a flat buffer whose rows follow each other
(numbers; UTF-8 text with its lengths; name lists and pairs with their counts), so the columns of
the old rows followed by the columns of the new rows are the columns of all rows: appending their
bytes gives the very buffer a save of every row packs. The exception is text with few distinct
values (``name.code`` beside ``name``, ``name.len``, ``name.none``): its table of distinct values
is in order of first appearance, so the new rows' values not yet in it are added at its end (as
packing all rows would put them) and their codes are mapped to that table; the table itself is
small (a value per document at most) and is written again whole.

Where the bytes go: a column's last part is written again, joined with the new bytes, only while
it is small (under :func:`small_part`, 1/64 of a part); a larger one stays as it is and the new
bytes start a part of their own. A column therefore gains at most one part per ``small_part`` of
new bytes, and a save rewrites at most that much of each column. Reading joins parts of any size
(:func:`explorer.store.parts.read_parts`), so the file stays valid for every reader.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping

import numpy as np

from explorer.store import parts


def small_part(part_bytes: int | None = None) -> int:
    """The size under which a column's last part is joined with appended bytes (1 MiB for the
    usual 64 MiB parts): bounds both the bytes a save rewrites and how many parts a column gets."""
    return max((part_bytes or parts.PART_BYTES) // 64, 1)


def column_names(db: sqlite3.Connection, table: str) -> set[str]:
    """The names of the columns ``table`` holds."""
    return {name for (name,) in db.execute(f"SELECT DISTINCT name FROM {table}")}


def _read_column(db: sqlite3.Connection, table: str, name: str) -> bytes:
    rows = db.execute(f"SELECT data FROM {table} WHERE name = ? ORDER BY part", (name,)).fetchall()
    return b"".join(bytes(data) for (data,) in rows)


def _distinct(blob: bytes, lengths: bytes, nones: bytes) -> list[tuple[str, bool]]:
    """A category's distinct values as ``(text, is None)``, in their stored order."""
    text = blob.decode("utf-8", "surrogatepass")
    ends = np.cumsum(np.frombuffer(lengths, np.int64)).tolist()
    flags = np.frombuffer(nones, bool).tolist()
    if len(ends) != len(flags) or (ends[-1] if ends else 0) != len(text):
        raise ValueError("a category column is damaged")
    starts = [0, *ends[:-1]]
    return [(text[a:b], none) for a, b, none in zip(starts, ends, flags)]


def _merge_category(db: sqlite3.Connection, table: str, name: str, new: Mapping[str, bytes]) -> bytes:
    """Add the new rows' distinct values of the category ``name`` to the stored table (written
    again whole) and return the new rows' codes in that table."""
    stored = _distinct(*(_read_column(db, table, n) for n in (name, f"{name}.len", f"{name}.none")))
    fresh = _distinct(new[name], new[f"{name}.len"], new[f"{name}.none"])
    code_of = {value: i for i, value in enumerate(stored)}
    mapping = np.empty(len(fresh), np.int32)
    for j, value in enumerate(fresh):
        if value not in code_of:
            code_of[value] = len(stored)
            stored.append(value)
        mapping[j] = code_of[value]
    codes = np.frombuffer(new[f"{name}.code"], np.int32)
    texts = [text for text, _ in stored]
    table_blobs = {name: "".join(texts).encode("utf-8", "surrogatepass"),
                   f"{name}.len": np.fromiter(map(len, texts), np.int64, len(texts)).tobytes(),
                   f"{name}.none": np.asarray([none for _, none in stored], bool).tobytes()}
    db.execute(f"DELETE FROM {table} WHERE name IN (?, ?, ?)", (name, f"{name}.len", f"{name}.none"))
    parts.write_parts(db, table, sorted(table_blobs.items()))
    return mapping[codes].astype(np.int32).tobytes() if len(codes) else b""


def _append_bytes(db: sqlite3.Connection, table: str, name: str, data: bytes) -> None:
    """``data`` after the column ``name``'s bytes: its last part joined with it while small, else new parts."""
    if not data:
        return
    size = parts.PART_BYTES
    last, length = db.execute(f"SELECT part, length(data) FROM {table} WHERE name = ? ORDER BY part DESC LIMIT 1",
                              (name,)).fetchone()
    first = last + 1
    if length < small_part(size):
        (tail,) = db.execute(f"SELECT data FROM {table} WHERE name = ? AND part = ?", (name, last)).fetchone()
        db.execute(f"DELETE FROM {table} WHERE name = ? AND part = ?", (name, last))
        data, first = bytes(tail) + data, last
    parts.write_parts(db, table, [(name, data)], size, first=first)


def append_columns(db: sqlite3.Connection, table: str, new: Mapping[str, bytes]) -> None:
    """Append the columns ``new`` (the new rows, packed as the stored ones were) to the columns of
    ``table``, which must hold exactly these names (the caller checks: :func:`column_names`)."""
    categories = {name[:-len(".code")] for name in new if name.endswith(".code")}
    tables = {f"{c}{suffix}" for c in categories for suffix in ("", ".len", ".none")}
    for name in sorted(new):
        if name in tables:
            continue
        data = new[name]
        if name.endswith(".code") and name[:-len(".code")] in categories:
            data = _merge_category(db, table, name[:-len(".code")], new)
        _append_bytes(db, table, name, bytes(data))
