"""The timeline's lanes and colours: lane and colour modes, lane names, and scrolling the lanes.

A mixin of :class:`explorer.gui.timeline.view.TimelineView` (it uses the view's widgets and state).
When more lanes exist than fit, the view shows a window of them, with a scroll bar and an overview
that follow the view (see :mod:`explorer.timeline.scrolling`). A lane with nothing in the visible
time range is folded to a thin band (its name and where its events are), so the window follows the
range as well: :mod:`explorer.timeline.lane_fold`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from explorer.events.record import Event
from explorer.gui.event_model import document_label
from explorer.timeline.lane_fold import first_lane_showing, lane_window, occupied_in
from explorer.timeline.scrolling import AXIS_AND_LEGEND_PX, first_lane_at
from explorer.timeline.lanes import (
    COLOUR_MODES, LANE_MODES, NO_ACTOR, NO_PLACE, TOP_MARGIN, Colouring, ColourKey, lane_y_range)


#: The lane names take at most this many pixels...
LANE_NAME_PX = 240.0
#: ...and at most this share of the timeline's width, but never less than LANE_NAME_MIN_PX: in a
#: 700x480 window the names took 240 of the timeline's 520 pixels, the plot squeezed into the rest.
LANE_NAME_SHARE = 0.3
LANE_NAME_MIN_PX = 120.0


def lane_name_room(width: float) -> float:
    """The room for the lane names in a timeline ``width`` pixels wide."""
    return min(LANE_NAME_PX, max(LANE_NAME_MIN_PX, LANE_NAME_SHARE * width))


class LanesAndColours:
    """Lanes, colours and lane scrolling for :class:`TimelineView` (whose widgets and state it uses)."""

    def lane_mode(self) -> str:
        return self._lane_mode

    def set_lane_mode(self, mode: str) -> None:
        """One lane per document ("document"), per actor ("actor"), per place ("place") or a single
        lane ("none")."""
        if mode not in LANE_MODES:
            raise ValueError(f"unknown lane mode {mode!r}")
        if mode == self._lane_mode:
            return
        self._lane_mode = mode
        self.refresh()
        self._keep_selection_shown((False, True))  # other lanes: the user looks for the selection's
        self.laneModeChanged.emit(mode)

    def set_names_pending(self, pending: bool) -> None:
        """Actors and places are being found (True) or on the events (False): lanes by actor or
        place say so in the lane without a name, and are redrawn when the state changes."""
        if pending == self._names_pending:
            return
        self._names_pending = pending
        if self._lane_mode in ("actor", "place") or self._colour_mode in ("actor", "place"):
            self._schedule_rebuild()

    def _lane_labels(self, mode: str, names: tuple[str, ...]) -> tuple[str, ...]:
        """The lane axis' labels of lanes by actor or place: the names, and while the names are
        being found "finding actors…" for the lane of events without one yet."""
        if not self._names_pending:
            return names
        none, finding = (NO_ACTOR, "finding actors\u2026") if mode == "actor" else (NO_PLACE, "finding places\u2026")
        return tuple(finding if name == none else name for name in names)

    def _legend_key(self, key: ColourKey) -> ColourKey:
        """The legend's entries: colours by actor or place say "finding actors…" for the grey of
        events without a name while the names are being found, as the lanes do (the legend said
        "(no actor)" of every event until the names came)."""
        if key.mode not in ("actor", "place") or not self._names_pending:
            return key
        return replace(key, labels=self._lane_labels(key.mode, key.labels))

    def colour_mode(self) -> str:
        return self._colour_mode

    def set_colour_mode(self, mode: str) -> None:
        """Colour marks by document, by actor (an event's first actor; "(none)" grey without one) or
        by place, whatever the lanes; the legend shows the key."""
        if mode not in COLOUR_MODES:
            raise ValueError(f"unknown colour mode {mode!r}")
        if mode == self._colour_mode:
            return
        self._colour_mode = mode
        self.refresh()
        self.colourModeChanged.emit(mode)

    def colour_key(self) -> ColourKey | None:
        """What each colour means (the legend's entries), for the current colour mode."""
        return self.item.colouring.key if self.item.colouring is not None else None

    def mark_colour(self, event_id: str) -> str | None:
        """The colour (``#rrggbb``) the mark of ``event_id`` is drawn in, if it is drawn."""
        key = self.model.key_of(event_id)
        hits = np.flatnonzero(self.arr.row == key) if key is not None else ()
        return self.item.colour_at(int(hits[0])) if len(hits) else None

    def _current_colouring(self, n: int, doc_lane: np.ndarray) -> Colouring:
        """Colours of every model key (not only those the filter keeps: colours stay put as it changes)."""
        return self._columns.colouring(self._colour_mode, n, doc_lane, self._document_labels())

    def _document_labels(self) -> list[str]:
        """The documents' labels, made again only when a document changed (not per filter keystroke:
        19k documents at 1M events took 30 ms each time)."""
        docs = self.model.documents
        seen, labels = self._doc_labels
        if not _same_objects(seen, docs):
            if len(seen) < len(docs) and _same_objects(seen, docs[:len(seen)]):  # documents added (an import)
                labels = labels + [document_label(d) for d in docs[len(seen):]]
            else:
                labels = [document_label(d) for d in docs]
            self._doc_labels = (tuple(docs), labels)
        return labels

    def lane_count(self) -> int:
        return self.arr.n_lanes

    def lane_name(self, i: int) -> str:
        return self.arr.lanes.labels[i]

    def lanes_of(self, event: Event) -> list[int]:
        """The lanes ``event`` is drawn in (several in actor mode for an event with several actors)."""
        key = self.model.key_of(event.id)
        if key is None:
            return []
        return sorted({int(l) for l in self.arr.lane[self.arr.row == key]})

    def lane_events(self, i: int) -> list[Event]:
        """The dated events drawn in lane ``i`` (those the filter keeps), sorted by begin."""
        rows = self.arr.row[self.arr.lane_slice(i)]
        return [self.model.event_by_key(int(k)) for k in rows]

    def _apply_lanes(self) -> None:
        n = self.arr.n_lanes
        self.lane_axis.set_lanes(self.arr.lanes.labels)
        lo, hi = lane_y_range(n)
        self.vb.setLimits(yMin=lo, yMax=hi)
        self._show_lanes_from(self.first_lane() if n else 0)

    def _lane_area(self) -> float:
        return self.vb.height() if self.vb.height() > 1 else self.plot.height() - AXIS_AND_LEGEND_PX

    def _lane_window(self, first: int) -> tuple[int, int]:
        """The lanes shown from ``first`` (see :func:`explorer.timeline.lane_fold.lane_window`): a
        lane with nothing in the visible time range takes a thin band, so more lanes fit zoomed in."""
        x0, x1 = self.visible_range()
        return lane_window(first, self.arr.n_lanes, occupied_in(self.arr, x0, x1), self._lane_area())

    def lanes_in_view(self) -> int:
        """How many lanes the view shows at once: as many as fit from the first lane in view, a lane
        with events in view needing :data:`MIN_LANE_PX` and one without a thin band (at most
        :data:`MAX_VISIBLE_LANES` with events)."""
        return self._lane_window(self.first_lane())[1]

    def _on_plot_resized(self) -> None:
        """The lanes in view follow the plot's height (the window, the splitter, the undated strip)."""
        if self.empty_state.isVisible():
            self.empty_state.setGeometry(self.plot.rect())
        self.lane_axis.set_max_width(lane_name_room(self.plot.width()))
        self._fit_legend()
        self.highlight.refit_card()
        self._refold_lanes()

    def _fit_legend(self) -> None:
        """The legend takes at most a quarter of the plot's height (at 640×480, coloured by actor, its
        rows of names covered most of the lanes): what does not fit folds into "+N more"."""
        from explorer.gui.render.figure import LEGEND_ROW_PX

        height = self.plot.height()
        if height > 1:
            self.legend.set_max_rows((0.25 * height - 4) // LEGEND_ROW_PX)

    def _refold_lanes(self, *args) -> None:
        """The lanes in view follow what has events in the visible range (a zoom or a pan folds the
        lanes left without any and fits more of them), and the plot's height. The selected event's
        lane stays in view if it was: showing its sentence narrowed the plot, one lane fewer fitted,
        and the lane just scrolled to (the last) fell off the bottom. So does the lane last scrolled
        to (an overview click): a zoom that made the date axis two lines tall dropped it."""
        if not self.arr.n_lanes or self._lane_window(self.first_lane()) == self._lanes_applied:
            return
        first, shown = self._lanes_now()
        asked = self._lane_asked
        kept = [int(lane) for lane in self.highlight.lanes()] + [asked]
        seen = [lane for lane in kept if lane is not None and first <= lane < first + shown]
        self._show_lanes_from(self.first_lane())
        first, shown = self._lanes_applied
        if seen and not any(first <= lane < first + shown for lane in seen):
            self.scroll_to_lane(seen[0])
        elif asked is not None and first <= asked < first + shown:
            self._lane_asked = asked  # still the lane to keep at the next change

    def _lanes_now(self) -> tuple[int, int]:
        """The lanes the view's y range shows now, ``(first, count)`` (after a drag, not those last
        applied)."""
        first = self.first_lane()
        return first, max(int(max(self.vb.viewRange()[1]) + 0.4 - first + 0.5), 1)

    def _on_lanes_dragged(self, *args) -> None:
        """The user moved the view by hand: no lane to keep but the selection's; whole lanes once
        the drag pauses (see :meth:`_settle_lanes`)."""
        self._lane_asked = None
        self._refold_timer.start()

    def _settle_lanes(self) -> None:
        """After the user dragged the lanes: show the lanes that fit from the topmost one (whole
        lanes, folded or not), as a scroll would."""
        if self.arr.n_lanes:
            self._show_lanes_from(self.first_lane())

    def first_lane(self) -> int:
        """The topmost lane in view."""
        return first_lane_at(min(self.vb.viewRange()[1]))

    def _show_lanes_from(self, first: int) -> None:
        n = self.arr.n_lanes
        self._lane_asked = None  # any other scroll: no lane to keep but the selection's
        first, shown = self._lanes_applied = self._lane_window(first)
        self.vb.setYRange(first - TOP_MARGIN, first + max(shown, 1) - 0.4, padding=0)
        many = n > shown
        self.vb.setMouseEnabled(x=True, y=many)
        self.lane_scroll.blockSignals(True)
        self.lane_scroll.setRange(0, max(n - shown, 0))
        self.lane_scroll.setPageStep(max(shown, 1))
        self.lane_scroll.blockSignals(False)
        self.lane_scroll.setVisible(many)
        self.overview.setVisible(many)
        self._sync_lane_scroll()

    def scroll_to_lane(self, lane: int) -> None:
        """Scroll the lanes (as little as needed) so ``lane`` is in view."""
        x0, x1 = self.visible_range()
        self._show_lanes_from(first_lane_showing(lane, self.first_lane(), self.arr.n_lanes,
                                                 occupied_in(self.arr, x0, x1), self._lane_area()))
        self._lane_asked = int(lane)

    def scroll_lanes(self, delta: int) -> None:
        """Scroll the lanes by ``delta`` lanes (positive: down)."""
        self._show_lanes_from(self.first_lane() + delta)

    def page_lanes_down(self) -> None:
        self.scroll_lanes(max(self.lanes_in_view() - 1, 1))

    def page_lanes_up(self) -> None:
        self.scroll_lanes(-max(self.lanes_in_view() - 1, 1))

    def _on_lane_scroll(self, value: int) -> None:
        if value != self.first_lane():
            self._show_lanes_from(value)

    def _sync_lane_scroll(self, *args) -> None:
        """The scroll bar and the overview follow the view (a drag or a scroll moves all three)."""
        first = self.first_lane()
        self.lane_scroll.blockSignals(True)
        self.lane_scroll.setValue(first)
        self.lane_scroll.blockSignals(False)
        counts = np.diff(self.arr.lane_start) if len(self.arr.lane_start) else np.zeros(0, np.int64)
        shown = self.lanes_in_view()
        # an event in several lanes (several actors) is marked where the user sees it, if anywhere
        lanes = sorted(self.highlight.lanes(), key=lambda lane: not first <= lane < first + shown)
        self.overview.set_state(counts, first, shown, int(lanes[0]) if lanes else None)


def _same_objects(a: Sequence, b: Sequence) -> bool:
    """Whether ``a`` and ``b`` hold the same objects, by identity. Not ``==``: the documents of a
    project opened again are new objects equal to the old, and comparing them compared their events,
    made from the stored columns for it: reopening a 1M-event project made all 2M records twice
    over (120 of 131 s, 6 GB)."""
    return len(a) == len(b) and all(x is y for x, y in zip(a, b))
