"""The timeline's one graphics item: marks, bars, density bands and labels for the visible range.

``paint`` asks the engine what the current view needs (:func:`explorer.timeline.view_detail`), then
draws in device pixels: positions are computed in numpy as ``(t - view_left) * scale`` from float64
epoch seconds, so 1.7e9-second coordinates never reach a float-precision-sensitive Qt path (SVG and
PDF get pixel-sized coordinates), and text is drawn with ``drawText`` (real text in vector files).
This module holds the item's state (events, colouring, emphasis, stars), the order of painting and
where lanes go; how marks are drawn is :mod:`explorer.gui.render.marks`, how labels and edge notes
are drawn :mod:`explorer.gui.render.label_drawing`, and what lies under a pixel
:mod:`explorer.gui.render.hit_test`.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from pyqtgraph.Qt import internals
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPaintEngine, QPen, QPixmap

from explorer.timeline import EventsArray, LabelBox, X_MAX, X_MIN, view_detail
from explorer.timeline.label_cache import LabelCache
from explorer.timeline.placement import LaneSizes, place_lanes, row_layout, stack_rows
from explorer.timeline.lanes import Colouring, lane_color, lane_shape, lane_y_range
from explorer.timeline.lod import MARK_LIMIT, Beyond, ViewDetail, background_lanes, visible_indices
from explorer.gui.render.hit_test import HitTesting
from explorer.gui.render.label_drawing import LabelDrawing
from explorer.gui.render.marks import BAR_PX, DIM_OPACITY, MarkPainting
from explorer.gui.render.stars import paint_stars, restarred, star_positions
from explorer.gui.render.theme import LIGHT, Theme
from explorer.gui.guard import guard_overrides

FONT_PX = 11.0
LABEL_LANE_PX = 30.0  # lanes thinner than this show marks without labels
MAX_LABEL_ROWS = 6  # label rows stacked above a lane's marks, at most
_MIXED = -1  # a lane's events have several colours: its density band is drawn muted
_OWN_LANE_COLOUR = -2  # no colouring: the lane's own colour


@guard_overrides
class TimelineItem(MarkPainting, LabelDrawing, HitTesting, pg.GraphicsObject):
    """Draws an :class:`EventsArray` in a ``ViewBox`` whose y axis has one unit per lane (lane 0 on top,
    use ``invertY(True)``). Add it with ``ignoreBounds=True`` and set the x range explicitly."""

    def __init__(self, events: EventsArray | None = None, theme: Theme = LIGHT) -> None:
        super().__init__()
        self.theme = theme
        #: Multiplies every pixel size (marks, fonts, gaps); exports at high DPI raise it.
        self.pixel_scale = 1.0
        self.mark_limit = MARK_LIMIT
        self.show_labels = True
        #: events by lane left out because another article's report of them is drawn (a
        #: collapsed group), for the note of a lane left empty by them; None: none left out
        self.reports_elsewhere: np.ndarray | None = None
        #: the user narrowed the events (a filter): a lane with matches in view also names, at the
        #: plot's edge clear of its marks, the matches beyond the view (see _paint_beyond)
        self.notes_beside_marks = False
        #: The first view's range (the robust fit, see :func:`explorer.timeline.zoom.fit_range`) when
        #: known: shown at exactly that range, a lane with marks in view names its events left out
        #: beyond the edge too, as a filtered lane does (the fit leaves thin runs of old years out).
        self.fit_view: tuple[float, float] | None = None
        self.events: EventsArray | None = None
        #: What the last paint drew, for tests and for hit-testing by the app.
        self.last_detail: ViewDetail | None = None
        self.last_labels: list[LabelBox] = []
        #: The captions the last paint wrote beside count badges (see ``carded``), in order.
        self.last_captions: list[str] = []
        #: The single events' titles the last paint wrote, in order (a selected event's title cut
        #: short beside its card is not written: see ``_stub_beside_card``).
        self.last_titles: list[str] = []
        #: The selection card's whole title and the selected event's array positions: a cluster
        #: holding it whose caption is that title cut short leaves the caption out.
        self.carded: tuple[str, np.ndarray] | None = None
        #: Where something opaque is drawn over the plot (the selection's card; device pixels), or
        #: None: a label it would cut is left out (see ``_cut_by_cover``), ``last_covered`` lists them.
        self.cover: QRectF | None = None
        self.last_covered: list[LabelBox] = []
        #: what the last paint wrote at the plot's edge of lanes with nothing in view: (Beyond, rect, text)
        self.last_beyond: list[tuple[Beyond, QRectF, str]] = []
        self.last_quiet: frozenset[int] = frozenset()  # lanes of background marks only (see paint)
        #: what the last paint wrote in lanes whose events are all undated: (lane, rect, text)
        self.last_undated_notes: list[tuple[int, QRectF, str]] = []
        #: lanes of articles without any event, and where the note saying so was written (no click)
        self.last_empty_notes: list[tuple[int, QRectF, str]] = []
        #: Label rows per lane in the last paint, and the height of one (device pixels).
        self.last_rows = 1
        #: What the last paint gave each lane in view: ``lane -> (label rows, height in pixels)``.
        self.last_lane_rows: dict[int, tuple[int, float]] = {}
        #: The lanes in view the last paint folded (nothing in view: a thin band, see lane_fold).
        self.last_folded: frozenset[int] = frozenset()
        self._row_h = 14.0
        self._font = QFont()
        self._bold = QFont()
        #: widths and elided titles for the font in use, kept across paints (see explorer.timeline.label_cache)
        self.labels_memory = LabelCache()
        self._metrics_key: tuple | None = None
        self._badges: dict[tuple, QPixmap] = {}  # cluster badges pre-rendered (raster painting)
        self._sprites: dict[tuple, QPixmap] = {}
        self._fragments = internals.PrimitiveArray(QPainter.PixmapFragment, 10)
        self._rect_buf = internals.PrimitiveArray(QRectF, 4)
        self._edge_buf = internals.PrimitiveArray(QRectF, 4)
        self._vector = False
        #: Emphasis (search matches): a bool per array position, or None to draw everything normally.
        self._emph: np.ndarray | None = None
        #: The user's stars: a flag by model key (None: none), and the array positions it marks.
        self._starred_by_key: np.ndarray | None = None
        self._star_pos = np.zeros(0, np.int64)
        #: The stars the last paint drew: ``(model key, x, y)`` in device pixels (see render.stars).
        self.last_stars: list[tuple[int, float, float]] = []
        #: Where the last paint put things, in the painter's device pixels: (x0, x1, left_px, width_px,
        #: lane centre y per lane, label baseline offset, font ascent, descent); for hit-testing.
        self.last_geometry: tuple | None = None
        #: The date axis whose ticks the grid follows (drawn here, opaque and in one call: pyqtgraph's
        #: translucent grid cost as much as everything else together).
        self.grid_axis = None
        #: the LaneAxis naming the lanes: told where each lane in view is drawn (lanes vary in height)
        self.lane_axis = None
        self.lane_positions: dict[int, float] = {}  # lane -> its marks' y in view coordinates
        self.lanes_moved: list = []  # callables told when lanes in view are drawn at other heights
        #: What a mark's colour means (by document, actor or place); None: each lane its own colour.
        self.colouring: Colouring | None = None
        self._code: np.ndarray | None = None  # colour index per array position
        self._qcolors: list[QColor] = []
        self._qcolors_of: object = None  # the colour key ``_qcolors`` were made from
        self._lane_code = np.zeros(0, np.int64)  # per lane: colour code, -1 muted (mixed), -2 the lane's own
        if events is not None:
            self.set_events(events)

    # ------------------------------------------------------------------ data
    def set_events(self, events: EventsArray) -> None:
        self.prepareGeometryChange()
        self.events = events
        # elided titles are kept by array position: after a rebuild it may name another event (a
        # re-imported article) or a retitled one, so none of them may outlive the data they came from
        self.labels_memory.forget_titles()
        self._emph = None
        self._star_pos = star_positions(events.row, self._starred_by_key)
        self._recolour()
        self.update()

    def set_colouring(self, colouring: Colouring | None) -> None:
        """Colour marks by ``colouring`` (its ``code`` indexed by the events' ``row``), whatever their lane."""
        self.colouring = colouring
        self._recolour()
        self.update()

    def colour_at(self, i: int) -> str:
        """The colour (``#rrggbb``) the mark at array position ``i`` is drawn in."""
        if self._code is not None:
            return self._qcolors[int(self._code[i])].name()
        return QColor(lane_color(int(self.events.lane[i]))).name()

    def _recolour(self) -> None:
        """Colour codes per mark and per lane, as arrays: QColors are made only for what is painted
        (a thousand lanes must not cost a thousand QColors on every rebuild)."""
        arr, col = self.events, self.colouring
        self._code = None
        self._lane_code = np.full(arr.n_lanes if arr is not None else 0, _OWN_LANE_COLOUR, np.int64)
        if arr is None or col is None or (len(arr.row) and int(arr.row.max()) >= len(col.code)):
            return  # lane colours (or the colouring of other rows: the caller sets the matching one next)
        if self._qcolors_of is not col.key:  # one QColor per key entry (19k documents at 1M events)
            was = self._qcolors_of
            kept = len(was.colors) if was is not None and col.key.colors[:len(was.colors)] == was.colors else 0
            # documents added (an import): only their colours are new
            self._qcolors = self._qcolors[:kept] + [QColor(c) for c in col.key.colors[kept:]]
            self._qcolors_of = col.key
        self._code = col.code[arr.row] if len(arr.row) else np.zeros(0, np.int32)
        # a density band in one colour only if its whole lane has it
        starts, ends = arr.lane_start[:-1], arr.lane_start[1:]
        filled = np.flatnonzero(ends > starts)
        self._lane_code[:] = _MIXED
        if len(filled):
            lo = np.minimum.reduceat(self._code, starts[filled])
            hi = np.maximum.reduceat(self._code, starts[filled])
            self._lane_code[filled] = np.where(lo == hi, lo, _MIXED)

    def _lane_shape(self, lane: int) -> str:
        """The shape of a lane's day marks when they have its own colour (see ``lane_shape``)."""
        return lane_shape(lane) if int(self._lane_code[lane]) == _OWN_LANE_COLOUR else "circle"

    def _lane_qcolor(self, lane: int) -> QColor:
        code = int(self._lane_code[lane])
        if code == _OWN_LANE_COLOUR:
            return QColor(lane_color(lane))
        return self._qcolors[code] if code >= 0 else QColor(self.theme.muted)

    def set_carded(self, title: str, positions) -> None:
        """The selection's card says ``title`` (as its width lets it: whole, or cut with an
        ellipsis) beside the event at array ``positions`` (``""``: no card). A cluster holding that
        event whose caption is the title cut shorter than the card says it then leaves its caption
        out: the card said a whole title in bold just over a caption that began the same words and
        broke off, the same words twice, read as two events. A caption saying as much or more
        stays, and the card leaves its title out (``SelectionHighlight._title_beside_mark``)."""
        carded = (title, np.asarray(positions, np.int64)) if title and len(positions) else None
        if carded is None and self.carded is None:
            return
        self.carded = carded
        self.update()

    def set_cover(self, rect: QRectF | None) -> None:
        """Something opaque is drawn at ``rect`` (device pixels) over the plot: the selection's card.
        The labels it would cut are left out from the next paint on: a title half under the card
        showed its last words beside it, or a badge its half, read as a broken label."""
        if rect == self.cover:
            return
        self.cover = None if rect is None else QRectF(rect)
        self.update()

    def set_emphasis(self, rows: np.ndarray | None) -> None:
        """Emphasise the events whose ``row`` is in ``rows`` and dim the others; ``None`` for normal drawing."""
        if rows is None or self.events is None:
            self._emph = None
        else:
            self._emph = np.isin(self.events.row, np.asarray(rows, np.int64))
        self.update()

    @property
    def emphasis_mask(self) -> np.ndarray | None:
        return self._emph

    def set_starred(self, starred_by_key: np.ndarray | None) -> None:
        """Draw a star over the marks of the events whose model key is flagged in ``starred_by_key``
        (``None``: no stars). Star labels change too, so the elided titles are measured again."""
        old = self._starred_by_key
        # a copy: the model patches its column in place, and the next call compares with this one
        self._starred_by_key = None if starred_by_key is None else np.array(starred_by_key, bool)
        if self.events is None:
            self._star_pos = self._star_pos[:0]
        else:
            self._star_pos = restarred(self.events.row, old, self._starred_by_key, self._star_pos)
        self.labels_memory.forget_titles()
        self.update()

    @property
    def starred_by_key(self) -> np.ndarray | None:
        return self._starred_by_key

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.update()

    def boundingRect(self) -> QRectF:
        """Every lane's room, the room above the first lane for its titles with it (the view's whole
        y range, :func:`lane_y_range`) and half a lane more each side: what Qt repaints when the item
        changes. It began at -0.5, and the first lane's titles above that kept their old paint after
        a search, at full strength among faded labels and cut where the new paint began."""
        top, bottom = lane_y_range(self.events.n_lanes if self.events is not None else 1)
        return QRectF(X_MIN, top - 0.5, X_MAX - X_MIN, bottom - top + 1.0)

    # ------------------------------------------------------------------ painting
    def _measure(self, text: str) -> float:
        return self.labels_memory.width(text)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        arr = self.events
        vb = self.getViewBox()
        if arr is None or vb is None or not arr.n_lanes:
            return
        view = vb.viewRect()
        vx0, vx1 = float(view.left()), float(view.right())
        if vx1 <= vx0:
            return
        t = painter.transform()
        p0, p1 = t.map(QPointF(vx0, 0.0)), t.map(QPointF(vx1, 0.0))
        left_px, width_px = p0.x(), p1.x() - p0.x()
        if width_px <= 1:
            return
        y0, y1 = t.map(QPointF(vx0, 0.0)).y(), t.map(QPointF(vx0, 1.0)).y()  # the view's lane scale
        lane_ys = y0 + (y1 - y0) * np.arange(arr.n_lanes, dtype=np.float64)
        top = min(t.map(QPointF(vx0, float(view.top()))).y(), t.map(QPointF(vx0, float(view.bottom()))).y())
        bottom = max(t.map(QPointF(vx0, float(view.top()))).y(), t.map(QPointF(vx0, float(view.bottom()))).y())
        # The lanes in view share the view's height by their label rows (see _place_lanes); the view
        # box only says which lanes are in view (lane i at y = i), not how tall each is drawn.
        in_view = np.flatnonzero((top <= lane_ys) & (lane_ys <= bottom))
        if not len(in_view):  # a view narrower than a lane: the nearest lane, at its linear place
            lane_h = abs(y1 - y0) or 1.0
            in_view = np.flatnonzero((top - lane_h / 2 <= lane_ys) & (lane_ys <= bottom + lane_h / 2))
        if y1 < y0:  # lane 0 at the bottom: stack from the top down all the same
            in_view = in_view[::-1]
        visible = in_view.tolist()
        s = self.pixel_scale
        detail = view_detail(arr, vx0, vx1, width_px, sorted(visible), self.mark_limit, column_px=2.0 * s)
        self.last_detail = detail
        # lanes showing only background in view (a history's one later century) while their events
        # lie beyond: no title on those marks, the lane's edge note instead (see background_lanes)
        self.last_quiet = background_lanes(arr, detail, vx0, vx1)
        self.last_labels = []
        self.last_covered = []
        self.last_captions = []
        self.last_titles = []
        self.last_beyond = []
        self.last_undated_notes = []
        self.last_empty_notes = []
        scale = width_px / (vx1 - vx0)

        def X(x: np.ndarray) -> np.ndarray:
            return left_px + (x - vx0) * scale

        self._font.setPixelSize(max(1, round(FONT_PX * s)))
        self._bold.setPixelSize(max(1, round(FONT_PX * s)))
        self._bold.setBold(True)
        font_key = (self._font.pixelSize(), self._font.family())
        if font_key != self._metrics_key:  # widths (and elided titles) are reused until the font changes
            self._metrics, self._metrics_key = QFontMetricsF(self._font), font_key
            self._badges = {}
        self.labels_memory.use_font(font_key, self._metrics.horizontalAdvance)
        if len(self._badges) > 2000:
            self._badges.clear()
        self._row_h = self._metrics.height() + 2 * s
        # lanes folded for having nothing in view leave their room to the others (see lane_fold)
        layouts, rows_of, height_of, labels_on = self._place_lanes(
            arr, detail, visible, self.show_labels, vx0, vx1, width_px, top, bottom, lane_ys)
        lane_y = lane_ys.tolist()
        self.last_rows = max(rows_of.values(), default=1) or 1
        self.last_lane_rows = {lane: (rows_of[lane], height_of[lane]) for lane in rows_of}
        if abs(y1 - y0) > 1e-12:  # where the lane axis names each lane, in view coordinates
            self._publish_lane_positions({lane: (lane_ys[lane] - y0) / (y1 - y0) for lane in visible})
        emph = self._emph
        self.last_geometry = (vx0, vx1, left_px, width_px, lane_y, self._label_base_offset(),
                              self._metrics.ascent(), self._metrics.descent())

        engine = painter.paintEngine()
        self._vector = engine is not None and engine.type() in (QPaintEngine.Type.SVG, QPaintEngine.Type.Pdf)
        painter.save()
        painter.resetTransform()
        # Bars and density steps are axis-aligned: no antialiasing needed (and much faster).
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setFont(self._font)
        if self.grid_axis is not None:
            self._paint_grid(painter, vx0, vx1, left_px, width_px, top, bottom)
        dens_max = max((int(d.counts.max()) for d in detail.lanes if d.counts is not None and len(d.counts)), default=1)
        for d in detail.lanes:
            y = lane_y[d.lane]
            band_h = min(height_of.get(d.lane, 0.0) * 0.7, 40.0 * s)
            color = self._lane_qcolor(d.lane)
            shape = self._lane_shape(d.lane)
            if d.mode == "density":
                painter.setOpacity(DIM_OPACITY if emph is not None else 1.0)
                self._paint_density(painter, d.counts, X(detail.edges), y, band_h, dens_max, color)
                if labels_on:
                    painter.setPen(QColor(self.theme.text))
                    painter.drawText(QPointF(left_px + 4 * s, y - band_h / 2 - 3 * s),
                                     f"{d.count:,} events (density; zoom in for detail)")
                painter.setOpacity(1.0)
                if emph is not None:  # matches stay visible as marks over the dimmed band
                    shown = visible_indices(arr, d.lane, vx0, vx1)
                    shown = shown[emph[shown]][:self.mark_limit]
                    if len(shown):
                        self._paint_marks_coloured(painter, arr, shown, X, vx0, vx1, left_px, width_px, y, color, shape)
            elif d.mode == "marks":
                if emph is None:
                    self._paint_marks_coloured(painter, arr, d.idx, X, vx0, vx1, left_px, width_px, y, color, shape)
                else:
                    on = emph[d.idx]
                    painter.setOpacity(DIM_OPACITY)
                    self._paint_marks_coloured(painter, arr, d.idx[~on], X, vx0, vx1, left_px, width_px, y, color, shape)
                    painter.setOpacity(1.0)
                    self._paint_marks_coloured(painter, arr, d.idx[on], X, vx0, vx1, left_px, width_px, y, color, shape)
                boxes = layouts.get(d.lane)
                if boxes and self.cover is not None:
                    covered = [b for b in boxes if self._cut_by_cover(b)]
                    if covered:
                        boxes = [b for b in boxes if not any(b is c for c in covered)]
                        self.last_covered.extend(covered)
                if boxes:
                    self._paint_labels_coloured(painter, boxes, left_px, y, color, emph)
                    self.last_labels.extend(boxes)
        # a lane's edge note is one line: drawn wherever lanes have a line's room, even too little
        # for titles (zoomed into a gap, a dozen lanes without events in view said nothing at all)
        if self.show_labels and visible and (bottom - top) / len(visible) >= self._row_h:
            self._paint_beyond(painter, arr, detail, vx0, vx1, left_px, width_px, lane_y)
        pos = self._star_pos
        self.last_stars = paint_stars(
            painter, (arr.begin[pos] + arr.end[pos]) / 2, arr.lane[pos], arr.row[pos], lane_y, set(visible), X,
            left_px, width_px, s, self.theme.text) if len(pos) else []
        painter.restore()

    def _paint_grid(self, painter, vx0, vx1, left_px, width_px, top, bottom) -> None:
        axis = self.grid_axis  # a CalendarAxis: it memoises its ticks, shared by the grid and the axis
        try:
            levels = axis.tickValues(vx0, vx1, width_px / self.pixel_scale)  # the export's logical size
        except (ValueError, OverflowError):
            return
        bg, fg = QColor(self.theme.background), QColor(self.theme.muted)
        scale = width_px / (vx1 - vx0)
        drawn: set[float] = set()
        for level, weight in zip(levels[:2], (0.28, 0.12)):
            xs = [left_px + (v - vx0) * scale for v in level[1]]
            xs = [round(x) + 0.5 for x in xs if left_px <= x <= left_px + width_px and round(x) not in drawn]
            drawn.update(round(x - 0.5) for x in xs)
            if not xs:
                continue
            c = QColor(round(bg.red() + (fg.red() - bg.red()) * weight), round(bg.green() + (fg.green() - bg.green()) * weight),
                       round(bg.blue() + (fg.blue() - bg.blue()) * weight))
            if self._vector:
                painter.setPen(QPen(c, 1.0 * self.pixel_scale))
                painter.drawLines([QLineF(x, top, x, bottom) for x in xs])
            else:  # one-pixel filled rectangles: the raster engine's fastest path
                lw = max(1.0, round(self.pixel_scale))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(c))
                painter.drawRects([QRectF(x - 0.5, top, lw, bottom - top) for x in xs])

    def lane_with_titles_px(self) -> float:
        """The height a lane with marks needs for one row of titles, measured with this item's font at
        scale 1 (rounded up: a high-DPI export's font rounds its pixel size). An export keeping lanes
        by a guessed 32 px gave thirteen lanes 416 px where each needed 32.8: the last lane got no
        title row, half a lane's height, and its density note was drawn over the lane above."""
        font = QFont(self._font)
        font.setPixelSize(round(FONT_PX))
        row = math.ceil(QFontMetricsF(font).height() + 2)
        return LaneSizes(row_px=row, bar_px=BAR_PX).base_px + row

    def lane_sizes(self) -> LaneSizes:
        """The sizes lanes are placed with at this item's row height and pixel scale: the ones the
        drawing of marks and labels reads too (:mod:`~explorer.gui.render.label_drawing`)."""
        return LaneSizes(row_px=self._row_h, scale=self.pixel_scale, bar_px=BAR_PX, max_rows=MAX_LABEL_ROWS)

    def _place_lanes(self, arr, detail, visible, labels_on, vx0, vx1, width_px, top, bottom, lane_ys):
        """:func:`explorer.timeline.placement.place_lanes` with this item's font and pixel scale; writes
        each lane's mark y into ``lane_ys``. Returns ``(labels by lane, rows by lane, height by lane,
        whether titles are drawn)``: lanes folded to a thin band leave the others room for titles."""
        placed = place_lanes(
            detail, visible, labels_on, top, bottom, self.lane_sizes(),
            layout_row=lambda lane, idx: self._row_layout(arr, lane, idx, vx0, vx1, width_px),
            stack=lambda boxes, idx, rows: self._stack(arr, boxes, idx, vx0, vx1, width_px, rows),
            label_lane_px=LABEL_LANE_PX * self.pixel_scale, quiet=self.last_quiet)
        for lane, y in placed.mark_ys.items():
            lane_ys[lane] = y
        self.last_folded = placed.folded
        return placed.labels, placed.rows, placed.heights, placed.labels_on

    def _publish_lane_positions(self, positions: dict[int, float]) -> None:
        """Tell the lane axis (when there is one) where each lane in view is drawn, in view units."""
        rounded = {k: round(float(v), 4) for k, v in positions.items()}
        if rounded == self.lane_positions:
            return
        self.lane_positions = rounded
        if self.lane_axis is not None:
            self.lane_axis.set_positions(rounded)
        for follow in self.lanes_moved:
            follow()

    def lane_view_y(self, lane: float) -> float:
        """Where the last paint drew ``lane``'s marks, in view coordinates (the lane index itself
        for a lane not in view)."""
        return self.lane_positions.get(int(lane), float(lane)) if float(lane).is_integer() else float(lane)

    def _layout(self, arr, lane, idx, vx0, vx1, width_px, rows: int = 1) -> list[LabelBox]:
        """One row laid out by the engine, then stacked into ``rows`` rows by importance."""
        return self._stack(arr, self._row_layout(arr, lane, idx, vx0, vx1, width_px), idx, vx0, vx1, width_px, rows)

    def _row_layout(self, arr, lane, idx, vx0, vx1, width_px) -> list[LabelBox]:
        """The engine's one-row layout of a lane's labels (titles and cluster badges)."""
        return row_layout(arr, lane, idx, vx0, vx1, width_px, self._measure, self.pixel_scale,
                          cache=self.labels_memory.titles)

    def _stack(self, arr, boxes, idx, vx0, vx1, width_px, rows: int) -> list[LabelBox]:
        """The one-row layout ``boxes`` stacked into ``rows`` rows by importance (salience)."""
        return stack_rows(arr, boxes, idx, vx0, vx1, width_px, rows, self._measure, self.pixel_scale)
