"""The timeline widget: events of the proxy (so the table's filter applies) drawn by the engine.

Drawing is the render package's :class:`TimelineItem` (the same item the headless export draws),
over an :class:`EventsArray` built from the proxy's rows: a columnar render cache indexed by the
model's stable event keys, rebuilt (coalesced) on the proxy's signals. Nothing here keeps Event
records: certainty and open-end flags are the model's columns, titles are read from the model when a
label is drawn, and actors and places are listed by key only in the modes that need them. The widget speaks
to the rest of the window in event ids via :class:`EventSelection`, and offers a small API that
keyboard navigation and export use: ``visible_range``, ``set_visible_range``, ``pan``, ``zoom``,
``fit_all``, ``ensure_visible``, ``set_emphasis``, the lane queries and ``visibleRangeChanged``.

Fitting: the first range shown (and the range after a filter, until the user moves the view) is
robust: spans longer than a decade do not stretch it, nor (with 100 events or more) the 1% earliest
and latest events when that makes it three times narrower, so one century-wide span cannot squeeze
every other event into a few pixels; a folder whose far part is whole other articles (two ancient
histories among modern ones) opens on its dense part, and a lane with nothing in view names at the
plot's edge how many events lie beyond and when (a click there goes to them). "Fit all" (0 / Ctrl+0, double-click) uses the same fit; pressed
again there, it shows the full extent. The headless export's default range is the same robust fit,
so it shows what the app first shows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QCursor, QFocusEvent, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QScrollBar, QToolTip,
                               QVBoxLayout, QWidget)

from explorer.events.record import Event
from explorer.gui.coalesce import start_once
from explorer.gui.event_model import document_label
from explorer.gui.formatting import elide, event_when
from explorer.gui.render.axes import LaneAxis, CalendarAxis
from explorer.gui.render.figure import LegendStrip
from explorer.gui.render.item import TimelineItem
from explorer.gui.render.theme import LIGHT
from explorer.gui.selection import EventSelection
from explorer.gui.timeline.items import SelectionHighlight
from explorer.timeline.key_columns import KeyColumns
from explorer.timeline.scrolling import first_lane_at, lane_window, lanes_in_view
from explorer.gui.timeline.scroll import AXIS_AND_LEGEND_PX, LaneOverview, first_lane_for
from explorer.timeline import EventsArray, LaneSet, MAX_SPAN_S, MIN_SPAN_S, X_MAX, X_MIN, clamp_range
from explorer.calendar import EPOCH_ORDINAL
from explorer.timeline.lane_subset import without_empty_lanes
from explorer.timeline.events_array import NO_DAY, Precision, SubsetBuffers
from explorer.timeline.lanes import (COLOUR_MODES, LANE_MODES, NO_ACTOR, NO_PLACE, Colouring, ColourKey, lane_y_range,
                                     name_lane_pairs)
from explorer.timeline.zoom import SECONDS_PER_DAY, fit_events, fit_range as fit_times, range_to_show
from explorer.gui.guard import guard_overrides

HIT_RADIUS_PX = 7.0
FOCUS_FRAME_PX = 2
FOCUS_COLOR = QColor("#3b82f6")
#: Undated events listed in the strip (the count is always exact).
UNDATED_LISTED = 2000
#: The tallest image Export Image offers by default (see :meth:`TimelineView.export_size`).
EXPORT_DEFAULT_MAX_PX = 4000
LANE_LABELS = {"document": "By document", "actor": "By actor", "place": "By place", "none": "Single lane"}


@guard_overrides
class TimelineViewBox(pg.ViewBox):
    """Wheel zooms time around the cursor, drag pans, Shift+drag or right-drag selects a range to zoom to."""

    rangeSelected = Signal(float, float)
    #: Shift+wheel: scroll the lanes by this many steps (positive: down, to later lanes).
    laneWheel = Signal(int)

    def wheelEvent(self, ev, axis=None) -> None:
        if ev.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            ev.accept()
            delta = ev.delta()
            if delta:
                self.laneWheel.emit(-1 if delta > 0 else 1)
            return
        super().wheelEvent(ev, axis=0)  # time only, even when lanes can be dragged vertically

    def mouseDragEvent(self, ev, axis=None) -> None:
        rubber = ev.button() == Qt.MouseButton.RightButton or (
            ev.button() == Qt.MouseButton.LeftButton and ev.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if not rubber:
            super().mouseDragEvent(ev, axis)
            return
        ev.accept()
        start, now = ev.buttonDownPos(), ev.pos()
        if ev.isFinish():
            self.rbScaleBox.hide()
            if abs(now.x() - start.x()) >= 4:
                a, b = self.mapToView(start).x(), self.mapToView(now).x()
                self.rangeSelected.emit(min(a, b), max(a, b))
        else:
            h = self.boundingRect().height()
            self.updateScaleBox(QPointF(start.x(), 0.0), QPointF(now.x(), h))


@guard_overrides
class _PlotWidget(pg.GraphicsLayoutWidget):
    """The plot's view; a left double-click anywhere on it means "fit all".

    (An override returning nothing, on purpose: an event filter returning a bool on every viewport
    event drains ``True``/``False``'s reference count under PySide6 6.12 on CPython 3.11, like the
    ``None`` bug described in :mod:`explorer.gui.workarounds`, and aborts the process.)"""

    doubleClicked = Signal()
    resized = Signal()

    def resizeEvent(self, ev) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(ev)
        self.resized.emit()

    def mouseDoubleClickEvent(self, ev) -> None:
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            self.doubleClicked.emit()
            return
        super().mouseDoubleClickEvent(ev)


@guard_overrides
class TimelineView(QWidget):
    #: The user clicked a mark: an event id. Also applied to the shared selection directly.
    eventClicked = Signal(str)
    #: The shown time range changed (by any means): start, end in UTC epoch seconds.
    visibleRangeChanged = Signal(float, float)
    #: The lane mode changed ("document", "actor", "place" or "none").
    laneModeChanged = Signal(str)
    #: What a mark's colour means changed ("document", "actor" or "place").
    colourModeChanged = Signal(str)

    def __init__(self, selection: EventSelection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selection = selection
        self.proxy = selection.proxy
        self.model = selection.model
        self._lane_mode = "document"
        self._colour_mode = "document"
        #: Actors and places are still being found: lanes by actor or place name their catch-all
        #: lane "finding…" rather than "(no actor)" (every event sits there until the names come).
        self._names_pending = False

        self.axis = CalendarAxis("bottom")
        self.lane_axis = LaneAxis("left", max_width=240.0)
        self.vb = TimelineViewBox()
        self.plot = _PlotWidget()
        self.plot.setObjectName("timelinePlot")
        self.plot.setBackground(LIGHT.background)
        self.plot.ci.setContentsMargins(4, 4, 12, 2)
        self.plot_item: pg.PlotItem = self.plot.ci.addPlot(
            row=0, col=0, viewBox=self.vb, axisItems={"bottom": self.axis, "left": self.lane_axis})
        self.plot_item.hideButtons()
        self.plot_item.setMenuEnabled(False)
        for ax in (self.axis, self.lane_axis):
            ax.setPen(pg.mkPen(LIGHT.muted))
            ax.setTextPen(pg.mkPen(LIGHT.text))
        self.vb.setMouseEnabled(x=True, y=False)
        self.vb.invertY(True)
        self.vb.setLimits(xMin=X_MIN, xMax=X_MAX, minXRange=MIN_SPAN_S, maxXRange=MAX_SPAN_S)

        self.arr = _empty_array()
        self.item = TimelineItem(self.arr, LIGHT)
        self.item.grid_axis = self.axis
        self.item.lane_axis = self.lane_axis
        self.highlight = SelectionHighlight()
        self.item.lanes_moved.append(self.highlight.lanes_moved)
        self.vb.addItem(self.item, ignoreBounds=True)
        self.vb.addItem(self.highlight, ignoreBounds=True)
        self.legend = LegendStrip(self.arr, LIGHT, show_undated=False)
        self.legend.lanes_named = True  # the lane axis names the documents
        self.plot.ci.addItem(self.legend, row=1, col=0)

        self.undated_label = QLabel()
        self.undated_label.setObjectName("undatedLabel")
        self.undated_list = _UndatedList(self._undated_tooltip)
        self.undated_list.setObjectName("undatedList")
        self.undated_list.setFlow(QListWidget.Flow.LeftToRight)
        self.undated_list.setWrapping(False)
        frame = 2 * self.undated_list.frameWidth()
        bar = self.undated_list.style().pixelMetric(self.undated_list.style().PixelMetric.PM_ScrollBarExtent)
        self.undated_list.setFixedHeight(self.undated_list.fontMetrics().height() + 10 + bar + frame)
        self.undated_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.undated_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.undated_list.setSpacing(2)
        self.undated_list.itemClicked.connect(self._on_undated_clicked)
        # the keyboard's pick (arrows, Home/End); a selection made elsewhere sets it with signals blocked
        self.undated_list.currentItemChanged.connect(self._on_undated_current)
        self.undated_list.setToolTip("Events with no date in the text: click one, or Ctrl+U (Tab) and the arrows")
        self.undated_row = QWidget()
        row = QHBoxLayout(self.undated_row)
        row.setContentsMargins(6, 0, 6, 2)
        row.addWidget(self.undated_label)
        row.addWidget(self.undated_list, 1)
        self.undated_row.hide()

        # actors, places, salience, lane order and colours by model key (explorer.timeline.key_columns):
        # keys are stable and append-only, so these are kept until the events' names change
        self._columns = KeyColumns(self.model.names_by_key, self.model.event_by_key, self.model.salience_by_key)
        self._titles = _MarkTitles(self.model)
        self._keys: np.ndarray | None = np.zeros(0, np.int64)  # keys drawn (dated, filter kept), sorted; see _drawn_keys
        #: The filter's mask the marks were drawn for (None: every key), so a layout change that only
        #: reorders rows (a sort) rebuilds nothing.
        self._drawn_mask: np.ndarray | None = None
        #: Every key's marks in document (or single) lanes, unfiltered: ((mode, key count), array);
        #: a filter narrows it (``EventsArray.subset``) instead of sorting its events again.
        self._full: tuple[tuple, EventsArray] | None = None
        #: Where a filter's narrowing of the full array is written (made with it, so that the first
        #: Filter keystroke writes into memory already touched); each narrowing overwrites the last,
        #: which ``self.arr`` is then replaced by.
        self._subset_buffers: SubsetBuffers | None = None
        #: The documents the lane labels were made for, and the labels (see ``_document_labels``).
        self._doc_labels: tuple[tuple, list[str]] = ((), [])
        self._emphasis: set[str] | None = None
        self._auto_fit: str | None = "robust"  # None once the user moved the view

        #: How many documents the model had when the marks were last made (see ``_on_documents_changed``).
        self._drawn_count = -1
        self._rebuild_timer = QTimer(self)
        self._rebuild_timer.setSingleShot(True)
        self._rebuild_timer.setInterval(0)
        self._rebuild_timer.timeout.connect(self.refresh)
        for sig in (self.proxy.rowsInserted, self.proxy.rowsRemoved):
            sig.connect(self._schedule_rebuild)
        self.proxy.modelReset.connect(self._on_reset)
        self.proxy.layoutChanged.connect(self._on_layout_changed)
        # a filter that kept nothing and still keeps nothing draws nothing new: the empty state's
        # words must still name the filter now in the box ("zz" stayed up while it read "zzzq")
        self.proxy.filterTextChanged.connect(self._on_filter_words)
        self.proxy.entityFilterChanged.connect(self._on_filter_words)
        self.model.documentsChanged.connect(self._on_documents_changed)
        updated = getattr(self.model, "eventsUpdated", None)
        if updated is not None:  # events came, went or got new titles or dates: rebuilt now (see _on_reset)
            updated.connect(self._on_events_replaced)
        # actors and places arrive after the events (and change on merge/split): lanes and colours
        # follow them. Groups change neither (only which sources a collapsed group hides, the
        # proxy's mask): the marks already made are narrowed again, not made again (0.5 s at 1M
        # events, on the first event-loop turn after opening a project with groups).
        # a star (or its undo) is an edit in place: no rebuild, the stars and labels are drawn again
        curations = getattr(self.model, "curationsChanged", None)
        if curations is not None:
            curations.connect(self._apply_stars)
        annotations = getattr(self.model, "annotationsChanged", None)
        if annotations is not None:
            annotations.connect(self._on_relabelled)
        groups = getattr(self.model, "groupsChanged", None)
        if groups is not None:
            groups.connect(self._schedule_rebuild)
        selection.eventChanged.connect(self._show_selected)
        self.vb.sigRangeChangedManually.connect(self._on_user_range)
        self.vb.sigXRangeChanged.connect(self._emit_range)
        self.vb.rangeSelected.connect(self._zoom_to_selection)

        self.plot.doubleClicked.connect(self.fit_all)
        self._lanes_applied = 0
        # the empty state: what happened and how to open articles, over the plot when nothing is drawn
        self.empty_state = QLabel(self.plot)
        self.empty_state.setObjectName("emptyState")
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_state.setWordWrap(True)
        self.empty_state.setTextFormat(Qt.TextFormat.RichText)
        self.empty_state.setStyleSheet("#emptyState { background: white; color: #374151; font-size: 14px; }")
        self.empty_state.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self._empty_reason = ""
        self._reading = False  # an import is reading articles (the empty state says so, not "No articles open")
        self.plot.resized.connect(self._on_plot_resized)
        scene = self.plot.scene()
        scene.sigMouseClicked.connect(self._on_scene_click)
        scene.sigMouseMoved.connect(self._on_scene_hover)

        # Keyboard focus lives on this widget (a click on the plot gives it focus, the plot itself
        # takes none); a frame around it shows when it has it.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.undated_list.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a pane of the Tab cycle, and Ctrl+U
        self.lane_scroll = QScrollBar(Qt.Orientation.Vertical)
        self.lane_scroll.setObjectName("laneScroll")
        self.lane_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lane_scroll.valueChanged.connect(self._on_lane_scroll)
        self.overview = LaneOverview()
        self.overview.laneClicked.connect(self.scroll_to_lane)
        self.vb.laneWheel.connect(lambda steps: self.scroll_lanes(3 * steps))
        self.vb.sigYRangeChanged.connect(self._sync_lane_scroll)
        plot_row = QHBoxLayout()
        plot_row.setContentsMargins(0, 0, 0, 0)
        plot_row.setSpacing(1)
        plot_row.addWidget(self.plot, 1)
        plot_row.addWidget(self.lane_scroll)
        plot_row.addWidget(self.overview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(FOCUS_FRAME_PX, FOCUS_FRAME_PX, FOCUS_FRAME_PX, FOCUS_FRAME_PX)
        layout.setSpacing(0)
        layout.addLayout(plot_row, 1)
        layout.addWidget(self.undated_row)
        self._apply_lanes()
        self._apply_range(*clamp_range(_year(2000), _year(2030)))
        self._update_empty_state()

    # -- range API ---------------------------------------------------------------------------

    def visible_range(self) -> tuple[float, float]:
        """The shown time range, UTC epoch seconds."""
        (x0, x1), _ = self.vb.viewRange()
        return float(x0), float(x1)

    def set_visible_range(self, start: float, end: float) -> None:
        """Show ``[start, end]`` (clamped to the zoom bounds); the view stops following the data."""
        self._auto_fit = None
        self._apply_range(start, end)

    def is_fitting(self) -> bool:
        """Whether the view follows the data (re-fits as events change) rather than a range the
        user chose (zoomed, panned, a date gone to)."""
        return self._auto_fit is not None

    def keep_range(self) -> None:
        """Stop following the data: the next rebuild keeps the visible range (an edit's reload is
        no reason to re-fit a timeline the user has zoomed)."""
        self._auto_fit = None

    def _apply_range(self, start: float, end: float) -> None:
        x0, x1 = clamp_range(start, end)
        self.vb.setXRange(x0, x1, padding=0)

    def fit_range(self, robust: bool = False) -> tuple[float, float] | None:
        """The range that shows the drawn events (``robust``: see :func:`explorer.timeline.zoom.fit_range`)."""
        return fit_events(self.arr, robust)

    def fit_all(self) -> None:
        """The events in view by the robust fit (the first view's: a handful of century-wide vague
        spans never squash the rest); pressed again at that fit, the full extent. Keeps fitting as
        events arrive."""
        if not len(self.arr):
            self._auto_fit = "robust"
            return
        robust, full = self.fit_range(robust=True), self.fit_range(robust=False)
        x0, x1 = self.visible_range()
        tol = 1e-6 * max(robust[1] - robust[0], 1.0)
        at_robust = abs(x0 - robust[0]) <= tol and abs(x1 - robust[1]) <= tol
        self._auto_fit = "full" if at_robust and full != robust else "robust"
        self._apply_range(*(full if self._auto_fit == "full" else robust))

    def zoom(self, factor: float, centre: float | None = None) -> None:
        """Scale the visible width by ``factor`` (<1 zooms in), keeping ``centre`` fixed on screen."""
        x0, x1 = self.visible_range()
        c = (x0 + x1) / 2 if centre is None else centre
        self.set_visible_range(c - (c - x0) * factor, c + (x1 - c) * factor)

    def pan(self, fraction: float) -> None:
        """Move the visible range by ``fraction`` of its width (negative: towards earlier times)."""
        x0, x1 = self.visible_range()
        d = (x1 - x0) * fraction
        self.set_visible_range(x0 + d, x1 + d)

    def ensure_visible(self, event: Event, margin: float = 0.01) -> bool:
        """Bring ``event`` on screen (see :func:`explorer.timeline.zoom.range_to_show`: panned, or
        zoomed to its neighbours when the panned view would be mostly empty); returns whether the
        view moved."""
        pos = self._event_x(event)
        if pos is None:
            return False
        shown = range_to_show(pos[0], pos[1], self.visible_range(), self.arr.begin, self.arr.end, margin)
        if shown is None:
            return False
        self.set_visible_range(*shown)
        return True

    # -- emphasis ------------------------------------------------------------------------------

    def set_emphasis(self, event_ids: set[str] | None) -> None:
        """Draw ``event_ids`` emphasised and every other event dimmed; ``None`` draws all normally."""
        self._emphasis = None if event_ids is None else set(event_ids)
        self._apply_emphasis()

    def emphasis(self) -> set[str] | None:
        return None if self._emphasis is None else set(self._emphasis)

    def _apply_stars(self) -> None:
        """The user's stars over their marks (see :mod:`explorer.gui.render.stars`): a model
        without curation (no project) has none."""
        starred = getattr(self.model, "starred_by_key", None)
        if starred is None:
            return
        self.item.set_starred(starred())
        if self.selection.current_event() is not None:  # its card's title carries the star too
            self._show_selected(self.selection.current_event(), pan=False)

    def starred_marks(self) -> list[tuple[str, QPoint]]:
        """The stars the last paint drew: each starred event's id and where its star is, in the
        plot's viewport coordinates (what a user sees marked)."""
        n = self.model.key_count()  # the item paints in the viewport's pixels
        return [(self.model.event_by_key(int(key)).id, QPoint(round(x), round(y)))
                for key, x, y in self.item.last_stars if key < n]

    def _apply_emphasis(self) -> None:
        if self._emphasis is None:
            self.item.set_emphasis(None)
            return
        keys = [self.model.key_of(i) for i in self._emphasis]
        self.item.set_emphasis(np.asarray([k for k in keys if k is not None], np.int64))

    # -- lanes ---------------------------------------------------------------------------------

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

    # -- colours -------------------------------------------------------------------------------

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
        if seen != docs:  # one C pass: the same objects compare equal by identity, at once
            if len(seen) < len(docs) and tuple(docs[:len(seen)]) == tuple(seen):  # documents added (an import)
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

    # -- export --------------------------------------------------------------------------------

    def figure_title(self) -> str:
        """The same count as the CLI's (every event the filter keeps, undated ones too)."""
        from explorer.timeline.caption import event_counts, figure_title

        docs = self.model.documents
        return figure_title(event_counts(self.arr, 0.0, 0.0), len(docs), document_label(docs[0], 120) if len(docs) == 1 else None)

    def export_image(self, path: str | Path, size: tuple[int, int] | None = None, dpi: float = 96.0,
                     title: str | None = None) -> tuple[Path, tuple[float, float]]:
        """Write the current view (its range, lanes, filter and emphasis) as PNG, SVG or PDF."""
        from explorer.gui.render.export import render_figure
        from explorer.gui.render.figure import make_figure

        if size is None:
            size = self.export_size()
        fig = make_figure(self.arr, title=self.figure_title() if title is None else title, size=size,
                          x_range=self.visible_range(), colouring=self.item.colouring)
        try:
            if self.item.emphasis_mask is not None:
                fig.item._emph = self.item.emphasis_mask
            fig.item.set_starred(self.item.starred_by_key)
            return render_figure(fig, path, dpi), fig.x_range()
        finally:
            fig.close()

    def export_size(self) -> tuple[int, int]:
        """The image size Export Image offers: the plot's width, and a height giving every lane the room
        it has on screen (never less than the plot's own height). The image holds all the lanes, not only those scrolled into view: at the
        plot's own height twelve lanes of a history folder got a text line each and not one event
        label was drawn. Measured on a laid-out figure (its title and legend take room too), at most
        :data:`EXPORT_DEFAULT_MAX_PX` tall (the dialog lets the user type more)."""
        from explorer.gui.render.figure import make_figure

        width, height = max(self.plot.width(), 400), max(self.plot.height(), 300)
        y0, y1 = self.vb.viewRange()[1]
        full0, full1 = lane_y_range(self.arr.n_lanes)
        if self.vb.height() <= 1 or y1 <= y0:
            return width, height
        # Even with every lane in view the figure's title, legend and caption take more room than
        # the screen's legend: at the plot's own height five lanes of the sample lost all their
        # labels in the image. So the lanes get the screen's pixels, whatever else the figure holds.
        fig = make_figure(self.arr, title=self.figure_title(), size=(width, height), x_range=self.visible_range(),
                          colouring=self.item.colouring)
        try:
            from explorer.timeline.caption import caption, event_counts

            fig.legend.set_note(caption(event_counts(fig.item.events, *fig.x_range())))  # as the export will
            got = fig.plot.getViewBox().height()
        finally:
            fig.close()
        need = self.vb.height() / (y1 - y0) * (full1 - full0)  # the screen's pixels per lane, for all
        return width, int(min(EXPORT_DEFAULT_MAX_PX, max(height, height + need - got)))

    # -- queries (hover, clicks, tests) -------------------------------------------------------

    def mark_count(self) -> int:
        """Dated events drawn (an event in several lanes counts once)."""
        if self._lane_mode in ("document", "none"):  # one mark per event
            return len(self.arr)
        return len(self._drawn_keys())

    def drawn_event_ids(self) -> list[str]:
        return [self.model.event_by_key(int(k)).id for k in self._drawn_keys()]

    def _drawn_keys(self) -> np.ndarray:
        """The keys of the dated events drawn (each once, sorted), made when first asked after a
        rebuild rather than on every Filter keystroke."""
        if self._keys is None:
            self._keys = np.unique(self.arr.row)
        return self._keys

    def undated_event_ids(self) -> list[str]:
        return [self.undated_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.undated_list.count())]

    def viewport_pos_of(self, event_id: str) -> QPoint | None:
        """Where the mark of ``event_id`` is drawn (its first lane), in the plot's viewport coordinates."""
        key = self.model.key_of(event_id)
        hits = np.flatnonzero(self.arr.row == key) if key is not None else ()
        if not len(hits):
            return None
        i = int(hits[0])
        x = (self.arr.begin[i] + self.arr.end[i]) / 2
        scene = self.vb.mapViewToScene(QPointF(float(x), self.item.lane_view_y(int(self.arr.lane[i]))))
        return self.plot.mapFromScene(scene)

    def hit(self, scene_pos: QPointF):
        """What is drawn at ``scene_pos``: see :meth:`TimelineItem.hit`."""
        if not self.vb.sceneBoundingRect().contains(scene_pos):
            return None
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
            resolved += f" ({_MOD_TEXT.get(event.mod, event.mod.lower())})"
        lines = [f"<b>{_html(event.title)}</b>"]
        if event.timex:
            lines.append(f"Written: \u201c{_html(event.timex)}\u201d")
        lines.append(f"Date: {_html(resolved)}")
        lines.append(f"Certainty: {_html(event.certainty)}")
        lines.append(f"Derived: {_html(_derivation_text(event))}")
        lines.append(f"Source: <i>{_html(source)}</i>")
        return "<br>".join(lines)

    def cluster_tooltip(self, box) -> str:
        titles = [self.arr.title(int(i)) for i in box.members[:8]]
        more = f"<br>\u2026 and {box.count - 8:,} more" if box.count > 8 else ""
        return (f"<b>{box.count:,} events</b> (click to zoom in)<br>"
                + "<br>".join(_html(elide(t, 70)) for t in titles) + more)

    # -- rebuilding the render cache ----------------------------------------------------------

    def _schedule_rebuild(self, *args) -> None:
        """Rebuild on the next turn of the event loop. A pending rebuild is left to run: restarting
        the zero-time timer on every turn that adds rows (an import's batches) put it off until the
        import ended, and the timeline showed none of the events the table listed."""
        start_once(self._rebuild_timer)

    def _on_documents_changed(self) -> None:
        """A document came, or all went: rebuilt on the next turn, unless the marks were made for
        these documents already (a reload tells its reset, which rebuilt them, then this: at 1M
        events that second rebuild narrowed every mark again on the first turn after opening)."""
        if self.model.document_count() != self._drawn_count:  # documents are only added, or all cleared
            self._schedule_rebuild()

    def _on_reset(self) -> None:
        """After a reset every model key may name another event, or none: the render cache is
        rebuilt now, not on the next turn of the event loop, or a paint in between would lay out
        labels for keys that are gone (a rejected event: IndexError inside ``paint``)."""
        self._columns.forget()
        self._full = None
        self._auto_fit = "robust"
        self.refresh()

    def _on_events_replaced(self) -> None:
        """Events came, went or got new dates or titles under the same keys: the render cache is
        rebuilt now, so no paint lays out labels from the old dates or for gone events (the full
        array is kept while the events' columns are: a curation filter changes only the mask)."""
        self.refresh()

    def _on_relabelled(self) -> None:
        """Actors and places are listed per key, and lanes and colours follow them: rebuild."""
        self._columns.forget()
        self._full = None
        self._schedule_rebuild()

    def _on_layout_changed(self, *args) -> None:
        # Sorting reorders rows but not the set of events drawn, which is all the timeline shows: a
        # layout change rebuilds only when the filter's mask is not the one drawn.
        if self._drawn_mask is None and not self.proxy.is_filtering():
            if self.mark_count() != self.proxy.rowCount() - self.model.undated_count():
                self._schedule_rebuild()
            return
        n = self.model.key_count()
        mask = self.proxy.accepted_mask()[:n] if self.proxy.is_filtering() else None
        if mask is None or self._drawn_mask is None or not np.array_equal(mask, self._drawn_mask):
            self._schedule_rebuild()

    def _filtered_keys(self, n: int) -> np.ndarray:
        if not self.proxy.is_filtering():
            return np.arange(n, dtype=np.int64)
        return np.flatnonzero(self.proxy.accepted_mask()[:n]).astype(np.int64)

    def refresh(self) -> None:
        """Rebuild the render cache from the proxy now (normally coalesced after model changes)."""
        self._rebuild_timer.stop()
        self._drawn_count = self.model.document_count()
        arrays = self.model.time_arrays()
        n = len(arrays.begin)
        mask = self.proxy.accepted_mask()[:n].copy() if self.proxy.is_filtering() else None
        mode = self._lane_mode
        if mode in ("document", "none"):  # lanes that do not depend on the events: narrow the full array
            full = self._full_array(arrays, n, mode)
            self.arr = full if mask is None else full.subset(mask[full.row], mask[full.undated_row],
                                                             into=self._subset_buffers)
            member_undated = self.arr.undated_row
        else:
            names = self._columns.lane_order(mode, n)
            member, lane = name_lane_pairs(self._filtered_keys(n).tolist(), self._columns.names(mode, n), names, mode)
            self.arr = self._array_of(arrays, n, member, lane, LaneSet(mode, names, self._lane_labels(mode, names)))
            member_undated = member[arrays.begin[member] == NO_DAY]
        if self._drops_empty_lanes():  # the lanes without a match take no room (explorer.timeline.lane_subset)
            self.arr = without_empty_lanes(self.arr)
            member_undated = self.arr.undated_row
        self._drawn_mask = mask
        self._keys = None
        colouring = self._current_colouring(n, arrays.lane)
        if colouring is not self.item.colouring:
            self.item.set_colouring(colouring)  # else set_events colours the marks with it
        self.item.set_events(self.arr)
        self._apply_emphasis()
        self._apply_stars()
        self.legend.set_events(self.arr, self._legend_key(colouring.key))
        self._apply_lanes()
        self._fill_undated(np.unique(member_undated))
        if self._auto_fit and len(self.arr):
            self._apply_range(*self.fit_range(robust=self._auto_fit == "robust"))
        self._show_selected(self.selection.current_event(), pan=False)
        self._update_empty_state()

    def _narrowed(self) -> bool:
        """Whether the user narrowed the events (Filter, actors or places, or a curation filter):
        then a lane with no event left is dropped. Not for the collapse of grouped sources alone."""
        curation = getattr(self.model, "is_curation_filtering", None)
        return self.proxy.is_user_filtering() or bool(curation is not None and curation())

    def _drops_empty_lanes(self) -> bool:
        """Document lanes only: an actor's or a place's lanes are a chosen set the user compares
        (and saves), kept whole whatever the filter."""
        return self._lane_mode == "document" and self._narrowed()

    def _full_array(self, arrays, n: int, mode: str) -> EventsArray:
        """Every key's marks in document lanes (or the one lane), built once per event set."""
        labels = self._document_labels() if mode == "document" else None  # the same list while the documents are
        cached = self._full
        version = self.model.time_arrays_version()
        if cached is not None and self._extends(cached[0], mode, n, labels, version, arrays):
            self._full = ((mode, n, labels, version), self._full_extended(cached, arrays, n, labels))
        elif cached is None or cached[0][:2] != (mode, n) or cached[0][2] is not labels or cached[0][3] != version:
            if mode == "document":
                docs = self.model.documents
                lanes = LaneSet("document", tuple(d.document.path for d in docs), tuple(labels or ()))
            else:
                lanes = LaneSet("none", ("all",), ("All events",))
            what = (mode, n, labels, version)
            keys = np.arange(n, dtype=np.int64)
            lane = arrays.lane[:n] if mode == "document" else np.zeros(n, np.int32)
            self._full = (what, self._array_of(arrays, n, keys, lane, lanes))
            if self._subset_buffers is None or self._subset_buffers.size < len(self._full[1]):
                # else kept: already touched; room for a few imports to come (see _full_extended)
                self._subset_buffers = SubsetBuffers(self._full[1], size=len(self._full[1]) * 65 // 64)
        return self._full[1]

    @staticmethod
    def _extends(what: tuple, mode: str, n: int, labels: list[str] | None, version: tuple[int, int], arrays) -> bool:
        """Whether the full array made for ``what`` can take the keys after it by appending: documents
        were added (an import), their lanes after the drawn ones, nothing else changed."""
        old_mode, old_n, old_labels, old_version = what
        if mode != "document" or old_mode != mode or old_labels is None or labels is None:
            return False
        if not old_n < n or old_version[1] != version[1] or len(old_labels) > len(labels):
            return False
        if labels[:len(old_labels)] != old_labels:
            return False
        return bool(np.all(arrays.lane[old_n:n] >= len(old_labels)))

    def _full_extended(self, cached: tuple[tuple, EventsArray], arrays, n: int, labels: list[str]) -> EventsArray:
        """The kept full array with the marks of keys ``cached``'s count to ``n`` (in new lanes) after
        its own: built for the new keys alone, then concatenated (see :meth:`EventsArray.extended`)."""
        what, full = cached
        docs = self.model.documents
        lanes = LaneSet("document", tuple(d.document.path for d in docs), tuple(labels))
        keys = np.arange(what[1], n, dtype=np.int64)
        priority = self._columns.priority(n)
        more = self._array_of(arrays, n, keys, arrays.lane[keys], lanes, priority=priority)
        out = full.extended(more, priority)
        if self._subset_buffers is not None and self._subset_buffers.size < len(out):
            self._subset_buffers = SubsetBuffers(out, size=len(out) * 65 // 64)  # room for imports to come
        return out

    def _array_of(self, arrays, n: int, member: np.ndarray, lane: np.ndarray, lanes: LaneSet,
                  priority: np.ndarray | None = None) -> EventsArray:
        """The marks of ``member`` keys (one entry per lane membership) in ``lane``."""
        dated = arrays.begin[member] != NO_DAY
        dm = member[dated]
        begin_day, end_day = arrays.begin[dm] - EPOCH_ORDINAL, arrays.end[dm] - EPOCH_ORDINAL
        return EventsArray.from_columns(
            begin_day, end_day, lane[dated], dm, self._titles, lanes, arrays.certainty[dm], arrays.flags[dm],
            undated_row=member[~dated], undated_lane=lane[~dated],
            priority=self._columns.priority(n) if priority is None else priority)

    def _apply_lanes(self) -> None:
        n = self.arr.n_lanes
        self.lane_axis.set_lanes(self.arr.lanes.labels)
        lo, hi = lane_y_range(n)
        self.vb.setLimits(yMin=lo, yMax=hi)
        shown = self._lanes_applied = self.lanes_in_view()
        many = n > shown
        self.vb.setMouseEnabled(x=True, y=many)
        first = min(self.first_lane(), max(n - shown, 0)) if many else 0
        self.lane_scroll.blockSignals(True)
        self.lane_scroll.setRange(0, max(n - shown, 0))
        self.lane_scroll.setPageStep(shown)
        self.lane_scroll.blockSignals(False)
        self.lane_scroll.setVisible(many)
        self.overview.setVisible(many)
        self._show_lanes_from(first)

    # -- scrolling the lanes -------------------------------------------------------------------

    def lanes_in_view(self) -> int:
        """How many lanes the view shows at once: all of them if each gets :data:`MIN_LANE_PX`, else as
        many as get that much (two rows of labels over the marks), at most :data:`MAX_VISIBLE_LANES`."""
        area = self.vb.height() if self.vb.height() > 1 else self.plot.height() - AXIS_AND_LEGEND_PX
        return lanes_in_view(self.arr.n_lanes, area)

    def set_empty_reason(self, html: str) -> None:
        """Why nothing could be shown (a path that does not exist, a folder with no article), for the
        empty state; "" for the default text."""
        self._empty_reason = html
        self._update_empty_state()

    def set_reading(self, reading: bool) -> None:
        """An import is reading articles (True) or has finished (False): while nothing is drawn yet the
        empty state says the articles are being read; it had said "No articles open" under the
        progress bar of a 30-file import for seconds."""
        if reading != self._reading:
            self._reading = reading
            self._update_empty_state()

    def empty_state_text(self) -> str | None:
        """The empty state's text while it is shown, else None."""
        return self.empty_state.text() if self.empty_state.isVisible() else None

    def _update_empty_state(self) -> None:
        docs = self.model.document_count()
        nothing = not len(self.arr) and not len(self.arr.undated_row)
        if not nothing:
            self.empty_state.hide()
            return
        how = ("Drop a folder or articles here, or press <b>Ctrl+O</b> to open files "
               "(<b>Ctrl+Shift+O</b> for a whole folder).<br>Articles can be .txt, .md, .html, .pdf or .docx.")
        if self._reading and not docs:
            head, how = "<b>Reading the articles\u2026</b>", "Their events appear here as each article is read."
        elif self._empty_reason and not docs:
            head = self._empty_reason
        elif docs and self._narrowed():  # say what hides them and how to see them again, not how to open files
            head, how = self._filtered_out_text(docs)
        elif docs:
            filtering = self.proxy.is_filtering()
            head = (f"<b>No events to show</b><br>{docs:,} document{'s' if docs > 1 else ''} open, but "
                    + ("the filters keep no event." if filtering else "no dated event was found in them."))
        else:
            head = "<b>No articles open</b>"
        self.empty_state.setText(f"<p>{head}</p><p>{how}</p>")
        self.empty_state.setGeometry(self.plot.rect())
        self.empty_state.show()
        self.empty_state.raise_()

    def _on_filter_words(self, *args) -> None:
        if self.empty_state.isVisible():
            self._update_empty_state()

    def _filtered_out_text(self, docs: int) -> tuple[str, str]:
        """The empty state when the user's filters keep no event: which filters, and how to undo them."""
        proxy = self.proxy
        what = []
        if proxy.filter_text().strip():
            what.append(f"the filter \u201c{_html(proxy.filter_text().strip())}\u201d")
        actors, places = proxy.entity_filter()
        if actors or places:
            what.append("the actors and places chosen (" + _html(", ".join((*actors, *places))) + ")")
        if not what:
            what.append("the Filters panel")
        head = (f"<b>No event matches</b><br>{docs:,} document{'s' if docs > 1 else ''} open, but "
                + " and ".join(what) + (" leaves" if len(what) == 1 else " leave") + " no event shown.")
        how = ("Clear the filter box (Ctrl+L, then its \u2297 button), the chosen actors and places, or the "
               "Filters panel (Ctrl+Shift+F) to see every event.")
        return head, how

    def _on_plot_resized(self) -> None:
        """The lanes in view follow the plot's height (the window, the splitter, the undated strip)."""
        if self.empty_state.isVisible():
            self.empty_state.setGeometry(self.plot.rect())
        if self.arr.n_lanes and self.lanes_in_view() != self._lanes_applied:
            self._apply_lanes()

    def first_lane(self) -> int:
        """The topmost lane in view."""
        return first_lane_at(min(self.vb.viewRange()[1]))

    def _show_lanes_from(self, first: int) -> None:
        _first, (y0, y1) = lane_window(first, self.arr.n_lanes, self.lanes_in_view())
        self.vb.setYRange(y0, y1, padding=0)
        self._sync_lane_scroll()

    def scroll_to_lane(self, lane: int) -> None:
        """Scroll the lanes (as little as needed) so ``lane`` is in view."""
        self._show_lanes_from(first_lane_for(lane, self.first_lane(), self.lanes_in_view(), self.arr.n_lanes))

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
        lanes = self.highlight.lanes()
        self.overview.set_state(counts, first, self.lanes_in_view(), int(lanes[0]) if lanes else None)

    def _fill_undated(self, keys: np.ndarray) -> None:
        lst = self.undated_list
        lst.clear()
        n = len(keys)
        self.undated_row.setVisible(n > 0)
        self.undated_label.setText(f"Undated ({n:,}):")
        for k in keys[:UNDATED_LISTED].tolist():
            event = self.model.event_by_key(int(k))
            item = QListWidgetItem(elide(event.title, 48))
            item.setData(Qt.ItemDataRole.UserRole, event.id)
            lst.addItem(item)
        if n > UNDATED_LISTED:
            more = QListWidgetItem(f"\u2026 {n - UNDATED_LISTED:,} more in the table")
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            lst.addItem(more)

    # -- selection and input ------------------------------------------------------------------

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
        else:
            text = self.cluster_tooltip(what)
        QToolTip.showText(QCursor.pos(), text, self.plot)

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

    def _undated_tooltip(self, event_id: str) -> str | None:
        key = self.model.key_of(event_id)
        return None if key is None else self.tooltip_text(self.model.event_by_key(key))

    def select_first_undated(self) -> bool:
        """Select the first undated event the strip lists; False when it lists none."""
        lst = self.undated_list
        item = lst.item(0) if lst.count() else None
        if item is None or not item.data(Qt.ItemDataRole.UserRole):
            return False
        self._on_undated_clicked(item)
        return True

    def _on_undated_current(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None and self.undated_list.hasFocus():
            self._on_undated_clicked(item)

    def _on_undated_clicked(self, item: QListWidgetItem) -> None:
        event_id = item.data(Qt.ItemDataRole.UserRole)
        if event_id:
            self.selection.select_event(event_id)
            self.eventClicked.emit(event_id)

    def teardown(self) -> None:
        """Drop the graphics items before Qt and Python tear down in an unknown order: pyqtgraph
        items with large arrays alive at interpreter exit have crashed PySide6 (none_dealloc)."""
        self._rebuild_timer.stop()
        for sig in (self.proxy.rowsInserted, self.proxy.rowsRemoved):
            try:
                sig.disconnect(self._schedule_rebuild)
            except (RuntimeError, TypeError):
                pass
        self.item.set_events(_empty_array())
        self.plot.clear()
        self.plot.scene().clear()


_MOD_TEXT = {"AFTER": "onward", "ON_OR_AFTER": "onward", "BEFORE": "or earlier", "ON_OR_BEFORE": "or earlier",
             "APPROX": "approximately", "START": "its start", "MID": "its middle", "END": "its end",
             "EQUAL_OR_MORE": "or more", "MORE_THAN": "more than", "LESS_THAN": "less than"}


def _derivation_text(event: Event) -> str:
    d = (event.derivation or "explicit").strip()
    if d == "explicit":
        return "explicit in the text"
    if d in ("dct", "document date"):
        return "from the document's date"
    return d


def _empty_array() -> EventsArray:
    z = np.zeros(0, np.int64)
    return EventsArray.from_columns(z, z, np.zeros(0, np.int32), z, [], LaneSet("document", (), ()))


def _year(year: int) -> float:
    from datetime import date

    from explorer.gui.formatting import day_start_seconds

    return day_start_seconds(date(year, 1, 1))


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _MarkTitles(Sequence[str]):
    """Mark labels by model key, read from the model when a label is laid out (a few hundred per
    repaint) rather than copied for a million events on every rebuild."""

    def __init__(self, model) -> None:
        self._model = model

    def __len__(self) -> int:
        return self._model.key_count()

    def __getitem__(self, key):  # type: ignore[override]
        key = int(key)
        # Between a model reset and the rebuild it schedules, a repaint can still lay out the old
        # keys (a re-imported article with fewer events): no label for a key the model no longer has.
        return self._model.mark_title(key) if key < self._model.key_count() else ""


@guard_overrides
class _UndatedList(QListWidget):
    """The undated strip: an item's tooltip is written when it is hovered, not for each of
    thousands of items whenever the events change."""

    #: Keys the strip keeps for itself while it has the focus: the timeline's own shortcuts on them
    #: (next/previous event in time, first/last event) would otherwise act on the timeline behind it.
    _OWN_KEYS = frozenset({Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End,
                           Qt.Key.Key_Up, Qt.Key.Key_Down})

    def __init__(self, tooltip_for: Callable[[str], str | None]) -> None:
        super().__init__()
        self._tooltip_for = tooltip_for

    def event(self, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.key() in self._OWN_KEYS
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            event.accept()
            return True
        return super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt name)
        """Entering the strip selects nothing (Tab only passes through it): Qt makes the first item
        current on focus-in, which would select its event; with no undated event selected no item is
        current, so the first arrow key picks the first item."""
        self.blockSignals(True)
        try:
            super().focusInEvent(event)
            if not self.selectedItems():
                self.selectionModel().clearCurrentIndex()
        finally:
            self.blockSignals(False)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.ToolTip:
            item = self.itemAt(event.pos())
            event_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
            text = self._tooltip_for(event_id) if event_id else None
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)
