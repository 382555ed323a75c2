"""The project: documents, their extracted events and the user's edits, in one Qt-free object.

:meth:`Project.events` returns the :class:`~explorer.events.record.Event` records with the edits
applied (``dataclasses.replace``); the rest of the curation state (lane, star, tags, note, rejected,
merged sources) sits beside each event in a :class:`~explorer.curation.model.Curation` record, keyed
by event id. Listeners are plain callables receiving a :class:`Change`; a Qt model maps them to
signals, one batch per document.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Callable, Iterable, Literal, Mapping, Sequence

from explorer import temporal
from explorer.curation.commands import Command, UndoStack
from explorer.curation.model import Curation, EventEdit, SpanKey
from explorer.curation.orphans import PreviousText
from explorer.curation.reanchor import carry_edits
from explorer.curation.user_spans import read_from, shift_like, value_for_span
from explorer.documents import Document, ReadError
from explorer.events.event_ids import document_key
from explorer.events.record import Event
from explorer.entities.commands import EntityEdit, MergeActors, SplitActor, Ungroup, from_record
from explorer.entities.grouping import EventGroup
from explorer.entities.index import ActorIndex
from explorer.events.titles import make_title
from explorer.ingest.extract import ExtractedDocument, extract_document
from explorer.sentences import SentenceIndex
from explorer.store.stored_events import LazyTuple, StoredEvents

if TYPE_CHECKING:
    from explorer.entities.extend import AnnotationDelta

#: The project file's extension.
SUFFIX = ".tlproj"

DateStatus = Literal["found", "given", "inferred", "none"]


def same_path(a: str | None, b: str | None) -> bool:
    """Whether two paths name one file (a save over the project's own file keeps its save token)."""
    return a is not None and b is not None and os.path.abspath(a) == os.path.abspath(b)


def content_hash(text: str) -> str:
    """The identity of a document: the SHA-256 of its text as the app shows it (offsets index it)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class ProjectDocument:
    hash: str
    document: Document  # dated by the last extraction
    sidecar: Mapping[str, str] = field(default_factory=dict)  # date/title hints: sidecar file, importer
    metadata: Mapping[str, str] = field(default_factory=dict)  # what the importer found (author, ...)
    user_date: date | None = None  # set by the user in the app; wins over everything else

    @property
    def date_status(self) -> DateStatus:
        """Whether the document's date was found (header, sidecar), given (by the user), or inferred."""
        source = self.document.date_source
        if self.user_date is not None or source == "given":
            return "given"
        if source in ("header", "dateline", "sidecar", "metadata", "filename"):
            return "found"
        return "inferred" if source == "inferred" else "none"


@dataclass(frozen=True, slots=True)
class Change:
    """What changed: ``kind`` is "documents" (added, removed or re-extracted), "events" (edits),
    "entities" (the actors, places and groups: found again, merged, split, ungrouped; the events'
    ``actors`` and ``places`` of ``docs`` follow) or "reset" (everything, e.g. after opening);
    ``docs`` are the content hashes concerned."""

    kind: Literal["documents", "events", "entities", "reset"]
    docs: tuple[str, ...] = ()
    #: For "events": the events whose edits changed. ``in_place``: only their curation state changed
    #: (star, tags, note, lane): the same events, in the same rows, with new flags, so a view can
    #: update those rows instead of rebuilding all of them.
    keys: tuple[SpanKey, ...] = ()
    in_place: bool = False
    #: For "events": the events of ``keys`` were replaced by new records with the same ids, in the
    #: same rows (a new title or date), so a view can update those rows instead of rebuilding all.
    replaced: bool = False


@dataclass(frozen=True, slots=True)
class Row:
    """One event as shown, with its curation state and the key its edits are stored under."""

    event: Event
    curation: Curation
    key: SpanKey
    hidden: bool = False  # merged into another event


class Project:
    """The source of truth for one analyst's timeline. Not thread-safe: use from one thread."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path: str | None = os.fspath(path) if path is not None else None
        self._docs: dict[str, ProjectDocument] = {}
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
        self._entity_log: list[_LoggedEdit] = []
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
        from explorer.store.sqlite import load

        return load(path)

    def save(self, path: str | os.PathLike[str] | None = None, progress: Callable[[int, int], None] | None = None) -> None:
        """Save to ``path`` (Save As) or to the file it came from, in one transaction."""
        from explorer.store.sqlite import save

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

    def remember_file(self, labels: bool) -> None:
        """The file at :attr:`path` now holds this project as it is (just opened or saved);
        ``labels``: whether its event columns hold the events' actors and places as labelled."""
        if self.path is None:
            self._in_file = None
            return
        docs = tuple(self._docs.values())
        self._in_file = SavedState(
            os.path.abspath(self.path), self.info.get("save_token"), docs, tuple(self._extracted[d.hash] for d in docs),
            {h: dict(e) for h, e in self._edits_by_doc.items() if e}, self._index, self._entities_generation, labels,
        )

    def unchanged_in_file(self) -> InFile | None:
        """What the file last opened or saved (``state.path``, holding ``state.token``) already holds
        of what a save would write now, when it holds the documents, the events table and every
        event column but the labels as they are: the same documents in the same order with the same
        extraction. ``annotation``: the actor index and groups are to be written again;
        ``labels``: some events' actors and places changed (a merge or split of actors), so the
        label columns are (:meth:`label_sources`). ``added``: documents that follow those the file
        holds (an import), whose rows a save appends. None when a save must write the events again
        (a document removed, re-extracted or re-dated)."""
        state = self._in_file
        if state is None or len(state.docs) > len(self._docs):
            return None
        docs = list(self._docs.values())
        if any(a is not b for a, b in zip(state.docs, docs)):
            return None
        if any(e is not self._extracted[d.hash] for d, e in zip(state.docs, state.extracted)):
            return None
        if (self._index is not None) != state.labels:
            return None
        annotation_same = self._index is state.index and self._entities_generation == state.entities
        relabel = False
        if self._index is not None:
            for doc, extracted in zip(state.docs, state.extracted):
                if not extracted.events or doc.hash in self._saved_labels:
                    continue  # labels read from this file, kept until who and where change for it
                # labelled now from the index: the same as saved while the index and its events are
                if not annotation_same or self._edits_by_doc.get(doc.hash, {}) != state.edits.get(doc.hash, {}):
                    relabel = True
                    break
        added = tuple(d.hash for d in docs[len(state.docs):])
        return InFile(state, not annotation_same, relabel, added)

    def label_sources(self) -> list[tuple[int, int] | list[Event]]:
        """Per document, in order, where a save takes its events' labels (actors and places) from:
        ``(start, stop)``, the rows of the stored columns (:meth:`stored_events`' ``labels``) when
        the document still shows the labels read from the file, else its extracted events labelled
        as its rows show them (what a save from the records writes)."""
        out: list[tuple[int, int] | list[Event]] = []
        stored = self._stored
        for doc_hash in self._docs:
            events = self._extracted[doc_hash].events
            saved = self._saved_labels.get(doc_hash)
            if (stored is not None and stored.has_labels and isinstance(saved, LazyTuple)
                    and self._is_stored(doc_hash)):
                start, stop, _ = self._stored_docs[doc_hash]
                out.append((start, stop))
                continue
            out.append(self.labelled_events(doc_hash))
        return out

    def labelled_events(self, doc_hash: str) -> list[Event]:
        """The document's extracted events with the actors and places its rows show (what a save
        from the records writes in the label columns)."""
        events = self._extracted[doc_hash].events
        labelled = {row.event.id: row.event for row in self._rows_of(doc_hash)} if events else {}
        return [labelled.get(e.id, e) for e in events]

    def restore(self, documents: Iterable[tuple[ProjectDocument, ExtractedDocument]],
                edits: Mapping[SpanKey, EventEdit], previous: Iterable[PreviousText] = ()) -> None:
        """Put back the documents, edits and kept old texts of a saved project (what opening a file does)."""
        for record, extracted in documents:
            self._docs[record.hash] = record
            self._extracted[record.hash] = extracted
        self._edits.update(edits)
        self._previous.update((p.hash, p) for p in previous)
        self._changed(Change("reset"))

    def restore_labels(self, labelled: Mapping[str, Sequence[Event]]) -> None:
        """Each document's extracted events as the annotation just restored labelled them when saved
        (same order, actors and places filled in): opening then labels no event again. Forgotten
        for a document when it changes, and for all when the index or its names change. Records
        the file holds as columns stay unmade until a document's rows are asked for."""
        self._saved_labels = {}
        for doc_hash, events in labelled.items():
            plain = self._extracted[doc_hash].events if doc_hash in self._extracted else ()
            if len(events) != len(plain):
                continue
            if self._is_stored(doc_hash) and isinstance(events, LazyTuple):
                self._saved_labels[doc_hash] = events  # the same columns' rows: the same ids
            elif all(a.id == b.id for a, b in zip(events, plain)):
                self._saved_labels[doc_hash] = events
        self._drafts.clear()
        self._doc_rows.clear()
        self._rows = None

    def keep_stored(self, stored: StoredEvents, ranges: Mapping[str, tuple[int, int]]) -> None:
        """The columns the documents' events were read from (opening a file): while a document
        keeps the events read and has no edit, its rows are those columns' rows ``ranges[hash]``,
        which a view may take as columns (:meth:`stored_rows`) instead of asking for records."""
        self._stored = stored
        hashes = list(ranges)
        starts = [ranges[h][0] for h in hashes] + ([ranges[hashes[-1]][1]] if hashes else [0])
        in_order = stored.spans_in_order(starts).tolist()
        self._stored_docs = {h: (*ranges[h], self._extracted[h].events)
                             for h, ok in zip(hashes, in_order) if ok and h in self._extracted}

    def stored_events(self) -> StoredEvents | None:
        """The columns this project was opened from (None for a new project or an old file)."""
        return self._stored

    def _is_stored(self, doc_hash: str) -> bool:
        entry = self._stored_docs.get(doc_hash)
        return entry is not None and doc_hash in self._extracted and self._extracted[doc_hash].events is entry[2]

    def stored_rows(self, doc_hash: str) -> tuple[int, int, bool] | None:
        """``(start, stop, labelled)`` when the document's rows (:meth:`rows_of_document`) are
        exactly the stored rows ``start``..``stop`` (``labelled``: with the saved labels' actors and
        places) with the default curation: its events as read, no edit on it, and labels that
        need no labelling. None otherwise: ask for its rows."""
        if doc_hash not in self._docs or not self._is_stored(doc_hash) or self._edits_by_doc.get(doc_hash):
            return None
        start, stop, _events = self._stored_docs[doc_hash]
        if self._index is None:
            return start, stop, False
        saved = self._saved_labels.get(doc_hash)
        if isinstance(saved, LazyTuple) and self._stored is not None and self._stored.has_labels:
            return start, stop, True
        return None

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

    def _changed(self, change: Change) -> None:
        self._rows = None
        if change.kind in ("documents", "reset"):
            self._doc_of_prefix = None
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
        self._dirty = True
        for listener in list(self._listeners):
            listener(change)

    # -- documents ------------------------------------------------------------------------------

    def documents(self) -> list[ProjectDocument]:
        return list(self._docs.values())

    def document(self, doc_hash: str) -> ProjectDocument:
        return self._docs[doc_hash]

    def document_by_path(self, path: str) -> ProjectDocument | None:
        for doc in self._docs.values():
            if doc.document.path == path:
                return doc
        return None

    def extracted(self, doc_hash: str) -> ExtractedDocument:
        return self._extracted[doc_hash]

    def add_extracted(
        self,
        extracted: ExtractedDocument,
        sidecar: Mapping[str, str] | None = None,
        metadata: Mapping[str, str] | None = None,
        *,
        notify: bool = True,
    ) -> ProjectDocument:
        """Add a document, or replace the extraction of one already here (same text).

        A file whose text changed gets a new hash: the old version leaves the project and its edits
        follow their expressions into the new text (:mod:`explorer.curation.reanchor`); those whose
        expression is gone stay on the old text, which is kept, and are listed by
        :func:`explorer.curation.orphans.list_orphans` until the user re-attaches or discards them.
        """
        doc = extracted.document
        doc_hash = content_hash(doc.text)
        old = self._docs.get(doc_hash)
        replaced = [d for d in self._docs.values() if d.document.path == doc.path and d.hash != doc_hash]
        for other in replaced:
            del self._docs[other.hash]
        record = ProjectDocument(
            doc_hash, doc, dict(sidecar or (old.sidecar if old else {})), dict(metadata or (old.metadata if old else {})),
            old.user_date if old else next((d.user_date for d in replaced if d.user_date), None),
        )
        if record.user_date is not None and doc.date != record.user_date:
            extracted = extract_document(doc, record.user_date, dict(record.sidecar), record.metadata)
            record = replace(record, document=extracted.document)
        self._docs[doc_hash] = record
        self._extracted[doc_hash] = extracted
        self._previous.pop(doc_hash, None)  # an old text back again: its edits apply to it as they are
        for other in replaced:
            self._carry_edits(other, self._extracted.pop(other.hash), extracted)
        if notify:
            self._changed(Change("documents", (*(d.hash for d in replaced), doc_hash)))
        return record

    def _carry_edits(self, old: ProjectDocument, old_extracted: ExtractedDocument, new: ExtractedDocument) -> None:
        """Move the edits on ``old`` to the text that replaced it; keep ``old``'s text for the rest."""
        new_hash = content_hash(new.document.text)
        edits = {k: e for k, e in self._edits.items() if k.doc_hash == old.hash}
        moves = carry_edits(edits, old.document.text, new.document.text, new_hash, old_extracted.events, new.events)
        moves = {a: b for a, b in moves.items() if b not in self._edits}  # an edit already there wins
        for a, b in moves.items():
            self._edits[b] = self._edits.pop(a)
            self._moved[a] = b
            self._moved.pop(b, None)
        if moves:
            for key, edit in self._edits.items():  # merges that point at a moved edit follow it
                if edit.merged_into in moves or any(k in moves for k in edit.absorbed):
                    self._edits[key] = self._follow_edit(edit)
                    self._drafts.pop(key.doc_hash, None)  # its rows were built with the old reference
                    self._doc_rows.pop(key.doc_hash, None)
        self._edits_by_doc = {}
        for key, edit in self._edits.items():
            self._edits_by_doc.setdefault(key.doc_hash, {})[key] = edit
        if len(moves) < len(edits):
            self._previous[old.hash] = PreviousText(old.hash, old.document.path, old.document.title, old.document.text, new_hash)

    def _follow(self, key: SpanKey) -> SpanKey:
        """Where an edit's key went when its text changed (an undo of an older edit lands there);
        a key into a text that is in the project (again, or as another file) stays where it is."""
        seen = {key}
        while key.doc_hash not in self._docs and key in self._moved and self._moved[key] not in seen:
            key = self._moved[key]
            seen.add(key)
        return key

    def _follow_edit(self, edit: EventEdit) -> EventEdit:
        if edit.merged_into is None and not edit.absorbed:
            return edit
        merged_into = self._follow(edit.merged_into) if edit.merged_into is not None else None
        return edit.with_(merged_into=merged_into, absorbed=tuple(self._follow(k) for k in edit.absorbed))

    def has_document(self, doc_hash: str) -> bool:
        return doc_hash in self._docs

    def previous_text(self, doc_hash: str) -> PreviousText | None:
        """The old text of a changed or removed document, while edits point into it."""
        return self._previous.get(doc_hash)

    def previous_texts(self) -> list[PreviousText]:
        """The old texts still needed: some edit points into each (what the project file keeps)."""
        needed = {key.doc_hash for key in self._edits}
        return [p for h, p in self._previous.items() if h in needed and h not in self._docs]

    def remove_document(self, doc_hash: str) -> None:
        """The edits on it are kept (orphaned, with its text) so adding it back restores them."""
        record = self._docs[doc_hash]
        self._previous[doc_hash] = PreviousText(doc_hash, record.document.path, record.document.title, record.document.text)
        del self._docs[doc_hash]
        del self._extracted[doc_hash]
        self._changed(Change("documents", (doc_hash,)))

    def reextract(self, hashes: Iterable[str] | None = None) -> None:
        """Run the current tagger again over stored texts (a new program version); edits re-apply."""
        hashes = list(self._docs) if hashes is None else list(hashes)
        for doc_hash in hashes:
            self._reextract_one(doc_hash)
        self._changed(Change("documents", tuple(hashes)))

    def _reextract_one(self, doc_hash: str) -> None:
        record = self._docs[doc_hash]
        raw = Document(record.document.path, record.document.text, record.document.title)
        extracted = extract_document(raw, record.user_date, dict(record.sidecar), record.metadata)
        self._docs[doc_hash] = replace(record, document=extracted.document)
        self._extracted[doc_hash] = extracted

    # -- who and where --------------------------------------------------------------------------

    @property
    def actor_index(self) -> ActorIndex | None:
        """The actors and places of the project's documents, with the user's merges and splits."""
        return self._index

    @property
    def groups(self) -> list[EventGroup]:
        """Events of several documents reporting one happening (the user's ungroups applied).
        Entity commands edit this list in place, then call :meth:`entities_changed`."""
        return self._groups

    def set_annotation(self, index: ActorIndex | None, groups: Iterable[EventGroup] = (), *, replay: bool = True,
                       labels: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]] | None = None) -> None:
        """Keep a new annotation of the whole project; every event is labelled from ``index``. The
        user's entity edits are done again on it, found by name (``replay=False``: they already
        are, as in a saved annotation); an edit whose names are gone is kept for a later one.
        ``labels``: (actors, places) by event id, as the run that made ``index`` labelled the
        extracted events; used for events whose title the user kept, unless an entity edit was
        replayed (the index then no longer says what the run said)."""
        self._index = index
        self._groups = list(groups)
        replayed = False
        if replay and index is not None:
            for entry in self._entity_log:
                edit = entry.edit or from_record(entry.record)
                entry.edit = edit if edit is not None and edit.rebind(index, self._groups) else None
                if entry.edit is not None:
                    entry.edit.do()
                    entry.record = dict(entry.edit.record)
                    replayed = True
        else:
            for entry in self._entity_log:
                entry.edit = None  # applied already; nothing in this session to undo on it
        if labels and index is not None and not replayed:
            by_doc: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {}
            for doc_hash, extracted in self._extracted.items():
                found = {e.id: labels[e.id] for e in extracted.events if e.id in labels}
                if found:
                    by_doc[doc_hash] = found
            self._found_pending = by_doc  # kept once ``_changed`` has forgotten the old ones
        self.entities_changed()

    def extend_annotation(self, delta: AnnotationDelta) -> None:
        """Add an import's annotation (``explorer.entities.extend.annotate_new``) to the one kept:
        the index and groups are extended in place, not replaced, and the user's entity edits are
        not replayed (the stored index carries them); only the new documents' events are relabelled."""
        from explorer.store.extending import extend_annotation

        self.entities_changed(extend_annotation(self, delta))

    def entity_edits(self) -> list[dict]:
        """The user's merges, splits and ungroups, in order, as records in names."""
        return [dict(entry.record) for entry in self._entity_log]

    def restore_entity_edits(self, records: Iterable[dict]) -> None:
        self._entity_log = [_LoggedEdit(dict(r)) for r in records]

    def do_entity_edit(self, edit: EntityEdit) -> None:
        """Do a merge, split or ungroup on the index or groups shown, and keep it."""
        if not self._bound(edit) and not edit.rebind(self._index or ActorIndex(), self._groups):
            return  # a redo after a new annotation left its names behind
        before = self._entity_docs(edit)
        edit.do()
        self._entity_log.append(_LoggedEdit(dict(edit.record), edit))
        self.entities_changed(before | self._entity_docs(edit))

    def undo_entity_edit(self, edit: EntityEdit) -> None:
        touched = self._entity_docs(edit)
        for i in range(len(self._entity_log) - 1, -1, -1):
            entry = self._entity_log[i]
            if entry.edit is edit or (entry.edit is None and entry.record == edit.record):
                del self._entity_log[i]
                if entry.edit is not None and self._bound(edit):
                    edit.undo()
                break
        self.entities_changed(touched | self._entity_docs(edit))

    def _entity_docs(self, edit: EntityEdit) -> set[str]:
        """The documents (hashes) whose events a merge or split relabels: those mentioning any actor
        it moves mentions between (an ungroup relabels none)."""
        if isinstance(edit, MergeActors):
            ids, saved = (edit.target, *edit.others), list(edit._saved)
        elif isinstance(edit, SplitActor):
            ids, saved = (edit.source, edit.new_id), []
        else:
            return set()
        entities = [e for e in (edit.index.entities.get(i) for i in ids) if e is not None] + saved
        paths = {ref.doc for entity in entities for ref in entity.mentions}
        return {h for h, d in self._docs.items() if d.document.path in paths}

    def _bound(self, edit: EntityEdit) -> bool:
        """Whether ``edit`` works on the index and groups the project holds now."""
        return edit.groups is self._groups if isinstance(edit, Ungroup) else edit.index is self._index

    def entities_changed(self, docs: Iterable[str] | None = None) -> None:
        """The index or the groups were edited in place (a merge, a split, an ungroup or its undo);
        ``docs``: the documents whose events it relabels (None: all of them)."""
        touched = tuple(self._docs) if docs is None else tuple(h for h in self._docs if h in set(docs))
        self._entities_generation += 1
        self._changed(Change("entities", touched))

    def _label(self, event: Event) -> Event:
        return self._index.label(event) if self._index is not None else event

    # -- the curation state the commands change --------------------------------------------------

    def get_edit(self, key: SpanKey) -> EventEdit:
        return self._edits.get(key, EventEdit())

    def set_edit(self, key: SpanKey, edit: EventEdit) -> None:
        self.set_edits([(key, edit)])

    def set_edits(self, changes: Sequence[tuple[SpanKey, EventEdit]]) -> None:
        if self._moved:
            changes = [(self._follow(key), self._follow_edit(edit)) for key, edit in changes]
        if self._set_flags(changes) or self._set_events(changes):
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

    def _set_flags(self, changes: Sequence[tuple[SpanKey, EventEdit]]) -> bool:
        """Edits that change only curation flags (star, tags, note, lane) of shown rows: the cached
        rows are patched in place, and listeners told which keys changed, so a star toggle costs the
        events it touches, not the project. Returns False (nothing done) for any other edit, or
        when a row's document has no cached rows yet. Works without the full row list (a project
        opened from a file builds rows per document): the documents' rows are what is patched."""
        patched: list[tuple[SpanKey, EventEdit, Row, int | None, int]] = []
        for key, edit in changes:
            old = self._edits.get(key, EventEdit())
            if _replace_flags(old, edit) != edit:
                return False  # a date, title, rejection, merge...: the rows are rebuilt
            drafts = self._drafts.get(key.doc_hash)
            found = drafts.get(key) if drafts is not None else None
            doc_rows = self._doc_rows.get(key.doc_hash)
            if found is None or doc_rows is None:
                return False
            in_doc = next((i for i, r in enumerate(doc_rows) if r.key == key), None)
            if in_doc is None or doc_rows[in_doc].event.id != found[0].id:
                return False
            row = doc_rows[in_doc]
            position = None
            if self._rows is not None:
                position = self._row_pos.get(row.event.id)
                if position is None or self._rows[position] is not row:
                    return False
            patched.append((key, edit, row, position, in_doc))
        for key, edit, row, position, in_doc in patched:
            self._store_edit(key, edit)
            self._drafts[key.doc_hash][key] = (self._drafts[key.doc_hash][key][0], edit)
            new = replace(row, curation=_with_flags(row.curation, edit))
            if position is not None:
                self._rows[position] = new  # type: ignore[index]
                self._by_id[row.event.id] = new
            self._doc_rows[key.doc_hash][in_doc] = new
        self._dirty = True
        change = Change("events", tuple(dict.fromkeys(key.doc_hash for key, _ in changes)),
                        tuple(key for key, _ in changes), in_place=True)
        for listener in list(self._listeners):
            listener(change)
        return True

    def _set_events(self, changes: Sequence[tuple[SpanKey, EventEdit]]) -> bool:
        """Edits of one document that change only events' titles and dates (a retitle, a redate,
        their undo), where the same rows stay shown: that document's events are resolved again
        (events anchored on a re-dated one follow it), the cached rows of those that changed are
        replaced, and listeners are told which keys were replaced. Returns False (nothing done)
        for any other edit (a rejection, a merge, an added event...): the rows are then rebuilt."""
        if self._rows is None or len({key.doc_hash for key, _ in changes}) != 1:
            return False
        doc_hash = changes[0][0].doc_hash
        drafts, doc_rows = self._drafts.get(doc_hash), self._doc_rows.get(doc_hash)
        if drafts is None or doc_rows is None or doc_hash not in self._docs:
            return False
        doc_edits = dict(self._edits_by_doc.get(doc_hash, {}))
        if any(e.absorbed or e.merged_into or e.added for e in doc_edits.values()):
            return False  # merges look into other documents; an added event's words may move
        for key, edit in changes:
            old = self._edits.get(key, EventEdit())
            same_rest = replace(old, title=edit.title, begin=edit.begin, end=edit.end, date_text=edit.date_text)
            if same_rest != edit or edit.added or key not in drafts:
                return False
            if edit.is_empty:
                doc_edits.pop(key, None)
            else:
                doc_edits[key] = edit
        resolved = self._document_events(self._docs[doc_hash], self._extracted[doc_hash], doc_edits)
        new_drafts = {key: (event, edit) for event, key, edit in resolved}
        if new_drafts.keys() != drafts.keys() or any(new_drafts[k][0].id != drafts[k][0].id for k in drafts):
            return False
        changed = [k for k in drafts if new_drafts[k] != drafts[k]]
        if any(self._by_id.get(drafts[k][0].id) is None for k in changed):
            return False
        for key, edit in changes:
            if edit.is_empty:
                self._edits.pop(key, None)
            else:
                self._edits[key] = edit
        self._edits_by_doc[doc_hash] = doc_edits
        self._drafts[doc_hash] = new_drafts
        del self._doc_rows[doc_hash]
        for row in self._rows_of(doc_hash):
            position = self._row_pos[row.event.id]
            self._rows[position] = row  # type: ignore[index]
            self._by_id[row.event.id] = row
        self._dirty = True
        change = Change("events", (doc_hash,), tuple(changed), replaced=True)
        for listener in list(self._listeners):
            listener(change)
        return True

    def edits(self) -> dict[SpanKey, EventEdit]:
        return dict(self._edits)

    def document_user_date(self, doc_hash: str) -> date | None:
        return self._docs[doc_hash].user_date

    def set_document_date(self, doc_hash: str, when: date | None) -> None:
        """``None`` goes back to the date found in or inferred from the document."""
        self._docs[doc_hash] = replace(self._docs[doc_hash], user_date=when)
        self._reextract_one(doc_hash)
        self._changed(Change("documents", (doc_hash,)))

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
        """Each event id prefix (a document's key) and its document; two documents may share one
        (the same file name, and four hex digits of their texts' hashes alike): the others are
        kept aside. The first ids of the documents kept as stored rows are read from the id column
        in one pass (the first star after opening 1M events built this a document at a time, 50 ms);
        a document's key does not change while its hash stays, so those rows hold it even where
        the events were made again since. No container is made per document (each one counted
        towards a collection of every object the project holds)."""
        stored, spans = self._stored, self._stored_docs
        from_rows = [h for h in self._docs if h in spans and spans[h][1] > spans[h][0]] if stored is not None else []
        first_ids = stored.texts_at("id", [spans[h][0] for h in from_rows]) if from_rows else []
        table: dict[str, str] = {}
        sharing: dict[str, list[str]] = {}
        for doc_hash, first in zip(from_rows, first_ids):
            prefix = first[:first.rfind("#")] if "#" in first else first
            if table.setdefault(prefix, doc_hash) != doc_hash:
                sharing.setdefault(prefix, []).append(doc_hash)
        if len(from_rows) < len(self._docs):  # documents whose events are records: their first one's
            in_rows = set(from_rows)
            for doc_hash in self._docs:
                if doc_hash in in_rows or doc_hash not in self._extracted:
                    continue
                events = self._extracted[doc_hash].events
                if not events:
                    continue
                first = events[0].id
                prefix = first[:first.rfind("#")] if "#" in first else first
                if table.setdefault(prefix, doc_hash) != doc_hash:
                    sharing.setdefault(prefix, []).append(doc_hash)
        self._doc_of_prefix, self._docs_sharing_prefix = table, sharing

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
        rows = []
        for key, (event, edit) in self._drafts_of(doc_hash).items():
            if edit is _NO_EDIT:  # most events: nothing the user changed (a fast path, same row)
                rows.append(Row(event, Curation(sources=(event.id,), source_docs=(event.doc,)), key))
                continue
            absorbed = [e for e in (self._lookup(k) for k in edit.absorbed) if e is not None]
            edited = tuple(
                name for name, on in (
                    ("date", edit.has_date), ("title", edit.title is not None), ("lane", edit.lane is not None),
                    ("merged", bool(absorbed)),
                ) if on
            )
            curation = Curation(
                lane=edit.lane, starred=edit.starred, tags=edit.tags, note=edit.note, rejected=edit.rejected,
                added=edit.added, sources=(event.id, *(e.id for e in absorbed)),
                source_docs=tuple(dict.fromkeys((event.doc, *(e.doc for e in absorbed)))), edited=edited,
            )
            hidden = edit.merged_into is not None and self._lookup(edit.merged_into) is not None
            rows.append(Row(event, curation, key, hidden))
        self._doc_rows[doc_hash] = rows
        return rows

    def _document_events(
        self, record: ProjectDocument, extracted: ExtractedDocument, edits: Mapping[SpanKey, EventEdit]
    ) -> list[tuple[Event, SpanKey, EventEdit]]:
        base: dict[SpanKey, Event] = {SpanKey(record.hash, e.timex_start, e.timex_end): e for e in extracted.events}
        sentences: SentenceIndex | None = None
        for key, edit in edits.items():
            if edit.added and key not in base and 0 <= key.start < key.end <= len(record.document.text):
                sentences = sentences or SentenceIndex(record.document.text)
                base[key] = _added_event(record.document, key, sentences)
        key_of_id = {event.id: key for key, event in base.items()}
        for key, edit in edits.items():  # an event added on an expression others hang on takes its id
            if edit.added and key in base:
                key_of_id.setdefault(f"{document_key(record.document)}#{key.start}", key)
        final: dict[SpanKey, Event] = {}

        def resolve(key: SpanKey, seen: frozenset[SpanKey] = frozenset()) -> Event:
            if key in final:
                return final[key]
            event, edit = base[key], edits.get(key, _NO_EDIT)
            changes: dict[str, object] = {}
            if edit.title is not None:
                changes["title"] = edit.title
            if edit.begin is not None:
                end = edit.end or edit.begin
                changes.update(
                    begin=edit.begin, end=end, value=value_for_span(edit.begin, end), certainty="exact",
                    derivation="user", type=event.type if event.type in ("DATE", "TIME") else "DATE",
                )
            elif event.anchor in key_of_id and key_of_id[event.anchor] not in seen and key_of_id[event.anchor] != key:
                anchor_key = key_of_id[event.anchor]
                moved = resolve(anchor_key, seen | {key})
                changes.update(_follow_anchor(event, base[anchor_key], moved))
            final[key] = replace(event, **changes) if changes else event
            return final[key]

        ordered = sorted(base, key=lambda k: (k.start, k.end))
        if not edits:  # nothing changed by the user: no event moves, each stands as extracted
            resolve = base.__getitem__  # type: ignore[assignment]
        saved = self._saved_labels.get(record.hash)
        if saved is not None and self._index is not None:
            original = {e.id: e for e in extracted.events}
            by_id = {e.id: e for e in saved}
            return [(self._labelled(resolve(key), original, by_id), key, edits.get(key, _NO_EDIT)) for key in ordered]
        found = self._found_labels.get(record.hash)
        if found is not None and self._index is not None:
            return [(self._found_label(resolve(key), base[key], found), key, edits.get(key, _NO_EDIT)) for key in ordered]
        return [(self._label(resolve(key)), key, edits.get(key, _NO_EDIT)) for key in ordered]

    def _found_label(self, event: Event, extracted: Event,
                     found: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]]) -> Event:
        """The event with the worker's label of its extracted record, when the user kept its title
        (a label reads the title); else (a new title, an added event) labelled now."""
        pair = found.get(event.id)
        if pair is None or event.title != extracted.title:
            return self._label(event)
        return _with_label(event, pair)

    def _labelled(self, event: Event, original: Mapping[str, Event], saved: Mapping[str, Event]) -> Event:
        """The event with its saved label: the labelled record itself when the user changed nothing
        in it; an event the user added has none, so it is labelled now."""
        labelled = saved.get(event.id)
        if labelled is None:
            return self._label(event)
        if event is original.get(event.id):
            return labelled
        return _with_label(event, (labelled.actors, labelled.places))


@dataclass(frozen=True, slots=True)
class SavedState:
    """What a project's file held when it was last opened or saved (see :meth:`Project.remember_file`):
    the file (absolute path) and its save token, the documents and their extraction (the very
    objects, compared by identity), each document's edits, the annotation (the index object and how
    many entity changes it had seen) and whether the event columns hold labels."""

    path: str
    token: str | None
    docs: tuple[ProjectDocument, ...]
    extracted: tuple[ExtractedDocument, ...]
    edits: Mapping[str, Mapping[SpanKey, EventEdit]]
    index: ActorIndex | None
    entities: int
    labels: bool


@dataclass(frozen=True, slots=True)
class InFile:
    """What a save can keep of the file (see :meth:`Project.unchanged_in_file`)."""

    state: SavedState
    annotation: bool  # the actor index and the groups changed: write them
    labels: bool  # some events' actors and places changed: write the label columns
    added: tuple[str, ...] = ()  # documents after those the file holds (an import): append their rows


#: The edit of an event the user did not change (one shared instance: rows check it by identity).
_NO_EDIT = EventEdit()


@dataclass(slots=True)
class _LoggedEdit:
    """One entity edit the user made: its record (names) and, when it is done on the index shown
    now, the edit itself (so undo undoes it there)."""

    record: dict
    edit: EntityEdit | None = None


#: Edit fields that change a row's curation flags and nothing else (not its event, not which rows show).
FLAG_FIELDS = ("starred", "tags", "note", "lane")


def _with_label(event: Event, pair: tuple[tuple[str, ...], tuple[str, ...]]) -> Event:
    return event if pair == (event.actors, event.places) else replace(event, actors=pair[0], places=pair[1])


def _replace_flags(old: EventEdit, new: EventEdit) -> EventEdit:
    """``old`` with ``new``'s flags: equal to ``new`` exactly when only flags differ."""
    return replace(old, **{name: getattr(new, name) for name in FLAG_FIELDS})


def _with_flags(curation: Curation, edit: EventEdit) -> Curation:
    edited = tuple(n for n in ("date", "title", "lane", "merged")
                   if (edit.lane is not None if n == "lane" else n in curation.edited))
    return replace(curation, lane=edit.lane, starred=edit.starred, tags=edit.tags, note=edit.note, edited=edited)


def _follow_anchor(event: Event, anchor_before: Event, anchor_now: Event) -> dict[str, object]:
    """Re-resolve an anchored event ("two weeks later") when its anchor's date changed."""
    if anchor_now.begin is None or (anchor_now.begin, anchor_now.end) == (anchor_before.begin, anchor_before.end):
        return {}
    # the expression read again with the anchor as its reference, on any year (a BC re-date too)
    parsed = read_from(temporal.parse_date_phrase, event.timex, anchor_now.begin)
    if parsed is not None:
        begin, end = parsed
    elif event.begin is not None and event.end is not None and anchor_before.begin is not None:
        begin, end = shift_like(event.begin, event.end, anchor_before.begin, anchor_now.begin)
    else:
        return {}
    certainty = event.certainty if event.certainty != "undated" else "inferred"
    return {"begin": begin, "end": end, "value": value_for_span(begin, end), "certainty": certainty}


def _added_event(doc: Document, key: SpanKey, sentences: SentenceIndex) -> Event:
    """An event the user made from a selection; the date comes from its edit."""
    sentence = sentences.at(key.start)
    s_start, s_end = (sentence.start, sentence.end) if sentence else (key.start, key.end)
    s_start, s_end = min(s_start, key.start), max(s_end, key.end)
    text = doc.text[s_start:s_end]
    return Event(
        id=f"{document_key(doc)}#{key.start}-{key.end}",
        doc=doc.path,
        title=make_title(text, key.start - s_start, key.end - s_start),
        sentence=text,
        sentence_start=s_start,
        sentence_end=s_end,
        timex=doc.text[key.start : key.end],
        timex_start=key.start,
        timex_end=key.end,
        value="",
        type="DATE",
        begin=None,
        end=None,
        certainty="undated",
        derivation="user",
    )
