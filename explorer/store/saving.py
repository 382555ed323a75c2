"""Saving a project into its file (:func:`save`), in one transaction.

A save replaces the content inside a single ``BEGIN IMMEDIATE … COMMIT``; SQLite's write-ahead
log makes that atomic, so a crash or ``kill -9`` in the middle leaves the last saved state. Saving
to a new file writes a temporary file beside it and renames it into place. A save over a file
another program saved since is refused; a save that finds the file still holding the project's
documents and events writes only what changed.
"""

from __future__ import annotations

import json
import os
import sqlite3
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from explorer import __version__
from explorer.store.failures import (
    ProjectConflictError, ProjectFileError, ProjectSaveError, why_save_failed, writer_name,
)
from explorer.store.columns import pack_names, pack_timexes
from explorer.store.appending import append_columns, column_names
from explorer.store.annotation_json import groups_to_json
from explorer.store.event_tables import LABEL, _column_blobs, _write_columns, _write_document
from explorer.store.index_columns import pack_index
from explorer.store.parts import write_parts
from explorer.store.label_columns import pack_label_columns
from explorer.store.project_records import same_path
from explorer.store import sqlite  # SCHEMA_VERSION read at call time: a test adds a migration there
from explorer.store.record_json import _json, _name
from explorer.store.saved_state import InFile
from explorer.store.sqlite import (
    APPLICATION_ID, _check, _connect, _is_project, _keep_older_schema_copy, _migrate, write_transaction,
)

if TYPE_CHECKING:
    from explorer.store.project import Project


#: ``info`` keys written at each save: a fresh token (so a writer can tell the file changed since it
#: read it) and who wrote it (named in the message to the writer who finds it changed).
SAVE_TOKEN = "save_token"
SAVED_BY = "saved_by"


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
    if found is not None and found[0] == token and version == sqlite.SCHEMA_VERSION and app_id == APPLICATION_ID:
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
        with write_transaction(db):
            version = _check(db, path)
            if keep is not None and version != sqlite.SCHEMA_VERSION:
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
        "INSERT INTO edits VALUES (?, ?, ?, ?, ?)",
        [(k.doc_hash, k.start, k.end, k.act, _json(e.to_json())) for k, e in project.edits().items()],
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
