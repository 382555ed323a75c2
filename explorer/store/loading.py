"""Opening a project file (:func:`load`): any failure is one :class:`ProjectFileError` naming the
file and why, and nothing is left behind. A file in a place that cannot be written opens read-only;
an older file is upgraded in place (a copy kept) unless it is read-only, then read as it is. The
events stay columns until a document's rows are asked for.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from operator import itemgetter

from explorer.store.failures import ProjectFileError, is_writable_place, why_open_failed
from explorer.curation.model import EventEdit, SpanKey
from explorer.curation.orphans import PreviousText
from explorer.documents import Document, ReadError
from explorer.documents.reader import printable_path
from explorer.ingest.extract import ExtractedDocument
from explorer.store.bulk import no_cyclic_gc
from explorer.store.annotation_json import groups_from_json, index_from_json
from explorer.store.event_tables import _read_columns, _read_table, _Stored
from explorer.store.index_columns import unpack_index
from explorer.store.project import Project
from explorer.store.project_records import ProjectDocument
from explorer.store import sqlite  # SCHEMA_VERSION read at call time: a test adds a migration there
from explorer.store.record_json import _day, _expect, _loads, _timex_from_dict, _unname
from explorer.store.sqlite import _check, _connect, _keep_older_schema_copy, _migrate, _probe, write_transaction


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


def _load(path: str, read_only: bool) -> Project:
    _probe(path, read_only)
    if read_only:
        # No log can be written beside it: read the file as it is, without touching its journal.
        db = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, isolation_level=None)
    else:
        db = _connect(path)
    try:
        version = _check(db, path)
        if version < sqlite.SCHEMA_VERSION and not read_only:
            _keep_older_schema_copy(path)
            with write_transaction(db):
                _migrate(db, version)
        project = Project(path)
        project.read_only = read_only
        project.info = dict(db.execute("SELECT key, value FROM info"))
        hashes = [h for (h,) in db.execute("SELECT hash FROM documents ORDER BY position")]
        stored = _read_columns(db, hashes, version if read_only else sqlite.SCHEMA_VERSION)  # read-only: not migrated
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
        act = "act" if (version if read_only else sqlite.SCHEMA_VERSION) >= 7 else "0"  # a file read as it is
        edits = {
            SpanKey(doc_hash, start, end, nth): EventEdit.from_json(json.loads(record))
            for doc_hash, start, end, nth, record in db.execute(f"SELECT doc_hash, timex_start, timex_end, {act}, record FROM edits")
        }
        previous = [PreviousText(*row) for row in db.execute("SELECT hash, path, title, text, successor FROM previous_texts")]
        project.restore(documents, edits, previous)
        if isinstance(stored, _Stored):
            project.keep_stored(stored.events, stored.ranges)
        project.problems = [ReadError(_unname(p), reason) for p, reason in db.execute("SELECT path, reason FROM problems")]
        annotations = dict(db.execute("SELECT name, record FROM annotations"))
        # a file opened read-only is not migrated: its index may still be the JSON row
        saved_as = version if read_only else sqlite.SCHEMA_VERSION
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
    if not read_only or version == sqlite.SCHEMA_VERSION:  # an older file read as it is is written whole
        project.remember_file(labels=isinstance(stored, _Stored) and stored.events.has_labels)
    return project
