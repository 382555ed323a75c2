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

The model is one class made of parts, each in its own module and reading the same storage: the
row order (:mod:`~explorer.gui.event_model_order`), the edits (:mod:`~explorer.gui.event_model_edits`),
which keys are shown (:mod:`~explorer.gui.event_model_shown`), the groups (:mod:`~explorer.gui.event_model_groups`) and
the Filter box's text (:mod:`~explorer.gui.event_model_search`); this module keeps the storage,
filling and what Qt asks (``data``, ``sort``, counts). Columns and roles are
:mod:`explorer.gui.event_roles`; the time columns :mod:`explorer.gui.event_time_arrays`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from explorer.entities.grouping import EventGroup
from explorer.events.record import Event
from explorer.gui.coalesce import start_once
from explorer.gui.event_model_edits import EditedRows
from explorer.gui.event_model_groups import GroupedRows
from explorer.gui.event_model_order import RowOrder
from explorer.gui.event_model_shown import ShownKeys
from explorer.gui.event_model_search import SearchText
from explorer.gui.event_roles import (
    COLUMN_COUNT,
    EVENT_ROLE,
    FILTER_ROLE,
    GROUP_ROLE,
    HEADERS,
    SOURCES_HEADER_TIP,
    SOURCES_SHORT_HEADER,
    KEY_ROLE,
    LANE_ROLE,
    SORT_ROLE,
    Column,
)
from explorer.gui.event_time_arrays import TIME_FIELDS, TimeArrays, arrays_of, time_arrays_of
from explorer.gui.formatting import elide, event_when
from explorer.gui.palette import lane_color, swatch_icon
from explorer.ingest import ExtractedDocument
from explorer.timeline.events_array import NO_DAY, event_columns, stored_event_columns
from explorer.timeline.lanes import lane_shape
from explorer.gui.plain_text import document_name, plain_tooltip
from explorer.gui.guard import guard_overrides
from explorer.gui.group_index import GroupKeys, GroupMembers, GroupOfKey, GroupsInfo
from explorer.gui.keyed_events import KeyedEvents
from explorer.store.int_column import IntColumn
from explorer.store.stored_events import StoredEvents
from explorer.gui.key_order import KeyOrder

AnyIndex = QModelIndex | QPersistentModelIndex


#: While documents arrive, the next sort waits this many times as long as the last one took (at
#: most SORT_PAUSE_MAX_MS): the rows stay in order during an import, sorting at most a tenth of it.
SORT_PAUSE_SHARE = 10
SORT_PAUSE_MAX_MS = 2000

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_DECORATION = Qt.ItemDataRole.DecorationRole

#: Below this many stored events the people panel's name codes are made when first asked (0.03 s
#: at 100k); from it on, a few milliseconds at a time once the window is shown (``advance_name_counts``).
NAME_CODES_AT_ONCE = 250_000


#: The rows of an empty model (row -> key); read-only, as every row order is only ever replaced.
_NO_ROWS = np.zeros(0, np.int64)
_NO_ROWS.flags.writeable = False


def document_label(extracted: ExtractedDocument, limit: int = 60) -> str:
    """Titles guessed from the first line can be long or junk; the file name always identifies."""
    return elide(document_name(extracted.document), limit)


@guard_overrides
class EventTableModel(EditedRows, ShownKeys, RowOrder, GroupedRows, SearchText, QAbstractTableModel):
    #: A document (lane) was added or all were cleared; lanes and headers follow it.
    documentsChanged = Signal()
    #: The documents were put in another order (``move_lanes``): each key keeps its row and its
    #: document, which has another lane (another place on the timeline, another colour).
    lanesMoved = Signal()
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
    #: Rows ``first``..``last`` are about to leave (a curation filter, an edit), told before
    #: ``rowsAboutToBeRemoved``: Qt's selection model moves a current row that leaves to a
    #: neighbour, and a filter hiding the selected event selected another one.
    rowsLeaving = Signal(int, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._reset_storage()
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._short_sources_header = False  # see set_short_sources_header
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
            arrays = time_arrays_of(events, lane)
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
        self._chunks = [arrays_of(begin, end, lane, certainty, flags)]
        self._arrays = None

    def set_key_listener(self, changed: Callable[[Sequence[int]], None]) -> None:
        """``changed(keys)`` is called when the events of ``keys`` changed, came or went, before rows
        move: the proxy updates its answers for those keys (see :meth:`update_events`)."""
        self._keys_changed = changed

    def clear(self) -> None:
        self.beginResetModel()
        self._reset_storage()
        self.endResetModel()
        self.documentsChanged.emit()

    # -- sorting (the order itself: event_model_order) ----------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        if column >= 0:
            self._apply_sort()

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
                lane = self._lanes[key]
                return swatch_icon(lane_color(lane), lane_shape(lane))
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
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == _DISPLAY:
            return SOURCES_SHORT_HEADER if section == Column.SOURCES and self._short_sources_header else HEADERS[section]
        if role == _TOOLTIP and section == Column.SOURCES:
            return SOURCES_HEADER_TIP
        return None

    def set_short_sources_header(self, short: bool) -> None:
        """Name the Sources column in short while the table keeps it narrow (few events grouped)."""
        if short != self._short_sources_header:
            self._short_sources_header = short
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, Column.SOURCES, Column.SOURCES)

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
                self._arrays = TimeArrays(*(np.concatenate([getattr(c, f) for c in self._chunks]) for f in TIME_FIELDS))
            else:
                self._arrays = time_arrays_of((), 0)
            self._chunks = [self._arrays]
        return self._arrays
