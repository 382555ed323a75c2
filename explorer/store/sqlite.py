"""The project file: one SQLite database (``.tlproj``), WAL mode, saved in one transaction.

A save replaces the whole content inside a single ``BEGIN IMMEDIATE … COMMIT``; SQLite's write-ahead
log makes that atomic, so a crash or ``kill -9`` in the middle leaves the last saved state. Saving
to a new file writes a temporary file beside it and renames it into place.

Schema changes are an ordered list of migrations; ``PRAGMA user_version`` is the number applied.
A file from a newer program (higher version) is refused rather than half-read.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import fields
from pathlib import Path
from datetime import date
from typing import Any, Callable

from explorer import __version__
from explorer.curation.model import EventEdit, SpanKey
from explorer.documents import Document, ReadError
from explorer.events.record import FIELDS, Event
from explorer.ingest.extract import ExtractedDocument
from explorer.store.annotation_json import groups_from_json, groups_to_json, index_from_json, index_to_json
from explorer.store.project import SUFFIX, Project, ProjectDocument
from explorer.temporal.timex import Timex

#: "TLPR": marks a SQLite file as ours.
APPLICATION_ID = 0x544C5052


class ProjectFileError(Exception):
    """A file that is not a project, or one from a newer version of the program."""


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


#: Migration ``i`` takes a file from version ``i`` to ``i + 1``. Append, never edit.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2]
SCHEMA_VERSION = len(MIGRATIONS)


def _connect(path: str) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level=None)  # transactions are explicit
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    return db


def _check(db: sqlite3.Connection, path: str) -> int:
    try:
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as err:
        raise ProjectFileError(f"{path}: not a project file ({err})") from err
    # Only an empty database (one just created) may lack our id: any other is someone else's file.
    foreign = app_id == 0 and (version != 0 or db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
    if app_id not in (0, APPLICATION_ID) or foreign:
        raise ProjectFileError(f"{path}: not a Timeline Explorer project (an SQLite database of another program)")
    if version > SCHEMA_VERSION:
        raise ProjectFileError(f"{path}: made by a newer version of Timeline Explorer (schema {version}); please update")
    return version


def _migrate(db: sqlite3.Connection, version: int) -> None:
    """Run inside the caller's transaction: a failed migration leaves the file as it was."""
    for step in MIGRATIONS[version:]:
        step(db)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def _probe(path: str) -> None:
    """Refuse a file that is not ours before anything (even the journal mode) is changed in it."""
    with open(path, "rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise ProjectFileError(f"{path}: not a project file")
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
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


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def event_to_json(event: Event) -> str:
    return json.dumps(event.to_dict(), ensure_ascii=False, separators=(",", ":"))


#: The record's field types as written (``from __future__ import annotations``: strings).
_EVENT_TYPES = {f.name: str(f.type) for f in fields(Event)}


def _field_from_json(kind: str, value: Any) -> Any:
    """A JSON value back to the record's type, read off the field's annotation, so a field added to
    the record (a day, a list of names) is saved and opened without touching this file."""
    if value is None:
        return None
    if isinstance(value, list):
        return tuple(value)
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
    return Event(**data)


_TIMEX_FIELDS = {f.name: str(f.type) for f in fields(Timex)}


def _plain(value: Any) -> Any:
    if isinstance(value, Timex):
        return _timex_to_dict(value)
    if isinstance(value, date):
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
            value = date.fromisoformat(value)
        data[name] = value
    return Timex(**data)


# -- save and load -------------------------------------------------------------------------------


def save(project: Project, path: str | os.PathLike[str], progress: Callable[[int, int], None] | None = None) -> None:
    """Write the whole project in one transaction. ``progress(done, total)`` is called per document."""
    path = os.fspath(path)
    if _is_project(path):
        _write(project, path, progress)
        return
    temporary = f"{path}.saving"
    for leftover in (temporary, f"{temporary}-wal", f"{temporary}-shm"):
        if os.path.exists(leftover):
            os.remove(leftover)
    _write(project, temporary, progress)
    os.replace(temporary, path)


def _write(project: Project, path: str, progress: Callable[[int, int], None] | None) -> None:
    db = _connect(path)
    try:
        db.execute("BEGIN IMMEDIATE")
        try:
            _migrate(db, _check(db, path))
            for table in ("info", "documents", "events", "edits", "problems", "annotations"):
                db.execute(f"DELETE FROM {table}")
            info = {**project.info, "program_version": __version__}
            info.setdefault("created_by", __version__)
            db.executemany("INSERT INTO info VALUES (?, ?)", sorted(info.items()))
            documents = project.documents()
            for position, record in enumerate(documents):
                _write_document(db, position, record, project.extracted(record.hash))
                if progress:
                    progress(position + 1, len(documents))
            db.executemany(
                "INSERT INTO edits VALUES (?, ?, ?, ?)",
                [(k.doc_hash, k.start, k.end, json.dumps(e.to_json(), ensure_ascii=False)) for k, e in project.edits().items()],
            )
            db.executemany("INSERT INTO problems VALUES (?, ?)", [(p.path, p.reason) for p in project.problems])
            if project.actor_index is not None:
                db.executemany("INSERT INTO annotations VALUES (?, ?)", [
                    ("index", json.dumps(index_to_json(project.actor_index), ensure_ascii=False, separators=(",", ":"))),
                    ("groups", json.dumps(groups_to_json(project.groups), ensure_ascii=False, separators=(",", ":"))),
                ])
            if project.entity_edits():
                db.execute("INSERT INTO annotations VALUES (?, ?)",
                           ("edits", json.dumps(project.entity_edits(), ensure_ascii=False, separators=(",", ":"))))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        project.info = info
    finally:
        db.close()  # the last connection checkpoints the log into the main file


def _write_document(db: sqlite3.Connection, position: int, record: ProjectDocument, extracted: ExtractedDocument) -> None:
    doc = record.document
    db.execute(
        "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            record.hash, position, doc.path, doc.title, doc.text, _iso(doc.date), doc.date_source, _iso(record.user_date),
            json.dumps(dict(record.sidecar), ensure_ascii=False), json.dumps(dict(record.metadata), ensure_ascii=False),
            json.dumps([_timex_to_dict(t) for t in extracted.timexes], ensure_ascii=False, separators=(",", ":")),
        ),
    )
    db.executemany(
        "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?)",
        [(record.hash, i, e.id, e.timex_start, e.timex_end, event_to_json(e)) for i, e in enumerate(extracted.events)],
    )


def load(path: str | os.PathLike[str]) -> Project:
    path = os.fspath(path)
    if not os.path.isfile(path):
        raise FileNotFoundError(path)
    _probe(path)
    db = _connect(path)
    try:
        db.execute("BEGIN IMMEDIATE")
        try:
            version = _check(db, path)
            if version < SCHEMA_VERSION:
                _migrate(db, version)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        project = Project(path)
        project.info = dict(db.execute("SELECT key, value FROM info"))
        events: dict[str, list[Event]] = {}
        for doc_hash, record in db.execute("SELECT doc_hash, record FROM events ORDER BY doc_hash, position"):
            events.setdefault(doc_hash, []).append(event_from_json(record))
        rows = db.execute(
            "SELECT hash, path, title, text, date, date_source, user_date, sidecar, metadata, timexes FROM documents ORDER BY position"
        )
        documents: list[tuple[ProjectDocument, ExtractedDocument]] = []
        for doc_hash, doc_path, title, text, day, source, user_date, sidecar, metadata, timexes in rows:
            doc = Document(doc_path, text, title, _day(day), source)
            extracted = ExtractedDocument(
                doc, tuple(_timex_from_dict(t) for t in json.loads(timexes)), tuple(events.get(doc_hash, ()))
            )
            documents.append((ProjectDocument(doc_hash, doc, json.loads(sidecar), json.loads(metadata), _day(user_date)), extracted))
        edits = {
            SpanKey(doc_hash, start, end): EventEdit.from_json(json.loads(record))
            for doc_hash, start, end, record in db.execute("SELECT doc_hash, timex_start, timex_end, record FROM edits")
        }
        project.restore(documents, edits)
        project.problems = [ReadError(p, reason) for p, reason in db.execute("SELECT path, reason FROM problems")]
        annotations = dict(db.execute("SELECT name, record FROM annotations"))
    finally:
        db.close()
    project.restore_entity_edits(json.loads(annotations.get("edits", "[]")))
    if "index" in annotations:  # saved with the user's edits applied
        project.set_annotation(index_from_json(json.loads(annotations["index"])),
                               groups_from_json(json.loads(annotations.get("groups", "[]"))), replay=False)
    project.mark_saved()
    return project
