"""What a project has to do with its file: which of its state the file last opened or saved
already holds (so a save writes only what changed), and the documents, labels and event columns
opening puts back.

A mixin of :class:`~explorer.store.project.Project`, which holds the state: kept apart because
this is the part a reader of :mod:`explorer.store.loading` and :mod:`explorer.store.saving` looks
for, and the part that knows the stored columns (:class:`~explorer.store.stored_events.StoredEvents`).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Iterable, Mapping, Sequence

from explorer.curation.model import EventEdit, SpanKey
from explorer.curation.orphans import PreviousText
from explorer.events.record import Event
from explorer.ingest.extract import ExtractedDocument
from explorer.store.project_records import Change, ProjectDocument
from explorer.store.saved_state import InFile, SavedState
from explorer.store.stored_events import LazyTuple, StoredEvents

if TYPE_CHECKING:
    from explorer.store.project import Project


class FileState:
    """The file side of a :class:`~explorer.store.project.Project` (see the module's docstring)."""

    def remember_file(self: Project, labels: bool) -> None:
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

    def unchanged_in_file(self: Project) -> InFile | None:
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

    def label_sources(self: Project) -> list[tuple[int, int] | list[Event]]:
        """Per document, in order, where a save takes its events' labels (actors and places) from:
        ``(start, stop)``, the rows of the stored columns (:meth:`stored_events`' ``labels``) when
        the document still shows the labels read from the file, else its extracted events labelled
        as its rows show them (what a save from the records writes)."""
        out: list[tuple[int, int] | list[Event]] = []
        stored = self._stored
        for doc_hash in self._docs:
            saved = self._saved_labels.get(doc_hash)
            if (stored is not None and stored.has_labels and isinstance(saved, LazyTuple)
                    and self._is_stored(doc_hash)):
                start, stop, _ = self._stored_docs[doc_hash]
                out.append((start, stop))
                continue
            out.append(self.labelled_events(doc_hash))
        return out

    def labelled_events(self: Project, doc_hash: str) -> list[Event]:
        """The document's extracted events with the actors and places its rows show (what a save
        from the records writes in the label columns)."""
        events = self._extracted[doc_hash].events
        labelled = {row.event.id: row.event for row in self._rows_of(doc_hash)} if events else {}
        return [labelled.get(e.id, e) for e in events]

    def restore(self: Project, documents: Iterable[tuple[ProjectDocument, ExtractedDocument]],
                edits: Mapping[SpanKey, EventEdit], previous: Iterable[PreviousText] = ()) -> None:
        """Put back the documents, edits and kept old texts of a saved project (what opening a file does)."""
        for record, extracted in documents:
            self._put_document(record)
            self._extracted[record.hash] = extracted
        self._edits.update(edits)
        self._previous.update((p.hash, p) for p in previous)
        self._changed(Change("reset"))

    def restore_labels(self: Project, labelled: Mapping[str, Sequence[Event]]) -> None:
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

    def keep_stored(self: Project, stored: StoredEvents, ranges: Mapping[str, tuple[int, int]]) -> None:
        """The columns the documents' events were read from (opening a file): while a document
        keeps the events read and has no edit, its rows are those columns' rows ``ranges[hash]``,
        which a view may take as columns (:meth:`stored_rows`) instead of asking for records."""
        self._stored = stored
        hashes = list(ranges)
        starts = [ranges[h][0] for h in hashes] + ([ranges[hashes[-1]][1]] if hashes else [0])
        in_order = stored.spans_in_order(starts).tolist()
        self._stored_docs = {h: (*ranges[h], self._extracted[h].events)
                             for h, ok in zip(hashes, in_order) if ok and h in self._extracted}

    def stored_events(self: Project) -> StoredEvents | None:
        """The columns this project was opened from (None for a new project or an old file)."""
        return self._stored

    def _is_stored(self: Project, doc_hash: str) -> bool:
        entry = self._stored_docs.get(doc_hash)
        return entry is not None and doc_hash in self._extracted and self._extracted[doc_hash].events is entry[2]

    def stored_rows(self: Project, doc_hash: str) -> tuple[int, int, bool] | None:
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
