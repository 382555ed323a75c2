"""The project file: one SQLite database (``.tlproj``), WAL mode, saved in one transaction.

A save replaces the whole content inside a single ``BEGIN IMMEDIATE … COMMIT``; SQLite's write-ahead
log makes that atomic, so a crash or ``kill -9`` in the middle leaves the last saved state. Saving
to a new file writes a temporary file beside it and renames it into place.

Schema changes are an ordered list of migrations; ``PRAGMA user_version`` is the number applied.
A file from a newer program (higher version) is refused rather than half-read.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import stat
import uuid
from dataclasses import fields
from operator import itemgetter
from pathlib import Path
from datetime import date
from typing import Any, Callable, Sequence

import numpy as np

from explorer import __version__
from explorer.store.failures import (
    ProjectConflictError, ProjectFileError, ProjectSaveError, is_writable_place, why_open_failed, why_save_failed,
    writer_name,
)
from explorer.calendar import Day, parse_day
from explorer.curation.model import EventEdit, SpanKey
from explorer.curation.orphans import PreviousText
from explorer.documents import Document, ReadError
from explorer.documents.reader import printable_path
from explorer.events.record import FIELDS, Event
from explorer.ingest.extract import ExtractedDocument
from explorer.store.bulk import no_cyclic_gc
from explorer.store.columns import pack, pack_names, pack_timexes
from explorer.store.stored_events import LazyTuple, StoredEvents, StoredTimexes
from explorer.store.appending import append_columns, column_names
from explorer.store.annotation_json import groups_from_json, groups_to_json, index_from_json
from explorer.store.index_columns import pack_index, pack_json_index, unpack_index
from explorer.store.parts import TABLES, migrate_table, read_parts, write_parts
from explorer.store.label_columns import pack_label_columns
from explorer.store.project import Project
from explorer.store.project_records import SUFFIX, ProjectDocument, same_path
from explorer.store.saved_state import InFile
from explorer.temporal.timex import Timex

log = logging.getLogger(__name__)

#: "TLPR": marks a SQLite file as ours.
APPLICATION_ID = 0x544C5052


#: ``info`` keys written at each save: a fresh token (so a writer can tell the file changed since it
#: read it) and who wrote it (named in the message to the writer who finds it changed).
SAVE_TOKEN = "save_token"
SAVED_BY = "saved_by"


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


#: Migration ``i`` takes a file from version ``i`` to ``i + 1``. Append, never edit.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2, _v3, _v4, _v5, _v6]
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


# -- records to rows -----------------------------------------------------------------------------


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _day(text: str | None) -> date | Day | None:
    return parse_day(text) if text else None  # "-0263-01-01" (264 BC) comes back as a Day


def _name(text: str) -> str | bytes:
    """A path (or title) for a TEXT column: as it is, or, when it holds bytes that are not UTF-8 (a
    file name kept with surrogates), those exact bytes as a BLOB, so the name survives a save."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(text)
    return text


def _unname(value: str | bytes) -> str:
    return os.fsdecode(value) if isinstance(value, bytes) else value


def _json(value: Any, **options: Any) -> str:
    """JSON readable as UTF-8; lone surrogates (undecodable file names) are kept as ``\\udcNN`` escapes,
    which ``json.loads`` turns back into the same characters."""
    text = json.dumps(value, ensure_ascii=False, **options)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(value, ensure_ascii=True, **options)
    return text


def event_to_json(event: Event) -> str:
    return _json(event.to_dict(), separators=(",", ":"))


#: The record's field types as written (``from __future__ import annotations``: strings).
_EVENT_TYPES = {f.name: str(f.type) for f in fields(Event)}


def _field_from_json(kind: str, value: Any) -> Any:
    """A JSON value back to the record's type, read off the field's annotation, so a field added to
    the record (a day, a list of names) is saved and opened without touching this file."""
    if value is None:
        return None
    if isinstance(value, list):
        return tuple(tuple(item) if isinstance(item, list) else item for item in value)  # pairs stay pairs
    if isinstance(value, str) and ("date" in kind or "Day" in kind):
        try:
            return date.fromisoformat(value)  # years 1-9999: a date, as the record holds them
        except ValueError:
            if "Day" not in kind:
                raise
            from explorer.calendar import Day

            return Day.parse(value)  # before year 1 ("-0263-03-01"): a Day
    return value


def event_from_json(text: str) -> Event:
    raw = json.loads(text)
    data = {name: _field_from_json(_EVENT_TYPES[name], raw[name]) for name in FIELDS if name in raw and name in _EVENT_TYPES}
    for name in ("actors", "places"):
        data[name] = tuple(data.get(name) or ())
    for name in ("sentence_start", "sentence_end", "timex_start", "timex_end"):  # offsets index the text
        if name in data and (not isinstance(data[name], int) or isinstance(data[name], bool)):
            raise TypeError(f"event {name} is {type(data[name]).__name__}, not a number")
    for name in ("id", "doc", "sentence", "title", "timex"):
        if name in data and not isinstance(data[name], str):
            raise TypeError(f"event {name} is {type(data[name]).__name__}, not text")
    return Event(**data)


_TIMEX_FIELDS = {f.name: str(f.type) for f in fields(Timex)}


def _plain(value: Any) -> Any:
    if isinstance(value, Timex):
        return _timex_to_dict(value)
    if isinstance(value, (date, Day)):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    return value


def _timex_to_dict(timex: Timex) -> dict[str, Any]:
    """Generic over the fields, so a tagger that grows fields (e.g. nested ``parts``) still saves."""
    return {name: _plain(getattr(timex, name)) for name in _TIMEX_FIELDS}


def _timex_from_dict(raw: dict[str, Any]) -> Timex:
    """Fields this version does not know are dropped; dates and nested expressions come back."""
    data: dict[str, Any] = {}
    for name, kind in _TIMEX_FIELDS.items():
        if name not in raw:
            continue
        value = raw[name]
        if isinstance(value, list):
            value = tuple(_timex_from_dict(v) if isinstance(v, dict) else v for v in value)
        elif isinstance(value, str) and "date" in kind and name not in ("text", "value"):
            value = parse_day(value)
        data[name] = value
    return Timex(**data)


# -- save and load -------------------------------------------------------------------------------


def save(project: Project, path: str | os.PathLike[str], progress: Callable[[int, int], None] | None = None,
         incremental: bool = True) -> None:
    """Write the whole project in one transaction. ``progress(done, total)`` is called per document.

    Any failure is a :class:`ProjectSaveError` saying why in words, and leaves the file as it was.
    Saving over the file the project came from refuses (:class:`ProjectConflictError`) when another
    program saved it in between, instead of silently writing over that program's work.

    When the file the project was opened from (or last saved to) already holds its documents and
    events as they are (:meth:`Project.unchanged_in_file`: a star, a tag, a title, an added event or
    a merge of events are edits, kept in their own table), only the small tables are written again
    (info, edits, problems, old texts, the annotation when it changed): no record is made, and the
    event columns stay in the file untouched; after a merge or split of actors, the label columns
    are written again too (the relabelled documents' from their rows, the others' sliced from the
    stored columns). Saving such a project to a new file copies the file (``VACUUM INTO``) into the
    temporary and does the same there. After an import (documents added after those the file
    holds, none changed) the new documents' rows are appended to the stored columns as well
    (:mod:`explorer.store.appending`): only the new documents' records are read.
    ``incremental=False`` writes everything from the records (the reference the tests compare with)."""
    path = os.fspath(path)
    if getattr(project, "read_only", False) and same_path(path, project.path):
        why = getattr(project, "read_only_reason", None) or "its file or folder cannot be written"
        raise ProjectSaveError(path, f"the project was opened read-only ({why}); "
                                     "save it under another name (Save As)")
    try:
        _save(project, path, progress, incremental)
    except ProjectFileError:
        raise
    except (sqlite3.Error, OSError, UnicodeError) as err:
        raise ProjectSaveError(path, why_save_failed(err, path)) from err


def _save(project: Project, path: str, progress: Callable[[int, int], None] | None, incremental: bool = True) -> None:
    own_file = same_path(path, project.path)
    expected = project.info.get(SAVE_TOKEN) if own_file else None
    unchanged = project.unchanged_in_file() if incremental else None
    if _is_project(path):
        # over the file it holds: keep what is unchanged (the token check below refuses a file
        # someone else saved since); over another project's file: everything, in place
        keep = unchanged if unchanged is not None and same_path(path, unchanged.state.path) else None
        _write(project, path, progress, expected if own_file else _ANY, keep=keep)
        return
    temporary = f"{path}.saving"
    for leftover in (temporary, f"{temporary}-wal", f"{temporary}-shm"):
        if os.path.exists(leftover):
            os.remove(leftover)
    try:
        keep = None
        if unchanged is not None and _copy_project(unchanged.state.path, temporary, unchanged.state.token,
                                                   immutable=bool(getattr(project, "read_only", False))):
            keep = unchanged
        _write(project, temporary, progress, _ANY, wal=False, keep=keep)
        if own_file and expected is None:
            _place_new(temporary, path)  # another writer may have created it meanwhile: never clobber
        else:
            os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)


def _copy_project(source: str, target: str, token: str | None, immutable: bool = False) -> bool:
    """Copy the project file ``source`` into the new file ``target`` (``VACUUM INTO``: a consistent
    copy in SQLite's C code, without the free pages the source may have); True if the copy holds
    ``token`` (the save the project was read from, so its event columns are the project's).
    Anything else (the source gone, changed by another program, unreadable) removes the copy and
    returns False: the caller then writes everything."""
    if token is None or not _is_project(source):
        return False
    try:
        src = sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro{'&immutable=1' if immutable else ''}", uri=True)
        try:
            src.execute("VACUUM INTO ?", (target,))
        finally:
            src.close()
        dst = sqlite3.connect(f"{Path(target).resolve().as_uri()}?mode=ro", uri=True)
        try:
            found = dst.execute("SELECT value FROM info WHERE key = ?", (SAVE_TOKEN,)).fetchone()
            version = dst.execute("PRAGMA user_version").fetchone()[0]
            app_id = dst.execute("PRAGMA application_id").fetchone()[0]
        finally:
            dst.close()
    except sqlite3.Error:
        found, version, app_id = None, None, None
    if found is not None and found[0] == token and version == SCHEMA_VERSION and app_id == APPLICATION_ID:
        return True
    for name in (target, f"{target}-wal", f"{target}-shm"):
        if os.path.exists(name):
            os.remove(name)
    return False


def _place_new(temporary: str, path: str) -> None:
    try:
        os.link(temporary, path)
    except FileExistsError:
        raise ProjectConflictError(path, _holder_of(path)) from None
    except OSError:  # no hard links on this file system: fall back to a plain rename
        os.replace(temporary, path)


def _holder_of(path: str) -> str | None:
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = db.execute("SELECT value FROM info WHERE key = ?", (SAVED_BY,)).fetchone()
        finally:
            db.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


#: Passed as the expected save token when any previous content may be replaced (Save As, new file).
_ANY = object()


def _write(project: Project, path: str, progress: Callable[[int, int], None] | None, expected: object = _ANY,
           wal: bool = True, keep: InFile | None = None) -> None:
    """Write ``project`` into the file ``path`` in one transaction. ``keep``: what
    :meth:`Project.unchanged_in_file` says this file already holds (its documents, events and event
    columns, the labels unless ``keep.labels``, the annotation unless ``keep.annotation``): those
    are left as they are."""
    _keep_older_schema_copy(path)
    db = _connect(path, wal)
    try:
        db.execute("BEGIN IMMEDIATE")
        try:
            version = _check(db, path)
            if keep is not None and version != SCHEMA_VERSION:
                keep = None  # an older file: written whole in the current schema
            _migrate(db, version)
            if expected is not _ANY:
                found = dict(db.execute("SELECT key, value FROM info WHERE key IN (?, ?)", (SAVE_TOKEN, SAVED_BY)))
                if found.get(SAVE_TOKEN) != expected:
                    raise ProjectConflictError(path, found.get(SAVED_BY))
            if keep is not None and keep.state.token != dict(db.execute("SELECT key, value FROM info")).get(SAVE_TOKEN):
                keep = None  # not the save the project remembers: write everything
            info = {**project.info, "program_version": __version__, SAVE_TOKEN: uuid.uuid4().hex, SAVED_BY: writer_name()}
            info.setdefault("created_by", __version__)
            if keep is not None and keep.added and not _can_append(db, project):
                keep = None  # the stored columns are not those a save packs now: write everything
            if keep is None:
                _write_all(db, project, info, progress)
            else:
                total = len(keep.state.docs)
                if keep.added:  # an import: the new documents' rows after the stored ones
                    _append_documents(db, project, keep)
                if keep.labels:  # some events relabelled: the label columns, from the stored ones where they hold
                    db.execute("DELETE FROM event_columns WHERE substr(name, 1, ?) = ?", (len(LABEL), LABEL))
                    write_parts(db, "event_columns", sorted(pack_label_columns(
                        project.stored_events(), project.label_sources(), LABEL).items()))
                _write_curation(db, project, info, annotation=keep.annotation,
                                halfway=(lambda: progress(total // 2, total)) if progress else None)
                if progress:
                    progress(total, total)
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        if not wal:  # committed into the file itself: now the mode every project file has
            db.execute("PRAGMA journal_mode=WAL")
        project.info = info
    finally:
        db.close()  # the last connection checkpoints the log into the main file


def _can_append(db: sqlite3.Connection, project: Project) -> bool:
    """Whether the file's event columns are the ones a save packs now, by name (the label columns
    only with an annotation): the new rows can follow the stored ones."""
    expected = set(_column_blobs([[]], [[]])) | set(pack_timexes([]))
    if project.actor_index is not None:
        expected |= {LABEL + key for name in ("actors", "places") for key in pack_names(name, [])}
    return column_names(db, "event_columns") == expected


def _append_documents(db: sqlite3.Connection, project: Project, keep: InFile) -> None:
    """The documents ``keep.added`` (after those the file holds: an import) written as a save of
    every document writes them, without touching the stored ones: their ``documents`` and
    ``events`` rows, and their events, expressions and (with an annotation, unless every label
    column is written again for a relabel) labels appended to the event columns
    (:mod:`explorer.store.appending`). Only the new documents' records are read."""
    position = len(keep.state.docs)
    records = [project.document(h) for h in keep.added]
    for offset, record in enumerate(records):
        _write_document(db, position + offset, record, project.extracted(record.hash))
    extracted = [project.extracted(record.hash) for record in records]
    blobs = _column_blobs([x.events for x in extracted], [x.timexes for x in extracted])
    if project.actor_index is not None and not keep.labels:
        shown = [e for h in keep.added for e in project.labelled_events(h)]
        for name in ("actors", "places"):
            blobs.update({LABEL + key: blob for key, blob in pack_names(name, [getattr(e, name) for e in shown]).items()})
    append_columns(db, "event_columns", blobs)


def _write_all(db: sqlite3.Connection, project: Project, info: dict[str, str],
               progress: Callable[[int, int], None] | None) -> None:
    """Every table from the project's records (a new project, or documents or labels changed)."""
    for table in ("documents", "events", "event_columns"):
        db.execute(f"DELETE FROM {table}")
    documents = project.documents()
    for position, record in enumerate(documents):
        _write_document(db, position, record, project.extracted(record.hash))
        if progress:
            progress(position + 1, len(documents))
    _write_columns(db, [project.extracted(record.hash).events for record in documents],
                   [project.extracted(record.hash).timexes for record in documents], project)
    _write_curation(db, project, info, annotation=True)


def _write_curation(db: sqlite3.Connection, project: Project, info: dict[str, str], annotation: bool,
                    halfway: Callable[[], None] | None = None) -> None:
    """The tables an edit changes: info, edits, problems, old texts, the entity edits, and with
    ``annotation`` the actor index and the groups (else those stay as the file holds them).
    ``halfway()`` is called once the edits are written (a save's progress, as it has no documents
    to count)."""
    for table in ("info", "edits", "problems", "previous_texts"):
        db.execute(f"DELETE FROM {table}")
    if annotation:
        db.execute("DELETE FROM annotations")
        db.execute("DELETE FROM actor_columns")
    else:
        db.execute("DELETE FROM annotations WHERE name = 'edits'")
    db.executemany("INSERT INTO info VALUES (?, ?)", sorted(info.items()))
    db.executemany(
        "INSERT INTO edits VALUES (?, ?, ?, ?)",
        [(k.doc_hash, k.start, k.end, _json(e.to_json())) for k, e in project.edits().items()],
    )
    if halfway is not None:
        halfway()
    db.executemany("INSERT INTO problems VALUES (?, ?)", [(_name(p.path), p.reason) for p in project.problems])
    if annotation and project.actor_index is not None:
        write_parts(db, "actor_columns", sorted(pack_index(project.actor_index).items()))
        db.execute("INSERT INTO annotations VALUES (?, ?)",
                   ("groups", json.dumps(groups_to_json(project.groups), ensure_ascii=False, separators=(",", ":"))))
    db.executemany(
        "INSERT INTO previous_texts VALUES (?, ?, ?, ?, ?)",
        [(p.hash, p.path, p.title, p.text, p.successor) for p in project.previous_texts()],
    )
    if project.entity_edits():
        db.execute("INSERT INTO annotations VALUES (?, ?)",
                   ("edits", json.dumps(project.entity_edits(), ensure_ascii=False, separators=(",", ":"))))


def _write_document(db: sqlite3.Connection, position: int, record: ProjectDocument, extracted: ExtractedDocument) -> None:
    doc = record.document
    db.execute(
        "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            record.hash, position, _name(doc.path), _name(doc.title), _name(doc.text), _iso(doc.date), doc.date_source,
            _iso(record.user_date), _json(dict(record.sidecar)), _json(dict(record.metadata)),
            "",  # the expressions are columns (schema 4)
        ),
    )
    db.executemany(
        "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?)",
        [(record.hash, i, e.id, e.timex_start, e.timex_end, "") for i, e in enumerate(extracted.events)],
    )


#: Column-name prefix of the events' actors and places as the saved annotation labels them.
LABEL = "label."


def _write_columns(db: sqlite3.Connection, events: Sequence[Sequence[Event]], timexes: Sequence[Sequence[Timex]],
                   project: Project | None = None) -> None:
    """The columns of :func:`_column_blobs`, in parts (schema 6)."""
    write_parts(db, "event_columns", sorted(_column_blobs(events, timexes, project).items()))


def _column_blobs(events: Sequence[Sequence[Event]], timexes: Sequence[Sequence[Timex]],
                  project: Project | None = None) -> dict[str, bytes]:
    """Every event's fields as columns, documents in order (see :mod:`explorer.store.columns`); with
    an annotation, also each event's actors and places as it labels them, so that opening shows
    them without labelling every event again (issue 16: a third of opening a 100k project)."""
    counts = np.asarray([len(doc_events) for doc_events in events], np.int64)
    flat = [e for doc_events in events for e in doc_events]
    blobs = {**pack(flat), "doc.events": counts.tobytes(), **pack_timexes(timexes)}
    if project is not None and project.actor_index is not None:
        labelled = {row.event.id: row.event for row in project.rows(include_hidden=True)}
        shown = [labelled.get(e.id, e) for e in flat]
        for name in ("actors", "places"):
            blobs.update({LABEL + key: blob for key, blob in pack_names(name, [getattr(e, name) for e in shown]).items()})
    return blobs


class _Stored:
    """What a schema-4 file's columns give on opening: every event and expression as columns
    (records made per document when first read), each document's rows, and whether the file
    has the saved labels."""

    def __init__(self, events: StoredEvents, timexes: StoredTimexes, hashes: Sequence[str], counts: Sequence[int]) -> None:
        self.events, self.timexes = events, timexes
        self.counts = counts
        starts = np.concatenate([[0], np.cumsum(np.asarray(counts, np.int64))]).tolist()
        self.index = {h: i for i, h in enumerate(hashes)}
        self.ranges = {h: (starts[i], starts[i + 1]) for i, h in enumerate(hashes)}

    def extracted(self, doc: Document, doc_hash: str) -> ExtractedDocument:
        """The document with its expressions and events, made when first read."""
        i, (start, stop) = self.index[doc_hash], self.ranges[doc_hash]
        timexes = self.timexes
        return ExtractedDocument(doc, LazyTuple(int(timexes.per_doc[i]), lambda: timexes.of_document(i)),
                                 self.events.lazy(start, stop))

    def labelled(self) -> dict[str, LazyTuple]:
        """Each document's events as the saved annotation labels them, made when first read."""
        if not self.events.has_labels:
            return {}
        return {h: self.events.lazy(a, b, labelled=True) for h, (a, b) in self.ranges.items()}


def _read_table(db: sqlite3.Connection, table: str, version: int) -> dict[str, bytes | bytearray]:
    """A columns table as ``{name: blob}``: joined from its parts (schema 6), or one value per
    column (a schema-4 or 5 file opened read-only, so not migrated)."""
    if version >= 6:
        return read_parts(db, table)
    return dict(db.execute(f"SELECT name, data FROM {table}"))


def _read_columns(db: sqlite3.Connection, hashes: Sequence[str], version: int) -> _Stored | dict[str, list[Event]]:
    """The events and expressions of a schema-4 file as columns; a version-3 file's JSON records
    (opened read-only, so not migrated), each document's events by hash."""
    if version < 4:
        events: dict[str, list[Event]] = {}
        for doc_hash, record in db.execute("SELECT doc_hash, record FROM events ORDER BY doc_hash, position"):
            events.setdefault(doc_hash, []).append(event_from_json(record))
        return events
    blobs = _read_table(db, "event_columns", version)
    timex_blobs = {name: blobs.pop(name) for name in [n for n in blobs if n.startswith("expr.")]}
    timexes = StoredTimexes(timex_blobs)
    if len(timexes) != len(hashes):
        raise ValueError(f"the expression columns name {len(timexes)} documents, the file has {len(hashes)}")
    label_blobs = {name[len(LABEL):]: blobs.pop(name) for name in [n for n in blobs if n.startswith(LABEL)]}
    counts = np.frombuffer(blobs.pop("doc.events", b""), np.int64).tolist()
    if len(counts) != len(hashes):
        raise ValueError(f"the event columns name {len(counts)} documents, the file has {len(hashes)}")
    rows = db.execute("SELECT count(*) FROM events").fetchone()[0]
    if rows != sum(counts):
        raise ValueError(f"the event columns hold {sum(counts)} events, the events table {rows}")
    events_ = StoredEvents(blobs, sum(counts), label_blobs or None)
    return _Stored(events_, timexes, hashes, counts)


def load(path: str | os.PathLike[str]) -> Project:
    """The project in ``path``; any failure is one :class:`ProjectFileError` naming the file and why.

    Nothing is left behind on failure (a ``-wal``/``-shm`` pair SQLite created is removed). A file
    in a place that cannot be written (read-only folder or file) opens read-only: ``read_only`` is
    set, the project can be browsed and exported, and saving over it asks for another name."""
    path = os.fspath(path)
    shown = printable_path(path)
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise ProjectFileError(f"{shown}: no such project file") from None
    except OSError as err:
        raise ProjectFileError(f"{shown}: cannot be opened ({why_open_failed(err)})") from err
    if not stat.S_ISREG(mode):
        raise ProjectFileError(f"{shown}: not a project file (not a regular file)")
    sidecars = [f"{path}-wal", f"{path}-shm"]
    existed = {name: os.path.exists(name) for name in sidecars}
    try:
        writable = is_writable_place(path)
        try:
            with no_cyclic_gc():
                return _load(path, read_only=not writable)
        except sqlite3.OperationalError as err:
            if not writable or not _no_room(err, path):
                raise
            _remove_new_log(sidecars, existed)
            # No room for the log a writer needs: browse and export it, save it elsewhere.
            project = _load(path, read_only=True)
            project.read_only_reason = "the disk is full"
            return project
    except ProjectFileError:
        raise
    except Exception as err:  # noqa: BLE001 - any damage is a message naming the file, never a traceback
        raise ProjectFileError(f"{shown}: cannot be opened: {why_open_failed(err)}") from err
    finally:
        _remove_new_log(sidecars, existed)


def _no_room(err: sqlite3.OperationalError, path: str) -> bool:
    """Whether SQLite failed for want of space (it reports a full tmpfs as an I/O error on its
    shared-memory file, not as "disk is full")."""
    if getattr(err, "sqlite_errorname", "") == "SQLITE_FULL" or "full" in str(err):
        return True
    try:
        room = os.statvfs(os.path.dirname(os.path.abspath(path)) or ".")
    except (OSError, AttributeError):
        return False
    return getattr(err, "sqlite_errorname", "").startswith("SQLITE_IOERR") and room.f_bavail * room.f_frsize < 64 * 1024


def _remove_new_log(sidecars: list[str], existed: dict[str, bool]) -> None:
    """Remove a ``-wal``/``-shm`` pair that opening created and left behind (a failed open), but only
    while the log holds nothing: a log with pages in it is someone's unsaved transaction."""
    wal, shm = sidecars
    if existed[wal] or not os.path.exists(wal):
        return
    try:
        if os.path.getsize(wal) == 0:
            os.remove(wal)
            if not existed[shm] and os.path.exists(shm):
                os.remove(shm)
    except OSError:
        pass


def _loads(text: str, kind: type) -> Any:
    """A JSON column that must hold a ``kind`` (a damaged file may hold anything). ``{}`` (most
    documents' sidecar and metadata) is made without the parser."""
    if text == "{}" and kind is dict:
        return {}
    value = json.loads(text)
    if not isinstance(value, kind):
        raise TypeError(f"expected a JSON {kind.__name__}, found {type(value).__name__}")
    return value


def _expect(record: object, kind: type, *names: str) -> None:
    for name in names:
        value = getattr(record, name)
        if not isinstance(value, kind):
            raise TypeError(f"{name} is {type(value).__name__}, not {kind.__name__}")


def _load(path: str, read_only: bool) -> Project:
    _probe(path, read_only)
    if read_only:
        # No log can be written beside it: read the file as it is, without touching its journal.
        db = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, isolation_level=None)
    else:
        db = _connect(path)
    try:
        version = _check(db, path)
        if version < SCHEMA_VERSION and not read_only:
            _keep_older_schema_copy(path)
            db.execute("BEGIN IMMEDIATE")
            try:
                _migrate(db, version)
                db.execute("COMMIT")
            except BaseException:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise
        project = Project(path)
        project.read_only = read_only
        project.info = dict(db.execute("SELECT key, value FROM info"))
        hashes = [h for (h,) in db.execute("SELECT hash FROM documents ORDER BY position")]
        stored = _read_columns(db, hashes, version if read_only else SCHEMA_VERSION)  # read-only: not migrated
        # In the table's order, then sorted here: "ORDER BY position" (no index) copied every text
        # through a temporary b-tree (0.17 s of the 0.28 s of reading 1M events' 98 MB of texts).
        rows = sorted(db.execute(
            "SELECT position, hash, path, title, text, date, date_source, user_date, sidecar, metadata, timexes FROM documents"
        ), key=itemgetter(0))
        documents: list[tuple[ProjectDocument, ExtractedDocument]] = []
        texts: list[str] = []
        for _, doc_hash, doc_path, title, text, day, source, user_date, sidecar, metadata, timexes in rows:
            doc = Document(_unname(doc_path), _unname(text), _unname(title), _day(day), source)
            _expect(doc, str, "path", "text", "title")
            texts.append(doc.text)
            if isinstance(stored, _Stored):
                extracted = stored.extracted(doc, doc_hash)
            else:
                extracted = ExtractedDocument(doc, tuple(_timex_from_dict(t) for t in _loads(timexes, list)),
                                              tuple(stored.get(doc_hash, ())))
            documents.append((ProjectDocument(doc_hash, doc, _loads(sidecar, dict), _loads(metadata, dict), _day(user_date)), extracted))
        if isinstance(stored, _Stored):
            stored.events.share_sentences(texts, stored.counts)
        edits = {
            SpanKey(doc_hash, start, end): EventEdit.from_json(json.loads(record))
            for doc_hash, start, end, record in db.execute("SELECT doc_hash, timex_start, timex_end, record FROM edits")
        }
        previous = [PreviousText(*row) for row in db.execute("SELECT hash, path, title, text, successor FROM previous_texts")]
        project.restore(documents, edits, previous)
        if isinstance(stored, _Stored):
            project.keep_stored(stored.events, stored.ranges)
        project.problems = [ReadError(_unname(p), reason) for p, reason in db.execute("SELECT path, reason FROM problems")]
        annotations = dict(db.execute("SELECT name, record FROM annotations"))
        # a file opened read-only is not migrated: its index may still be the JSON row
        saved_as = version if read_only else SCHEMA_VERSION
        actor_blobs = _read_table(db, "actor_columns", saved_as) if saved_as >= 5 else {}
    finally:
        db.close()
    project.restore_entity_edits(json.loads(annotations.get("edits", "[]")))
    if actor_blobs or "index" in annotations:  # saved with the user's edits applied
        index = unpack_index(actor_blobs) if actor_blobs else index_from_json(json.loads(annotations["index"]))
        project.set_annotation(index,
                               groups_from_json(json.loads(annotations.get("groups", "[]"))), replay=False)
        project.restore_labels(stored.labelled() if isinstance(stored, _Stored) else {})  # as that index labelled them when saved
    project.mark_saved()
    if not read_only or version == SCHEMA_VERSION:  # an older file read as it is is written whole
        project.remember_file(labels=isinstance(stored, _Stored) and stored.events.has_labels)
    return project
