"""The one selection all views follow: a ``QItemSelectionModel`` on the proxy, seen as "the event".

The table uses the selection model directly; the timeline and the source pane speak in event ids
through :meth:`EventSelection.select_event` and listen to :attr:`EventSelection.eventChanged`, so
none of them needs to know about proxy rows or about each other.

A filter that hides the selected event does not forget it: Qt drops a current row that leaves the
proxy, so the event is kept aside (:meth:`EventSelection.hidden_event`, told by
:attr:`EventSelection.hiddenChanged`) and selected again as soon as a filter change shows it. A user
who narrowed the table to look something up and cleared the box found the event they were reading
gone from every pane, and had to find it again by hand.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, QTimer, Signal

from explorer.events.record import Event
from explorer.gui.coalesce import start_once
from explorer.gui.event_model import EventTableModel
from explorer.gui.event_roles import EVENT_ROLE
from explorer.gui.event_proxy import EventProxyModel
from explorer.gui.formatting import elide

_SELECT_ROW = (
    QItemSelectionModel.SelectionFlag.ClearAndSelect
    | QItemSelectionModel.SelectionFlag.Rows
    | QItemSelectionModel.SelectionFlag.Current
)


class EventSelection(QObject):
    #: The current event, or None. Emitted once per change, whichever view made it.
    eventChanged = Signal(object)
    #: The selected event a filter hides (:meth:`hidden_event`) changed: kept aside, or shown, replaced or gone.
    hiddenChanged = Signal()
    #: A line for the status bar: the user's filter was cleared to show the event asked for.
    message = Signal(str)

    def __init__(self, proxy: EventProxyModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.model: EventTableModel = proxy.events_model()
        self.selection_model = QItemSelectionModel(proxy, self)
        self._current_id: str | None = None
        self._hidden_key: int | None = None  # the model key of the selected event a filter hides
        self.selection_model.currentRowChanged.connect(self._on_current_row)
        proxy.modelReset.connect(self._on_reset)  # another project, or its keys made afresh
        # A filter is a layout change: Qt drops a current row filtered out without currentRowChanged,
        # and the panes went on showing an event the table no longer had (its document too).
        proxy.layoutChanged.connect(self._on_rows_changed)
        proxy.rowsRemoved.connect(self._on_rows_changed)
        # The hidden event is looked for on the next turn of the event loop: rows arrive one run at
        # a time (a Filters box unticked), and its row is found through the rows' ranks; and a view
        # told in the filter's own layout change, before the table had the rows, could not scroll
        # to it (the table stayed at its top, the event selected below the view)
        self._arrived = QTimer(self)
        self._arrived.setSingleShot(True)
        self._arrived.setInterval(0)
        self._arrived.timeout.connect(self._show_hidden_again)
        proxy.rowsInserted.connect(self._on_rows_arrived)
        self.model.rowsLeaving.connect(self._on_rows_leaving)  # dropped, not moved to a neighbour
        # the same event with a new title or date: the panes show it again
        self.model.eventsReplaced.connect(self._on_events_replaced)

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
        filtering = self.proxy.is_user_filtering()
        index = self.proxy.reveal_key(key)
        if not index.isValid():
            return False
        if filtering and not self.proxy.is_user_filtering():
            # said: a click in the source text on a sentence the filter hid emptied the Filter box
            # and the actor list's choice without a word, and the user's narrowing was simply gone
            event = self.model.event_by_key(key)
            self.message.emit(f"Filter cleared to show \u201c{elide(event.title, 60)}\u201d, which it hid")
        current = self.selection_model.currentIndex()
        if current.isValid() and current.row() == index.row():
            return True
        self.selection_model.setCurrentIndex(index, _SELECT_ROW)
        return True

    def clear(self) -> None:
        """No event selected, none kept aside for when a filter lets it be seen again."""
        self._set_hidden(None)
        self.selection_model.clear()

    def forget_hidden(self, event_id: str) -> None:
        """``event_id``, if it is the event kept aside, is not selected again when a filter shows
        it: the user put it away (a rejection), it is not an event a filter hid. The selection
        itself is left as it is: with Show Rejected on, the rejected row stays selected."""
        key = self._hidden_key
        if key is not None and key == self.model.stored_key_of(event_id):
            self._set_hidden(None)

    def hidden_event(self) -> Event | None:
        """The event the user had selected that a filter now hides, or None (also once it is gone:
        merged away under the filter, it can never be shown again)."""
        key = self._living(self._hidden_key)
        return None if key is None else self.model.event_by_key(key)

    def _living(self, key: int | None) -> int | None:
        """``key``, or None once it is gone (removed with its document, merged away): no filter
        can show that event again."""
        return None if key is None or self.model.is_gone(key) else key

    def _set_hidden(self, key: int | None) -> None:
        """Keep the event of ``key`` aside (None: none); a gone one is not kept."""
        key = self._living(key)
        if key != self._hidden_key:
            self._hidden_key = key
            self.hiddenChanged.emit()

    def _keep_hidden(self, event_id: str) -> None:
        """The current event ``event_id`` lost its row: kept aside unless it is gone."""
        self._set_hidden(self.model.stored_key_of(event_id))

    def _show_hidden_again(self) -> None:
        """The filters changed: the event kept aside is selected again if they show it now (its
        collapsed group's row, if it is a second source), forgotten if it is gone."""
        if self.selection_model.currentIndex().isValid():
            return
        self._set_hidden(self._hidden_key)  # forgotten if it is gone since
        key = self._hidden_key
        if key is None:
            return
        index = self.proxy.index_of_key(key)
        if index.isValid():
            self.selection_model.setCurrentIndex(index, _SELECT_ROW)  # _on_current_row forgets it

    def _on_events_replaced(self) -> None:
        event = self.current_event()
        if event is not None:
            self.eventChanged.emit(event)

    def _on_rows_changed(self, *_args: object) -> None:
        if not self.selection_model.currentIndex().isValid():
            if self._current_id is not None:  # the filter just hid it
                self._keep_hidden(self._current_id)
            elif self._hidden_key is not None:  # once the views have the new rows (see _arrived)
                start_once(self._arrived)
        self._on_current_row()

    def _on_rows_leaving(self, first: int, last: int) -> None:
        """The current event's row is about to leave (a Filters box ticked, a rejection): it is
        kept aside, unless gone, and nothing is current, before Qt would make a neighbour current
        (the user saw another event selected, which no one chose)."""
        current = self.selection_model.currentIndex()
        if current.isValid() and first <= self.proxy.mapToSource(current).row() <= last:
            event = self.current_event()
            if event is not None:
                self._keep_hidden(event.id)
            self.selection_model.clear()

    def _on_rows_arrived(self, *_args: object) -> None:
        if self._hidden_key is not None:
            start_once(self._arrived)

    def _on_reset(self) -> None:
        self._set_hidden(None)  # keys are made afresh: the one kept names nothing any more
        self._on_current_row()

    def _on_current_row(self, current: QModelIndex | None = None, _previous: QModelIndex | None = None) -> None:
        event = self.current_event()
        if event is not None:
            self._set_hidden(None)  # the user chose another event (or the hidden one came back)
        event_id = event.id if event is not None else None
        if event_id != self._current_id:
            self._current_id = event_id
            self.eventChanged.emit(event)
