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
histories among modern ones) opens on its dense part (the larger of two far eras; a thin run of
recalled old years left out), and a lane with nothing in view names at the plot's edge how many
events lie beyond and when (a click there goes to them); at the first view a lane with marks in view
names what the fit left out of it too, beside its marks. "Fit all" (0 / Ctrl+0, double-click) uses the same fit; pressed
again there, it shows the full extent. The headless export's default range is the same robust fit,
so it shows what the app first shows.

The widget is one class made of parts, each in its own module over the same state: the render cache
(:mod:`~explorer.gui.timeline.view_cache`), lanes and colours (:mod:`~explorer.gui.timeline.view_lanes`),
the pointer: clicks, hovers, tooltips and the selection drawn (:mod:`~explorer.gui.timeline.view_pointer`),
and the empty state (:mod:`~explorer.gui.timeline.view_empty_state`); the widgets it is built of are
:mod:`explorer.gui.timeline.plot_widgets`. This module builds and wires them and keeps the range API,
emphasis and stars, export, queries, the undated strip and the focus frame.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QScrollBar, QVBoxLayout, QWidget

from explorer.events.record import Event
from explorer.gui.event_model import document_label
from explorer.gui.formatting import elide
from explorer.gui.panes import FRAME_PX, paint_focus_frame
from explorer.gui.render.axes import LaneAxis, CalendarAxis
from explorer.gui.render.figure import LegendStrip
from explorer.gui.render.item import TimelineItem
from explorer.gui.render.theme import LIGHT
from explorer.gui.selection import EventSelection
from explorer.gui.timeline.items import SelectionHighlight
from explorer.timeline.key_columns import KeyColumns
from explorer.gui.timeline.scroll import LaneOverview
from explorer.timeline import EventsArray, MAX_SPAN_S, MIN_SPAN_S, X_MAX, X_MIN, clamp_range
from explorer.timeline.events_array import SubsetBuffers
from explorer.timeline.lanes import lane_y_range
from explorer.timeline.zoom import fit_events, range_to_show
from explorer.gui.guard import guard_overrides
from explorer.gui.timeline.plot_widgets import PlotWidget, TimelineViewBox, UndatedList
from explorer.gui.timeline.view_cache import MarkTitles, RenderCache, empty_array
from explorer.gui.timeline.view_empty_state import EmptyState
from explorer.gui.timeline.view_lanes import LanesAndColours
from explorer.gui.timeline.view_pointer import PointerInput

#: Undated events listed in the strip (the count is always exact).
UNDATED_LISTED = 2000
#: The tallest image Export Image offers by default (see :meth:`TimelineView.export_size`).
EXPORT_DEFAULT_MAX_PX = 4000
#: A drag of the lanes settles on the lanes that fit (see view_lanes) once it pauses this long.
REFOLD_AFTER_DRAG_MS = 150
LANE_LABELS = {"document": "By document", "actor": "By actor", "place": "By place", "none": "Single lane"}


@guard_overrides
class TimelineView(RenderCache, LanesAndColours, PointerInput, EmptyState, QWidget):
    #: The user clicked a mark: an event id. Also applied to the shared selection directly.
    eventClicked = Signal(str)
    #: The shown time range changed (by any means): start, end in UTC epoch seconds.
    visibleRangeChanged = Signal(float, float)
    #: The lane mode changed ("document", "actor", "place" or "none").
    laneModeChanged = Signal(str)
    #: What a mark's colour means changed ("document", "actor" or "place").
    colourModeChanged = Signal(str)
    #: The marks were made again from the model (events arrived, a filter, other lanes): what an
    #: export would draw changed. Emitted once per rebuild (rebuilds are coalesced).
    redrawn = Signal()

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
        self.plot = PlotWidget()
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
        self.vb.full_range = lambda: self.fit_range(robust=False)  # wheel zoom-out ends on the events

        self.arr = empty_array()
        self.item = TimelineItem(self.arr, LIGHT)
        self.item.grid_axis = self.axis
        self.item.lane_axis = self.lane_axis
        self.highlight = SelectionHighlight()
        self.item.lanes_moved.append(self.highlight.lanes_moved)
        self.vb.addItem(self.item, ignoreBounds=True)
        self.vb.addItem(self.highlight, ignoreBounds=True)
        self.legend = LegendStrip(self.arr, LIGHT, show_undated=False)  # the lane axis names them
        self.plot.ci.addItem(self.legend, row=1, col=0)
        self.plot.ci.layout.setVerticalSpacing(2)  # the axis's and the legend's own padding part them

        self.undated_label = QLabel()
        self.undated_label.setObjectName("undatedLabel")
        self.undated_list = UndatedList(self._undated_tooltip)
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
        self._titles = MarkTitles(self.model)
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
        #: None once the user moved the view; "robust" or "full" (the fits of :meth:`fit_all`);
        #: "filter": a filter moved the user's range to its matches (see :meth:`_follow_filter`)
        self._auto_fit: str | None = "robust"
        #: The filters changed since the last rebuild (see :meth:`_follow_filter`).
        self._filter_changed = False
        #: The range the user had when a filter moved the view to its matches: given back when
        #: the filters are cleared, unless the user moved the view in between.
        self._range_before_filter: tuple[float, float] | None = None
        #: The last fit (:meth:`fit_range`): the array it was made for, ``robust``, the range.
        self._fitted: tuple[EventsArray, bool, tuple[float, float] | None] | None = None

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
        # a filter with no match in a range the user chose shows its matches (see _follow_filter)
        self.proxy.filterTextChanged.connect(self._note_filter_change)
        self.proxy.entityFilterChanged.connect(self._note_filter_change)
        self.model.curationFilterChanged.connect(self._note_filter_change)
        self.model.documentsChanged.connect(self._on_documents_changed)
        moved = getattr(self.model, "lanesMoved", None)
        if moved is not None:
            moved.connect(self._on_lanes_moved)
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
        #: the lanes in view as last applied, (first, count): they follow the range (see view_lanes)
        self._lanes_applied = (0, 0)
        self._lane_asked: int | None = None  # the lane scroll_to_lane last brought into view
        self.vb.sigXRangeChanged.connect(self._refold_lanes)
        # a drag of the lanes (y) is followed once it pauses: folding at every step jerked the drag
        self._refold_timer = QTimer(self, singleShot=True, interval=REFOLD_AFTER_DRAG_MS)
        self._refold_timer.timeout.connect(self._settle_lanes)
        self.vb.sigRangeChangedManually.connect(self._on_lanes_dragged)
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
        self.vb.sigResized.connect(self._on_plot_resized)  # the date axis takes one line or two
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
        layout.setContentsMargins(FRAME_PX, FRAME_PX, FRAME_PX, FRAME_PX)  # room for the focus frame
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
        """The range that shows the drawn events (``robust``: see :func:`explorer.timeline.zoom.fit_range`).

        Kept for the drawn array until the next :meth:`refresh` (which forgets it): opening a project
        fitted its 1M events twice, once in the reset's rebuild and again in :meth:`show_first_view`
        on the same array, about 0.5 s of CPU each time (a sort of every event's middle)."""
        fitted = self._fitted
        if fitted is not None and fitted[0] is self.arr and fitted[1] == robust:
            return fitted[2]
        found = fit_events(self.arr, robust)
        self._fitted = (self.arr, robust, found)
        if robust:  # at that range, lanes name their events the fit leaves out (see TimelineItem.fit_view)
            self.item.fit_view = None if found is None else clamp_range(*found)
        return found

    def show_first_view(self) -> None:
        """The view a newly shown project opens on: the robust fit (see
        :func:`explorer.timeline.zoom.fit_range`), following the events as they change. Not
        :meth:`fit_all`, a toggle: the project's reset has fitted already, so Fit All there went on
        to the full extent, and a reopened folder of news opened on every stray year and decade-long
        span instead of on its dense part (a folder read in opened on 1987-2000, its project on 1977-2002).
        The lanes start from the first: the lanes scrolled in the project shown before are no place
        to open another (twelve histories reopened on their third lane, the first two out of sight)."""
        self._auto_fit = "robust"
        if len(self.arr):
            self._apply_range(*self.fit_range(robust=True))
        if self.arr.n_lanes:
            self._show_lanes_from(0)

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

    def _note_filter_change(self, *args) -> None:
        self._filter_changed = True

    def _follow_filter(self) -> None:
        """After a filter change, before the rebuild's fit. A range the user chose is kept through
        a filter while a match is in it; with none in it, the view fits the matches (panned away
        and typing a filter, the user saw an empty timeline, its matches only named at the edge),
        and clearing the filters gives the user's range back. Once the view follows a filter
        (fitted, or so moved) it follows each new filter as a fitted view does."""
        changed, self._filter_changed = self._filter_changed, False
        if not changed:
            return
        if self._auto_fit == "filter" and not self._narrowed():
            before, self._range_before_filter = self._range_before_filter, None
            self._auto_fit = None
            if before is not None:
                self._apply_range(*before)
            return
        if self._auto_fit is None and len(self.arr) and self._narrowed():
            x0, x1 = self.visible_range()
            if not np.any((self.arr.begin < x1) & (self.arr.end > x0)):
                self._range_before_filter = (x0, x1)
                self._auto_fit = "filter"

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
        self.item.set_emphasis(self._emphasis_rows())

    def _emphasis_rows(self) -> np.ndarray | None:
        """The model keys of the emphasised events (None: no emphasis). By key, not array position,
        so a figure that draws only some of the lanes emphasises the same events."""
        if self._emphasis is None:
            return None
        keys = [self.model.key_of(i) for i in self._emphasis]
        return np.asarray([k for k in keys if k is not None], np.int64)

    # -- lanes ---------------------------------------------------------------------------------

    # -- colours -------------------------------------------------------------------------------

    # -- export --------------------------------------------------------------------------------

    def figure_title(self) -> str:
        """The same count as the CLI's (every event the filter keeps, undated ones too)."""
        from explorer.timeline.caption import event_counts, figure_title

        docs = self.model.documents
        return figure_title(event_counts(self.arr, 0.0, 0.0), len(docs), document_label(docs[0], 120) if len(docs) == 1 else None)

    def nothing_to_export(self) -> str:
        """Why an image of the timeline would be empty, in the user's words ("" when it would not be).

        The export dialog offered "Timeline of 0 events from 0 documents" and wrote a blank picture
        when nothing had been opened: the user is told instead, with the way out."""
        if self._rebuild_timer.isActive():  # events arrived this turn (an import): count them too
            self.refresh()
        if len(self.arr):
            return ""
        if not self.model.event_count():
            return ("There is nothing to export yet: no events have been found.\n"
                    "Open articles first (Ctrl+O for files, Ctrl+Shift+O for a folder).")
        if len(self.arr.undated_row):
            return "None of the events shown has a date, so there is nothing to draw on the timeline."
        return "No event is shown: the filters hide them all. Clear the filters to export the timeline."

    def export_image(self, path: str | Path, size: tuple[int, int] | None = None, dpi: float = 96.0,
                     title: str | None = None) -> tuple[Path, tuple[float, float]]:
        """Write the current view (its range, lanes, filter and emphasis) as PNG, SVG or PDF."""
        from explorer.gui.render.export import render_figure
        from explorer.gui.render.figure import make_fitted_figure

        if size is None:
            size = self.export_size()
        fig = make_fitted_figure(self.arr, title=self.figure_title() if title is None else title, size=size,
                                 x_range=self.visible_range(), colouring=self.item.colouring)
        try:
            fig.item.set_emphasis(self._emphasis_rows())
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
            from explorer.gui.render.figure import set_export_note

            set_export_note(fig)  # as the export will
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

    # -- rebuilding the render cache ----------------------------------------------------------

    # -- scrolling the lanes -------------------------------------------------------------------

    def _fill_undated(self, keys: np.ndarray) -> None:
        """The strip lists ``keys`` as given (the documents' order, then their texts': see
        ``view_cache.in_document_order``)."""
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
        if self.hasFocus():
            paint_focus_frame(self)

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
        self.item.set_events(empty_array())
        self.plot.clear()
        self.plot.scene().clear()


def _year(year: int) -> float:
    from datetime import date

    from explorer.gui.formatting import day_start_seconds

    return day_start_seconds(date(year, 1, 1))
