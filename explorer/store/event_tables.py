"""How a project's documents and events sit in its file: a document's rows in ``documents`` and
``events``, and every event's fields (with the saved labels: actors and places as the annotation
labels them) and expressions as the columns of ``event_columns``, written from the records and
read back as columns whose records are made when first asked for.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Sequence

import numpy as np

from explorer.documents import Document
from explorer.events.record import Event
from explorer.ingest.extract import ExtractedDocument
from explorer.store.columns import pack, pack_names, pack_timexes
from explorer.store.parts import read_parts, write_parts
from explorer.store.project_records import ProjectDocument
from explorer.store.record_json import _iso, _json, _name, event_from_json
from explorer.store.stored_events import LazyTuple, StoredEvents, StoredTimexes
from explorer.temporal.timex import Timex

if TYPE_CHECKING:
    from explorer.store.project import Project


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


def _read_table(db: sqlite3.Connection, table: str, version: int, defer: Sequence[str] = ()) -> dict:
    """A columns table as ``{name: blob}``: joined from its parts (schema 6; the columns named in
    ``defer`` left in the file, see :mod:`explorer.store.deferred_text`), or one value per column
    (a schema-4 or 5 file opened read-only, so not migrated)."""
    if version >= 6:
        return read_parts(db, table, defer)
    return dict(db.execute(f"SELECT name, data FROM {table}"))


def _read_columns(db: sqlite3.Connection, hashes: Sequence[str], version: int) -> _Stored | dict[str, list[Event]]:
    """The events and expressions of a schema-4 file as columns; a version-3 file's JSON records
    (opened read-only, so not migrated), each document's events by hash."""
    if version < 4:
        events: dict[str, list[Event]] = {}
        for doc_hash, record in db.execute("SELECT doc_hash, record FROM events ORDER BY doc_hash, position"):
            events.setdefault(doc_hash, []).append(event_from_json(record))
        return events
    # the sentences are checked against the documents' texts at a few rows, then read from them
    blobs = _read_table(db, "event_columns", version, defer=("sentence",))
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
