"""The project: documents, their extracted events and the user's edits, in one Qt-free object.

:meth:`Project.events` returns the :class:`~explorer.events.record.Event` records with the edits
applied (``dataclasses.replace``); the rest of the curation state (lane, star, tags, note, rejected,
merged sources) sits beside each event in a :class:`~explorer.curation.model.Curation` record, keyed
by event id. Listeners are plain callables receiving a :class:`~explorer.store.project_records.Change`;
a Qt model maps them to signals, one batch per document.

The object holds the state and its caches. Its methods come in parts by what they hold: the
curation state and the rows shown are here; what the file holds and what opening puts back
(:class:`~explorer.store.file_state.FileState`), the documents and their paths
(:class:`~explorer.store.project_documents.ProjectDocuments`) and the actor index, groups and the
user's entity edits (:class:`~explorer.store.who_and_where.WhoAndWhere`) are mixins of it, over the
same state. How an edit changes an event and what its row shows
(:mod:`explorer.store.edited_events`), the fast paths that patch cached rows
(:mod:`explorer.store.in_place_edits`), edits following a changed text
(:mod:`explorer.store.carried_edits`), the entity edit log (:mod:`explorer.store.entity_log`), the
event id index (:mod:`explorer.store.id_prefixes`) and the records it hands out
(:mod:`explorer.store.project_records`, :mod:`explorer.store.saved_state`) live beside it.
"""

from __future__ import annotations

import os
from typing import Callable, Mapping, Sequence

from explorer.curation.commands import Command, UndoStack
from explorer.curation.model import Curation, EventEdit, SpanKey
from explorer.curation.orphans import PreviousText
from explorer.documents import ReadError
from explorer.entities.grouping import EventGroup
from explorer.entities.index import ActorIndex
from explorer.events.record import Event
from explorer.ingest.extract import ExtractedDocument
from explorer.store.carried_edits import follow, follow_edit
from explorer.store.edited_events import document_events, document_rows
from explorer.store.entity_log import LoggedEdit
from explorer.store.file_state import FileState
from explorer.store.id_prefixes import index_prefixes
from explorer.store.in_place_edits import set_events, set_flags
from explorer.store.path_index import PathIndex
from explorer.store.project_documents import ProjectDocuments
from explorer.store.project_records import Change, ProjectDocument, Row, same_path
from explorer.store.saved_state import SavedState
from explorer.store.stored_events import StoredEvents
from explorer.store.who_and_where import WhoAndWhere


class Project(FileState, ProjectDocuments, WhoAndWhere):
    """The source of truth for one analyst's timeline. Not thread-safe: use from one thread."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path: str | None = os.fspath(path) if path is not None else None
        self._docs: dict[str, ProjectDocument] = {}
        self._by_path = PathIndex()  # which documents each path holds: an add looks up, not through all
        self._extracted: dict[str, ExtractedDocument] = {}
        self._edits: dict[SpanKey, EventEdit] = {}
        # Texts replaced by a changed file (or removed), kept while orphaned edits point into them
        self._previous: dict[str, PreviousText] = {}
        self._moved: dict[SpanKey, SpanKey] = {}  # edits carried to a new text: old key -> new key
        self.problems: list[ReadError] = []
        self.info: dict[str, str] = {}
        #: Opened from a file or folder that cannot be written: browse and export, Save As elsewhere.
        self.read_only = False
        #: why it is read-only when that is not the place itself (say, a full disk), for the refusal to save
        self.read_only_reason: str | None = None
        self.undo_stack = UndoStack(self)
        #: Who and where (found by ``explorer.store.importing.annotate_project`` or the app's worker,
        #: then edited by the user): saved with the project, so reopening needs no new annotation.
        self._index: ActorIndex | None = None
        self._groups: list[EventGroup] = []
        #: The user's merges, splits and ungroups, in order, done again on a new annotation.
        self._entity_log: list[LoggedEdit] = []
        self._listeners: list[Callable[[Change], None]] = []
        # Caches, rebuilt per document on change, so an edit costs one document, not the project.
        self._rows: list[Row] | None = None
        self._by_id: dict[str, Row] = {}
        self._row_pos: dict[str, int] = {}  # event id -> position in ``_rows``
        self._edits_by_doc: dict[str, dict[SpanKey, EventEdit]] = {}
        self._drafts: dict[str, dict[SpanKey, tuple[Event, EventEdit]]] = {}
        self._doc_rows: dict[str, list[Row]] = {}
        #: (actors, places) of each document's extracted events as the annotation labelled them when
        #: the file was saved (:meth:`restore_labels`): read, not found again, until who and where change.
        self._saved_labels: dict[str, Sequence[Event]] = {}
        #: (actors, places) by event id as the annotating worker labelled each document's extracted
        #: events (:meth:`set_annotation` ``labels``): taken instead of labelling on the caller's
        #: thread (the GUI's: 1.3 ms an event, seconds at 10k) until that document's who and where change.
        self._found_labels: dict[str, Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {}
        self._found_pending: dict[str, Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]]] | None = None
        #: The columns the project was read from, and per document its rows there while it keeps
        #: the events read (``keep_stored``): (start, stop, its events as read).
        self._stored: StoredEvents | None = None
        self._stored_docs: dict[str, tuple[int, int, Sequence[Event]]] = {}
        #: What the file last opened or saved holds (:meth:`remember_file`), so that a save can keep
        #: what has not changed since instead of writing every event again (:meth:`unchanged_in_file`).
        self._in_file: SavedState | None = None
        self._entities_generation = 0  # bumped by every change of who and where (``entities_changed``)
        self._doc_of_prefix: dict[str, str] | None = None  # event id prefix -> document (see ``row``)
        self._docs_sharing_prefix: dict[str, list[str]] = {}  # a prefix's other documents, if any
        self._dirty = False

    # -- opening and saving ---------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> "Project":
        from explorer.store.loading import load

        return load(path)

    def save(self, path: str | os.PathLike[str] | None = None, progress: Callable[[int, int], None] | None = None) -> None:
        """Save to ``path`` (Save As) or to the file it came from, in one transaction."""
        from explorer.store.saving import save

        target = os.fspath(path) if path is not None else self.path
        if target is None:
            raise ValueError("this project has no file yet: give a path")
        save(self, target, progress=progress)
        if not same_path(target, self.path):
            self.read_only = False  # saved somewhere writable: that file is ours now
        self.path = target
        self._dirty = False
        self.undo_stack.set_clean()
        self.remember_file(labels=self._index is not None)

    def mark_saved(self) -> None:
        """What is in memory is what the file holds (after opening or saving)."""
        self._dirty = False
        self.undo_stack.set_clean()

    @property
    def is_modified(self) -> bool:
        return self._dirty or not self.undo_stack.is_clean

    # -- listeners ------------------------------------------------------------------------------

    def subscribe(self, listener: Callable[[Change], None]) -> Callable[[], None]:
        """Call ``listener(change)`` after every change; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _changed(self, change: Change, work: bool = True) -> None:
        """Caches of the changed documents are dropped and listeners told; ``work=False``: a change
        that is nobody's work (see ``set_annotation``'s ``found_again``) leaves the project unmodified."""
        self._rows = None
        if change.kind in ("documents", "order", "reset"):
            self._doc_of_prefix = None  # an id prefix's first document may be another now
        if change.kind == "reset":
            self._saved_labels.clear()
            self._found_labels.clear()
            self._edits_by_doc = {}
            for key, edit in self._edits.items():
                self._edits_by_doc.setdefault(key.doc_hash, {})[key] = edit
            self._drafts.clear()
            self._doc_rows.clear()
        else:
            for doc_hash in change.docs:
                if change.kind in ("documents", "entities"):
                    self._saved_labels.pop(doc_hash, None)  # new text or events, or new who and where
                    self._found_labels.pop(doc_hash, None)
                self._drafts.pop(doc_hash, None)
                self._doc_rows.pop(doc_hash, None)
            for doc_hash, doc_edits in self._edits_by_doc.items():  # merges look into other documents
                if any(e.absorbed or e.merged_into for e in doc_edits.values()):
                    self._doc_rows.pop(doc_hash, None)
        if self._found_pending is not None:  # a new annotation's own labels (``set_annotation``)
            self._found_labels, self._found_pending = self._found_pending, None
        self._dirty = self._dirty or work
        for listener in list(self._listeners):
            listener(change)

    # -- the curation state the commands change --------------------------------------------------

    def get_edit(self, key: SpanKey) -> EventEdit:
        return self._edits.get(key, EventEdit())

    def set_edit(self, key: SpanKey, edit: EventEdit) -> None:
        self.set_edits([(key, edit)])

    def set_edits(self, changes: Sequence[tuple[SpanKey, EventEdit]]) -> None:
        if self._moved:
            changes = [(follow(key, self._docs, self._moved), follow_edit(edit, self._docs, self._moved))
                       for key, edit in changes]
        if set_flags(self, changes) or set_events(self, changes):
            return
        for key, edit in changes:
            self._store_edit(key, edit)
        self._changed(Change("events", tuple(dict.fromkeys(key.doc_hash for key, _ in changes)),
                             tuple(key for key, _ in changes)))

    def _store_edit(self, key: SpanKey, edit: EventEdit) -> None:
        """Keep ``edit`` (an empty one removes the key) in both indexes: all edits, and by document."""
        doc_edits = self._edits_by_doc.setdefault(key.doc_hash, {})
        if edit.is_empty:
            self._edits.pop(key, None)
            doc_edits.pop(key, None)
        else:
            self._edits[key] = edit
            doc_edits[key] = edit

    def edits(self) -> dict[SpanKey, EventEdit]:
        return dict(self._edits)

    def apply(self, command: Command) -> None:
        """Run an edit through the undo stack (what the Edit menu's actions do)."""
        self.undo_stack.push(command)

    # -- events with the edits applied ----------------------------------------------------------

    def rows(self, include_hidden: bool = False) -> list[Row]:
        if self._rows is None:
            self._rows = [row for doc_hash in self._docs for row in self._rows_of(doc_hash)]
            self._by_id = {row.event.id: row for row in self._rows}
            self._row_pos = {row.event.id: i for i, row in enumerate(self._rows)}
        return self._rows if include_hidden else [row for row in self._rows if not row.hidden]

    def rows_of_document(self, doc_hash: str) -> list[Row]:
        """One document's shown rows (as in :meth:`rows`), without building every document's."""
        return [row for row in self._rows_of(doc_hash) if not row.hidden] if doc_hash in self._docs else []

    def events(self, include_rejected: bool = False) -> list[Event]:
        return [row.event for row in self.rows() if include_rejected or not row.curation.rejected]

    def row(self, event_id: str) -> Row:
        if self._rows is None:  # look in the event's document only: no row of any other is made
            found = self._row_in_document(event_id)
            if found is not None:
                return found
        self.rows(include_hidden=True)  # builds the caches once; no copy of the list
        try:
            return self._by_id[event_id]
        except KeyError:
            raise KeyError(f"no event {event_id!r} in this project") from None

    def _row_in_document(self, event_id: str) -> Row | None:
        """The row of ``event_id`` found through its document (an id starts with its document's
        key, see :func:`explorer.events.event_ids.document_key`), or None when that does not find it."""
        prefix = event_id[:event_id.rfind("#")] if "#" in event_id else event_id
        if self._doc_of_prefix is None or prefix not in self._doc_of_prefix:
            self._index_prefixes()
        first = self._doc_of_prefix.get(prefix)  # type: ignore[union-attr]
        if first is None:
            return None
        for doc_hash in (first, *self._docs_sharing_prefix.get(prefix, ())):
            found = next((row for row in self._rows_of(doc_hash) if row.event.id == event_id), None)
            if found is not None:
                return found
        return None

    def _index_prefixes(self) -> None:
        """Index each event id prefix's document (:func:`explorer.store.id_prefixes.index_prefixes`)."""
        self._doc_of_prefix, self._docs_sharing_prefix = index_prefixes(
            self._docs, self._extracted, self._stored, self._stored_docs)

    def row_at(self, key: SpanKey) -> Row | None:
        """The row of the event whose expression is ``key`` (None if it has none)."""
        drafts = self._drafts_of(key.doc_hash) if key.doc_hash in self._docs else {}
        found = drafts.get(key)
        if found is None:
            return None
        if self._rows is None:  # its document's rows, not every document's
            return next((row for row in self._rows_of(key.doc_hash) if row.event.id == found[0].id), None)
        return self._by_id.get(found[0].id)

    def event(self, event_id: str) -> Event:
        return self.row(event_id).event

    def curation(self, event_id: str) -> Curation:
        return self.row(event_id).curation

    def curations(self) -> dict[str, Curation]:
        return {row.event.id: row.curation for row in self.rows(include_hidden=True)}

    def edited_curations(self) -> dict[str, Curation]:
        """The curations of the events that have an edit (the others have the default one: no
        tag, no lane, no star): what the tag and lane choices list, without a row per event."""
        out: dict[str, Curation] = {}
        for doc_hash, doc_edits in self._edits_by_doc.items():
            if doc_hash in self._docs and doc_edits:
                out.update((row.event.id, row.curation) for row in self._rows_of(doc_hash) if row.key in doc_edits)
        return out

    def orphaned_edits(self) -> list[tuple[SpanKey, EventEdit]]:
        """Edits whose document or expression is no longer in the project: kept, never dropped."""
        return [
            (key, edit) for key, edit in self._edits.items()
            if key.doc_hash not in self._docs or key not in self._drafts_of(key.doc_hash)
        ]  # per edit, not per event: the Orphaned Edits dock asks after every change

    def _drafts_of(self, doc_hash: str) -> dict[SpanKey, tuple[Event, EventEdit]]:
        if doc_hash not in self._drafts:
            edits = self._edits_by_doc.get(doc_hash, {})
            drafts = self._document_events(self._docs[doc_hash], self._extracted[doc_hash], edits)
            self._drafts[doc_hash] = {key: (event, edit) for event, key, edit in drafts}
        return self._drafts[doc_hash]

    def _lookup(self, key: SpanKey) -> Event | None:
        if key.doc_hash not in self._docs:
            return None
        found = self._drafts_of(key.doc_hash).get(key)
        return found[0] if found else None

    def _rows_of(self, doc_hash: str) -> list[Row]:
        if doc_hash in self._doc_rows:
            return self._doc_rows[doc_hash]
        rows = document_rows(self._drafts_of(doc_hash), self._lookup)
        self._doc_rows[doc_hash] = rows
        return rows

    def _document_events(
        self, record: ProjectDocument, extracted: ExtractedDocument, edits: Mapping[SpanKey, EventEdit]
    ) -> list[tuple[Event, SpanKey, EventEdit]]:
        return document_events(record, extracted, edits, self._index, self._saved_labels.get(record.hash),
                               self._found_labels.get(record.hash))
