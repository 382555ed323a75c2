"""The one Qt model every view reads: events as table rows, plus the documents they came from.

Events are stored append-only and addressed by a *key* (their storage index) that never changes;
table rows are a permutation of keys. Documents arrive one ``beginInsertRows`` batch each.

Sorting happens here, with numpy, rather than in ``QSortFilterProxyModel.lessThan``: the proxy's
comparisons call ``data()`` through the bindings twice per comparison, which took 36 s to keep
100,000 rows sorted while loading. :class:`EventProxyModel` forwards ``sort()`` to this model and
keeps the filtering, so views still see one sortable, filterable proxy.

Display strings, sort keys, filter text and time positions are computed once on insert, so
``data()`` is a lookup and the timeline takes numpy arrays without walking the records.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from explorer.entities.grouping import EventGroup
from explorer.events.record import Event
from explorer.gui.formatting import SECONDS_PER_DAY, day_start_seconds, elide, event_when
from explorer.gui.palette import lane_color
from explorer.pipeline import ExtractedDocument

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    DATE = 0
    TITLE = 1
    DOCUMENT = 2
    SOURCES = 3  #: how many articles report the event (grouped events), and whether their dates differ


COLUMN_COUNT = len(Column)
HEADERS = ("Date", "Title", "Document", "Sources")

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_DECORATION = Qt.ItemDataRole.DecorationRole
EVENT_ROLE = Qt.ItemDataRole.UserRole + 1  #: the :class:`Event` itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  #: a key that sorts the column meaningfully (dates by time)
LANE_ROLE = Qt.ItemDataRole.UserRole + 3  #: the document's lane index
KEY_ROLE = Qt.ItemDataRole.UserRole + 4  #: the event's stable storage key
GROUP_ROLE = Qt.ItemDataRole.UserRole + 5  #: the :class:`EventGroup` the event belongs to, or None

#: Undated events sort after every dated one.
_UNDATED_KEY = 10**12


@dataclass(frozen=True, slots=True)
class TimeArrays:
    """Positions of every event by key, for the timeline; ``x0`` is NaN for undated events."""

    x0: np.ndarray  # start, UTC epoch seconds
    x1: np.ndarray  # end (exclusive: the day after the inclusive end), UTC epoch seconds
    lane: np.ndarray  # int32 lane (document) index
    span: np.ndarray  # bool: more than one day


def document_label(extracted: ExtractedDocument, limit: int = 60) -> str:
    """Titles guessed from the first line can be long or junk; the file name always identifies."""
    doc = extracted.document
    return elide(doc.title or doc.name, limit)


class EventTableModel(QAbstractTableModel):
    #: A document (lane) was added or all were cleared; lanes and headers follow it.
    documentsChanged = Signal()
    #: Events were relabelled with actors and places (``relabel``); keys and order are unchanged.
    annotationsChanged = Signal()
    #: The groups of one happening reported by several articles, or which are expanded, changed.
    groupsChanged = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._reset_storage()
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    def _reset_storage(self) -> None:
        # by key
        self._events: list[Event] = []
        self._display: list[tuple[str, str, str, str]] = []
        self._haystack: list[str] = []
        self._lanes: list[int] = []
        self._date_keys: list[int] = []
        self._title_keys: list[str] = []
        self._doc_keys: list[str] = []
        self._chunks: list[TimeArrays] = []
        self._arrays: TimeArrays | None = None
        self._key_of_id: dict[str, int] = {}
        self._undated = 0
        # by row
        self._order: list[int] = []  # row -> key
        self._rank: np.ndarray = np.empty(0, np.int64)  # key -> row
        # by document (lane)
        self._documents: list[ExtractedDocument] = []
        self._lane_of_path: dict[str, int] = {}
        self._doc_keys_range: list[range] = []
        # groups (see ``set_groups``): key -> group, key -> its position among the group's sources
        self._group_of_key: dict[int, object] = {}
        self._group_keys: dict[str, list[int]] = {}
        self._expanded: set[str] = set()

    # -- filling ---------------------------------------------------------------------------------

    def add_documents(self, documents: Iterable[ExtractedDocument]) -> None:
        for extracted in documents:
            self.add_document(extracted)

    def add_document(self, extracted: ExtractedDocument) -> None:
        """Append one document and its events as one insertion, whatever its size."""
        path = extracted.document.path
        if path in self._lane_of_path:  # opened twice: keep the first, ids would collide
            return
        lane = len(self._documents)
        events = list(extracted.events)
        first = len(self._events)
        self._documents.append(extracted)
        self._lane_of_path[path] = lane
        self._doc_keys_range.append(range(first, first + len(events)))
        if events:
            doc_name = document_label(extracted, 40)
            doc_key = doc_name.casefold()
            self.beginInsertRows(QModelIndex(), first, first + len(events) - 1)
            for key, event in enumerate(events, start=first):
                when = event_when(event)
                self._events.append(event)
                self._display.append((when, event.title, doc_name, ""))
                self._haystack.append(_haystack(when, event, doc_name))
                self._lanes.append(lane)
                self._date_keys.append(_date_key(event))
                self._title_keys.append(event.title.casefold())
                self._doc_keys.append(doc_key)
                self._key_of_id.setdefault(event.id, key)
                self._undated += event.begin is None
            self._order.extend(range(first, first + len(events)))
            self._rank = np.concatenate([self._rank, np.arange(first, first + len(events))])
            self._chunks.append(_time_arrays(events, lane))
            self._arrays = None
            self.endInsertRows()
            if self._sort_column >= 0:
                self._apply_sort()
        self.documentsChanged.emit()

    def relabel(self, label: Callable[[Event], Event]) -> None:
        """Replace every event by ``label(event)`` (who and where filled in or changed), keeping keys,
        rows and ids; one ``dataChanged`` for the table and ``annotationsChanged`` for the rest."""
        if not self._events:
            return
        for key, event in enumerate(self._events):
            new = label(event)
            self._events[key] = new
            when, _title, doc_name, _sources = self._display[key]
            self._haystack[key] = _haystack(when, new, doc_name)
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._order) - 1, COLUMN_COUNT - 1))
        self.annotationsChanged.emit()

    def set_groups(self, groups: Sequence[EventGroup]) -> None:
        """Events reported by several articles: each group shows as its first source's row (the
        others hidden by the proxy until the group is expanded) with a source count."""
        self._group_of_key, self._group_keys = {}, {}
        for group in groups:
            keys = [k for k in (self._key_of_id.get(i) for i in group.event_ids) if k is not None]
            if len(keys) < 2:
                continue
            self._group_keys[group.id] = keys
            for k in keys:
                self._group_of_key[k] = group
        self._expanded &= set(self._group_keys)
        self._refresh_sources_column()
        self.groupsChanged.emit()

    def group_of_key(self, key: int) -> EventGroup | None:
        return self._group_of_key.get(key)  # type: ignore[return-value]

    def group_of(self, event_id: str) -> EventGroup | None:
        key = self._key_of_id.get(event_id)
        return None if key is None else self.group_of_key(key)

    def group_events(self, group_id: str) -> list[Event]:
        """The group's sources, the shown one first."""
        return [self._events[k] for k in self._group_keys.get(group_id, [])]

    def group_count(self) -> int:
        return len(self._group_keys)

    def groups(self) -> list[EventGroup]:
        return [self._group_of_key[keys[0]] for keys in self._group_keys.values()]  # type: ignore[misc]

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
        for key, (when, title, doc_name, _s) in enumerate(self._display):
            group = self._group_of_key.get(key)
            self._display[key] = (when, title, doc_name, "" if group is None else self._sources_text(key, group))
        if self._order:
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

    def sort_column(self) -> int:
        return self._sort_column

    def _apply_sort(self) -> None:
        """Reorder rows by the sort column (ties by date, then by key, so the order is total)."""
        keys = np.arange(len(self._events))
        date = np.asarray(self._date_keys, dtype=np.int64)
        if self._sort_column == Column.DATE:
            primary = date
        elif self._sort_column == Column.TITLE:
            primary = _string_ranks(self._title_keys)
        elif self._sort_column == Column.SOURCES:
            primary = np.asarray([len(self._group_keys[g.id]) if (g := self._group_of_key.get(k)) else 1  # type: ignore[attr-defined]
                                  for k in range(len(self._events))], np.int64)
        else:
            primary = _string_ranks(self._doc_keys)
        new_order = np.lexsort((keys, date, primary))
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            new_order = np.lexsort((-keys, -date, -primary))
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        persistent_keys = [self._order[p.row()] for p in persistent]
        self._order = new_order.tolist()
        self._rank = np.empty(len(new_order), np.int64)
        self._rank[new_order] = np.arange(len(new_order))
        self.changePersistentIndexList(
            persistent, [self.index(int(self._rank[k]), p.column()) for p, k in zip(persistent, persistent_keys)]
        )
        self.layoutChanged.emit()

    # -- Qt interface ----------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: AnyIndex, role: int = _DISPLAY):
        # Called for every visible cell and role: plain lookups only, no exception handling.
        if role == _DISPLAY:
            return self._display[self._order[index.row()]][index.column()]
        if role == EVENT_ROLE:
            return self._events[self._order[index.row()]]
        if role == _TOOLTIP:
            key = self._order[index.row()]
            if index.column() == Column.SOURCES and key in self._group_of_key:
                return self._sources_tooltip(key)
            return self._events[key].sentence
        if role == GROUP_ROLE:
            return self._group_of_key.get(self._order[index.row()])
        if role == _DECORATION:
            if index.column() == Column.DOCUMENT:
                return lane_color(self._lanes[self._order[index.row()]])
            return None
        if role == KEY_ROLE:
            return self._order[index.row()]
        if role == LANE_ROLE:
            return self._lanes[self._order[index.row()]]
        if role == SORT_ROLE:
            key = self._order[index.row()]
            column = index.column()
            if column == Column.SOURCES:
                return self._display[key][3]
            return (self._date_keys, self._title_keys, self._doc_keys)[column][key]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY):
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY and 0 <= section < COLUMN_COUNT:
            return HEADERS[section]
        return None

    # -- lookups for the views -------------------------------------------------------------------

    def event_at(self, row: int) -> Event:
        return self._events[self._order[row]]

    def key_of_row(self, row: int) -> int:
        return self._order[row]

    def row_of_key(self, key: int) -> int:
        return int(self._rank[key])

    def event_by_key(self, key: int) -> Event:
        return self._events[key]

    def key_of(self, event_id: str) -> int | None:
        return self._key_of_id.get(event_id)

    def row_of(self, event_id: str) -> int | None:
        key = self._key_of_id.get(event_id)
        return None if key is None else int(self._rank[key])

    def matches(self, key: int, needle: str) -> bool:
        """Whether the event's date, title, document or expression contains ``needle`` (casefolded)."""
        return needle in self._haystack[key]

    def _sources_tooltip(self, key: int) -> str:
        group = self._group_of_key[key]
        lines = [f"Reported by {len(self._group_keys[group.id])} articles:"]  # type: ignore[attr-defined]
        for k in self._group_keys[group.id]:  # type: ignore[attr-defined]
            lines.append(f"  {self._display[k][0]}  {self._display[k][2]}")
        if group.disputed:  # type: ignore[attr-defined]
            lines.append("\u26a0 The sources disagree on the date: " + disputed_dates(group))
        return "\n".join(lines)

    def undated_count(self) -> int:
        return self._undated

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

    def events_of_document(self, path: str) -> list[Event]:
        lane = self._lane_of_path.get(path)
        return [] if lane is None else [self._events[k] for k in self._doc_keys_range[lane]]

    def time_arrays(self) -> TimeArrays:
        """All events' positions by key, concatenated once per change rather than once per read."""
        if self._arrays is None:
            if self._chunks:
                self._arrays = TimeArrays(*(np.concatenate([getattr(c, f) for c in self._chunks])
                                            for f in ("x0", "x1", "lane", "span")))
            else:
                empty = np.empty(0)
                self._arrays = TimeArrays(empty, empty, np.empty(0, np.int32), np.empty(0, bool))
            self._chunks = [self._arrays]
        return self._arrays


def _haystack(when: str, event: Event, doc_name: str) -> str:
    """What the filter box searches: date, title, document, sentence, actors and places."""
    who = "\n".join(event.actors + event.places)
    return f"{when}\n{event.title}\n{doc_name}\n{event.sentence}\n{who}".casefold()


def disputed_dates(group: EventGroup) -> str:
    """"5 Mar 2020 / 6 Mar 2020": the distinct dates a group's sources give."""
    out = []
    for begin, end in group.dates:
        if begin is None:
            continue
        text = f"{begin.day} {begin:%b %Y}"
        if end is not None and end != begin:
            text += f"\u2013{end.day} {end:%b %Y}"
        out.append(text)
    return " / ".join(dict.fromkeys(out))


def _date_key(event: Event) -> int:
    """Chronological, and at equal starts the narrower expression first (a day before its month)."""
    if event.begin is None:
        return _UNDATED_KEY
    end = event.end or event.begin
    return event.begin.toordinal() * 100_000 + min((end - event.begin).days, 99_999)


def _string_ranks(values: list[str]) -> np.ndarray:
    """Integer ranks of strings, so lexsort (and negation for descending) works on them."""
    _, inverse = np.unique(np.asarray(values, dtype=object), return_inverse=True)
    return inverse.astype(np.int64)


def _time_arrays(events: Sequence[Event], lane: int) -> TimeArrays:
    n = len(events)
    x0 = np.full(n, np.nan)
    x1 = np.full(n, np.nan)
    for i, event in enumerate(events):
        if event.begin is not None:
            x0[i] = day_start_seconds(event.begin)
            x1[i] = day_start_seconds(event.end or event.begin) + SECONDS_PER_DAY
    span = np.nan_to_num(x1 - x0, nan=0.0) > SECONDS_PER_DAY
    return TimeArrays(x0, x1, np.full(n, lane, np.int32), span)


class EventProxyModel(QSortFilterProxyModel):
    """The views' model: filters by text here, and hands sorting to the source model (see the
    module docstring for why); the proxy itself never reorders, so its order is the source's."""

    #: The filter text changed, from whichever side; the filter box follows it.
    filterTextChanged = Signal(str)
    #: The actors and places filtered on changed: (actors, places), both tuples of canonical names.
    entityFilterChanged = Signal(object, object)

    def __init__(self, source: EventTableModel, parent=None) -> None:
        super().__init__(parent)
        self._filter_text = ""
        self._needle = ""
        self._actors: frozenset[str] = frozenset()
        self._places: frozenset[str] = frozenset()
        self._entity_order: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        source.groupsChanged.connect(self._refilter)
        source.annotationsChanged.connect(self._on_annotations)

    def events_model(self) -> EventTableModel:
        model = self.sourceModel()
        assert isinstance(model, EventTableModel)
        return model

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.events_model().sort(column, order)

    def set_filter_text(self, text: str) -> None:
        if text == self._filter_text:
            return
        self.beginFilterChange()
        self._filter_text = text
        self._needle = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.filterTextChanged.emit(text)

    def filter_text(self) -> str:
        return self._filter_text

    def set_entity_filter(self, actors: Iterable[str] = (), places: Iterable[str] = ()) -> None:
        """Keep the events naming any of ``actors`` or ``places`` (canonical names); none: keep all.
        A collapsed group is kept when any of its sources names one."""
        order = (tuple(dict.fromkeys(actors)), tuple(dict.fromkeys(places)))
        if order == self._entity_order:
            return
        self.beginFilterChange()
        self._entity_order = order
        self._actors, self._places = frozenset(order[0]), frozenset(order[1])
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.entityFilterChanged.emit(*order)

    def entity_filter(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(actors, places) filtered on, in the order chosen."""
        return self._entity_order

    def clear_filters(self) -> None:
        self.set_filter_text("")
        self.set_entity_filter()

    def is_filtering(self) -> bool:
        """Whether any event is left out: by the filter text, by actors or places, or as a second
        source of a collapsed group."""
        return bool(self._needle or self._actors or self._places) or self.events_model().has_hidden_sources()

    def is_user_filtering(self) -> bool:
        """Whether the user narrowed the events (text, actors or places)."""
        return bool(self._needle or self._actors or self._places)

    def reveal(self, source: QModelIndex) -> QModelIndex:
        """The proxy row showing the source row ``source``: its group's row while the group is
        collapsed; the user's filters are cleared if they hide it (the user asked for that event)."""
        model = self.events_model()
        shown = model.index(model.row_of_key(model.representative_key(model.key_of_row(source.row()))), 0)
        index = self.mapFromSource(shown)
        if not index.isValid() and self.is_user_filtering():
            self.clear_filters()
            index = self.mapFromSource(shown)
        return index

    def _refilter(self) -> None:
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _on_annotations(self) -> None:
        if self._needle or self._actors or self._places:
            self._refilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.events_model()
        key = model.key_of_row(source_row)
        if model.is_hidden_source(key):
            return False
        if self._actors or self._places:
            group = model.group_of_key(key)
            events = model.group_events(group.id) if group is not None and not model.is_expanded(group.id) \
                else (model.event_by_key(key),)
            if not any(self._actors.intersection(e.actors) or self._places.intersection(e.places) for e in events):
                return False
        if not self._needle:
            return True
        return model.matches(key, self._needle)
