"""The one Qt model every view reads: events as table rows, plus the documents they came from.

Rows are appended one document at a time (one ``beginInsertRows`` per document) and never reordered,
so a source row is a stable handle; sorting and filtering live in :class:`EventProxyModel`. Display
strings, sort keys and time positions are computed once on insert, so ``data()`` is a lookup and the
timeline can take numpy arrays without walking the records.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
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

from explorer.events.record import Event
from explorer.gui.formatting import SECONDS_PER_DAY, day_start_seconds, elide, event_when
from explorer.gui.palette import lane_color
from explorer.pipeline import ExtractedDocument

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    DATE = 0
    TITLE = 1
    DOCUMENT = 2


HEADERS = {Column.DATE: "Date", Column.TITLE: "Title", Column.DOCUMENT: "Document"}

EVENT_ROLE = Qt.ItemDataRole.UserRole + 1  #: the :class:`Event` itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  #: a key that sorts the column meaningfully (dates by time)
LANE_ROLE = Qt.ItemDataRole.UserRole + 3  #: the document's lane index

#: Undated events sort after every dated one.
_UNDATED_KEY = 10**12


@dataclass(frozen=True, slots=True)
class TimeArrays:
    """Positions of every source row, for the timeline; ``x0`` is NaN for undated events."""

    x0: np.ndarray  # start, UTC epoch seconds
    x1: np.ndarray  # end (exclusive: the day after the inclusive end), UTC epoch seconds
    lane: np.ndarray  # int32 lane (document) index
    span: np.ndarray  # bool: more than one day


def document_label(extracted: ExtractedDocument, limit: int = 60) -> str:
    """Titles guessed from the first line can be long or junk; the file name always identifies."""
    doc = extracted.document
    return elide(doc.title or doc.name, limit)


class EventTableModel(QAbstractTableModel):
    #: A document (lane) was added, possibly with no events; the timeline adds a lane for it.
    documentsChanged = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._events: list[Event] = []
        self._display: list[tuple[str, str, str]] = []
        self._sort: list[tuple[int, str, str]] = []
        self._lanes: list[int] = []
        self._row_of_id: dict[str, int] = {}
        self._documents: list[ExtractedDocument] = []
        self._lane_of_path: dict[str, int] = {}
        self._doc_rows: list[range] = []
        self._chunks: list[TimeArrays] = []
        self._arrays: TimeArrays | None = None
        self._undated = 0

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
        self._doc_rows.append(range(first, first + len(events)))
        if events:
            doc_name = document_label(extracted, 40)
            doc_key = doc_name.casefold()
            self.beginInsertRows(QModelIndex(), first, first + len(events) - 1)
            for offset, event in enumerate(events):
                when = event_when(event)
                self._events.append(event)
                self._display.append((when, event.title, doc_name))
                self._sort.append((_date_key(event), event.title.casefold(), doc_key))
                self._lanes.append(lane)
                self._row_of_id.setdefault(event.id, first + offset)
                self._undated += event.begin is None
            self._chunks.append(_time_arrays(events, lane))
            self._arrays = None
            self.endInsertRows()
        self.documentsChanged.emit()

    def clear(self) -> None:
        self.beginResetModel()
        self.__init_storage()
        self.endResetModel()
        self.documentsChanged.emit()

    def __init_storage(self) -> None:
        self._events.clear()
        self._display.clear()
        self._sort.clear()
        self._lanes.clear()
        self._row_of_id.clear()
        self._documents.clear()
        self._lane_of_path.clear()
        self._doc_rows.clear()
        self._chunks.clear()
        self._arrays = None
        self._undated = 0

    # -- Qt interface ----------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display[row][column]
        if role == SORT_ROLE:
            return self._sort[row][column]
        if role == EVENT_ROLE:
            return self._events[row]
        if role == LANE_ROLE:
            return self._lanes[row]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._events[row].sentence
        if role == Qt.ItemDataRole.DecorationRole and column == Column.DOCUMENT:
            return lane_color(self._lanes[row])
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[Column(section)]
        return super().headerData(section, orientation, role)

    # -- lookups for the views -------------------------------------------------------------------

    def event_at(self, row: int) -> Event:
        return self._events[row]

    def row_of(self, event_id: str) -> int | None:
        return self._row_of_id.get(event_id)

    def lane_of_row(self, row: int) -> int:
        return self._lanes[row]

    @property
    def documents(self) -> Sequence[ExtractedDocument]:
        return tuple(self._documents)

    def undated_count(self) -> int:
        return self._undated

    def document_count(self) -> int:
        return len(self._documents)

    def document(self, path: str) -> ExtractedDocument | None:
        lane = self._lane_of_path.get(path)
        return None if lane is None else self._documents[lane]

    def lane_of(self, path: str) -> int | None:
        return self._lane_of_path.get(path)

    def rows_of_document(self, path: str) -> range:
        lane = self._lane_of_path.get(path)
        return range(0) if lane is None else self._doc_rows[lane]

    def time_arrays(self) -> TimeArrays:
        """All rows' positions, concatenated once per change rather than once per read."""
        if self._arrays is None:
            if self._chunks:
                self._arrays = TimeArrays(*(np.concatenate([getattr(c, f) for c in self._chunks])
                                            for f in ("x0", "x1", "lane", "span")))
            else:
                empty = np.empty(0)
                self._arrays = TimeArrays(empty, empty, np.empty(0, np.int32), np.empty(0, bool))
            self._chunks = [self._arrays]
        return self._arrays


def _date_key(event: Event) -> int:
    """Chronological, and at equal starts the narrower expression first (a day before its month)."""
    if event.begin is None:
        return _UNDATED_KEY
    end = event.end or event.begin
    return event.begin.toordinal() * 100_000 + min((end - event.begin).days, 99_999)


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
    """Sorting by :data:`SORT_ROLE` (so dates sort by time) and a case-insensitive text filter."""

    #: The filter text changed, from whichever side; the filter box follows it.
    filterTextChanged = Signal(str)

    def __init__(self, source: EventTableModel, parent=None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)
        self._filter_text = ""

    def events_model(self) -> EventTableModel:
        model = self.sourceModel()
        assert isinstance(model, EventTableModel)
        return model

    def set_filter_text(self, text: str) -> None:
        if text != self._filter_text:
            self._filter_text = text
            self.setFilterFixedString(text)
            self.filterTextChanged.emit(text)

    def is_filtering(self) -> bool:
        return bool(self._filter_text)

    def filter_text(self) -> str:
        return self._filter_text
