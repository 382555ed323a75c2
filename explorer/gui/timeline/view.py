"""The timeline widget: events of the proxy (so the table's filter applies) as marks on lanes.

Positions come from the model's precomputed arrays; this widget keeps only a render cache of the
rows it currently draws, rebuilt (coalesced) on the proxy's signals. It speaks to the rest of the
window in event ids via :class:`EventSelection`, and offers a small range API (``visible_range``,
``set_visible_range``, ``ensure_visible``, ``fit_all``) that keyboard navigation and export can use.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QCursor, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QVBoxLayout, QWidget

from explorer.events.record import Event
from explorer.gui.event_model import TimeArrays, document_label
from explorer.gui.formatting import SECONDS_PER_DAY, day_start_seconds, event_when
from explorer.gui.palette import COLORS
from explorer.gui.selection import EventSelection
from explorer.gui.timeline.items import BAR_HEIGHT_PX, BAR_OFFSET_PX, SelectionHighlight, SpanBars
from explorer.gui.timeline.lanes import LaneAxis, lane_y_range

POINT_SIZE = 10
HIT_RADIUS_PX = 7.0
#: Bounds of what the axis can show: years 1 to 9999, the range ``datetime.date`` can represent.
_X_MIN = -62135596800.0
_X_MAX = 253402300799.0
_MIN_X_RANGE = 6 * 3600.0
FOCUS_FRAME_PX = 2
FOCUS_COLOR = QColor("#3b82f6")


class TimelineView(QWidget):
    #: The user clicked a mark: an event id. Also applied to the shared selection directly.
    eventClicked = Signal(str)
    #: The shown time range changed (by any means): start, end in UTC epoch seconds.
    visibleRangeChanged = Signal(float, float)

    def __init__(self, selection: EventSelection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selection = selection
        self.proxy = selection.proxy
        self.model = selection.model

        self.axis = pg.DateAxisItem(orientation="bottom", utcOffset=0)
        self.lane_axis = LaneAxis()
        self.plot = pg.PlotWidget(axisItems={"bottom": self.axis, "left": self.lane_axis}, background="w")
        self.plot.setObjectName("timelinePlot")
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        self.plot.showGrid(x=True, y=False, alpha=0.15)
        for name in ("bottom", "left"):
            ax = self.plot.getAxis(name)
            ax.setPen(pg.mkPen("#888"))
            ax.setTextPen(pg.mkPen("#222"))
        self.vb: pg.ViewBox = self.plot.getViewBox()
        self.vb.setMouseEnabled(x=True, y=False)
        self.vb.invertY(True)
        self.vb.setLimits(xMin=_X_MIN, xMax=_X_MAX, minXRange=_MIN_X_RANGE)

        self.spans = SpanBars()
        self.points = pg.ScatterPlotItem(pxMode=True, size=POINT_SIZE, pen=pg.mkPen("#333", width=0.6))
        self.highlight = SelectionHighlight()
        self.vb.addItem(self.spans, ignoreBounds=True)
        self.vb.addItem(self.points, ignoreBounds=True)
        self.vb.addItem(self.highlight, ignoreBounds=True)
        self._brushes = [QBrush(c) for c in COLORS]

        # render cache: keys of the events drawn and their positions (index-aligned)
        self._keys = np.empty(0, np.int64)
        self._x0 = np.empty(0)
        self._x1 = np.empty(0)
        self._lane = np.empty(0, np.int32)
        self._span = np.empty(0, bool)
        self._auto_fit = True

        self._rebuild_timer = QTimer(self)
        self._rebuild_timer.setSingleShot(True)
        self._rebuild_timer.setInterval(0)
        self._rebuild_timer.timeout.connect(self.refresh)
        for sig in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset):
            sig.connect(self._schedule_rebuild)
        self.proxy.layoutChanged.connect(self._on_layout_changed)
        self.model.documentsChanged.connect(self._update_lanes)
        selection.eventChanged.connect(self._show_selected)
        self.vb.sigRangeChangedManually.connect(self._on_user_range)

        scene = self.plot.scene()
        scene.sigMouseClicked.connect(self._on_scene_click)
        scene.sigMouseMoved.connect(self._on_scene_hover)

        self._emphasis: set[str] | None = None
        self.vb.sigXRangeChanged.connect(self._emit_range)
        # Keyboard focus lives on this widget (clicks on the plot give it focus, the plot itself
        # takes none); a frame around the plot shows when it has it.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(FOCUS_FRAME_PX, FOCUS_FRAME_PX, FOCUS_FRAME_PX, FOCUS_FRAME_PX)
        layout.addWidget(self.plot)
        self._update_lanes()
        self.set_visible_range(day_start_seconds_year(2000), day_start_seconds_year(2030))

    # -- range API ---------------------------------------------------------------------------

    def visible_range(self) -> tuple[float, float]:
        """The shown time range, UTC epoch seconds."""
        (x0, x1), _ = self.vb.viewRange()
        return float(x0), float(x1)

    def set_visible_range(self, start: float, end: float) -> None:
        self.vb.setXRange(start, end, padding=0)

    def fit_all(self) -> None:
        """Every drawn event in view with a small margin; a sensible decade when nothing is dated."""
        self._auto_fit = True
        if len(self._x0):
            lo, hi = float(self._x0.min()), float(self._x1.max())
            pad = max((hi - lo) * 0.04, 15 * SECONDS_PER_DAY)
            self.set_visible_range(lo - pad, hi + pad)

    def zoom(self, factor: float, centre: float | None = None) -> None:
        """Scale the visible width by ``factor`` (<1 zooms in), keeping ``centre`` fixed on screen."""
        x0, x1 = self.visible_range()
        c = (x0 + x1) / 2 if centre is None else centre
        self.set_visible_range(c - (c - x0) * factor, c + (x1 - c) * factor)

    def ensure_visible(self, event: Event) -> bool:
        """Pan (keeping the zoom) so ``event`` is on screen; returns whether it had to move."""
        pos = self._event_x(event)
        if pos is None:
            return False
        start, end = pos
        x0, x1 = self.visible_range()
        width = x1 - x0
        margin = width * 0.01
        if end > x0 + margin and start < x1 - margin:  # any of it on screen is enough: no jumps
            return False
        centre = (start + end) / 2 if end - start < width * 0.9 else start + width * 0.45
        self.set_visible_range(centre - width / 2, centre + width / 2)
        return True

    def pan(self, fraction: float) -> None:
        """Move the visible range by ``fraction`` of its width (negative: towards earlier times)."""
        x0, x1 = self.visible_range()
        d = (x1 - x0) * fraction
        self.set_visible_range(x0 + d, x1 + d)

    def set_emphasis(self, event_ids: set[str] | None) -> None:
        """Draw ``event_ids`` emphasised and every other event dimmed; ``None`` draws all normally."""
        self._emphasis = None if event_ids is None else set(event_ids)
        self.refresh()

    def emphasis(self) -> set[str] | None:
        return None if self._emphasis is None else set(self._emphasis)

    # -- lanes --------------------------------------------------------------------------------

    def lane_count(self) -> int:
        return len(self.model.documents)

    def lane_name(self, i: int) -> str:
        return document_label(self.model.documents[i])

    def lanes_of(self, event: Event) -> list[int]:
        lane = self.model.lane_of(event.doc)
        return [] if lane is None else [lane]

    def lane_events(self, i: int) -> list[Event]:
        """The dated events drawn in lane ``i`` (those the filter keeps), sorted by begin."""
        sel = np.flatnonzero(self._lane == i)
        sel = sel[np.argsort(self._x0[sel], kind="stable")]
        return [self.model.event_by_key(int(k)) for k in self._keys[sel]]

    # -- focus frame --------------------------------------------------------------------------

    def has_focus_frame(self) -> bool:
        """Whether the focus frame is drawn (the widget has keyboard focus)."""
        return self.hasFocus()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self.hasFocus():
            return
        painter = QPainter(self)
        pen = QPen(FOCUS_COLOR, FOCUS_FRAME_PX)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = FOCUS_FRAME_PX / 2
        painter.drawRect(self.rect().toRectF().adjusted(half, half, -half, -half))
        painter.end()

    def _emit_range(self, *args) -> None:
        x0, x1 = self.visible_range()
        self.visibleRangeChanged.emit(x0, x1)

    # -- queries (hover, clicks, tests) -------------------------------------------------------

    def mark_count(self) -> int:
        return len(self._keys)

    def drawn_event_ids(self) -> list[str]:
        return [self.model.event_by_key(int(k)).id for k in self._keys]

    def viewport_pos_of(self, event_id: str) -> QPoint | None:
        """Where the mark of ``event_id`` is drawn, in the plot's viewport coordinates."""
        key = self.model.key_of(event_id)
        hits = np.flatnonzero(self._keys == key) if key is not None else ()
        if not len(hits):
            return None
        i = int(hits[0])
        x = (self._x0[i] + self._x1[i]) / 2 if not self._span[i] else self._x0[i] + (self._x1[i] - self._x0[i]) / 2
        scene = self.vb.mapViewToScene(QPointF(float(x), float(self._lane[i])))
        if self._span[i]:
            scene = scene + QPointF(0, BAR_OFFSET_PX)
        return self.plot.mapFromScene(scene)

    def event_at(self, scene_pos: QPointF) -> Event | None:
        """The event under a scene position: the nearest point mark, else the narrowest bar."""
        if not len(self._keys) or not self.vb.sceneBoundingRect().contains(scene_pos):
            return None
        view = self.vb.mapSceneToView(scene_pos)
        px, py = self.vb.viewPixelSize()
        if px <= 0 or py <= 0:
            return None
        mx, my = view.x(), view.y()
        points = ~self._span
        centre = (self._x0 + self._x1) / 2
        dx = (centre - mx) / px
        dy = (self._lane - my) / py
        dist = np.where(points, np.hypot(dx, dy), np.inf)
        best = int(np.argmin(dist))
        if dist[best] <= HIT_RADIUS_PX:
            return self.model.event_by_key(int(self._keys[best]))
        bar_dy = np.abs((self._lane - my) / py + BAR_OFFSET_PX)
        inside = self._span & (bar_dy <= BAR_HEIGHT_PX / 2 + 2) \
            & (self._x0 - 3 * px <= mx) & (mx <= np.maximum(self._x1, self._x0 + 3 * px) + 3 * px)
        if inside.any():
            widths = np.where(inside, self._x1 - self._x0, np.inf)
            return self.model.event_by_key(int(self._keys[int(np.argmin(widths))]))
        return None

    def tooltip_text(self, event: Event) -> str:
        extracted = self.model.document(event.doc)
        source = document_label(extracted) if extracted else event.doc
        return f"<b>{_html(event.title)}</b><br>{_html(event_when(event))}<br><i>{_html(source)}</i>"

    # -- rebuilding the render cache ----------------------------------------------------------

    def _schedule_rebuild(self, *args) -> None:
        self._rebuild_timer.start()

    def _on_layout_changed(self, *args) -> None:
        # Sorting reorders rows but not the set of events drawn, which is all the timeline shows.
        if self.proxy.is_filtering() or len(self._keys) != self.proxy.rowCount() - self.model.undated_count():
            self._schedule_rebuild()

    def refresh(self) -> None:
        """Rebuild the drawn marks from the proxy now (normally coalesced after model changes)."""
        self._rebuild_timer.stop()
        arrays: TimeArrays = self.model.time_arrays()
        if self.proxy.is_filtering():
            proxy, model = self.proxy, self.model
            keys = np.fromiter((model.key_of_row(proxy.mapToSource(proxy.index(r, 0)).row())
                                for r in range(proxy.rowCount())), np.int64)
            keys.sort()
        else:
            keys = np.arange(len(arrays.x0), dtype=np.int64)
        keys = keys[~np.isnan(arrays.x0[keys])] if len(keys) else keys
        self._keys = keys
        self._x0, self._x1 = arrays.x0[keys], arrays.x1[keys]
        self._lane, self._span = arrays.lane[keys], arrays.span[keys]
        pts = ~self._span
        lanes = self._lane[pts]
        self.points.setData(
            x=((self._x0 + self._x1) / 2)[pts], y=lanes.astype(float), data=keys[pts],
            brush=[self._brushes[int(lane) % len(self._brushes)] for lane in lanes],
        )
        self.spans.set_spans(self._x0[self._span], self._x1[self._span], self._lane[self._span])
        if self._auto_fit:
            self.fit_all()
        self._show_selected(self.selection.current_event())

    def _update_lanes(self) -> None:
        docs = self.model.documents
        self.lane_axis.set_lanes([document_label(d) for d in docs])
        lo, hi = lane_y_range(len(docs))
        self.vb.setLimits(yMin=lo, yMax=hi)
        self.vb.setYRange(lo, hi, padding=0)

    # -- selection and input ------------------------------------------------------------------

    def _event_x(self, event: Event) -> tuple[float, float] | None:
        if event.begin is None:
            return None
        start = day_start_seconds(event.begin)
        return start, day_start_seconds(event.end or event.begin) + SECONDS_PER_DAY

    def _show_selected(self, event: Event | None) -> None:
        pos = self._event_x(event) if event is not None else None
        lane = self.model.lane_of(event.doc) if event is not None else None
        if pos is None or lane is None:
            self.highlight.clear()
            return
        self.highlight.set_target(pos[0], pos[1], float(lane), event.is_span)
        self.ensure_visible(event)

    def _on_user_range(self, *args) -> None:
        self._auto_fit = False

    def _on_scene_click(self, ev) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:
            return
        event = self.event_at(ev.scenePos())
        if event is not None:
            ev.accept()
            self.selection.select_event(event.id)
            self.eventClicked.emit(event.id)

    def _on_scene_hover(self, scene_pos: QPointF) -> None:
        event = self.event_at(scene_pos)
        if event is None:
            self.plot.viewport().unsetCursor()
            QToolTip.hideText()
            return
        self.plot.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        QToolTip.showText(QCursor.pos(), self.tooltip_text(event), self.plot)

    def teardown(self) -> None:
        """Drop the graphics items before Qt and Python tear down in an unknown order: pyqtgraph
        items with large arrays alive at interpreter exit have crashed PySide6 (none_dealloc)."""
        self._rebuild_timer.stop()
        for sig in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset):
            try:
                sig.disconnect(self._schedule_rebuild)
            except (RuntimeError, TypeError):
                pass
        self.points.clear()
        self.plot.clear()
        self.plot.scene().clear()


def day_start_seconds_year(year: int) -> float:
    return day_start_seconds(date(year, 1, 1))


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
