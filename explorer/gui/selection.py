"""The one selection all views follow: a ``QItemSelectionModel`` on the proxy, seen as "the event".

The table uses the selection model directly; the timeline and the source pane speak in event ids
through :meth:`EventSelection.select_event` and listen to :attr:`EventSelection.eventChanged`, so
none of them needs to know about proxy rows or about each other.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, Signal

from explorer.events.record import Event
from explorer.gui.event_model import EventTableModel
from explorer.gui.event_roles import EVENT_ROLE
from explorer.gui.event_proxy import EventProxyModel

_SELECT_ROW = (
    QItemSelectionModel.SelectionFlag.ClearAndSelect
    | QItemSelectionModel.SelectionFlag.Rows
    | QItemSelectionModel.SelectionFlag.Current
)


class EventSelection(QObject):
    #: The current event, or None. Emitted once per change, whichever view made it.
    eventChanged = Signal(object)

    def __init__(self, proxy: EventProxyModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.model: EventTableModel = proxy.events_model()
        self.selection_model = QItemSelectionModel(proxy, self)
        self._current_id: str | None = None
        self.selection_model.currentRowChanged.connect(self._on_current_row)
        proxy.modelReset.connect(self._on_current_row)
        # A filter is a layout change: Qt drops a current row filtered out without currentRowChanged,
        # and the panes went on showing an event the table no longer had (its document too).
        proxy.layoutChanged.connect(self._on_rows_changed)
        proxy.rowsRemoved.connect(self._on_rows_changed)
        replaced = getattr(self.model, "eventsReplaced", None)
        if replaced is not None:  # the same event with a new title or date: the panes show it again
            replaced.connect(self._on_events_replaced)

    def current_event(self) -> Event | None:
        index = self.selection_model.currentIndex()
        return index.data(EVENT_ROLE) if index.isValid() else None

    def select_event(self, event_id: str) -> bool:
        """Make ``event_id`` current everywhere. A filtered-out event is revealed by clearing the
        filter: the user asked for that event, hiding it again would look like a failed click. A
        second source of a collapsed group selects the group's row."""
        key = self.model.key_of(event_id)
        if key is None:
            return False
        row = self.model.row_of_key(key)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()
        if not index.isValid():  # a collapsed group's other source, or filtered out
            index = self.proxy.reveal_key(key)
        if not index.isValid():
            return False
        current = self.selection_model.currentIndex()
        if current.isValid() and current.row() == index.row():
            return True
        self.selection_model.setCurrentIndex(index, _SELECT_ROW)
        return True

    def clear(self) -> None:
        self.selection_model.clear()

    def _on_events_replaced(self) -> None:
        event = self.current_event()
        if event is not None:
            self.eventChanged.emit(event)

    def _on_rows_changed(self, *_args: object) -> None:
        self._on_current_row()

    def _on_current_row(self, current: QModelIndex | None = None, _previous: QModelIndex | None = None) -> None:
        event = self.current_event()
        event_id = event.id if event is not None else None
        if event_id != self._current_id:
            self._current_id = event_id
            self.eventChanged.emit(event)
