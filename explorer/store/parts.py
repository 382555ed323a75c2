"""Column BLOBs stored in parts (schema 6): one row ``(name, part, data)`` per column per part of at
most :data:`PART_BYTES` bytes, read back as one buffer per column.

Why: until schema 5 each column was one SQLite value, and SQLite refuses a value over
1,000,000,000 bytes (``SQLITE_LIMIT_LENGTH``, a compile-time maximum). The sentences of 10M events
are about 1.1 GB, so neither Save nor ``explorer bench project`` could write them (issue 16).

Parts are cut by bytes, not by rows: a column is a flat buffer (numbers, or UTF-8 text whose
lengths are another column), so the cut may fall anywhere, even inside a character; the reader
joins the parts before anything decodes them. Cutting by bytes keeps every value under a fixed
size whatever the column holds (a sentence column's rows vary a hundredfold in size).

Reading stays bulk: one query for the parts and sizes of every column, then each part read through
a blob handle and copied, in order, straight into a buffer of the column's full size (no per-event
Python, and never more than one part beyond the final buffer in memory); a column of one part is
that value itself, with no copy (at 1M events every column but the sentences is one part). A missing,
repeated or extra part is a ``ValueError`` naming the column, never a column silently cut short.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

from explorer.store.deferred_text import DeferredBlob

#: The largest value written (64 MiB): far under SQLite's 1e9-byte limit, small enough that the
#: part being copied on reading or bound on writing is a small fraction of a large column. Tests
#: pass a few bytes instead to see columns spread over many parts.
PART_BYTES = 64 * 1024 * 1024

#: The tables whose columns are stored in parts.
TABLES = ("event_columns", "actor_columns")


def create_table(db: sqlite3.Connection, table: str) -> None:
    """An empty parts table named ``table``."""
    db.execute(f"CREATE TABLE {table} (name TEXT NOT NULL, part INTEGER NOT NULL, data BLOB NOT NULL,"
               " PRIMARY KEY (name, part))")


def write_parts(db: sqlite3.Connection, table: str, columns: Iterable[tuple[str, bytes | bytearray]],
                part_bytes: int | None = None, first: int = 0) -> None:
    """Insert each ``(name, blob)`` of ``columns`` as its parts (an empty blob as one empty part, so
    the column is there). The parts are views of the blob: nothing is copied before SQLite binds
    each one. ``columns`` may be a generator that makes each blob only when asked, so that a caller
    joining chunks holds one joined column at a time. ``first``: the number of the first part
    written (appending to a column that has parts already, :mod:`explorer.store.appending`)."""
    size = part_bytes or PART_BYTES
    if size <= 0:
        raise ValueError(f"a part must hold at least one byte, not {size}")
    for name, blob in columns:
        view = memoryview(blob)
        db.executemany(f"INSERT INTO {table} (name, part, data) VALUES (?, ?, ?)",
                       ((name, first + n, view[start:start + size])
                        for n, start in enumerate(range(0, max(len(view), 1), size))))
        view.release()
        del blob, view  # before the next column is made (``columns`` may make them one at a time)


def read_parts(db: sqlite3.Connection, table: str, defer: Sequence[str] = ()) -> dict[str, "bytes | bytearray | DeferredBlob"]:
    """Every column of ``table``, its parts joined in order into one buffer; the columns named in
    ``defer`` are left in the file, as a :class:`~explorer.store.deferred_text.DeferredBlob` each
    (read while ``db`` is open).

    The parts are read through SQLite's blob handles (``Connection.blobopen``), straight from the
    file's pages into the Python value: a ``SELECT data`` first copies the whole value into a
    buffer of SQLite's, then into the Python value. At 1M events (740 MB of columns) that second
    copy was a quarter of the CPU time of reading them (1.17 s -> 0.90 s)."""
    listing = db.execute(f"SELECT name, part, rowid, typeof(data), length(data) FROM {table} ORDER BY name, part")
    by_name: dict[str, list[tuple[int, int, str, int]]] = {}
    for name, part, rowid, kind, size in listing:
        by_name.setdefault(name, []).append((part, rowid, kind, size))
    out: dict[str, bytes | bytearray | DeferredBlob] = {}
    for name, found in by_name.items():
        first, last = found[0][0], found[-1][0]
        if first != 0 or last != len(found) - 1:
            raise ValueError(f"the column {name!r} is damaged: parts {first} to {last} for {len(found)} parts")
        if any(kind != "blob" for _, _, kind, _ in found):
            raise ValueError(f"the column {name!r} is damaged: a part is not bytes")
        blob = DeferredBlob(db, table, [(rowid, size) for _, rowid, _, size in found])
        out[name] = blob if name in defer else blob.read()
    return out


def migrate_table(db: sqlite3.Connection, table: str, part_bytes: int | None = None) -> None:
    """Turn a schema-5 ``table`` (one ``(name, data)`` row per column) into parts, column by column
    (one old value in memory at a time), inside the caller's transaction."""
    new = f"{table}_parts"
    create_table(db, new)
    names = [name for (name,) in db.execute(f"SELECT name FROM {table} ORDER BY name")]
    for name in names:
        (data,) = db.execute(f"SELECT data FROM {table} WHERE name = ?", (name,)).fetchone()
        if not isinstance(data, bytes):  # a damaged file: the caller's transaction is rolled back
            raise ValueError(f"the column {name!r} is damaged: not bytes")
        write_parts(db, new, [(name, data)], part_bytes)
        del data
    db.execute(f"DROP TABLE {table}")
    db.execute(f"ALTER TABLE {new} RENAME TO {table}")
