"""The project file's format: one SQLite database (``.tlproj``) known by its application id, and
how a connection to it is made and checked.

Schema changes are an ordered list of migrations; ``PRAGMA user_version`` is the number applied.
A file from a newer program (higher version) is refused rather than half-read; a file an older
version wrote is copied beside itself before it is upgraded. Saving into the file is
:mod:`explorer.store.saving`, opening it :mod:`explorer.store.loading`.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Callable

from explorer.store.failures import ProjectFileError
from explorer.documents.reader import printable_path
from explorer.events.record import Event
from explorer.store.event_tables import _column_blobs
from explorer.store.index_columns import pack_json_index
from explorer.store.parts import TABLES, migrate_table
from explorer.store.project_records import SUFFIX
from explorer.store.record_json import _loads, _timex_from_dict, event_from_json


log = logging.getLogger(__name__)


#: "TLPR": marks a SQLite file as ours.
APPLICATION_ID = 0x544C5052


def _run(db: sqlite3.Connection, script: str) -> None:
    """Statement by statement: ``executescript`` would commit the caller's transaction."""
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def _v1(db: sqlite3.Connection) -> None:
    _run(
        db,
        """
        CREATE TABLE info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE documents (
            hash TEXT PRIMARY KEY, position INTEGER NOT NULL, path TEXT NOT NULL, title TEXT NOT NULL,
            text TEXT NOT NULL, date TEXT, date_source TEXT NOT NULL, user_date TEXT,
            sidecar TEXT NOT NULL, metadata TEXT NOT NULL, timexes TEXT NOT NULL
        );
        CREATE TABLE events (
            doc_hash TEXT NOT NULL, position INTEGER NOT NULL, id TEXT NOT NULL,
            timex_start INTEGER NOT NULL, timex_end INTEGER NOT NULL, record TEXT NOT NULL,
            PRIMARY KEY (doc_hash, position)
        );
        CREATE TABLE edits (
            doc_hash TEXT NOT NULL, timex_start INTEGER NOT NULL, timex_end INTEGER NOT NULL,
            record TEXT NOT NULL, PRIMARY KEY (doc_hash, timex_start, timex_end)
        );
        CREATE TABLE problems (path TEXT NOT NULL, reason TEXT NOT NULL);
        """
    )


def _v2(db: sqlite3.Connection) -> None:
    """Who and where, as the user last saw them (merges and splits included): ``name`` is "index" (the
    actors and places), "groups" (events of several documents) or "edits" (the user's merges, splits
    and ungroups in names, replayed when the project is annotated again); ``record`` is JSON. A version-1
    file has no row: the app finds them again once, on opening."""
    _run(db, "CREATE TABLE annotations (name TEXT PRIMARY KEY, record TEXT NOT NULL)")


def _v3(db: sqlite3.Connection) -> None:
    """The old text of a changed (or removed) document, kept while orphaned edits point into it."""
    _run(db, "CREATE TABLE previous_texts (hash TEXT PRIMARY KEY, path TEXT NOT NULL, title TEXT NOT NULL,"
         " text TEXT NOT NULL, successor TEXT)")


def _v4(db: sqlite3.Connection) -> None:
    """Events as columns (:mod:`explorer.store.columns`): one BLOB per field of every event, in
    document order, and ``doc.events`` (how many events each document has, by position). The
    ``events`` table keeps each event's place and id; its ``record`` is empty from now on, the columns
    are the record. So are the documents' expressions (``expr.*``, ``documents.timexes`` empty).
    A version-3 file's JSON records are turned into columns here."""
    _run(db, "CREATE TABLE event_columns (name TEXT PRIMARY KEY, data BLOB NOT NULL)")
    events: dict[str, list[Event]] = {}
    for doc_hash, record in db.execute("SELECT doc_hash, record FROM events ORDER BY doc_hash, position"):
        events.setdefault(doc_hash, []).append(event_from_json(record))
    rows = db.execute("SELECT hash, timexes FROM documents ORDER BY position").fetchall()
    timexes = [tuple(_timex_from_dict(t) for t in _loads(text, list)) for _, text in rows]
    db.executemany("INSERT INTO event_columns VALUES (?, ?)",  # one value per column, as schema 4 and 5 hold them
                   sorted(_column_blobs([events.get(h, []) for h, _ in rows], timexes).items()))
    db.execute("UPDATE events SET record = ''")
    db.execute("UPDATE documents SET timexes = ''")  # a version-3 file's labels are found again on opening, as before


def _v5(db: sqlite3.Connection) -> None:
    """The actor index as columns (:mod:`explorer.store.index_columns`): one BLOB per column of every
    mention in ``actor_columns``, so opening makes no object per mention. A version-4 file's JSON
    index (the ``annotations`` row "index") is turned into columns here and its row removed."""
    _run(db, "CREATE TABLE actor_columns (name TEXT PRIMARY KEY, data BLOB NOT NULL)")
    row = db.execute("SELECT record FROM annotations WHERE name = 'index'").fetchone()
    if row is not None:
        db.executemany("INSERT INTO actor_columns VALUES (?, ?)", sorted(pack_json_index(json.loads(row[0])).items()))
        db.execute("DELETE FROM annotations WHERE name = 'index'")


def _v6(db: sqlite3.Connection) -> None:
    """Columns in parts (:mod:`explorer.store.parts`): ``event_columns`` and ``actor_columns`` hold
    ``(name, part, data)``, each value at most ``PART_BYTES``, since SQLite refuses a value over 1e9
    bytes (the sentences of 10M events). A version-5 file's one value per column is cut into parts here."""
    for table in TABLES:
        migrate_table(db, table)


def _v7(db: sqlite3.Connection) -> None:
    """Edits keyed by act too (:class:`~explorer.curation.model.SpanKey` ``act``): two acts told on
    one date are two events, each with its own edit. A version-6 file's edits are act 0, the act it
    showed. SQLite cannot change a primary key in place: the table is made anew and filled."""
    _run(
        db,
        """
        CREATE TABLE edits_by_act (
            doc_hash TEXT NOT NULL, timex_start INTEGER NOT NULL, timex_end INTEGER NOT NULL,
            act INTEGER NOT NULL, record TEXT NOT NULL, PRIMARY KEY (doc_hash, timex_start, timex_end, act)
        );
        INSERT INTO edits_by_act SELECT doc_hash, timex_start, timex_end, 0, record FROM edits;
        DROP TABLE edits;
        ALTER TABLE edits_by_act RENAME TO edits
        """,
    )


#: Migration ``i`` takes a file from version ``i`` to ``i + 1``. Append, never edit.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2, _v3, _v4, _v5, _v6, _v7]
SCHEMA_VERSION = len(MIGRATIONS)


#: How long a save waits for another program's write to finish before saying the file is busy.
BUSY_TIMEOUT_S = 5.0


def _connect(path: str, wal: bool = True) -> sqlite3.Connection:
    """``wal=False`` for a file nobody else reads yet (a save's temporary): with a write-ahead log a
    commit on a nearly full disk succeeds into the log, the checkpoint into the file fails silently
    at close, and the file then renamed into place lacks what was saved. A rollback journal makes
    the commit itself fail instead (found on a real 160 KB tmpfs, issue 15)."""
    db = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_S)  # transactions are explicit
    db.execute(f"PRAGMA journal_mode={'WAL' if wal else 'DELETE'}")
    db.execute("PRAGMA synchronous=FULL")
    return db


def _check(db: sqlite3.Connection, path: str) -> int:
    try:
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.OperationalError:
        raise  # the disk, the folder or another writer, not the file's content: the caller says which
    except sqlite3.DatabaseError as err:
        raise ProjectFileError(f"{path}: not a project file ({err})") from err
    # Only an empty database (one just created) may lack our id: any other is someone else's file.
    foreign = app_id == 0 and (version != 0 or db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
    if app_id not in (0, APPLICATION_ID) or foreign:
        raise ProjectFileError(f"{path}: not a Timeline Explorer project (an SQLite database of another program)")
    if version > SCHEMA_VERSION:
        raise ProjectFileError(f"{path}: made by a newer version of Timeline Explorer (schema {version}); please update")
    return version


def older_schema_copy(path: str, version: int) -> str:
    """Where the copy of a file an older version wrote is kept: ``NAME.schemaN.tlproj`` beside it."""
    stem, suffix = os.path.splitext(path)
    return f"{stem}.schema{version}{suffix or SUFFIX}"


def _keep_older_schema_copy(path: str) -> str | None:
    """Before a file an older version of the program wrote is upgraded in place (opening it for
    writing, or saving over it, migrates it), copy it beside itself: that version cannot open the
    upgraded file ("made by a newer version"), and a migration is the one write that changes what
    every table means. Done once per file and version; returns the copy's path, or None when the file
    is current, new, not ours (the caller's check says so) or already copied. ``VACUUM INTO`` on a
    connection of its own: it copies what the log holds too, and leaves the caller's as it was."""
    if not os.path.isfile(path):
        return None
    try:
        db = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            app_id = db.execute("PRAGMA application_id").fetchone()[0]
        except sqlite3.DatabaseError:
            return None  # not a database we can read: the caller's check names what is wrong
        if app_id != APPLICATION_ID or not 0 < version < SCHEMA_VERSION:
            return None
        copy = older_schema_copy(path, version)
        if os.path.exists(copy):
            return None
        try:
            db.execute("VACUUM INTO ?", (copy,))
        except BaseException:
            if os.path.exists(copy):
                os.remove(copy)
            raise
    finally:
        db.close()
    log.warning("%s was written by an older version of Timeline Explorer (schema %d): it is upgraded, and "
                "the file as it was is kept as %s", printable_path(path), version, printable_path(copy))
    return copy


@contextmanager
def write_transaction(db: sqlite3.Connection) -> Iterator[None]:
    """The block as one write, ``BEGIN IMMEDIATE`` to ``COMMIT`` (the file's write lock taken at the
    start, so a second writer waits there, not halfway), rolled back when anything escapes it, a
    cancelled save included: the file keeps what it held. Saving and an opening's upgrade both write so."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise


def _migrate(db: sqlite3.Connection, version: int) -> None:
    """Run inside the caller's transaction: a failed migration leaves the file as it was."""
    for step in MIGRATIONS[version:]:
        step(db)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def _probe(path: str, read_only: bool = False) -> None:
    """Refuse a file that is not ours before anything (even the journal mode) is changed in it."""
    with open(path, "rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise ProjectFileError(f"{printable_path(path)}: not a project file")
    # In a read-only place a write-ahead-logged file cannot even be read without "immutable": SQLite
    # would need to create its shared-memory file beside it (a real read-only mount, issue 15).
    db = sqlite3.connect(f"file:{path}?mode=ro{'&immutable=1' if read_only else ''}", uri=True)
    try:
        _check(db, path)
    finally:
        db.close()


def is_project_file(path: str) -> bool:
    """Whether ``path`` is an SQLite file with our application id (a project, whatever its name)."""
    return _is_project(path)


def is_project_path(path: str | os.PathLike[str]) -> bool:
    """Whether to open ``path`` as a project rather than read it as an article: a project is known by
    its content whatever its name, and a ``.tlproj`` that is not one is still taken for a project, so
    opening it says clearly what is wrong with it."""
    path = os.fspath(path)
    return path.lower().endswith(SUFFIX) or _is_project(path)


def _is_project(path: str) -> bool:
    if not os.path.isfile(path):
        return False
    with open(path, "rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            return False
    db = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)  # only looking: nothing is created or changed
    try:
        return db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    except sqlite3.DatabaseError:
        return False
    finally:
        db.close()
