"""Keyboard navigation on the window: the plain methods the Go and View actions call.

Which event comes next is decided by :mod:`explorer.navigation` (Qt-free, unit tested); this class
only gathers the events the views currently show (the table's filter applied), selects what that
module returns, and moves the timeline's visible range.
"""

from __future__ import annotations

from collections.abc import Callable
import numpy as np

from PySide6.QtCore import QObject, Signal

from explorer import navigation as nav
from explorer.events.record import Event
from explorer.gui.formatting import SECONDS_PER_DAY, day_start_seconds
from explorer.gui.selection import EventSelection
from explorer.gui.timeline import TimelineView
from explorer.timeline.zoom import BACKGROUND_SALIENCE, ROBUST_MAX_SPAN_S, clamp_range, zoom_out_range
from explorer.store.text_fold import fold

ZOOM_STEP = 0.5  #: one zoom-in halves the visible width
PAN_STEP = 0.1  #: Shift+arrow pans a tenth of the view
KEEP_IN_VIEW_MARGIN = 0.05  #: a selected event nearer the edge than this (of the width) is brought in (see range_to_show)
MIN_SELECTION_ZOOM = 30 * SECONDS_PER_DAY  #: Z on a one-day event shows about a month
#: What Home and End skip as background (see :func:`explorer.navigation.is_background`): the spans
#: and the salience the first view's fit leaves out.
_BACKGROUND = (ROBUST_MAX_SPAN_S / SECONDS_PER_DAY, BACKGROUND_SALIENCE)


class Navigator(QObject):
    #: Something to tell the user (no event in that direction, no lane below...).
    message = Signal(str)

    def __init__(self, selection: EventSelection, timeline: TimelineView,
                 current_document: Callable[[], str | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.selection = selection
        self.proxy = selection.proxy
        self.model = selection.model
        self.timeline = timeline
        self._current_document = current_document
        self._order: nav.TimeOrder | None = None
        self._visible: list[Event] | None = None
        self.history = nav.History()
        self._restoring = False
        #: (event id, time, lane) of the last lane move: Down, Down keeps the first event's time
        self._lane_anchor: tuple[str, float, int] | None = None
        for sig in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset,
                    self.proxy.layoutChanged):
            sig.connect(self._invalidate)
        self.proxy.modelReset.connect(self.history.clear)  # other documents: old ids mean nothing
        selection.eventChanged.connect(self._on_event_changed)

    # -- what is shown ---------------------------------------------------------------------------

    def visible_events(self) -> list[Event]:
        """The events the table shows (filter applied), in storage order; cached until the proxy changes."""
        if self._visible is None:
            model, proxy = self.model, self.proxy
            if proxy.is_filtering():  # the keys that have rows, found in numpy
                self._visible = [model.event_by_key(k) for k in np.flatnonzero(proxy.accepted_mask()).tolist()]
            else:
                self._visible = [model.event_by_key(k) for k in range(model.key_count())]
        return self._visible

    def search(self, text: str) -> list[Event]:
        """:func:`explorer.navigation.search` over the shown events (Find). Once the model's search
        index is built, it narrows them first in numpy (an event's title, sentence, actors and places
        are all in its search text, so nothing it leaves out could match), and only the events it
        keeps are checked one by one: at 1M events, Find's refresh after a Filter keystroke walked
        every shown event in Python."""
        needle = fold(text.strip())
        model, proxy = self.model, self.proxy
        if not needle or not model.search_index_ready():
            return nav.search(self.visible_events(), text)
        hit = model.search_mask(needle)
        if proxy.is_filtering():
            hit = hit & proxy.accepted_mask()[: len(hit)]
        return nav.search([model.event_by_key(k) for k in np.flatnonzero(hit).tolist()], text)

    def time_order(self) -> nav.TimeOrder:
        if self._order is None:
            self._order = nav.TimeOrder(self.visible_events())
        return self._order

    def is_visible(self, event_id: str) -> bool:
        row = self.model.row_of(event_id)
        return row is not None and self.proxy.mapFromSource(self.model.index(row, 0)).isValid()

    def _invalidate(self, *args) -> None:
        self._order = None
        self._visible = None

    # -- selecting -------------------------------------------------------------------------------

    def select(self, event: Event | None, what: str = "event") -> bool:
        if event is None:
            # with nothing shown (an import still reading its first articles, a filter keeping
            # none), "No dated event there" on End read as a verdict on the folder
            nothing = self.proxy.rowCount() == 0
            self.message.emit(("No event passes the filter" if self.proxy.is_filtering() else "No events yet")
                              if nothing else f"No {what} there")
            return False
        self.selection.select_event(event.id)
        self.keep_in_view(event)
        return True

    def keep_in_view(self, event: Event) -> None:
        """Bring the event on screen, not hugging an edge (the timeline decides how: see its
        ``ensure_visible``)."""
        if event.begin is not None:
            self.timeline.ensure_visible(event, KEEP_IN_VIEW_MARGIN)

    # -- in time ---------------------------------------------------------------------------------

    def next_in_time(self) -> None:
        self.select(self._step_time(+1), "later event")

    def previous_in_time(self) -> None:
        self.select(self._step_time(-1), "earlier event")

    def _step_time(self, delta: int) -> Event | None:
        """The event ``delta`` places along time from the selection. From an undated event: the dated
        event next to it in its document's text, in the direction of travel (else the other way):
        the story's time where it is told. Right from an undated event of a Second World War history
        had jumped to the first event of the whole folder, 867 BC, and Left to the last one."""
        current = self.selection.current_event()
        if current is not None and current.begin is None:
            dated = [e for e in self.visible_events() if e.doc == current.doc and e.begin is not None]
            if dated:
                beside = nav.step_in_text(dated + [current], current, delta, None)
                if beside is None or beside.id == current.id:  # no dated event that way in the text
                    beside = nav.step_in_text(dated + [current], current, -delta, None)
                if beside is not None and beside.id != current.id:
                    return beside
        if current is None:  # start from the view (see ``TimeOrder.starting_within``)
            x0, x1 = self.timeline.visible_range()
            seen = self.time_order().starting_within(nav.epoch_to_ordinal(x0), nav.epoch_to_ordinal(x1), delta)
            if seen is not None:
                return seen
        return self.time_order().step(current, delta)

    def first(self) -> None:
        """Home: the first event of the story, background spans and passing mentions before it
        skipped (see :meth:`explorer.navigation.TimeOrder.first_real`), shown among its neighbours."""
        event, before = self.time_order().first_real(*_BACKGROUND), self.timeline.visible_range()
        if self.select(event, "dated event") and self.timeline.visible_range() != before:
            self._to_edge(event, -1)

    def last(self) -> None:
        """End: the last event of the story (see :meth:`explorer.navigation.TimeOrder.last_real`)."""
        event, before = self.time_order().last_real(*_BACKGROUND), self.timeline.visible_range()
        if self.select(event, "dated event") and self.timeline.visible_range() != before:
            self._to_edge(event, +1)

    def _to_edge(self, event: Event, side: int) -> None:
        """After Home (``side`` -1) or End (+1) brought the event into view (one already in view
        leaves the view where it is): the view, its zoom kept, moved so the event is
        :data:`KEEP_IN_VIEW_MARGIN` from that edge, its story on the other side of it. Centred
        (as any jump is), the first event of a history had the left half of the view empty before
        it: nothing comes before the start but background."""
        if event.begin is None:
            return
        x0, x1 = self.timeline.visible_range()
        width, margin = x1 - x0, KEEP_IN_VIEW_MARGIN * (x1 - x0)
        start = day_start_seconds(event.begin)
        end = day_start_seconds(event.end or event.begin) + SECONDS_PER_DAY
        if end - start > width - 2 * margin:
            return  # wider than the view: where the jump put it
        shift = (start - margin) - x0 if side < 0 else (end + margin) - x1
        if abs(shift) > 0.01 * width:
            self.timeline.set_visible_range(*clamp_range(x0 + shift, x1 + shift))

    # -- in the text -----------------------------------------------------------------------------

    def next_in_text(self) -> None:
        self._step_text(+1)

    def previous_in_text(self) -> None:
        self._step_text(-1)

    def _step_text(self, delta: int) -> None:
        current = self.selection.current_event()
        if current is not None and not self.is_visible(current.id):
            current = None
        event = nav.step_in_text(self.visible_events(), current, delta, self._current_document())
        if event is not None and current is not None and event.id == current.id:  # at the document's end
            self.message.emit("The last event in this document" if delta > 0 else "The first event in this document")
            return
        self.select(event, "event in this document")

    # -- across lanes ----------------------------------------------------------------------------

    def next_lane(self) -> None:
        self._step_lane(+1)

    def previous_lane(self) -> None:
        self._step_lane(-1)

    def _step_lane(self, delta: int) -> None:
        tl = self.timeline
        current = self.selection.current_event()
        lane: int | None = None
        if current is not None and current.begin is not None:
            when = nav.midpoint(current)
            lanes = tl.lanes_of(current)
            lane = lanes[0] if lanes else None
            if self._lane_anchor is not None and self._lane_anchor[0] == current.id:
                _, when, lane = self._lane_anchor
        else:
            x0, x1 = tl.visible_range()
            when = nav.epoch_to_ordinal((x0 + x1) / 2)
            if current is not None:  # undated: its document's lane is still "here"
                lanes = tl.lanes_of(current)
                lane = lanes[0] if lanes else None
        target = nav.next_lane(tl.lane_count(), lane, delta, lambda i: bool(tl.lane_events(i)))
        if target is None:
            self.message.emit("No lane " + ("below" if delta > 0 else "above"))
            return
        self._select_in_lane(target, when)

    def _select_in_lane(self, lane: int, when: float) -> None:
        """Select the event of ``lane`` nearest ``when``, and remember the time and lane it was sought
        at: the next lane step or page starts from them, not from the event found, so a run of steps
        keeps the time the user started from."""
        event = nav.closest_in_time(self.timeline.lane_events(lane), when)
        if self.select(event):
            assert event is not None
            self._lane_anchor = (event.id, when, lane)

    def page_lanes_down(self) -> None:
        self._page_lanes(+1)

    def page_lanes_up(self) -> None:
        self._page_lanes(-1)

    def _page_lanes(self, delta: int) -> None:
        """Page Down/Up: the lanes scroll a page, and a selection the page left behind moves with it
        to the event nearest its time in the lane at its place in the view (see
        :func:`explorer.navigation.lane_on_new_page`), as a list's current row does: a selected event
        stays in view after every key. Without a selection, or one still in view, only the lanes move."""
        tl = self.timeline
        before = tl.first_lane()
        current = self.selection.current_event()
        lanes = tl.lanes_of(current) if current is not None and current.begin is not None else []
        (tl.page_lanes_down if delta > 0 else tl.page_lanes_up)()
        first, shown = tl.first_lane(), tl.lanes_in_view()
        if current is None or not lanes or first == before or any(first <= lane < first + shown for lane in lanes):
            return
        in_view = [lane for lane in lanes if before <= lane < before + shown]  # where the user saw it
        anchor = self._lane_anchor if self._lane_anchor is not None and self._lane_anchor[0] == current.id else None
        when = anchor[1] if anchor is not None else nav.midpoint(current)
        lane = anchor[2] if anchor is not None and anchor[2] in in_view else (in_view or lanes)[0]
        target = nav.lane_on_new_page(lane, before, first, shown, tl.lane_count(), lambda i: bool(tl.lane_events(i)))
        if target is not None:
            self._select_in_lane(target, when)

    # -- the view --------------------------------------------------------------------------------

    def zoom_in(self) -> None:
        self.timeline.zoom(ZOOM_STEP, self._zoom_centre())

    def zoom_out(self) -> None:
        """Twice as wide, around the selected event when it is in view; at most every event shown
        with room to spare (see :func:`explorer.timeline.zoom.zoom_out_range`), then said so."""
        view = self.timeline.visible_range()
        wider = clamp_range(*zoom_out_range(view, 1 / ZOOM_STEP, self._zoom_centre(),
                                             self.timeline.fit_range(robust=False)))
        if np.allclose(wider, view, rtol=0.0, atol=1e-6 * (view[1] - view[0])):
            self.message.emit("Every event is in view: zoomed out as far as they need")
            return
        self.timeline.set_visible_range(*wider)

    def _zoom_centre(self) -> float | None:
        """The selected event's middle if it is on screen, else None (the view's centre)."""
        event = self.selection.current_event()
        if event is None or event.begin is None:
            return None
        start = day_start_seconds(event.begin)
        end = day_start_seconds(event.end or event.begin) + SECONDS_PER_DAY
        x0, x1 = self.timeline.visible_range()
        mid = (start + end) / 2
        return mid if x0 <= mid <= x1 else None

    def zoom_to_selection(self) -> None:
        event = self.selection.current_event()
        if event is None or event.begin is None:
            self.message.emit("Select a dated event to zoom to it")
            return
        start = day_start_seconds(event.begin)
        end = day_start_seconds(event.end or event.begin) + SECONDS_PER_DAY
        width = max((end - start) * 1.5, MIN_SELECTION_ZOOM)
        mid = (start + end) / 2
        self.timeline.set_visible_range(mid - width / 2, mid + width / 2)

    def pan_left(self) -> None:
        self.timeline.pan(-PAN_STEP)

    def pan_right(self) -> None:
        self.timeline.pan(PAN_STEP)

    # -- history ---------------------------------------------------------------------------------

    def back(self) -> None:
        self._restore(self.history.back(self.is_visible), "earlier selection")

    def forward(self) -> None:
        self._restore(self.history.forward(self.is_visible), "later selection")

    def _restore(self, event_id: str | None, what: str) -> None:
        if event_id is None:
            self.message.emit(f"No {what}")
            return
        key = self.model.key_of(event_id)
        assert key is not None
        self._restoring = True
        try:
            self.select(self.model.event_by_key(key))
        finally:
            self._restoring = False

    def _on_event_changed(self, event: Event | None) -> None:
        if event is not None and not self._restoring:
            self.history.visit(event.id)
