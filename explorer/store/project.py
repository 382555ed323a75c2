"""The project: documents, their extracted events and the user's edits, in one Qt-free object.

:meth:`Project.events` returns the :class:`~explorer.events.record.Event` records with the edits
applied (``dataclasses.replace``); the rest of the curation state (lane, star, tags, note, rejected,
merged sources) sits beside each event in a :class:`~explorer.curation.model.Curation` record, keyed
by event id. Listeners are plain callables receiving a :class:`~explorer.store.project_records.Change`;
a Qt model maps them to signals, one batch per document.

The object holds the state and its caches; how an edit changes an event and what its row shows
(:mod:`explorer.store.edited_events`), the fast paths that patch cached rows
(:mod:`explorer.store.in_place_edits`), edits following a changed text
(:mod:`explorer.store.carried_edits`), the entity edit log (:mod:`explorer.store.entity_log`), the
event id index (:mod:`explorer.store.id_prefixes`) and the records it hands out
(:mod:`explorer.store.project_records`, :mod:`explorer.store.saved_state`) live beside it.
"""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Callable, Iterable, Mapping, Sequence

from explorer.curation.commands import Command, UndoStack
from explorer.curation.model import Curation, EventEdit, SpanKey
from explorer.curation.orphans import PreviousText
from explorer.documents import Document, ReadError
from explorer.events.record import Event
from explorer.entities.commands import EntityEdit, from_record
from explorer.entities.grouping import EventGroup
from explorer.entities.index import ActorIndex
from explorer.ingest.extract import ExtractedDocument, extract_document
from explorer.sentences import split_sentences
from explorer.store.carried_edits import carry_edits_to, follow, follow_edit
from explorer.store.edited_events import document_events, document_rows
from explorer.store.entity_log import LoggedEdit, entity_docs, is_bound
from explorer.store.id_prefixes import index_prefixes
from explorer.store.in_place_edits import set_events, set_flags
from explorer.store.path_index import PathIndex
from explorer.store.project_records import Change, ProjectDocument, Row, content_hash, same_path
from explorer.store.saved_state import InFile, SavedState
from explorer.store.stored_events import LazyTuple, StoredEvents

if TYPE_CHECKING:
    from explorer.entities.extend import AnnotationDelta


class Project:
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
            self._put_document(record)
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
        found = self._by_path.hashes(path)
        return self._docs[found[0]] if found else None

    def _put_document(self, record: ProjectDocument) -> None:
        """Keep ``record``, indexed by its path (the same text may come from another path now)."""
        old = self._docs.get(record.hash)
        if old is not None and old.document.path != record.document.path:
            self._forget_path(record.hash)
        self._docs[record.hash] = record
        self._by_path.add(record.document.path, record.hash)

    def _forget_path(self, doc_hash: str) -> None:
        """Take ``doc_hash`` out of the path index, if the project holds it (before it goes)."""
        record = self._docs.get(doc_hash)
        if record is not None:
            self._by_path.discard(record.document.path, doc_hash)

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
        replaced = [self._docs[h] for h in self._by_path.hashes(doc.path) if h != doc_hash]
        for other in replaced:
            self._forget_path(other.hash)
            del self._docs[other.hash]
        record = ProjectDocument(
            doc_hash, doc, dict(sidecar or (old.sidecar if old else {})), dict(metadata or (old.metadata if old else {})),
            old.user_date if old else next((d.user_date for d in replaced if d.user_date), None),
        )
        if record.user_date is not None and doc.date != record.user_date:
            extracted = extract_document(doc, record.user_date, dict(record.sidecar), record.metadata)
            record = replace(record, document=extracted.document)
        self._put_document(record)
        self._extracted[doc_hash] = extracted
        self._previous.pop(doc_hash, None)  # an old text back again: its edits apply to it as they are
        for other in replaced:
            carry_edits_to(self, other, self._extracted.pop(other.hash), extracted)
        if notify:
            self._changed(Change("documents", (*(d.hash for d in replaced), doc_hash)))
        return record

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
        self._forget_path(doc_hash)
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
        self._entity_log = [LoggedEdit(dict(r)) for r in records]

    def do_entity_edit(self, edit: EntityEdit) -> None:
        """Do a merge, split or ungroup on the index or groups shown, and keep it."""
        if not is_bound(edit, self._index, self._groups) and not edit.rebind(self._index or ActorIndex(), self._groups):
            return  # a redo after a new annotation left its names behind
        before = entity_docs(edit, self._docs)
        self._read_documents(before)  # before the edit: roles are read beside people as annotated
        edit.do()
        self._entity_log.append(LoggedEdit(dict(edit.record), edit))
        after = entity_docs(edit, self._docs)
        self._read_documents(after)
        self.entities_changed(before | after)

    def _read_documents(self, hashes: Iterable[str]) -> None:
        """Give the index the readings it lacks of the documents an entity edit relabels (subject
        starts, roles, pronoun bounds: :meth:`ActorIndex.read_documents`). A saved index keeps only
        the mentions; without the readings a relabel after reopening counted every mention a
        subject, knew no role and let a pronoun look 3,000 characters back, unlike the same edit
        before saving. Found again from the stored text for just these documents: the file keeps
        nothing more and opening reads nothing more (kept, they would be 2M offsets at 1M events:
        331k subject starts, 1.7M paragraph and sentence starts), and a label read from the file
        stays as saved until an edit relabels its document. Reading 25k documents again (130 MB of
        text, a merge touching every one) took 111 s on a loaded machine, 40% of it loading their
        spans, which the relabel needs anyway; relabelling their events takes about 25 times that."""
        index = self._index
        if index is None:
            return
        texts = {}
        for doc_hash in hashes:
            record = self._docs.get(doc_hash)
            if record is not None and not index.has_readings(record.document.path):
                text = record.document.text
                texts[record.document.path] = (text, [(s.start, s.end) for s in split_sentences(text)])
        if texts:
            index.read_documents(texts)

    def undo_entity_edit(self, edit: EntityEdit) -> None:
        touched = entity_docs(edit, self._docs)
        self._read_documents(touched)
        for i in range(len(self._entity_log) - 1, -1, -1):
            entry = self._entity_log[i]
            if entry.edit is edit or (entry.edit is None and entry.record == edit.record):
                del self._entity_log[i]
                if entry.edit is not None and is_bound(edit, self._index, self._groups):
                    edit.undo()
                break
        self.entities_changed(touched | entity_docs(edit, self._docs))

    def entities_changed(self, docs: Iterable[str] | None = None) -> None:
        """The index or the groups were edited in place (a merge, a split, an ungroup or its undo);
        ``docs``: the documents whose events it relabels (None: all of them)."""
        wanted = None if docs is None else set(docs)  # once: not a new set per document
        touched = tuple(self._docs) if wanted is None else tuple(h for h in self._docs if h in wanted)
        self._entities_generation += 1
        self._changed(Change("entities", touched))

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
