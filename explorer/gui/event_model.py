"""The one Qt model every view reads: events as table rows, plus the documents they came from.

The one rule of what is shown: the source model holds every event of the project (rejected ones,
and those a curation filter leaves out, included), each under a key; the proxy decides visibility
by one numpy mask by key = text and facet filter ∧ curation filter (rejected, ``EventFilter``:
:meth:`EventTableModel.shown_mask`) ∧ group collapse (the second sources of a collapsed group).
"Gone" is only for events the project no longer has (merged away, an added event undone). Counts,
``key_of``, the events of a document, the groups and the facets go by the shown events (not gone,
kept by the curation filters), so what the user sees is what it was when filtered events were left
out of the model.

Events are stored append-only and addressed by a *key* (their storage index) that never changes;
table rows are a permutation of the keys the mask keeps. Documents arrive one ``beginInsertRows``
batch each. An edit is told, never as a reset (:meth:`EventTableModel.update_events`): a gone key
is kept (an undo brings back the same key), its row leaves with ``beginRemoveRows``; a new or
returning event's row arrives with ``beginInsertRows`` where the sort puts it; a changed event gets
``dataChanged`` (and ``beginMoveRows`` if it now sorts elsewhere). A curation filter change is a
mask change (:meth:`EventTableModel.follow_mask`): the rows whose answer changed leave and arrive;
more than ``MANY_ROWS`` of them (or more runs than ``ROW_SIGNAL_WORK`` allows) are one layout
change instead, which the views take in one pass.

Sorting happens here, with numpy, rather than in ``QSortFilterProxyModel.lessThan``: the proxy's
comparisons call ``data()`` through the bindings twice per comparison, which took 36 s to keep
100,000 rows sorted while loading. :class:`EventProxyModel` forwards ``sort()`` to this model and
keeps the filtering, so views still see one sortable, filterable proxy.

On insert only what every view needs at once is computed, as numpy columns built with one list
comprehension per field (times, sort keys, certainty, open-end flags): a million events load in about
a second. Everything else is computed when first asked for: display strings per visible cell, the
filter's search text when the user first filters, the id index when an event is first looked up, and
the row of a key after a sort. The timeline takes the columns without walking the records.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from explorer.calendar import MONTH_NAMES, year_label
from explorer.entities.grouping import EventGroup
from explorer.events.record import Event
from explorer.gui.coalesce import start_once
from explorer.gui.formatting import SECONDS_PER_DAY, elide, event_when
from explorer.gui.palette import lane_color
from explorer.ingest import ExtractedDocument
from explorer.timeline.events_array import EPOCH_ORDINAL, NO_DAY, event_columns, stored_event_columns
from explorer.gui.plain_text import document_name, plain_tooltip
from explorer.gui.guard import guard_overrides
from explorer.gui.group_index import GroupKeys, GroupMembers, GroupOfKey, GroupsInfo
from explorer.gui.keyed_events import KeyedEvents
from explorer.store.event_search import JOIN, EventSearch
from explorer.store.int_column import IntColumn
from explorer.store.search_index import SearchIndex
from explorer.store.stored_events import StoredEvents
from explorer.gui.key_order import KeyOrder, inverse as _inverse, string_rank_steps, string_ranks as _string_ranks

AnyIndex = QModelIndex | QPersistentModelIndex

#: before a collapsed group's source count in its mark's title ("Work begins ×13"): a Latin-1 sign
#: every font has (the "⧉" once used is missing from common sans fonts and drew as a box)
SOURCES_MARK = "\u00d7"


class Column(IntEnum):
    DATE = 0
    TITLE = 1
    DOCUMENT = 2
    SOURCES = 3  #: how many articles report the event (grouped events), and whether their dates differ


COLUMN_COUNT = len(Column)
HEADERS = ("Date", "Title", "Document", "Sources")
#: While documents arrive, the next sort waits this many times as long as the last one took (at
#: most SORT_PAUSE_MAX_MS): the rows stay in order during an import, sorting at most a tenth of it.
SORT_PAUSE_SHARE = 10
SORT_PAUSE_MAX_MS = 2000

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_DECORATION = Qt.ItemDataRole.DecorationRole
EVENT_ROLE = Qt.ItemDataRole.UserRole + 1  #: the :class:`Event` itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  #: a key that sorts the column meaningfully (dates by time)
LANE_ROLE = Qt.ItemDataRole.UserRole + 3  #: the document's lane index
KEY_ROLE = Qt.ItemDataRole.UserRole + 4  #: the event's stable storage key
GROUP_ROLE = Qt.ItemDataRole.UserRole + 5  #: the :class:`EventGroup` the event belongs to, or None

#: Below this many stored events the people panel's name codes are made when first asked (0.03 s
#: at 100k); from it on, a few milliseconds at a time once the window is shown (``advance_name_counts``).
NAME_CODES_AT_ONCE = 250_000
FILTER_ROLE = Qt.ItemDataRole.UserRole + 6  #: "1" if the event passes the proxy's filters, else "0"

#: Events whose search text is built per event-loop turn in the background (about 20 µs each).
HAYSTACK_CHUNK = 2000
#: Events indexed for search per event-loop turn once the search text is built (about 30 ms).
INDEX_CHUNK = 1000

#: Above this many changed rows, one ``dataChanged`` spans them all (see ``_rows_changed``).
MANY_ROWS = 500

#: Telling rows one by one costs the proxy and the views a pass over every row each (0.15 ms at
#: 100k rows in ``QSortFilterProxyModel`` alone): a mask change is told row by row only while
#: runs of rows × rows stay under this, else as one layout change (about 5 ms at 100k).
ROW_SIGNAL_WORK = 10_000_000

#: Undated events sort after every dated one.
_UNDATED_KEY = 10**12

#: The rows of an empty model (row -> key); read-only, as every row order is only ever replaced.
_NO_ROWS = np.zeros(0, np.int64)
_NO_ROWS.flags.writeable = False

#: A layout change finds the new rows of at most this many persistent indexes by a pass over the
#: rows each (under a millisecond at 1M rows); more, and the whole inverse is built (10-20 ms at 1M).
FEW_PERSISTENT = 8


@dataclass(frozen=True, slots=True)
class TimeArrays:
    """Every event's columns by key, for sorting and the timeline. Time is day ordinals (any year,
    BC included), as the core gives it; seconds exist only where pyqtgraph draws (``x0``, ``x1``)."""

    begin: np.ndarray  # int64 day ordinal of the first day; ``NO_DAY`` for an undated event
    end: np.ndarray  # int64 day ordinal of the last day (inclusive); ``NO_DAY`` when undated
    lane: np.ndarray  # int32 lane (document) index
    span: np.ndarray  # bool: more than one day
    date_key: np.ndarray  # int64: chronological sort key (see ``_time_arrays``)
    certainty: np.ndarray  # uint8 ``CERTAINTY_CODES``
    flags: np.ndarray  # uint8 open-start / open-end / approximate bits

    @property
    def dated(self) -> np.ndarray:
        return self.begin != NO_DAY

    @property
    def x0(self) -> np.ndarray:
        """Starts in the plot's unit (UTC epoch seconds), NaN for undated events."""
        return np.where(self.dated, (self.begin - EPOCH_ORDINAL) * SECONDS_PER_DAY, np.nan)

    @property
    def x1(self) -> np.ndarray:
        """Exclusive ends (the day after the last) in the plot's unit, NaN for undated events."""
        return np.where(self.dated, (self.end - EPOCH_ORDINAL + 1) * SECONDS_PER_DAY, np.nan)


_FIELDS = ("begin", "end", "lane", "span", "date_key", "certainty", "flags")


def document_label(extracted: ExtractedDocument, limit: int = 60) -> str:
    """Titles guessed from the first line can be long or junk; the file name always identifies."""
    return elide(document_name(extracted.document), limit)


@guard_overrides
class EventTableModel(QAbstractTableModel):
    #: A document (lane) was added or all were cleared; lanes and headers follow it.
    documentsChanged = Signal()
    #: Events were relabelled with actors and places (``relabel``); keys and order are unchanged.
    annotationsChanged = Signal()
    #: Some events got new records with the same ids (``replace_events``: a new title or date).
    eventsReplaced = Signal()
    #: The groups of one happening reported by several articles, or which are expanded, changed.
    groupsChanged = Signal()
    #: ``update_events`` is done: events came, went or changed (rows told one by one, never a
    #: reset); the timeline rebuilds now, so no paint draws an event that is gone.
    eventsUpdated = Signal()
    #: The curation filters (a subclass's: Show Rejected, ``EventFilter``) changed which keys are
    #: shown; the proxy forgets its mask before the rows follow it.
    curationFilterChanged = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._reset_storage()
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._row_filter: Callable[[int], bool] = lambda key: True
        self._keys_changed: Callable[[Sequence[int]], None] = lambda keys: None
        #: Which keys have rows (bool by key), or None for all: the proxy's filters, see ``set_visibility``.
        self._visibility: Callable[[], np.ndarray | None] = lambda: None
        self._sort_timer = QTimer(self)
        self._sort_timer.setSingleShot(True)
        self._sort_timer.setInterval(0)
        self._sort_timer.timeout.connect(self._apply_sort)
        self._sort_cost_s = 0.0  # how long the last sort took (see add_document)
        # The filter's search text is built in the background, a chunk per event-loop turn, so the
        # first Filter keystroke does not pay for it (2.1 s at 100k events when built on demand).
        self._haystack_timer = QTimer(self)
        self._haystack_timer.setInterval(0)
        self._haystack_timer.timeout.connect(self._build_haystacks_step)

    def _reset_storage(self) -> None:
        # by key
        self._events = KeyedEvents()  # by key: given records, or stored rows made when read
        self._lanes = IntColumn()  # key -> lane (document), for per-cell lookups (int32: a list was 36 MB at 1M)
        self._chunks: list[TimeArrays] = []
        self._arrays: TimeArrays | None = None
        #: The Filter's search text (``_search_index.text``: UTF-8 blobs, each event's date, title
        #: and sentence; its document and names in ``_search``, see haystacks()) and its index, both
        #: built in the background: see search_mask().
        self._new_search()
        self._title_ranks: np.ndarray | None = None  # by key; titles never change in place (relabel keeps them)
        #: By sort column, every key in its order, made once and kept current (see ``_key_order``).
        self._key_orders: dict[int, KeyOrder] = {}
        self._doc_names_ordered: list[str] = []  # the Document column's names its order was made from
        #: The title order, computed between event-loop turns after events arrive (0.6 s at 1M).
        self._title_order_steps: Iterator[None] | None = None
        #: By key, whether the source shows the event (not gone, and kept by the curation filters of
        #: a subclass: see ``_compute_shown``); None until asked after a change.
        self._shown: np.ndarray | None = None
        self._shown_all = True  # whether ``_shown`` keeps every key
        # by row
        #: row -> key (int64). Only ever replaced, never written in place: it may be a view of a
        #: kept sort order (see ``_sorted_order``).
        self._order: np.ndarray = _NO_ROWS
        self._rank: np.ndarray | None = None  # key -> row, rebuilt when first asked after a change
        # by document (lane)
        self._documents: list[ExtractedDocument] = []
        self._doc_names: list[str] = []  # the Document column's text, by lane
        self._lane_of_path: dict[str, int] = {}
        self._doc_keys: list[Sequence[int]] = []  # by lane, every key the document has had (see ``_gone``)
        #: Keys whose event the source no longer has (merged away, an added event undone; a rejected
        #: event is not gone, the curation filters hide it): keys are never reused, so a key that
        #: comes back (an undo) is the same event, same key.
        self._gone: set[int] = set()
        # groups (see ``set_groups``): key -> group, group id -> its keys, key -> Sources column text
        self._groups_info = GroupsInfo([])  # what depends on ``_all_groups`` alone
        self._group_view = GroupMembers(self._groups_info, np.zeros(0, np.int64), np.zeros(0, np.int64), 0)
        self._group_of_key: Mapping[int, EventGroup] = GroupOfKey(self._group_view)
        self._group_keys: Mapping[str, list[int]] = GroupKeys(self._group_view)
        self._all_groups: list[EventGroup] = []  # as last given, with groups that now lack a second source
        self._grouped_ids: set[str] = set()  # the event ids of ``_all_groups``
        self._sources: dict[int, str] = {}  # the Sources column's text by key, made when first shown
        self._expanded: set[str] = set()
        self._hidden_sources: np.ndarray | None = None  # ``hidden_source_array``, until the groups change
        self._arrays_patched = 0  # see ``time_arrays_version``
        #: ``_group_keys`` flat: (keys, group index), as :meth:`_group_members` gives them
        self._group_flat: tuple[np.ndarray, np.ndarray] = (np.zeros(0, np.int64), np.zeros(0, np.int64))
        self._members_cache: tuple | None = None  # (groups, key count, stored key of each id, its group)
        self._batch = False

    # -- filling ---------------------------------------------------------------------------------

    def add_documents(self, documents: Iterable[ExtractedDocument]) -> None:
        """Several documents. Into an empty model (a load) they go as one insertion, already in the
        sort order, so the proxy and the views take a million rows in one pass; otherwise one
        insertion per document and, if sorted, one sort at the end."""
        if not self._documents:
            self._load(documents)
            return
        self._batch = True
        try:
            for extracted in documents:
                self.add_document(extracted)
        finally:
            self._batch = False
        if self._sort_column >= 0 and len(self._order):
            self._apply_sort()

    def add_document(self, extracted: ExtractedDocument) -> None:
        """Append one document and its events as one insertion, whatever its size."""
        first = len(self._events)
        count = self._register(extracted, signal=False)
        if count:
            visible = self._visible_mask()  # while filtering, only the new keys that pass get rows
            keys = np.arange(first, first + count) if visible is None else \
                np.flatnonzero(visible[first:first + count]) + first
            if len(keys):
                self.beginInsertRows(QModelIndex(), len(self._order), len(self._order) + len(keys) - 1)
                self._order = np.concatenate([self._order, keys.astype(np.int64)])
                self._rank = None
                self.endInsertRows()
            self._start_haystacks()
            if self._sort_column >= 0 and not self._batch:
                # Documents arriving one after another (an import) are sorted in together, on the
                # next event-loop turn: each sort is a layout change the proxy and the views redo in
                # full. A pending sort is not restarted (one document arriving per turn postponed it
                # to the import's end, the new rows piled up unsorted at the bottom), and the next
                # one waits SORT_PAUSE_SHARE times as long as the last took, so an import of a large
                # project spends a bounded share of its time sorting.
                start_once(self._sort_timer, min(int(self._sort_cost_s * SORT_PAUSE_SHARE * 1000), SORT_PAUSE_MAX_MS))
        if count is not None:
            self.documentsChanged.emit()

    def _load(self, documents: Iterable[ExtractedDocument]) -> None:
        first = len(self._events)
        added = sum(1 for extracted in documents if self._register(extracted, signal=False) is not None)
        self._start_haystacks()
        if len(self._events) > first:
            shown = len(self._order)
            order = self._ordered_keys()  # the filters may leave some (or all) keys without a row
            if len(order) > shown:
                self.beginInsertRows(QModelIndex(), shown, len(order) - 1)
                self._order, self._rank = order, None
                self.endInsertRows()
        if added:
            self.documentsChanged.emit()

    def _order_all(self) -> None:
        """Rows for every stored event the filters keep, in the sort order (rows are what views see:
        between the storing of events and this, they see no change)."""
        self._order, self._rank = self._ordered_keys(), None

    def _ordered_keys(self) -> np.ndarray:
        if self._sort_column >= 0 or self._visible_mask() is not None:
            self._sort_timer.stop()
            return self._sorted_order()
        return np.arange(len(self._events), dtype=np.int64)

    def _register(self, extracted: ExtractedDocument, signal: bool) -> int | None:
        """Store a document and its events' columns (not yet rows); ``signal``: between a
        ``beginInsertRows`` for them (left open when events were added) and the caller's end.
        None if the document was already there (opened twice: the first stays, ids would collide)."""
        path = extracted.document.path
        if path in self._lane_of_path:
            return None
        lane = len(self._documents)
        events = list(extracted.events)
        first = len(self._events)
        self._documents.append(extracted)
        self._doc_names.append(document_label(extracted, 40))
        self._lane_of_path[path] = lane
        self._doc_keys.append(range(first, first + len(events)))
        if events:
            arrays = _time_arrays(events, lane)
            if signal:  # new rows go at the end, shown until the next ordering (sort and filters)
                self.beginInsertRows(QModelIndex(), len(self._order), len(self._order) + len(events) - 1)
            self._events.extend(events)
            self._lanes.extend([lane] * len(events))
            self._chunks.append(arrays)
            self._arrays = None
        return len(events)

    def _load_stored(self, stored: StoredEvents, lanes: Sequence[tuple[ExtractedDocument, tuple[int, int] | None]],
                     labelled: bool) -> None:
        """Store documents (as :meth:`_register`, into an empty model, no rows yet) whose events are
        stored rows ``(start, stop)`` of ``stored``, or, where ``None``, the document's own events:
        the time columns come from the stored columns in numpy and no record is made."""
        begin_all, end_all, certainty_all, flags_all = stored_event_columns(stored)
        counts, starts, given = [], [], {}
        first = 0
        for lane, (extracted, span) in enumerate(lanes):
            first += counts[-1] if counts else 0
            n = span[1] - span[0] if span is not None else len(extracted.events)
            self._documents.append(extracted)
            self._doc_names.append(document_label(extracted, 40))
            self._lane_of_path[extracted.document.path] = lane
            self._doc_keys.append(range(first, first + n))
            counts.append(n)
            starts.append(span[0] if span is not None else -1)
            if span is None:
                given.update(zip(range(first, first + n), extracted.events))
        # each document's keys are its stored rows (start, start + 1, ...), or -1 for its own events:
        # one pass in numpy, not an array per document (19k documents at 1M events)
        sizes = np.asarray(counts, np.int64)
        span_start = np.asarray(starts, np.int64)
        rows = np.arange(int(sizes.sum()), dtype=np.int64) + np.repeat(span_start - (np.cumsum(sizes) - sizes), sizes)
        rows[np.repeat(span_start < 0, sizes)] = -1
        self._events.add_stored(stored, rows, labelled, given)
        lane = np.repeat(np.arange(len(lanes), dtype=np.int32), counts)
        safe = np.maximum(rows, 0)
        begin, end, certainty, flags = begin_all[safe], end_all[safe], certainty_all[safe], flags_all[safe]
        if given:
            keys = np.fromiter(given, np.int64, len(given))
            b, e, c, f = event_columns(list(given.values()))
            begin[keys], end[keys], certainty[keys], flags[keys] = b, e, c, f
        self._lanes = IntColumn(lane)
        self._chunks = [_arrays_of(begin, end, lane, certainty, flags)]
        self._arrays = None

    def relabel(self, label: Callable[[Event], Event]) -> None:
        """Replace every event by ``label(event)`` (who and where filled in or changed), keeping keys,
        rows and ids; one ``dataChanged`` for the table and ``annotationsChanged`` for the rest."""
        if not self._events:
            return
        self._events = KeyedEvents([label(event) for event in self._events])
        self._new_search()
        self._start_haystacks()
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._order) - 1, COLUMN_COUNT - 1))
        self.annotationsChanged.emit()

    def replace_events(self, events: Mapping[int, Event]) -> None:
        """New records for the events of some keys, with the same ids (a new title or date): see
        :meth:`update_events`. Keys stay."""
        self.update_events(replaced=events)

    def update_lanes(self, lanes: Mapping[int, Sequence[Event]], restyled: Iterable[int] = ()) -> bool:
        """What some documents have now, each as a whole (lane -> its events): matched by id to the
        keys the lane has had, each event is replaced (or brought back), added or gone, through
        :meth:`update_events` (with ``restyled``: keys whose curation changed). False, with nothing
        done, for an unknown lane or an id given twice."""
        replaced: dict[int, Event] = {}
        added: list[tuple[int, Event]] = []
        removed: list[int] = []
        gone, stored = self._gone, self._events
        for lane, events in lanes.items():
            if not 0 <= lane < len(self._documents):
                return False
            known = {stored[k].id: k for k in self._doc_keys[lane]}
            ids: set[str] = set()
            for event in events:
                if event.id in ids:
                    return False
                ids.add(event.id)
                key = known.get(event.id)
                if key is None:
                    added.append((lane, event))
                elif key in gone or stored[key] != event:
                    replaced[key] = event
            removed.extend(k for k in self._doc_keys[lane] if k not in gone and stored[k].id not in ids)
        self.update_events(replaced, added, removed, restyled)
        return True

    def update_events(self, replaced: Mapping[int, Event] | None = None, added: Sequence[tuple[int, Event]] = (),
                      removed: Iterable[int] = (), restyled: Iterable[int] = ()) -> list[int]:
        """Tell the views exactly what changed, never with a reset: ``replaced`` keys get new records
        with the same ids (a gone key among them comes back: an undo); ``added`` events (lane, event)
        get new keys; ``removed`` keys are gone (merged away, an added event undone), kept so an undo
        finds them; ``restyled`` keys kept their records but not their curation (a rejection, a star),
        so the curation filters may now hide or show them. Rows leave with ``beginRemoveRows``, arrive
        with ``beginInsertRows`` where the sort puts them, changed rows get ``dataChanged``; selection
        and scroll positions are persistent indexes and survive. Returns the new keys of ``added``."""
        replaced = dict(replaced or {})
        removed = sorted({k for k in removed if k not in self._gone and k not in replaced})
        restyled = sorted({k for k in restyled if 0 <= k < len(self._events)})
        if not (replaced or added or removed or restyled):
            return []
        arrays = self.time_arrays()  # one concatenated set of columns: patched in place
        if replaced:
            self._arrays_patched += 1
        names_changed = titles_changed = False
        resorted: list[int] = []  # shown events whose sort values changed (a new date or title)
        for key in removed:
            self._gone.add(key)
        have = len(self._search_index)  # keys with a search text
        for key, event in replaced.items():
            old = self._events[key]
            if key in self._gone and (old is event or old == event):  # back as it was (an undo)
                self._gone.discard(key)
                continue
            one = _time_arrays((event,), self._lanes[key])
            self._gone.discard(key)
            if arrays.date_key[key] != one.date_key[0] or old.title != event.title:
                resorted.append(key)
            for name in _FIELDS:
                getattr(arrays, name)[key] = getattr(one, name)[0]
            self._events[key] = event
            names_changed |= (old.actors, old.places) != (event.actors, event.places)
            titles_changed |= old.title != event.title
            if key < have:
                self._search_index.replace(key, _own_text(event), folded=True)
                self._search.replace_fields(key, _names_text(event))
        new_keys: list[int] = []
        by_lane: dict[int, list[Event]] = {}
        for lane, event in added:
            by_lane.setdefault(lane, []).append(event)
        for lane, events in by_lane.items():
            first = len(self._events)
            keys = range(first, first + len(events))
            columns = _time_arrays(events, lane)
            self._events.extend(events)
            self._lanes.extend([lane] * len(events))
            self._doc_keys[lane] = [*self._doc_keys[lane], *keys]
            self._chunks.append(columns)
            self._arrays = None
            new_keys.extend(keys)
        self._patch_shown([*replaced, *removed, *restyled])  # gone, new records or curations
        if new_keys and self._rank is not None:  # the new keys have no row yet
            self._rank = np.concatenate([self._rank, np.full(len(new_keys), -1, self._rank.dtype)])
        if titles_changed or new_keys:
            self._title_ranks = None
            self._title_order_steps = None  # made again from the new titles (see ``_start_haystacks``)
        self._follow_orders(resorted)
        touched = sorted({*replaced, *removed, *new_keys, *restyled})
        rows_before = len(self._order)
        self._keys_changed(touched)  # the proxy's answers for these keys follow
        arrived = self._move_rows(touched, resorted)
        rank = self._ranks()
        changed_rows = sorted({int(rank[k]) for k in (*replaced, *restyled) if k not in arrived and rank[k] >= 0})
        self._rows_changed(changed_rows)
        self._start_haystacks()
        if self._grouped_ids and any(self._events[k].id in self._grouped_ids for k in touched):
            self.set_groups(self._all_groups)  # a group's shown source may have gone or come back
        if names_changed:
            self.annotationsChanged.emit()
        if replaced:
            self.eventsReplaced.emit()
        if replaced or added or removed or arrived or len(self._order) != rows_before:
            self.eventsUpdated.emit()
        return new_keys

    def _rows_changed(self, rows: Sequence[int]) -> None:
        """``dataChanged`` for these rows: one per row, or one over all rows when there are many
        (a new annotation relabels thousands: one signal costs the views less than thousands)."""
        if not rows:
            return
        last = COLUMN_COUNT - 1
        if len(rows) > MANY_ROWS:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), last))
            return
        for row in rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def _move_rows(self, keys: Sequence[int], resorted: Iterable[int] = ()) -> set[int]:
        """Rows for ``keys`` leave or arrive as the filters and ``_gone`` say now, each arriving where
        the sort order puts it; the rows of ``resorted`` keys (a new date or title) move to their
        place with ``beginMoveRows``. Positions are found in numpy over the keys, and the row of
        every key is kept up to date as rows move, so no pass over the rows runs in Python.
        Returns the keys that arrived."""
        mask = self._visible_mask()
        rank = self._ranks()

        def shown(key: int) -> bool:
            return mask is None or bool(mask[key])

        leaving = sorted((int(rank[k]) for k in keys if rank[k] >= 0 and not shown(k)), reverse=True)
        if len(keys) > MANY_ROWS:
            arriving = [k for k in keys if rank[k] < 0 and shown(k)]
            if len(leaving) + len(arriving) > MANY_ROWS:
                # Thousands of rows coming or going (a curation filter switched off): one layout
                # change, not a beginInsertRows per row, which each view handles in full (20 s for
                # 98k rows arriving one by one at 100k events).
                self._apply_sort(force=True)
                return set(arriving)
        self._remove_rows(leaving)
        arriving = [k for k in keys if self._ranks()[k] < 0 and shown(k)]
        pending = self._sort_timer.isActive()  # documents arriving: the pending sort places these too
        for key in arriving:
            row = len(self._order) if pending else self._row_for(key)
            self.beginInsertRows(QModelIndex(), row, row)
            self._put_row(row, key)
            self.endInsertRows()
        if self._sort_column >= 0 and not pending:
            for key in resorted:
                self._resort_row(key)
        return set(arriving)

    def _remove_rows(self, leaving: Sequence[int]) -> None:
        """Take the rows ``leaving`` (sorted from the bottom up), each run of neighbouring rows in one
        ``beginRemoveRows``: a view handles every removal signal in full."""
        i = 0
        while i < len(leaving):
            last = first = leaving[i]
            while i + 1 < len(leaving) and leaving[i + 1] == first - 1:
                i += 1
                first = leaving[i]
            self.beginRemoveRows(QModelIndex(), first, last)
            self._take_rows(first, last)
            self.endRemoveRows()
            i += 1

    def _resort_row(self, key: int) -> None:
        """Move the row of ``key`` (whose sort values changed) to where the sort order puts it."""
        row = int(self._ranks()[key])
        if row < 0:
            return
        target = self._row_for(key)  # before the first row that sorts after it (its own row never does)
        if target in (row, row + 1):
            return
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), target)
        self._take_rows(row, row)
        self._put_row(target - 1 if target > row else target, key)
        self.endMoveRows()

    def _row_for(self, key: int) -> int:
        """Where the row of ``key`` goes: before the first shown row whose key sorts after it (by
        key when unsorted; by the sort column, then date, then key, as :meth:`_sorted_order`)."""
        rank = self._ranks()
        n = len(self._events)
        keys = np.arange(n)
        if self._sort_column < 0:
            after = keys > key
        else:
            after = self._key_order(self._sort_column).after(key, self._sort_order == Qt.SortOrder.DescendingOrder)
        rows = rank[after & (rank >= 0)]
        return int(rows.min()) if len(rows) else len(self._order)

    def _take_rows(self, first: int, last: int) -> None:
        """Rows ``first``..``last`` leave ``_order``; the rows of the keys below them move up."""
        rank = self._ranks()
        taken = self._order[first:last + 1]
        self._order = np.delete(self._order, np.s_[first:last + 1])
        rank[rank > last] -= last - first + 1
        rank[taken] = -1

    def _put_row(self, row: int, key: int) -> None:
        """``key`` gets row ``row``; the rows from there move down one."""
        rank = self._ranks()
        self._order = np.insert(self._order, row, key)
        rank[rank >= row] += 1
        rank[key] = row

    def _visible_mask(self) -> np.ndarray | None:
        """Which keys have rows (bool by key), or None for every key: the proxy's mask (which holds
        :meth:`shown_mask` too), and the shown mask alone for a model with no proxy."""
        visible = self._visibility()
        shown = self.shown_mask()
        if shown is None:
            return visible
        if visible is None:
            return shown
        return np.asarray(visible[: len(shown)], bool) & shown

    def shown_mask(self) -> np.ndarray | None:
        """By key, whether the source shows the event: not gone, and kept by its curation filters
        (see ``_compute_shown``); None when every key is shown. Kept: extended for new keys,
        patched key by key for an edit (``_patch_shown``), computed again for a filter change."""
        n = len(self._events)
        have = -1 if self._shown is None else len(self._shown)
        if have < 0 or have > n:
            self._shown = self._compute_shown(0, n)
            self._shown_all = bool(self._shown.all())
        elif have < n:
            more = self._compute_shown(have, n)
            self._shown = np.concatenate([self._shown, more])
            self._shown_all = self._shown_all and bool(more.all())
        return None if self._shown_all else self._shown

    def _patch_shown(self, keys: Iterable[int]) -> None:
        """The shown answers of ``keys`` again (gone, a new record, a new curation), not every key's:
        an edit costs its keys, even under a filter answered event by event (tags, documents)."""
        shown = self._shown
        if shown is None:
            return
        for key in keys:
            if 0 <= key < len(shown):
                shown[key] = bool(self._compute_shown(key, key + 1)[0])
        self._shown_all = bool(shown.all())

    def is_shown(self, key: int) -> bool:
        """Whether the source shows the event of ``key`` (see :meth:`shown_mask`)."""
        mask = self.shown_mask()
        return 0 <= key < len(self._events) and (mask is None or bool(mask[key]))

    def hides_keys(self) -> bool:
        """Whether some stored key is not shown (gone, or left out by the curation filters)."""
        return self.shown_mask() is not None

    def _compute_shown(self, start: int, stop: int) -> np.ndarray:
        """The shown mask over keys ``start``..``stop``: here every key that is not gone; a project
        model also applies its curation filters (rejected, :class:`EventFilter`)."""
        if stop - start == 1:
            return np.array([start not in self._gone])
        mask = np.ones(stop - start, bool)
        gone = [k - start for k in self._gone if start <= k < stop]
        if gone:
            mask[np.asarray(gone, np.int64)] = False
        return mask

    def _forget_shown(self) -> None:
        self._shown = None

    def is_gone(self, key: int) -> bool:
        """Whether the source no longer shows the event of ``key`` (see :meth:`update_events`)."""
        return key in self._gone

    def gone_keys(self) -> set[int]:
        return set(self._gone)

    def has_gone_keys(self) -> bool:
        return bool(self._gone)

    def event_count(self) -> int:
        """How many events the source shows (stored keys less the gone ones and those its curation
        filters leave out)."""
        mask = self.shown_mask()
        return len(self._events) if mask is None else int(np.count_nonzero(mask))

    def set_key_listener(self, changed: Callable[[Sequence[int]], None]) -> None:
        """``changed(keys)`` is called when the events of ``keys`` changed, came or went, before rows
        move: the proxy updates its answers for those keys (see :meth:`update_events`)."""
        self._keys_changed = changed

    def set_groups(self, groups: Sequence[EventGroup]) -> None:
        """Events reported by several articles: each group shows as its first source's row (the
        others hidden by the proxy until the group is expanded) with a source count. The same groups
        again (an actor merge leaves them as they were) change nothing and tell nobody."""
        if not self._store_groups(groups):
            return
        self._refresh_sources_column()
        self.groupsChanged.emit()

    def _store_groups(self, groups: Sequence[EventGroup]) -> bool:
        """:meth:`set_groups` without telling anyone (a reload takes its project's groups inside
        its reset, so the views see them with the rows); False if they are the ones stored."""
        groups = list(groups)
        same = groups == self._all_groups  # one C pass by identity
        keys, owner = self._group_members(groups)
        if same and np.array_equal(keys, self._group_flat[0]) and np.array_equal(owner, self._group_flat[1]):
            return False
        self._key_orders.pop(Column.SOURCES, None)  # ordered by group size
        if not same:  # the same groups (a curation filter changed their members shown): same ids
            self._all_groups = groups
            self._groups_info = GroupsInfo(groups)
            self._grouped_ids = set(self._groups_info.ids)
        self._group_flat = (keys, owner)
        # Arrays, not a dict entry per key: a curation filter change comes here for every group
        # left (90 ms of CPU at 1M events filled in Python).
        self._group_view = GroupMembers(self._groups_info, keys, owner, len(self._events))
        self._group_of_key = GroupOfKey(self._group_view)
        self._group_keys = GroupKeys(self._group_view)
        if self._expanded:
            self._expanded -= {g for g in self._expanded if g not in self._group_keys}
        self._hidden_sources = None
        return True

    def _group_members(self, groups: list[EventGroup]) -> tuple[np.ndarray, np.ndarray]:
        """(key, group index) of each event of ``groups`` the source shows, in the groups' order,
        for the groups left with two shown events or more. The ids are looked up once per groups
        and key count; which are shown is then numpy over the shown mask (a curation filter change
        asked ``key_of`` of every grouped event: 0.17 s at 100k events)."""
        n = len(self._events)
        cached = self._members_cache
        if cached is None or cached[1] != n or cached[0] != groups:  # equal lists: one C pass by identity
            groups = list(groups)  # a copy: the caller's list may change in place later
            ids = [i for group in groups for i in group.event_ids]
            flat = self._events.keys_of(ids)  # numpy over the stored ids' index, no dict per event
            owner = np.repeat(np.arange(len(groups), dtype=np.int64), [len(g.event_ids) for g in groups])
            cached = self._members_cache = (groups, n, flat, owner)
        flat, owner = cached[2], cached[3]
        ok = flat >= 0
        shown = self.shown_mask()
        if shown is not None:
            ok &= shown[np.where(ok, flat, 0)]
        counts = np.bincount(owner[ok], minlength=len(groups))
        ok &= counts[owner] >= 2
        return flat[ok], owner[ok]

    def group_of_key(self, key: int) -> EventGroup | None:
        return self._group_of_key.get(key)  # type: ignore[return-value]

    def group_of(self, event_id: str) -> EventGroup | None:
        key = self.key_of(event_id)
        return None if key is None else self.group_of_key(key)

    def group_events(self, group_id: str) -> list[Event]:
        """The group's sources, the shown one first."""
        return [self._events[k] for k in self._group_keys.get(group_id, [])]

    def group_count(self) -> int:
        return len(self._group_keys)

    def groups(self) -> list[EventGroup]:
        """The groups shown (two shown sources or more), in order; one C pass (37k groups at 1M)."""
        return list(map(self._groups_info.groups.__getitem__, self._group_view.left.tolist()))

    def group_source_kinds(self) -> set[tuple[int, str]]:
        """Each distinct (event count, disputed dates' text or "") of the groups shown: the Sources
        column's widest texts (see ``TableView.sources_column_texts``), from arrays; each disputed
        group's text is made once per groups given, not on every filter change."""
        info, left = self._groups_info, self._group_view.left
        kinds = {(n, "") for n in np.unique(info.sizes[left]).tolist()}
        for i in np.intersect1d(info.disputed, left).tolist():
            kinds.add((int(info.sizes[i]), " \u26a0 " + info.dispute_text(i, disputed_dates)))
        return kinds

    def representative_key(self, key: int) -> int:
        """The key whose row stands for ``key``'s group while it is collapsed (``key`` if none)."""
        group = self._group_of_key.get(key)
        return key if group is None else self._group_keys[group.id][0]  # type: ignore[attr-defined]

    def is_hidden_source(self, key: int) -> bool:
        """A second (third…) source of a collapsed group: the proxy hides its row."""
        group = self._group_of_key.get(key)
        return (group is not None and group.id not in self._expanded  # type: ignore[attr-defined]
                and self._group_keys[group.id][0] != key)  # type: ignore[attr-defined]

    def has_hidden_sources(self) -> bool:
        return len(self._expanded) < len(self._group_keys)

    def is_expanded(self, group_id: str) -> bool:
        return group_id in self._expanded

    def set_expanded(self, group_id: str, expanded: bool) -> None:
        if group_id not in self._group_keys or (group_id in self._expanded) == expanded:
            return
        (self._expanded.add if expanded else self._expanded.discard)(group_id)
        self._refresh_sources_column()
        self.groupsChanged.emit()

    def _refresh_sources_column(self) -> None:
        self._hidden_sources = None  # the groups or their expansion changed
        self._sources = {}  # each shown cell's text is made again when asked (``_display``)
        if len(self._order):
            self.dataChanged.emit(self.index(0, Column.SOURCES), self.index(len(self._order) - 1, Column.SOURCES))

    def _sources_text(self, key: int, group) -> str:
        keys = self._group_keys[group.id]
        if keys[0] == key:
            arrow = "\u25be" if group.id in self._expanded else "\u25b8"
            text = f"{arrow} {len(keys)} sources"
        else:
            text = f"\u21b3 source {keys.index(key) + 1} of {len(keys)}"
        if group.disputed:
            text += " \u26a0 " + disputed_dates(group)
        return text

    def clear(self) -> None:
        self.beginResetModel()
        self._reset_storage()
        self.endResetModel()
        self.documentsChanged.emit()

    # -- sorting ---------------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        if column >= 0:
            self._apply_sort()

    def flush_sort(self) -> None:
        """Sort now the documents added since the last sort (normally done on the next turn)."""
        if self._sort_timer.isActive():
            self._sort_timer.stop()
            self._apply_sort()

    def sort_column(self) -> int:
        return self._sort_column

    def set_visibility(self, visible: Callable[[], np.ndarray | None]) -> None:
        """``visible()``: which keys have rows (a bool array by key, at least as long as the keys), or
        None for every key. The proxy's filters live here as the row order, so that filtering is one
        numpy pass and one layout change rather than a call through the bindings per row."""
        self._visibility = visible

    def refresh_rows(self) -> None:
        """The rows again after the filters changed: one layout change (see :meth:`_apply_sort`)."""
        self._apply_sort(force=True)

    def follow_mask(self) -> None:
        """The rows again after the visibility mask changed (a curation filter): the rows of the
        keys whose answer changed leave and arrive with ``beginRemoveRows``/``beginInsertRows``, a
        run of neighbouring rows at once; more than ``MANY_ROWS`` of them, or more runs than the
        views can take one by one (``ROW_SIGNAL_WORK``), are one layout change. The arriving rows'
        places come from one numpy sort, not a search per row."""
        n = len(self._events)
        visible = self._visible_mask()
        want = np.ones(n, bool) if visible is None else np.asarray(visible[:n], bool)
        rank = self._ranks()
        has_row = rank >= 0
        changed = np.flatnonzero(has_row != want)
        if not len(changed):
            return
        if len(changed) > MANY_ROWS or self._sort_timer.isActive():
            self._apply_sort(force=True)
            return
        new_order = self._sorted_order()
        # runs: rows leaving next to each other, and arriving keys next to each other in the new order
        leaving_rows = np.sort(rank[changed][has_row[changed]])
        arriving_at = np.flatnonzero(~has_row[new_order])
        runs = sum(int(np.count_nonzero(np.diff(r) != 1)) + 1 for r in (leaving_rows, arriving_at) if len(r))
        if runs * max(n, 1) > ROW_SIGNAL_WORK:
            self._apply_sort(force=True)
            return
        kept = new_order[rank[new_order] >= 0]
        order = self._order
        if not np.array_equal(kept, order[want[order]]):
            self._apply_sort(force=True)  # the rows were not in the sort order (cannot happen; be safe)
            return
        leaving = sorted((int(rank[k]) for k in changed.tolist() if rank[k] >= 0), reverse=True)
        self._remove_rows(leaving)
        places = arriving_at.tolist()  # where the arriving keys go, ascending
        if places:
            self._rank = None  # rebuilt from the rows if asked meanwhile, else set once at the end
        i = 0
        while i < len(places):  # neighbouring places arrive together, from the top down
            first = last = places[i]
            while i + 1 < len(places) and places[i + 1] == last + 1:
                i += 1
                last = places[i]
            self.beginInsertRows(QModelIndex(), first, last)
            self._order = np.insert(self._order, first, new_order[first:last + 1])
            self._rank = None
            self.endInsertRows()
            i += 1
        if places:
            self._rank = _inverse(new_order, n)

    def _apply_sort(self, force: bool = False) -> None:
        """Reorder rows by the sort column (ties by date, then by key, so the order is total), keeping
        only the visible keys; rows of keys that are no longer shown lose their persistent indexes."""
        self._sort_timer.stop()
        if self._sort_column < 0 and not force and self._visible_mask() is None:
            return
        started = time.perf_counter()
        try:
            self._apply_sort_now()
        finally:
            self._sort_cost_s = time.perf_counter() - started

    def _apply_sort_now(self) -> None:
        new_order = self._sorted_order()
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        old = self._order
        persistent_keys = [int(old[p.row()]) if 0 <= p.row() < len(old) else -1 for p in persistent]
        self._order, self._rank = new_order, None
        rows = self._rows_of_keys(persistent_keys)
        self.changePersistentIndexList(
            persistent, [self.index(row, p.column()) if row >= 0 else QModelIndex()
                         for p, row in zip(persistent, rows)]
        )
        self.layoutChanged.emit()

    def _rows_of_keys(self, keys: Sequence[int]) -> list[int]:
        """The rows of ``keys`` (-1 for a key without a row, or given as -1). A layout change carries
        over only the views' few persistent indexes (the current row, the selection's corners), so
        a pass over the rows for each is cheaper than the inverse of a million rows; the inverse is
        built only when it is asked for (see :meth:`_ranks`) or more keys need it."""
        if self._rank is not None or len(keys) > FEW_PERSISTENT:
            rank = self._ranks()
            return [int(rank[k]) if k >= 0 else -1 for k in keys]
        order = self._order
        out = []
        for k in keys:
            at = np.flatnonzero(order == k) if k >= 0 else ()
            out.append(int(at[0]) if len(at) else -1)
        return out

    def _sorted_order(self) -> np.ndarray:
        """Visible keys in the order of the sort column (by key when unsorted): the column's kept
        order narrowed by the mask, no sort (see :mod:`explorer.gui.key_order`)."""
        n = len(self._events)
        visible = self._visible_mask()
        if self._sort_column < 0:
            return np.arange(n) if visible is None else np.flatnonzero(visible[:n])
        order = self._key_order(self._sort_column)
        return order.keys(visible, self._sort_order == Qt.SortOrder.DescendingOrder)

    def _key_order(self, column: int) -> KeyOrder:
        """Every key in ``column``'s ascending order (ties by date, then key), made once: keys added
        since are put in place one by one while few (a document imported), else it is made again."""
        n = len(self._events)
        order = self._key_orders.get(column)
        if column == Column.DOCUMENT and order is not None and self._doc_names_ordered != self._doc_names:
            order = None  # a document's name changed
        if order is not None and len(order) < n:
            if n - len(order) <= MANY_ROWS:
                order.move(range(len(order), n), self._sort_key(column))
            else:
                order = None
        if order is None or len(order) != n:
            if column == Column.DOCUMENT:
                self._doc_names_ordered = list(self._doc_names)
            order = KeyOrder.build(self._sort_primary(column), self.time_arrays().date_key)
        self._key_orders[column] = order
        return order

    def _sort_key(self, column: int) -> Callable[[int], tuple]:
        """A key's place in ``column``'s order as a Python value (what ``_sort_primary`` ranks, then
        date, then key), for moving a few keys (see :meth:`KeyOrder.move`)."""
        date = self.time_arrays().date_key
        if column == Column.TITLE:
            return lambda k: (self.event_by_key(int(k)).title.casefold(), int(date[k]), int(k))
        if column == Column.DOCUMENT:
            names, lanes = self._doc_names, self._lanes
            return lambda k: (names[lanes[int(k)]].casefold(), int(date[k]), int(k))
        if column == Column.SOURCES:
            groups = self._group_of_key
            return lambda k: (len(self._group_keys[groups[int(k)].id]) if int(k) in groups else 1,  # type: ignore[attr-defined]
                              int(date[k]), int(k))
        return lambda k: (int(date[k]), int(k))

    def _follow_orders(self, keys: Sequence[int]) -> None:
        """The kept orders after ``keys`` got other dates or titles: those keys move (many: the
        orders are made again when next asked)."""
        if not keys:
            return
        for column, order in list(self._key_orders.items()):
            if len(keys) > MANY_ROWS:
                del self._key_orders[column]
            else:
                order.move([k for k in keys if k < len(order)], self._sort_key(column))

    def _sort_primary(self, column: int | None = None) -> np.ndarray:
        """By key, what the sort column (or ``column``) orders by (ties go by date, then key)."""
        column = self._sort_column if column is None else column
        if column == Column.DATE:
            return self.time_arrays().date_key
        if column == Column.TITLE:
            if self._title_ranks is None or len(self._title_ranks) != len(self._events):
                self._title_ranks = _string_ranks([title.casefold() for title in self._events.titles()])
            return self._title_ranks
        if column == Column.SOURCES:
            return self._group_view.sizes_by_key(len(self._events))
        lane_rank = _string_ranks([name.casefold() for name in self._doc_names])
        return lane_rank[self.time_arrays().lane]

    def _title_order_background(self) -> Iterator[None]:
        """The title order in steps of a few tens of milliseconds (the titles casefolded and ranked
        in chunks), so the first click on the Title header only narrows it (see ``_start_haystacks``)."""
        count = len(self._events)
        out: list[np.ndarray] = []
        yield from string_rank_steps(
            lambda start, stop: [title.casefold() for title in self._events.titles(start, stop)], count, out)
        if len(self._events) == count and Column.TITLE not in self._key_orders:
            self._title_ranks = out[0]
            by_date = self._key_order(Column.DATE)  # made at the load when sorted by date, as by default
            yield
            if len(by_date) == count == len(self._events):
                self._key_orders[Column.TITLE] = KeyOrder.build_on(out[0], by_date)

    # -- Qt interface ----------------------------------------------------------------------------

    def set_row_filter(self, accepts: Callable[[int], bool]) -> None:
        """What ``FILTER_ROLE`` answers, by key: the proxy's filters (see :class:`EventProxyModel`)."""
        self._row_filter = accepts

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: AnyIndex, role: int = _DISPLAY):
        # Called for every visible cell and role: plain lookups only, no exception handling.
        row = index.row()
        if not 0 <= row < len(self._order):
            return None
        key = int(self._order[row])
        if role == _DISPLAY:
            return self._display(key, index.column())
        if role == EVENT_ROLE:
            return self._events[key]
        if role == FILTER_ROLE:
            return "1" if self._row_filter(key) else "0"
        if role == _TOOLTIP:
            if index.column() == Column.SOURCES and key in self._group_of_key:
                return plain_tooltip(self._sources_tooltip(key))
            return plain_tooltip(self._events[key].sentence)  # an article's text, never markup
        if role == GROUP_ROLE:
            return self._group_of_key.get(key)
        if role == _DECORATION:
            if index.column() == Column.DOCUMENT:
                return lane_color(self._lanes[key])
            return None
        if role == KEY_ROLE:
            return key
        if role == LANE_ROLE:
            return self._lanes[key]
        if role == SORT_ROLE:
            column = index.column()
            if column == Column.DATE:
                return int(self.time_arrays().date_key[key])
            return self._display(key, column).casefold()
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY):
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY and 0 <= section < COLUMN_COUNT:
            return HEADERS[section]
        return None

    # -- lookups for the views -------------------------------------------------------------------

    def event_at(self, row: int) -> Event:
        return self._events[int(self._order[row])]

    def key_of_row(self, row: int) -> int:
        return int(self._order[row])

    def row_of_key(self, key: int) -> int:
        """The key's row, -1 while the filters hide it."""
        return int(self._ranks()[key])

    def event_by_key(self, key: int) -> Event:
        return self._events[key]

    def key_of(self, event_id: str) -> int | None:
        """The key of an event the source shows; None for an unknown id, a gone event or one the
        curation filters leave out (see :meth:`stored_key_of`)."""
        key = self.stored_key_of(event_id)
        return None if key is None or not self.is_shown(key) else key

    def stored_key_of(self, event_id: str) -> int | None:
        """The key of a stored event, shown or not (gone keys included): the first key with that
        id, found without a dict over every event (see :meth:`KeyedEvents.keys_of`)."""
        return self._events.key_of(event_id)

    def row_of(self, event_id: str) -> int | None:
        """The event's row; None if it is not stored or the filters hide it (see :meth:`key_of`)."""
        key = self.key_of(event_id)
        if key is None:
            return None
        row = int(self._ranks()[key])
        return None if row < 0 else row

    def _ranks(self) -> np.ndarray:
        if self._rank is None or len(self._rank) != len(self._events):
            self._rank = _inverse(self._order, len(self._events))
        return self._rank

    def _display(self, key: int, column: int) -> str:
        event = self._events[key]
        if column == Column.DATE:
            return event_when(event)
        if column == Column.TITLE:
            return event.title
        if column == Column.DOCUMENT:
            return self._doc_names[self._lanes[key]]
        text = self._sources.get(key)
        if text is None:
            group = self._group_of_key.get(key)
            text = self._sources[key] = self._sources_text(key, group) if group is not None else ""
        return text

    def haystacks(self) -> EventSearch:
        """By key, what the filter box searches (casefolded), with ``scan`` and ``contains`` (a list
        of a million strings cost 440 MB): each event's date, title and sentence as UTF-8 blobs, its
        document and names once per distinct value (see :mod:`explorer.store.event_search`); built
        in the background after events arrive (see :meth:`_build_haystacks_step`), and the rest at
        once when needed before then."""
        self._extend_haystacks(len(self._events))
        return self._search

    def _new_search(self) -> None:
        self._search_index = SearchIndex()
        self._search = EventSearch(self._search_index.text, lambda: self._doc_names,
                                   lambda: self._lanes.array(), self._joined_text)

    def _joined_text(self, key: int) -> str:
        return _haystack(event_when(self._events[key]), self._events[key], self._doc_names[self._lanes[key]])

    def _extend_haystacks(self, stop: int) -> None:
        have = len(self._search_index)
        if have < stop:
            events = self._events[have:stop]
            self._search_index.append([_own_text(e) for e in events], folded=True)
            self._search.add_fields([_names_text(e) for e in events])

    def search_ready(self) -> bool:
        """Whether every event's search text is built (a Filter keystroke then only searches)."""
        return len(self._search_index) >= len(self._events)

    def search_index_ready(self) -> bool:
        """Whether :meth:`search_mask` answers without building anything first."""
        return self._search_index.indexed >= len(self._events)

    def search_mask(self, needle: str, within: np.ndarray | None = None) -> np.ndarray:
        """Which keys' search text contains ``needle`` (bool, by key), from the search index: numpy
        passes over its vocabulary and postings, never a Python step per event (see
        :mod:`explorer.store.search_index`). ``within`` (by key) only narrows the work. What is not
        indexed yet (the background build still running) is indexed now."""
        self._extend_search_index(len(self._events))
        if JOIN in needle.casefold():  # may span fields: from each event's joined text
            mask = self._search.scan(needle, 0, len(self._events))
            return mask if within is None else mask & np.asarray(within[:len(mask)], bool)
        mask = self._search_index.mask(needle, within)
        return mask | self._search.fields_mask(needle, within=within)

    def _extend_search_index(self, stop: int) -> None:
        self._extend_haystacks(stop)
        self._search_index.index_to(stop)

    def _start_haystacks(self) -> None:
        if self._events and Column.TITLE not in self._key_orders and self._title_order_steps is None:
            self._title_order_steps = self._title_order_background()
        busy = self._search_index.indexed < len(self._events) or self._title_order_steps is not None
        if busy:
            start_once(self._haystack_timer)

    def _build_haystacks_step(self) -> None:
        """One chunk of the search text (a few tens of milliseconds), until every event has one; then
        one step of the title order (see ``_title_order_background``); then the columns of
        ``_background_columns``; then one chunk of the search index, until every event is indexed."""
        total = len(self._events)
        if len(self._search_index) < total:
            self._extend_haystacks(min(len(self._search_index) + HAYSTACK_CHUNK, total))
        elif self._title_order_steps is not None:
            if next(self._title_order_steps, StopIteration) is StopIteration:
                self._title_order_steps = None
        elif self._background_columns():
            pass
        elif self._search_index.indexed < total:
            self._extend_search_index(min(self._search_index.indexed + INDEX_CHUNK, total))
            if self._search_index.indexed >= total:
                self._search_index.settle()
                self._search.settle()
        else:
            self._haystack_timer.stop()

    def _background_columns(self) -> bool:
        """Build, as one step of the background work after events arrive, columns a subclass keeps
        for later (see ``ProjectEventModel``); False when there is nothing to build."""
        return False

    def matches(self, key: int, needle: str) -> bool:
        """Whether the event's date, title, document or expression contains ``needle`` (casefolded)."""
        return bool(self.haystacks().contains(needle, np.array([key]))[0])

    def hidden_source_keys(self) -> list[int]:
        """Keys the proxy hides: the second (third…) sources of collapsed groups."""
        return self.hidden_source_array().tolist()

    def hidden_source_array(self) -> np.ndarray:
        """:meth:`hidden_source_keys` as int64, kept until the groups change (a Filter keystroke
        listed them anew: 22 ms at 1M events)."""
        if self._hidden_sources is None:
            self._hidden_sources = self._group_view.hidden(self._expanded)
        return self._hidden_sources

    def mark_title(self, key: int) -> str:
        """The label of a timeline mark: a collapsed group's shown source carries its source count."""
        event = self._events[key]
        group = self._group_of_key.get(key)
        if group is None or group.id in self._expanded:  # type: ignore[attr-defined]
            return event.title
        return f"{event.title} {SOURCES_MARK}{group.sources}" + (" \u26a0" if group.disputed else "")  # type: ignore[attr-defined]

    def key_count(self) -> int:
        """How many events are stored (keys run from 0 to this)."""
        return len(self._events)

    def names_by_key(self, kind: str) -> list[tuple[str, ...]]:
        """``actors`` or ``places`` of every event, by key."""
        return self._events.names(kind)

    def name_counts(self) -> Counter:
        """How many shown events (not gone, kept by the curation filters) name each actor or place,
        each name once per event: counted from the stored columns in numpy (no tuple per event)."""
        return self._events.name_counts(self.shown_mask())

    def name_counts_ready(self) -> bool:
        """Whether :meth:`name_counts` answers at once; not for a project of
        :data:`NAME_CODES_AT_ONCE` stored events or more just opened: :meth:`advance_name_counts` first."""
        return self._events.name_counts_ready(NAME_CODES_AT_ONCE)

    def advance_name_counts(self, budget_s: float) -> bool:
        """Work towards :meth:`name_counts` for about ``budget_s`` seconds; whether it answers at once now."""
        return self._events.advance_name_counts(budget_s)

    def salience_by_key(self, n: int | None = None, start: int = 0) -> np.ndarray:
        """Every event's salience by key (keys ``start`` to ``n``), read from the columns: no record made."""
        values = self._events.salience(start)
        return values if n is None else values[:max(n - start, 0)]

    def _sources_tooltip(self, key: int) -> str:
        group = self._group_of_key[key]
        lines = [f"Reported by {len(self._group_keys[group.id])} articles:"]  # type: ignore[attr-defined]
        for k in self._group_keys[group.id]:  # type: ignore[attr-defined]
            lines.append(f"  {self._display(k, Column.DATE)}  {self._display(k, Column.DOCUMENT)}")
        if group.disputed:  # type: ignore[attr-defined]
            lines.append("\u26a0 The sources disagree on the date: " + disputed_dates(group))
        return "\n".join(lines)

    def undated_count(self) -> int:
        """How many of the events the source shows have no date."""
        undated = self.time_arrays().begin == NO_DAY
        mask = self.shown_mask()
        return int(np.count_nonzero(undated if mask is None else undated & mask))

    @property
    def documents(self) -> Sequence[ExtractedDocument]:
        return tuple(self._documents)

    def document_count(self) -> int:
        return len(self._documents)

    def document(self, path: str) -> ExtractedDocument | None:
        lane = self._lane_of_path.get(path)
        return None if lane is None else self._documents[lane]

    def lane_of(self, path: str) -> int | None:
        return self._lane_of_path.get(path)

    def document_keys(self, path: str) -> Sequence[int]:
        """Every key the document at ``path`` has had (none for a path not open), filters aside."""
        lane = self._lane_of_path.get(path)
        return () if lane is None else self._doc_keys[lane]

    def events_of_document(self, path: str) -> list[Event]:
        lane = self._lane_of_path.get(path)
        if lane is None:
            return []
        mask = self.shown_mask()
        keys = self._doc_keys[lane]
        return [self._events[k] for k in keys] if mask is None else [self._events[k] for k in keys if mask[k]]

    def time_arrays_version(self) -> tuple[int, int]:
        """Changes when :meth:`time_arrays` would give other values (keys added, records replaced in
        place), so a view can keep what it derived from them (the timeline's full array) across a
        change of the filters alone."""
        return len(self._events), self._arrays_patched

    def time_arrays(self) -> TimeArrays:
        """All events' positions by key, concatenated once per change rather than once per read."""
        if self._arrays is None:
            if self._chunks:
                self._arrays = TimeArrays(*(np.concatenate([getattr(c, f) for c in self._chunks]) for f in _FIELDS))
            else:
                self._arrays = _time_arrays((), 0)
            self._chunks = [self._arrays]
        return self._arrays


def _haystack(when: str, event: Event, doc_name: str) -> str:
    """What the filter box searches: date, title, document, sentence, actors and places (held by
    field, see :class:`EventSearch`; made whole for a needle holding a line break)."""
    who = "\n".join(event.actors + event.places)
    return f"{when}\n{event.title}\n{doc_name}\n{event.sentence}\n{who}".casefold()


def _own_text(event: Event) -> str:
    """The part of :func:`_haystack` held per event: date, title and sentence."""
    return f"{event_when(event)}\n{event.title}\n{event.sentence}".casefold()


def _names_text(event: Event) -> str:
    """The part of :func:`_haystack` held once per distinct value: actors and places."""
    return "\n".join(event.actors + event.places).casefold()


def disputed_dates(group: EventGroup) -> str:
    """"5 Mar 2020 / 6 Mar 2020": the distinct dates a group's sources give, written as the Date
    column writes a day (not ``strftime``: each call imports ``time`` through PySide6's import hook,
    35 µs a group, 27 ms over a 1M project's disputed groups on the first turn after opening)."""
    out = []
    for begin, end in group.dates:
        if begin is None:
            continue
        text = _day_text(begin)
        if end is not None and end != begin:
            text += f"\u2013{_day_text(end)}"
        out.append(text)
    return " / ".join(dict.fromkeys(out))


def _day_text(day) -> str:  # noqa: ANN001 - a date or a BC-capable Day
    return f"{day.day} {MONTH_NAMES[day.month - 1][:3]} {year_label(day.year)}"


def _time_arrays(events: Sequence[Event], lane: int) -> TimeArrays:
    """The columns of ``events`` (see :func:`event_columns`), with times and sort keys in numpy."""
    begin, end, certainty, flags = event_columns(events)
    return _arrays_of(begin, end, np.full(len(events), lane, np.int32), certainty, flags)


def _arrays_of(begin: np.ndarray, end: np.ndarray, lane: np.ndarray, certainty: np.ndarray, flags: np.ndarray) -> TimeArrays:
    dated = begin != NO_DAY
    # Chronological, and at equal starts the narrower expression first (a day before its month).
    date_key = np.where(dated, begin * 100_000 + np.minimum(end - begin, 99_999), _UNDATED_KEY)
    return TimeArrays(begin, end, lane, dated & (end > begin), date_key, certainty, flags)
