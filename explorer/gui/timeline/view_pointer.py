"""The timeline under the pointer: clicks, hovers and tooltips, and the selection drawn.

A mixin of :class:`explorer.gui.timeline.view.TimelineView` (it uses the view's widgets and state):
what is drawn at a point (a mark, a cluster, a lane's edge note, its undated note), what a click on
it does, the tooltip that explains an event's date, and the highlight and card of the selected event.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QToolTip

from explorer.events.record import Event
from explorer.gui.event_model import document_label
from explorer.gui.formatting import elide, event_when
from explorer.timeline import MIN_SPAN_S
from explorer.calendar import EPOCH_ORDINAL
from explorer.timeline.events_array import NO_DAY, Precision
from explorer.timeline.lane_fold import THIN_LANE_PX
from explorer.timeline.zoom import SECONDS_PER_DAY, fit_range as fit_times

HIT_RADIUS_PX = 7.0

MOD_TEXT = {"AFTER": "onward", "ON_OR_AFTER": "onward", "BEFORE": "or earlier", "ON_OR_BEFORE": "or earlier",
            "APPROX": "approximately", "START": "its start", "MID": "its middle", "END": "its end",
            "EQUAL_OR_MORE": "or more", "MORE_THAN": "more than", "LESS_THAN": "less than"}


def derivation_text(event: Event) -> str:
    d = (event.derivation or "explicit").strip()
    if d == "explicit":
        return "explicit in the text"
    if d in ("dct", "document date"):
        return "from the document's date"
    return d


def escape_html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class PointerInput:
    """Clicks, hovers, tooltips and the selection for :class:`TimelineView` (whose widgets and state it uses)."""

    def hit(self, scene_pos: QPointF):
        """What is drawn at ``scene_pos``: see :meth:`TimelineItem.hit`; ``("lane", lane)`` for a
        lane's name on the lane axis."""
        if not self.vb.sceneBoundingRect().contains(scene_pos):
            lane = self.lane_name_at(scene_pos)
            return None if lane is None else ("lane", lane)
        p = self.plot.viewportTransform().map(scene_pos)
        return self.item.hit(p.x(), p.y(), HIT_RADIUS_PX)

    def event_at(self, scene_pos: QPointF) -> Event | None:
        """The event under a scene position (a mark, a bar or its title), if any."""
        got = self.hit(scene_pos)
        if got is None or got[0] != "event":
            return None
        return self.model.event_by_key(int(self.arr.row[got[1]]))

    def tooltip_text(self, event: Event) -> str:
        extracted = self.model.document(event.doc)
        source = document_label(extracted) if extracted else event.doc
        resolved = event_when(event)
        if event.mod:
            resolved += f" ({MOD_TEXT.get(event.mod, event.mod.lower())})"
        lines = [f"<b>{escape_html(event.title)}</b>"]
        if event.timex:
            lines.append(f"Written: \u201c{escape_html(event.timex)}\u201d")
        lines.append(f"Date: {escape_html(resolved)}")
        lines.append(f"Certainty: {escape_html(event.certainty)}")
        lines.append(f"Derived: {escape_html(derivation_text(event))}")
        lines.append(f"Source: <i>{escape_html(source)}</i>")
        return "<br>".join(lines)

    def cluster_tooltip(self, box) -> str:
        titles = [self.arr.title(int(i)) for i in box.members[:8]]
        more = f"<br>\u2026 and {box.count - 8:,} more" if box.count > 8 else ""
        return (f"<b>{box.count:,} events</b> (click to zoom in)<br>"
                + "<br>".join(escape_html(elide(t, 70)) for t in titles) + more)

    def _undated_tooltip(self, event_id: str) -> str | None:
        key = self.model.key_of(event_id)
        return None if key is None else self.tooltip_text(self.model.event_by_key(key))

    def _event_x(self, event: Event) -> tuple[float, float] | None:
        key = self.model.key_of(event.id)
        if key is None or event.begin is None:
            return None
        arrays = self.model.time_arrays()
        if key >= len(arrays.begin) or arrays.begin[key] == NO_DAY:
            return None
        return ((int(arrays.begin[key]) - EPOCH_ORDINAL) * SECONDS_PER_DAY,
                (int(arrays.end[key]) - EPOCH_ORDINAL + 1) * SECONDS_PER_DAY)

    def _show_selected(self, event: Event | None, pan: bool = True) -> None:
        key = self.model.key_of(event.id) if event is not None else None
        pos = np.flatnonzero(self.arr.row == key) if key is not None else np.zeros(0, np.int64)
        self.undated_list.blockSignals(True)
        self.undated_list.clearSelection()
        if event is not None and event.begin is None:
            for i in range(self.undated_list.count()):
                it = self.undated_list.item(i)
                if it.data(Qt.ItemDataRole.UserRole) == event.id:
                    self.undated_list.setCurrentItem(it)
                    self.undated_list.scrollToItem(it)
                    break
        self.undated_list.blockSignals(False)
        if not len(pos):
            self.highlight.clear()
            self._sync_lane_scroll()
            return
        i = int(pos[0])
        lanes = sorted({float(self.arr.lane[j]) for j in pos})
        self.highlight.set_target(float(self.arr.begin[i]), float(self.arr.end[i]), lanes[0],
                                  bool(self.arr.precision[i] != Precision.DAY), lanes[1:])
        doc = self.model.document(event.doc)
        source = document_label(doc, 60) if doc is not None else event.doc
        self.highlight.set_card(self.model.mark_title(int(key)), f"{event_when(event)} \u00b7 {source}",
                                self.item, pos)
        if pan:
            self.ensure_visible(event)
            if not any(self.first_lane() <= lane < self.first_lane() + self.lanes_in_view() for lane in lanes):
                self.scroll_to_lane(int(lanes[0]))
        self._sync_lane_scroll()

    def _selection_shown(self) -> tuple[bool, bool]:
        """Whether the selected event's mark, as drawn, lies in the visible time range, and whether
        one of its lanes is in view (both False without a drawn selection). Read from the highlight,
        not the marks: no pass over a million of them on every rebuild (a Filter keystroke)."""
        target = self.highlight.target()
        if target is None:
            return False, False
        x0, x1 = self.visible_range()
        first, shown = self.first_lane(), self.lanes_in_view()
        return target[1] >= x0 and target[0] <= x1, any(first <= lane < first + shown for lane in self.highlight.lanes())

    def _keep_selection_shown(self, before: tuple[bool, bool]) -> None:
        """A rebuild (actors found, a filter, an import's batch, other lanes) keeps the selected
        event where the user saw it: its lane scrolled into view and its mark inside the time range,
        if they were before. Lanes by actor put every event in one "finding actors…" lane until the
        names come; an event selected then was left in lane 43 of 72, below the view."""
        in_x, in_lane = before
        event = self.selection.current_event()
        if not (in_x or in_lane) or event is None or self.highlight.target() is None:
            return
        now_x, now_lane = self._selection_shown()
        if (now_x or not in_x) and (now_lane or not in_lane):
            return  # still where it was seen
        if in_x and not now_x:
            self.ensure_visible(event)
        if in_lane and not now_lane:
            self.scroll_to_lane(int(self.highlight.lanes()[0]))
        self._sync_lane_scroll()

    def _on_user_range(self, *args) -> None:
        self._auto_fit = None

    def _emit_range(self, *args) -> None:
        x0, x1 = self.visible_range()
        self.visibleRangeChanged.emit(x0, x1)

    def _zoom_to_selection(self, x0: float, x1: float) -> None:
        self.set_visible_range(x0, x1)

    def _on_scene_click(self, ev) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:
            return
        if ev.double():
            ev.accept()  # handled by the event filter (fit all)
            return
        got = self.hit(ev.scenePos())
        if got is None:
            return
        ev.accept()
        kind, what = got
        if kind == "event":
            event = self.model.event_by_key(int(self.arr.row[what]))
            self.selection.select_event(event.id)
            self.eventClicked.emit(event.id)
        elif kind == "cluster":
            self._zoom_into_cluster(what)
        elif kind == "beyond":
            self.go_beyond(what)
        elif kind == "undated":
            self.select_first_undated_of_lane(int(what))
        elif kind == "lane":
            self.select_in_lane(int(what))

    def lane_name_at(self, scene_pos: QPointF) -> int | None:
        """The lane in view whose name the lane axis writes at ``scene_pos`` (within half a folded
        lane of it), if any."""
        if not self.lane_axis.sceneBoundingRect().contains(scene_pos):
            return None
        first, shown = self._lanes_applied
        best, best_px = None, THIN_LANE_PX / 2
        for lane in range(first, min(first + shown, self.arr.n_lanes)):
            y = self.vb.mapViewToScene(QPointF(0.0, self.item.lane_view_y(lane))).y()
            if abs(y - scene_pos.y()) <= best_px:
                best, best_px = lane, abs(y - scene_pos.y())
        return best

    def select_in_lane(self, lane: int) -> None:
        """Select the event of ``lane`` nearest in time to the middle of the view (its name was
        clicked): the view goes to it, so a folded lane, whose events are all out of view, unfolds
        with its event selected. A lane of undated events only selects its first."""
        arr = self.arr
        part = arr.lane_slice(lane)
        if part.stop <= part.start:
            self.select_first_undated_of_lane(lane)
            return
        x0, x1 = self.visible_range()
        middle = (arr.begin[part] + arr.end[part]) / 2
        event = self.model.event_by_key(int(arr.row[part.start + int(np.argmin(np.abs(middle - (x0 + x1) / 2)))]))
        self.selection.select_event(event.id)
        self.eventClicked.emit(event.id)

    def select_first_undated_of_lane(self, lane: int) -> None:
        """Select the first undated event of ``lane`` (its note "3 undated events" was clicked): the
        undated strip and the source pane show it, as Ctrl+U and the arrows would."""
        rows = self.arr.undated_row[self.arr.undated_lane == lane]
        if len(rows):
            event = self.model.event_by_key(int(rows.min()))
            self.selection.select_event(event.id)
            self.eventClicked.emit(event.id)

    def go_beyond(self, beyond) -> None:
        """Show the events a lane's edge note names (its events before or after the view), fitted
        as the first view fits events."""
        arr = self.arr
        part = slice(int(arr.lane_start[beyond.lane]), int(arr.lane_start[beyond.lane + 1]))
        b, e = arr.begin[part], arr.end[part]
        x0, x1 = self.visible_range()
        keep = e <= x0 if beyond.side == "before" else b >= x1
        got = fit_times(b[keep], e[keep], robust=True)
        if got is not None:
            self.set_visible_range(*got)

    def _zoom_into_cluster(self, box) -> None:
        """Zoom so the cluster's members spread out (its labels then expand, as in vis-timeline)."""
        members = box.members
        lo = float(self.arr.begin[members].min())
        hi = float(self.arr.end[members].max())
        x0, x1 = self.visible_range()
        # straight to the members' own extent (one click for a cluster of 8, not several), with room
        # for the last one's title; never wider than half the view, so a click always zooms in
        width = min(max((hi - lo) * 1.5, MIN_SPAN_S), (x1 - x0) / 2)
        centre = (lo + hi) / 2 + (hi - lo) * 0.15
        self.set_visible_range(centre - width / 2, centre + width / 2)

    def _on_scene_hover(self, scene_pos: QPointF) -> None:
        got = self.hit(scene_pos)
        if got is None or got[0] == "density":
            self.plot.viewport().unsetCursor()
            if got is not None:
                d = next((d for d in self.item.last_detail.lanes if d.lane == got[1]), None)
                if d is not None:
                    QToolTip.showText(QCursor.pos(), f"{d.count:,} events in view in this lane: zoom in for detail",
                                      self.plot)
                    return
            QToolTip.hideText()
            return
        self.plot.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        kind, what = got
        if kind == "event":
            text = self.tooltip_text(self.model.event_by_key(int(self.arr.row[what])))
        elif kind == "beyond":
            text = f"{what.count:,} events of this lane lie {'before' if what.side == 'before' else 'after'} the view: click to go to them"
        elif kind == "undated":
            text = "This lane's events have no date: click to select the first (Ctrl+U lists every undated event)"
        elif kind == "lane":
            text = f"{escape_html(self.lane_name(int(what)))}: click to select its event nearest the middle of the view"
        else:
            text = self.cluster_tooltip(what)
        QToolTip.showText(QCursor.pos(), text, self.plot)
