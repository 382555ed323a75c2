"""The event model over a :class:`~explorer.store.Project`: the project is the source of truth, the
Qt model shows ``project.rows()`` (edits applied) and follows the project's notifications.

* New documents (an import) arrive as one ``beginInsertRows`` batch each, through the base model's
  :meth:`EventTableModel.add_document`, so the timeline and the table grow as documents finish.
* An edit of curation flags only (star, tags, note, lane: ``Change.in_place``) updates the rows of
  the keys it names with one ``dataChanged`` each: a star toggle costs one row, not the project.
* A new title or date (``Change.replaced``: new records, same ids) replaces those rows' events in
  place (:meth:`EventTableModel.replace_events`); a row whose sort place changed moves.
* Any other change (a rejection, a merge, an added event, an entity edit, a re-dated or re-imported
  document, and their undo) is diffed for the documents it names: rows leave, arrive and change
  (:meth:`EventTableModel.update_lanes`), so the selection and the views' positions survive. The
  same documents in another order (an import's end, ``Change("order")``) move the lanes alone
  (:meth:`EventTableModel.move_lanes`). Only a new project (New, Open) or a restored one resets the
  model. A change naming more than
  :data:`SLICE_EVENTS` events (a new annotation relabels every document) is followed in slices of
  about that many events, one per event-loop turn: in one turn the 100k events of 11,905 documents
  blocked the window 2.3 s. :meth:`is_settling` says rows are still behind, :attr:`settled` when
  they caught up (the Actors list waits for it).

The one rule of what is shown: this model holds every event of the project, rejected ones and
those an :class:`EventFilter` leaves out included; "gone" is only for an event the project no
longer has (merged away, an added event undone). Visibility is one numpy mask by key, applied by
the proxy (:class:`~explorer.gui.event_proxy.EventProxyModel`): text and facet filter ∧ curation
filters ∧ group collapse. The curation part (rejected hidden unless "Show Rejected Events" is on,
then marked with a cross and struck out; an :class:`EventFilter` by star, tag, certainty, document
and date range) is :meth:`shown_mask`, computed in numpy from per-key columns of the curation
flags (:mod:`~explorer.gui.project_model_curation`); a change of those filters is a mask change
(:meth:`EventTableModel.follow_mask`): rows leave and arrive, or one layout change past
``MANY_ROWS``, never a reset. Counts
(:meth:`event_count`, :meth:`undated_count`), :meth:`key_of`, :meth:`events_of_document`, the groups
and the facets count only the shown events, as before.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable

import numpy as np
from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal

from explorer.curation.filters import EventFilter
from explorer.curation.mask import FilterColumns
from explorer.curation.model import Curation
from explorer.gui.event_model import EventTableModel, document_label
from explorer.gui.event_roles import COLUMN_COUNT, Column
from explorer.gui.project_model_curation import CurationColumns
from explorer.ingest import ExtractedDocument
from explorer.store import Change, Project, Row
from explorer.gui.guard import guard_overrides
from explorer.gui.plain_text import plain_tooltip

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
STAR = "\u2605"
REJECTED_MARK = "\u2715"
EDITED_MARK = "\u270e"  #: after a date the user set (the table's Date cell, the mark's title)
CURATION_ROLE = Qt.ItemDataRole.UserRole + 20  #: the event's :class:`Curation`
#: Events whose rows follow a change in one event-loop turn (about 20 µs an event: ~60 ms on a
#: loaded 2-core machine, beside a step of the search index in the same turn); a change naming
#: more is followed in slices of about this many.
SLICE_EVENTS = 1500


@guard_overrides
class ProjectEventModel(CurationColumns, EventTableModel):
    #: Rows were rebuilt from the project; the event ids kept their meaning.
    reloaded = Signal()
    #: Another project object is now shown (New, Open).
    projectChanged = Signal()
    #: The project changed (an edit, its undo, new documents): what lists the edits' values (the
    #: Filters panel's tags) looks again, once the changes pause.
    curationsChanged = Signal()
    #: The rows caught up with the project after a change followed in slices (:meth:`is_settling`).
    settled = Signal()

    def __init__(self, parent=None, project: Project | None = None) -> None:
        self._project: Project | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._hashes: list[str] = []  # documents shown, in project order
        self._curations: dict[str, Curation] = {}
        self._event_filter = EventFilter(rejected=None)  # rejected handled by ``_show_rejected``
        self._show_rejected = False
        #: By key, the curation flags the fast filters read (rejected, starred); extended to new keys
        #: when asked, patched as curations change (see ``_set_curation``).
        self._rejected_col = np.zeros(0, bool)
        self._starred_col = np.zeros(0, bool)
        #: By key, what the tags, certainty and documents filters read (made when one is first set).
        self._filter_cols: FilterColumns | None = None
        #: Documents (hashes, in order) whose rows still show the project before a change: followed
        #: a slice a turn by ``_follow_slice``.
        self._behind: dict[str, None] = {}
        super().__init__(parent)
        self._slice_timer = QTimer(self)
        self._slice_timer.setSingleShot(True)
        self._slice_timer.setInterval(0)
        self._slice_timer.timeout.connect(self._follow_next_slice)
        self.set_project(project if project is not None else Project())

    # -- the project ---------------------------------------------------------------------------

    @property
    def project(self) -> Project:
        assert self._project is not None
        return self._project

    def set_project(self, project: Project) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
        self._project = project
        self._unsubscribe = project.subscribe(self._on_change)
        self._reload()
        self.projectChanged.emit()

    def detach(self) -> None:
        """Stop following the project (window teardown)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def add_document(self, extracted: ExtractedDocument) -> None:
        """Add an already extracted document to the project (it notifies; the rows follow)."""
        self.project.add_extracted(extracted)

    def add_documents(self, documents: Iterable[ExtractedDocument]) -> None:
        for extracted in documents:
            self.project.add_extracted(extracted)

    def clear(self) -> None:
        """A new, empty, untitled project."""
        self.set_project(Project())

    # -- what is shown -------------------------------------------------------------------------

    def show_rejected(self) -> bool:
        return self._show_rejected

    def set_show_rejected(self, on: bool) -> None:
        if on != self._show_rejected:
            self._show_rejected = on
            self._refilter()

    def event_filter(self) -> EventFilter:
        return self._event_filter

    def set_event_filter(self, event_filter: EventFilter) -> None:
        event_filter = dataclasses.replace(event_filter, rejected=None)
        if event_filter != self._event_filter:
            self._event_filter = event_filter
            self._refilter()

    def _refilter(self) -> None:
        """A curation filter changed: a mask change. The groups follow the events they keep (a group
        of which one source is left is no group), then the rows follow the mask (rows leave and
        arrive, or one layout change), never a reset."""
        self._forget_shown()
        self.curationFilterChanged.emit()
        if self._grouped_ids:
            self.set_groups(self._all_groups)  # tells the proxy when the groups' keys changed
        self.follow_mask()
        self.eventsUpdated.emit()

    def doc_hash_of(self, path: str) -> str | None:
        record = self.project.document_by_path(path)
        return record.hash if record is not None else None

    def mark_title(self, key: int) -> str:
        """A rejected event shown on the timeline (Show Rejected Events) is marked with a cross, a
        starred one with a star (as the table's title is)."""
        title = super().mark_title(key)
        cur = self._curations.get(self.event_by_key(key).id) if self._curations else None
        if cur is not None and "date" in cur.edited:
            title = f"{title} {EDITED_MARK}"
        if cur is not None and cur.starred:
            title = f"{STAR} {title}"
        return f"{REJECTED_MARK} {title}" if cur is not None and cur.rejected else title

    def _view_document(self, doc_hash: str, rows: Iterable[Row]) -> ExtractedDocument:
        """The document with every event the project has for it (the curation filters hide some
        by the mask, they do not leave them out)."""
        record = self.project.document(doc_hash)
        extracted = self.project.extracted(doc_hash)
        events = []
        for row in rows:
            if self._curation_at(row.event) != row.curation:
                self._set_curation(row.event.id, row.curation)
            events.append(row.event)
        return dataclasses.replace(extracted, document=record.document, events=tuple(events))

    def _rows_by_doc(self) -> dict[str, list[Row]]:
        out: dict[str, list[Row]] = {}
        for row in self.project.rows():
            out.setdefault(row.key.doc_hash, []).append(row)
        return out

    # -- following the project -----------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        self._follow_change(change)
        self.curationsChanged.emit()

    def _appended(self, change: Change) -> list[str] | None:
        """The documents ``change`` added after those shown, in the project's order, when that is all
        it did (an import's every batch), found from the project's last documents alone: walking all
        of them for each batch (their hashes, the new ones, a subset check) made adding thousands
        quadratic. None otherwise: the general path below decides."""
        if change.kind != "documents" or not change.docs:
            return None
        documents = self.project.documents()
        count = len(documents) - len(self._hashes)
        if count <= 0:  # a document replaced or removed too: not only appended
            return None
        tail = [d.hash for d in documents[-count:]]
        return tail if set(tail) == set(change.docs) else None

    def _follow_change(self, change: Change) -> None:
        if change.kind == "order":  # the lanes in the project's new order: moved, keys and rows kept
            hashes = [d.hash for d in self.project.documents()]
            if hashes != self._hashes and not self._move_lanes_to(hashes):
                self._reload()
            return
        if change.in_place and self._update_rows(change):
            return
        if change.replaced and self._replace_rows(change):
            return
        appended = self._appended(change)
        if appended:
            for doc_hash in appended:  # one insertion per document
                self._hashes.append(doc_hash)
                EventTableModel.add_document(self, self._view_document(doc_hash, self.project.rows_of_document(doc_hash)))
            return
        hashes = [d.hash for d in self.project.documents()]
        shown = self._hashes
        known = set(shown)
        added = [h for h in hashes if h not in known]
        if (change.kind == "documents" and added and known.issubset(hashes)
                and not set(change.docs).intersection(shown)):
            for doc_hash in added:  # one insertion per document
                self._hashes.append(doc_hash)
                rows = self.project.rows_of_document(doc_hash)
                EventTableModel.add_document(self, self._view_document(doc_hash, rows))
            return
        if change.kind != "reset" and self._follow_replaced(hashes) and self._follow_documents(change.docs):
            return
        self._reload()

    def _move_lanes_to(self, hashes: list[str]) -> bool:
        """The lanes put in the order of ``hashes``, the same documents (:meth:`move_lanes`: no
        reset, the selection and the views' positions stay). False when they are not the documents
        of the lanes, one lane each, or rows are still behind a change (the caller rebuilds)."""
        if (self._behind or len(hashes) != len(self._hashes) or len(self._hashes) != self.document_count()
                or set(hashes) != set(self._hashes)):
            return False
        lane_of = {doc_hash: lane for lane, doc_hash in enumerate(self._hashes)}
        self.move_lanes([lane_of[doc_hash] for doc_hash in hashes])
        self._hashes = list(hashes)
        return True

    def is_settling(self) -> bool:
        """Whether some documents' rows still show the project before its last change (followed a
        slice a turn; :attr:`settled` comes when none do)."""
        return bool(self._behind)

    def _follow_documents(self, docs: Iterable[str]) -> bool:
        """The rows of ``docs`` follow the project: now when they are few events, else a slice now and
        the rest a slice a turn (with the documents still behind from a change before). False when a
        document is not shown (the caller rebuilds)."""
        docs = [*self._behind, *(h for h in docs if h not in self._behind)]
        lane_of = {doc_hash: lane for lane, doc_hash in enumerate(self._hashes)}
        if sum(len(self._doc_keys[lane_of[h]]) for h in docs if h in lane_of) <= SLICE_EVENTS:
            self._behind = {}
            if not self._update_documents(docs):
                return False
            self._slice_timer.stop()
            return True
        self._behind = dict.fromkeys(docs)
        return self._follow_slice()

    def _follow_slice(self) -> bool:
        """Follow the first documents behind, about :data:`SLICE_EVENTS` events (a document whole);
        the next slice in the next turn, or :attr:`settled`. False when one is not shown."""
        lane_of = {doc_hash: lane for lane, doc_hash in enumerate(self._hashes)}
        take: list[str] = []
        count = 0
        for doc_hash in self._behind:
            take.append(doc_hash)
            lane = lane_of.get(doc_hash)
            count += len(self._doc_keys[lane]) if lane is not None else 0
            if count >= SLICE_EVENTS:
                break
        for doc_hash in take:
            del self._behind[doc_hash]
        if not self._update_documents(take):
            self._behind = {}
            return False
        if self._behind:
            self._slice_timer.start()
        else:
            self.settled.emit()
        return True

    def _follow_next_slice(self) -> None:
        """The timer's turn: the next slice, or a rebuild when a document behind is no longer shown."""
        if self._behind and not self._follow_slice():
            self._reload()

    def _follow_replaced(self, hashes: list[str]) -> bool:
        """Whether the project shows the documents of our lanes, a changed file's new text in the
        lane of its old one (same path: its events keep their ids and their rows)."""
        shown = set(self._hashes)
        if set(hashes) == shown:
            return True
        new = [h for h in hashes if h not in shown]
        old = [h for h in self._hashes if h not in set(hashes)]
        if len(new) != len(old):
            return False
        lane_of_path = {self._documents[self._hashes.index(h)].document.path: self._hashes.index(h) for h in old}
        moves = {}
        for doc_hash in new:
            lane = lane_of_path.get(self.project.document(doc_hash).document.path)
            if lane is None:
                return False
            moves[lane] = doc_hash
        for lane, doc_hash in moves.items():
            self._hashes[lane] = doc_hash
        return True

    def _update_documents(self, docs: Iterable[str]) -> bool:
        """The rows of ``docs`` as the project shows them now, told to the views as rows removed,
        inserted and changed (a rejection, a merge, an added event, an entity edit, a re-dated
        document, and their undo), never as a reset. False when a document is not shown (rebuild)."""
        lane_of = {doc_hash: lane for lane, doc_hash in enumerate(self._hashes)}
        docs = [h for h in dict.fromkeys(docs) if h in lane_of or self.project.has_document(h)]  # not a replaced text
        if any(h not in lane_of for h in docs):
            return False
        lanes: dict[int, list] = {}
        restyled: list[int] = []  # stored keys whose curation changed (a rejection, a star, a merge's sources...)
        moved_documents = False
        for doc_hash in docs:
            lane = lane_of[doc_hash]
            rows = self.project.rows_of_document(doc_hash)
            for row in rows:
                if self._curation_at(row.event) != row.curation:
                    key = self._set_curation(row.event.id, row.curation)
                    if key is not None:
                        restyled.append(key)
            lanes[lane] = [row.event for row in rows]
            old = self._documents[lane]
            view = self._view_document(doc_hash, rows)
            self._documents[lane] = view
            self._doc_names[lane] = document_label(view, 40)
            moved_documents |= view.document != old.document or view.timexes != old.timexes
        if not self.update_lanes(lanes, restyled):
            return False
        if moved_documents:
            self.documentsChanged.emit()
        return True

    def _update_rows(self, change: Change) -> bool:
        """New curation flags on the rows of ``change.keys``: ``dataChanged`` for each, or, when the
        curation filters now hide or show one (a star under "starred only"), its row leaves or
        arrives (:meth:`EventTableModel.update_events`). False for an event not stored (rebuild)."""
        updates: list[tuple[int, Row]] = []
        for span_key in change.keys:
            row = self.project.row_at(span_key)
            if row is None:
                return False
            key = self.stored_key_of(row.event.id)
            if key is None:
                return False
            updates.append((key, row))
        before = [self.is_shown(key) for key, _ in updates]
        for key, row in updates:
            self._set_curation(row.event.id, row.curation)
        if before != [self.is_shown(key) for key, _ in updates]:
            self.update_events(restyled=[key for key, _ in updates])
            return True
        last = COLUMN_COUNT - 1
        for key, row in updates:
            model_row = self.row_of_key(key)
            if model_row >= 0:
                self.dataChanged.emit(self.index(model_row, 0), self.index(model_row, last))
        return True

    def _replace_rows(self, change: Change) -> bool:
        """New records (same ids: a new title or date) for the events of ``change.keys``; a row
        the curation filters now hide (a date out of the range filtered on) leaves. False when one
        is not stored or is gone (then the caller diffs its document)."""
        replaced: dict[int, object] = {}
        for span_key in change.keys:
            row = self.project.row_at(span_key)
            if row is None:
                return False
            key = self.stored_key_of(row.event.id)
            if key is None or self.is_gone(key):
                return False
            replaced[key] = row
        for key, row in replaced.items():
            self._set_curation(row.event.id, row.curation)  # type: ignore[attr-defined]
        self.update_events(replaced={key: row.event for key, row in replaced.items()},  # type: ignore[attr-defined]
                           restyled=list(replaced))
        return True

    def _reload(self) -> None:
        settling = bool(self._behind)
        self._behind = {}
        self._slice_timer.stop()
        self.beginResetModel()
        self._curations = {}
        self._reset_storage()
        self._hashes = []
        if self._project is not None and not self._load_stored_rows():
            by_doc = self._rows_by_doc()
            for record in self.project.documents():
                self._hashes.append(record.hash)
                self._register(self._view_document(record.hash, by_doc.get(record.hash, ())), signal=False)
        if self._project is not None and self._project.actor_index is not None and self._project.groups:
            # the groups the people panel adopts next, taken now: the rows and the timeline's marks
            # are made once with their collapsed sources hidden (the timeline made every mark again
            # on the first event-loop turn after opening 1M events when the groups came after)
            self._store_groups(self._project.groups)
        self._order_all()
        self.endResetModel()
        self._start_haystacks()
        self.documentsChanged.emit()
        self.reloaded.emit()
        if settling:
            self.settled.emit()

    def _load_stored_rows(self) -> bool:
        """A project opened from a file: the documents whose rows are the stored columns' rows
        (:meth:`Project.stored_rows`: no edit, events as read) are taken as columns, without a
        record or a curation per event; the others' rows are asked for. False (nothing done) when
        the project has no stored columns."""
        project = self.project
        stored = project.stored_events()
        if stored is None:
            return False
        lanes: list[tuple[ExtractedDocument, tuple[int, int] | None]] = []
        labels: set[bool] = set()
        paths: set[str] = set()
        for record in project.documents():
            span = project.stored_rows(record.hash)
            if record.document.path in paths:
                return False  # two documents of one path: the first alone is shown (``_register``)
            paths.add(record.document.path)
            if span is None:
                lanes.append((self._view_document(record.hash, project.rows_of_document(record.hash)), None))
                continue
            start, stop, labelled = span
            labels.add(labelled)
            extracted = project.extracted(record.hash)  # its document, expressions, and events as stored rows
            lanes.append((ExtractedDocument(record.document, extracted.timexes, stored.lazy(start, stop, labelled)),
                          (start, stop)))
        if len(labels) != 1:
            self._curations = {}
            return False  # nothing (or not all alike) to take as columns
        for record in project.documents():
            self._hashes.append(record.hash)
        self._load_stored(stored, lanes, labels.pop())
        return True

    # -- display -------------------------------------------------------------------------------

    def data(self, index: QModelIndex, role: int = _DISPLAY):
        if role == CURATION_ROLE:
            return self._curation_at(self.event_at(index.row()))
        value = super().data(index, role)
        if role == _DISPLAY and index.column() == Column.DATE and self._curations:
            cur = self._curations.get(self.event_at(index.row()).id)
            if cur is not None and "date" in cur.edited:
                return f"{value} {EDITED_MARK}"
        if role == _TOOLTIP and index.column() == Column.DATE and self._curations:
            cur = self._curations.get(self.event_at(index.row()).id)
            if cur is not None and "date" in cur.edited:
                event = self.event_at(index.row())
                return f"Date set by you; the text says \u201c{event.timex}\u201d" if event.timex else "Date set by you"
        if (role == _DISPLAY or role == _TOOLTIP) and index.column() == Column.TITLE and self._curations:
            cur = self._curations.get(self.event_at(index.row()).id)
            if cur is not None:
                if role == _DISPLAY:
                    if cur.rejected:
                        value = f"{REJECTED_MARK} {value} (rejected)"
                    if cur.starred:
                        value = f"{STAR} {value}"
                    if cur.tags:
                        value = f"{value}  [{', '.join(cur.tags)}]"
                elif cur.note:  # the sentence and the user's note, both shown as typed, never as markup
                    value = plain_tooltip(f"{self.event_at(index.row()).sentence}\n\nNote: {cur.note}")
        return value
