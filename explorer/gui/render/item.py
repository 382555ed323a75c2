"""The timeline's one graphics item: marks, bars, density bands and labels for the visible range.

``paint`` asks the engine what the current view needs (:func:`explorer.timeline.view_detail`), then
draws in device pixels: positions are computed in numpy as ``(t - view_left) * scale`` from float64
epoch seconds, so 1.7e9-second coordinates never reach a float-precision-sensitive Qt path (SVG and
PDF get pixel-sized coordinates), and text is drawn with ``drawText`` (real text in vector files).
Marks per style are drawn in one call each (points with ``drawPoints``, bars with ``drawRects``),
after collapsing marks that land on the same pixel.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from pyqtgraph import functions as fn
from PySide6.QtCore import QPointF, QRectF, Qt
from pyqtgraph.Qt import internals
from PySide6.QtCore import QLineF
from PySide6.QtGui import (QBrush, QColor, QFont, QFontMetricsF, QImage, QLinearGradient, QPainter, QPaintEngine,
                           QPen, QPixmap)

from explorer.timeline import EventsArray, LabelBox, X_MAX, X_MIN, view_detail
from explorer.timeline.label_cache import LabelCache
from explorer.timeline.placement import LaneSizes, place_lanes, row_layout, stack_rows
from explorer.timeline.events_array import APPROX, OPEN_END, OPEN_START, Precision
from explorer.timeline.lanes import Colouring, lane_color
from explorer.timeline.lod import MARK_LIMIT, Beyond, ViewDetail, beyond_text, beyond_view, visible_indices
from explorer.gui.render.stars import paint_stars, restarred, star_positions
from explorer.gui.render.theme import LIGHT, Theme, readable_on
from explorer.gui.guard import guard_overrides

POINT_PX = 8.0
BAR_PX = 8.0
MIN_BAR_PX = 2.0
FADE_PX = 36.0
FONT_PX = 11.0
LABEL_LANE_PX = 30.0  # lanes thinner than this show marks without labels
MAX_LABEL_ROWS = 6  # label rows stacked above a lane's marks, at most
DIM_OPACITY = 0.22  # events outside an emphasis (search matches)
NOTE_CONTRAST = 7.0  # small coloured text on the plot (edge notes): WCAG's enhanced contrast
DASH_MIN_PX = 12.0  # inferred bars narrower than this get a solid (lighter) outline, not dashes
FADE_STEPS = 8  # a fading end in SVG and PDF: this many rectangles of falling opacity
_MIXED = -1  # a lane's events have several colours: its density band is drawn muted
_OWN_LANE_COLOUR = -2  # no colouring: the lane's own colour


@guard_overrides
class TimelineItem(pg.GraphicsObject):
    """Draws an :class:`EventsArray` in a ``ViewBox`` whose y axis has one unit per lane (lane 0 on top,
    use ``invertY(True)``). Add it with ``ignoreBounds=True`` and set the x range explicitly."""

    def __init__(self, events: EventsArray | None = None, theme: Theme = LIGHT) -> None:
        super().__init__()
        self.theme = theme
        #: Multiplies every pixel size (marks, fonts, gaps); exports at high DPI raise it.
        self.pixel_scale = 1.0
        self.mark_limit = MARK_LIMIT
        self.show_labels = True
        self.events: EventsArray | None = None
        #: What the last paint drew, for tests and for hit-testing by the app.
        self.last_detail: ViewDetail | None = None
        self.last_labels: list[LabelBox] = []
        #: what the last paint wrote at the plot's edge of lanes with nothing in view: (Beyond, rect, text)
        self.last_beyond: list[tuple[Beyond, QRectF, str]] = []
        #: what the last paint wrote in lanes whose events are all undated: (lane, rect, text)
        self.last_undated_notes: list[tuple[int, QRectF, str]] = []
        #: Label rows per lane in the last paint, and the height of one (device pixels).
        self.last_rows = 1
        #: What the last paint gave each lane in view: ``lane -> (label rows, height in pixels)``.
        self.last_lane_rows: dict[int, tuple[int, float]] = {}
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

    def _lane_qcolor(self, lane: int) -> QColor:
        code = int(self._lane_code[lane])
        if code == _OWN_LANE_COLOUR:
            return QColor(lane_color(lane))
        return self._qcolors[code] if code >= 0 else QColor(self.theme.muted)

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
        lanes = self.events.n_lanes if self.events is not None else 1
        return QRectF(X_MIN, -0.5, X_MAX - X_MIN, max(lanes, 1))

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
        self.last_labels = []
        self.last_beyond = []
        self.last_undated_notes = []
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
        labels_on = self.show_labels and bool(visible) and (bottom - top) / len(visible) >= LABEL_LANE_PX * s
        layouts, rows_of, height_of = self._place_lanes(
            arr, detail, visible, labels_on, vx0, vx1, width_px, top, bottom, lane_ys)
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
                        self._paint_marks_coloured(painter, arr, shown, X, vx0, vx1, left_px, width_px, y, color)
            elif d.mode == "marks":
                if emph is None:
                    self._paint_marks_coloured(painter, arr, d.idx, X, vx0, vx1, left_px, width_px, y, color)
                else:
                    on = emph[d.idx]
                    painter.setOpacity(DIM_OPACITY)
                    self._paint_marks_coloured(painter, arr, d.idx[~on], X, vx0, vx1, left_px, width_px, y, color)
                    painter.setOpacity(1.0)
                    self._paint_marks_coloured(painter, arr, d.idx[on], X, vx0, vx1, left_px, width_px, y, color)
                boxes = layouts.get(d.lane)
                if boxes:
                    self._paint_labels_coloured(painter, boxes, left_px, y, color, emph)
                    self.last_labels.extend(boxes)
        if labels_on:
            self._paint_beyond(painter, arr, detail, vx0, vx1, left_px, width_px, lane_y)
        pos = self._star_pos
        self.last_stars = paint_stars(
            painter, (arr.begin[pos] + arr.end[pos]) / 2, arr.lane[pos], arr.row[pos], lane_y, set(visible), X,
            left_px, width_px, s, self.theme.text) if len(pos) else []
        painter.restore()

    def _paint_marks_coloured(self, painter, arr, idx, X, vx0, vx1, left_px, width_px, y, color) -> None:
        """Marks in their colouring's colours (one batch per colour), or all in the lane's ``color``."""
        code = self._code
        if code is None or not len(idx):
            self._paint_marks(painter, arr, idx, X, vx0, vx1, left_px, width_px, y, color)
            return
        codes = code[idx]
        if (codes == codes[0]).all():
            self._paint_marks(painter, arr, idx, X, vx0, vx1, left_px, width_px, y, self._qcolors[int(codes[0])])
            return
        for c in np.unique(codes):
            self._paint_marks(painter, arr, idx[codes == c], X, vx0, vx1, left_px, width_px, y, self._qcolors[int(c)])

    def _paint_labels_coloured(self, painter, boxes, left_px, y, color, emph=None) -> None:
        """Cluster badges and brackets in their members' colour (neutral when the members differ)."""
        code = self._code
        if code is None:
            self._paint_labels(painter, boxes, left_px, y, color, emph)
            return
        groups: dict[int, list] = {}
        for b in boxes:
            c = code[b.members]
            groups.setdefault(int(c[0]) if len(c) and (c == c[0]).all() else -1, []).append(b)
        for k, part in groups.items():
            self._paint_labels(painter, part, left_px, y, self._qcolors[k] if k >= 0 else QColor(self.theme.muted), emph)

    def _paint_beyond(self, painter, arr, detail, vx0, vx1, left_px, width_px, lane_y) -> None:
        """A lane with nothing in view names at the plot's edge what lies beyond it ("◀ 76 events,
        499 BC – 146 BC"), in its colour: the first view of a folder whose few ancient histories are
        left out of the modern bulk still tells where they are, and a click there goes to them."""
        s = self.pixel_scale
        pad = 4 * s
        ascent, descent = self._metrics.ascent(), self._metrics.descent()
        background = QColor(self.theme.background)
        undated: np.ndarray | None = None
        for d in detail.lanes:
            if d.mode != "empty":
                continue
            y = lane_y[d.lane]
            beyond = beyond_view(arr, d.lane, vx0, vx1)
            if not beyond:  # no dated event anywhere: say what the lane holds instead of nothing
                undated = arr.undated_counts() if undated is None else undated
                n = int(undated[d.lane]) if d.lane < len(undated) else 0
                if n:
                    text = f"{n:,} undated event{'s' if n != 1 else ''}"
                    w = self._metrics.horizontalAdvance(text)
                    rect = QRectF(left_px + pad, y - (ascent + descent) / 2, w, ascent + descent)
                    painter.setPen(readable_on(QColor(self.theme.muted), background, NOTE_CONTRAST))
                    painter.drawText(QPointF(rect.left(), rect.top() + ascent), text)
                    self.last_undated_notes.append((d.lane, rect, text))
            for b in beyond:
                text = beyond_text(b)
                w = self._metrics.horizontalAdvance(text)
                left = left_px + pad if b.side == "before" else left_px + width_px - pad - w
                rect = QRectF(left, y - (ascent + descent) / 2, w, ascent + descent)
                painter.setPen(readable_on(self._lane_qcolor(d.lane).darker(130), background, NOTE_CONTRAST))
                painter.drawText(QPointF(left, rect.top() + ascent), text)
                self.last_beyond.append((b, rect, text))

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

    def _place_lanes(self, arr, detail, visible, labels_on, vx0, vx1, width_px, top, bottom, lane_ys):
        """:func:`explorer.timeline.placement.place_lanes` with this item's font and pixel scale; writes
        each lane's mark y into ``lane_ys``. Returns ``(labels by lane, rows by lane, height by lane)``."""
        sizes = LaneSizes(row_px=self._row_h, scale=self.pixel_scale, bar_px=BAR_PX, max_rows=MAX_LABEL_ROWS)
        placed = place_lanes(
            detail, visible, labels_on, top, bottom, sizes,
            layout_row=lambda lane, idx: self._row_layout(arr, lane, idx, vx0, vx1, width_px),
            stack=lambda boxes, idx, rows: self._stack(arr, boxes, idx, vx0, vx1, width_px, rows))
        for lane, y in placed.mark_ys.items():
            lane_ys[lane] = y
        return placed.labels, placed.rows, placed.heights

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

    def label_rects(self) -> list[QRectF]:
        """Where the last paint drew each label (titles, badges and captions), in device pixels."""
        geo = self.last_geometry
        if geo is None:
            return []
        _vx0, _vx1, left_px, _w, lane_y, base_off, ascent, descent = geo
        return [QRectF(left_px + b.left, lane_y[b.lane] - b.row * self._row_h + base_off - ascent, b.width,
                       ascent + descent) for b in self.last_labels]

    def lane_view_y(self, lane: float) -> float:
        """Where the last paint drew ``lane``'s marks, in view coordinates (the lane index itself
        for a lane not in view)."""
        return self.lane_positions.get(int(lane), float(lane)) if float(lane).is_integer() else float(lane)

    def _label_base_offset(self) -> float:
        """Baseline of the label row relative to the lane centre (negative: above the marks)."""
        s = self.pixel_scale
        return -BAR_PX * s * 0.75 - 4 * s

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

    # ------------------------------------------------------------------ hit-testing
    def hit(self, x: float, y: float, radius: float = 7.0) -> tuple[str, object] | None:
        """What the last paint drew at device pixel ``(x, y)``: ``("event", array position)`` for a mark
        or a title, ``("cluster", LabelBox)`` for a cluster badge, ``("density", lane)``, ``("beyond", Beyond)`` for
        a lane's note of the events beyond the view, ``("undated", lane)`` for the note of a lane whose
        events are all undated, or None.
        Point marks win over bars, and among bars the narrowest (a month inside a year) wins."""
        arr, geo, detail = self.events, self.last_geometry, self.last_detail
        if arr is None or geo is None or detail is None:
            return None
        vx0, vx1, left_px, width_px, lane_y, base_off, ascent, descent = geo
        scale = width_px / (vx1 - vx0)
        s = self.pixel_scale
        for d in detail.lanes:
            ly = lane_y[d.lane]
            if d.mode == "marks" and abs(y - ly) <= max(BAR_PX * s * 0.75, radius):
                idx = d.idx
                b, e = arr.begin[idx], arr.end[idx]
                point = arr.precision[idx] == Precision.DAY
                xp = left_px + ((b + e) / 2 - vx0) * scale
                dist = np.where(point, np.hypot(xp - x, ly - y), np.inf)
                if len(dist) and dist.min() <= radius:
                    return "event", int(idx[int(np.argmin(dist))])
                xl = left_px + (b - vx0) * scale
                xr = np.maximum(left_px + (e - vx0) * scale, xl + MIN_BAR_PX * s)
                inside = ~point & (xl - 3 <= x) & (x <= xr + 3) & (abs(y - ly) <= BAR_PX * s * 0.75 + 2)
                if inside.any():
                    widths = np.where(inside, e - b, np.inf)
                    return "event", int(idx[int(np.argmin(widths))])
            elif d.mode == "density" and abs(y - ly) <= 20 * s:
                return "density", d.lane
        for b, rect, _text in self.last_beyond:
            if rect.adjusted(-3, -3, 3, 3).contains(QPointF(x, y)):
                return "beyond", b
        for lane, rect, _text in self.last_undated_notes:
            if rect.adjusted(-3, -3, 3, 3).contains(QPointF(x, y)):
                return "undated", lane
        top = base_off - ascent - 2 * s
        bottom = base_off + descent + 2 * s
        for box in self.last_labels:
            ly = lane_y[box.lane] - box.row * self._row_h
            if ly + top <= y <= ly + bottom and left_px + box.left - 2 <= x <= left_px + box.right + 2:
                if box.is_cluster:
                    return "cluster", box
                return "event", int(box.members[0])
        return None

    def _paint_density(self, painter, counts, xs, y, band_h, dens_max, color) -> None:
        s = self.pixel_scale
        h = band_h * np.sqrt(counts / max(dens_max, 1))
        h = np.where(counts > 0, np.maximum(h, 1.5 * s), 0.0)
        base = y + band_h / 2
        fill = QColor(color)
        fill.setAlpha(170)
        if self._vector:  # one outline in SVG and PDF
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(fill))
            px = np.repeat(xs, 2)[1:-1]
            py = base - np.repeat(h, 2)
            path = fn.arrayToQPath(np.r_[xs[0], px, xs[-1]], np.r_[base, py, base], connect="all")
            path.closeSubpath()
            painter.drawPath(path)
        else:  # on screen: the band as an image, one pixel row per pixel, one column per density column
            rows = max(1, int(np.ceil(band_h)))
            fill_rows = np.minimum(np.round(h).astype(np.int64), rows)
            mask = np.arange(rows - 1, -1, -1)[:, None] < fill_rows[None, :]
            a = fill.alpha()
            argb = (a << 24) | (fill.red() * a // 255 << 16) | (fill.green() * a // 255 << 8) | (fill.blue() * a // 255)
            pixels = np.where(mask, np.uint32(argb), np.uint32(0))  # premultiplied ARGB32, native order
            img = QImage(pixels.data, len(counts), rows, 4 * len(counts), QImage.Format.Format_ARGB32_Premultiplied)
            painter.drawImage(QRectF(float(xs[0]), base - rows, float(xs[-1] - xs[0]), rows), img)
            del img
        painter.setPen(QPen(QColor(self.theme.muted), 0.8 * s))
        painter.drawLine(QPointF(xs[0], base), QPointF(xs[-1], base))

    def _paint_marks(self, painter, arr, idx, X, vx0, vx1, left_px, width_px, y, color) -> None:
        s = self.pixel_scale
        prec = arr.precision[idx]
        cert = arr.certainty[idx]
        flags = arr.flags[idx]
        point = prec == Precision.DAY
        margin = 4 * FADE_PX * s
        lo_px, hi_px = left_px - margin, left_px + width_px + margin
        # --- bars: coarse (month, season, year...) light; precise day ranges solid; inferred faded
        sp = ~point
        if sp.any():
            xl = np.clip(X(arr.begin[idx[sp]]), lo_px, hi_px)
            xr = np.clip(X(arr.end[idx[sp]]), lo_px, hi_px)
            grow = np.maximum(MIN_BAR_PX * s - (xr - xl), 0) / 2
            xl, xr = xl - grow, xr + grow
            coarse = prec[sp] >= Precision.MONTH
            inferred = cert[sp] > 0
            for is_coarse in (True, False):  # coarse (wide) first, precise on top
                for is_inf in (False, True):
                    sel = (coarse == is_coarse) & (inferred == is_inf)
                    if not sel.any():
                        continue
                    h = BAR_PX * s if is_coarse else BAR_PX * s * 1.25
                    fill = QColor(color)
                    fill.setAlpha((110 if is_coarse else 235) // (3 if is_inf else 1))
                    base_pen = QColor(color).darker(140) if not is_coarse else QColor(color)
                    if not is_inf:
                        self._bars(painter, xl[sel], xr[sel], y, h, fill, base_pen)
                        continue
                    # Inferred: a dashed outline, but only on bars long enough for the dashes to read
                    # as a line; on a narrow bar the dash fragments look like a stray digit, so it
                    # gets a solid, lighter outline instead.
                    wide = (xr[sel] - xl[sel]) >= DASH_MIN_PX * s
                    for is_wide in (True, False):
                        part = wide if is_wide else ~wide
                        if not part.any():
                            continue
                        c = QColor(base_pen)
                        if not is_wide:
                            c.setAlpha(150)
                        self._bars(painter, xl[sel][part], xr[sel][part], y, h, fill, c, dashed=is_wide)
            self._paint_fades(painter, xl, xr, flags[sp], y, color)
        # --- points: exact = filled dot with outline; inferred = hollow ring
        if point.any():
            xp = X((arr.begin[idx[point]] + arr.end[idx[point]]) / 2)
            inf = cert[point] > 0
            for is_inf in (False, True):
                sel = inf == is_inf
                if not sel.any():
                    continue
                xs = np.unique(np.round(xp[sel] * 2) / 2)
                if self._vector:
                    self._points_vector(painter, xs, y, color, is_inf)
                else:
                    self._points_sprites(painter, xs, y, color, is_inf)
            fl = flags[point]
            if fl.any():
                self._paint_fades(painter, xp - POINT_PX * s / 2, xp + POINT_PX * s / 2, fl, y, color)

    def _bars(self, painter, xl, xr, y, h, fill: QColor, outline: QColor, dashed: bool = False) -> None:
        """Filled bars with a one-pixel outline. SVG and PDF get stroked rectangles; on screen the
        outline is four one-pixel fills per bar (a stroked outline costs the raster engine five
        times the fill) on whole pixels, from numpy straight into one ``drawRects`` call each."""
        s = self.pixel_scale
        if self._vector and dashed:
            # PDF viewers (poppler) drop Qt's dash pattern: the dashes are drawn as short lines
            rects = _rects(xl, xr, y, h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(fill))
            painter.drawRects(rects)
            painter.setPen(QPen(outline, 1.0 * s))
            painter.drawLines(_dash_lines(rects, 4.0 * s, 3.0 * s))
            return
        if self._vector or dashed:
            pen = QPen(outline, 1.0 * s)
            if dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(QBrush(fill))
            painter.drawRects(_rects(xl, xr, y, h))
            return
        a = np.floor(xl + 0.5)
        b = np.maximum(np.floor(xr + 0.5), a + 1)
        if len(a) > 16:  # bars covering the same pixels drawn once
            amin, bmin = a.min(), b.min()
            span = b.max() - bmin + 1
            key = np.unique((a - amin) * span + (b - bmin))
            a, b = np.floor(key / span) + amin, np.mod(key, span) + bmin
        n = len(a)
        top, hh = float(round(y - h / 2)), float(max(round(h), 1))
        lw = float(max(round(s), 1))
        w = b - a
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(fill))
        buf = self._rect_buf
        buf.resize(n)
        r = buf.ndarray()
        r[:, 0], r[:, 1], r[:, 2], r[:, 3] = a, top, w, hh
        painter.drawRects(*buf.drawargs())
        painter.setBrush(QBrush(outline))
        buf = self._edge_buf
        buf.resize(4 * n)
        e = buf.ndarray()
        e[:, 1], e[:, 3] = top, lw  # top and bottom edges, then left and right
        e[:2 * n, 0] = np.tile(a, 2)
        e[:2 * n, 2] = np.tile(w, 2)
        e[n:2 * n, 1] = top + hh - lw
        e[2 * n:3 * n, 0] = a
        e[3 * n:, 0] = b - lw
        e[2 * n:, 2] = lw
        e[2 * n:, 3] = hh
        painter.drawRects(*buf.drawargs())

    def _points_vector(self, painter, xs, y, color, is_inf) -> None:
        """Round pen points: circles in SVG and PDF."""
        s = self.pixel_scale
        poly = fn.create_qpolygonf(len(xs))
        buf = fn.ndarray_from_qpolygonf(poly)
        buf[:, 0] = xs
        buf[:, 1] = y
        outer = QPen(QColor(self.theme.outline) if not is_inf else color, (POINT_PX + 1.5) * s)
        outer.setCapStyle(Qt.PenCapStyle.RoundCap)
        inner = QPen(color if not is_inf else QColor(self.theme.background), (POINT_PX - (1.5 if not is_inf else 3.5)) * s)
        inner.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(outer)
        painter.drawPoints(poly)
        painter.setPen(inner)
        painter.drawPoints(poly)

    def _sprite(self, color: QColor, is_inf: bool) -> QPixmap:
        s = self.pixel_scale
        key = (color.rgba(), is_inf, s, self.theme.name)
        pix = self._sprites.get(key)
        if pix is None:
            size = int(np.ceil((POINT_PX + 2) * s)) + 2
            img = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
            img.fill(0)
            p = QPainter(img)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            c = QPointF(size / 2, size / 2)
            r = (POINT_PX + 1.5) * s / 2
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QBrush(QColor(self.theme.outline) if not is_inf else color))
            p.drawEllipse(c, r, r)
            r2 = (POINT_PX - (1.5 if not is_inf else 3.5)) * s / 2
            p.setBrush(QBrush(color if not is_inf else QColor(self.theme.background)))
            p.drawEllipse(c, r2, r2)
            p.end()
            pix = self._sprites[key] = QPixmap.fromImage(img)
        return pix

    def _badge(self, text: str, width: float, color: QColor, dpr: float = 1.0) -> QPixmap:
        """A cluster badge (rounded box with the count), rendered once per text, colour, size and
        device pixel ratio (sharp on high-DPI screens)."""
        s = self.pixel_scale
        key = (text, color.rgba(), s, self.theme.name, dpr)
        pix = self._badges.get(key)
        if pix is None:
            ascent = self._metrics.ascent()
            w, h = int(np.ceil(width)), int(np.ceil(ascent + 4 * s))
            img = QImage(max(round(w * dpr), 1), max(round(h * dpr), 1), QImage.Format.Format_ARGB32_Premultiplied)
            img.setDevicePixelRatio(dpr)
            img.fill(0)
            p = QPainter(img)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            rect = QRectF(0, 0, width, ascent + 4 * s)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QBrush(color))
            p.drawRoundedRect(rect, 4 * s, 4 * s)
            p.setPen(QColor(self.theme.badge_text))
            p.setFont(self._bold)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            p.end()
            pix = self._badges[key] = QPixmap.fromImage(img)
        return pix

    def _points_sprites(self, painter, xs, y, color, is_inf) -> None:
        """Pre-rendered dots stamped with one ``drawPixmapFragments`` call (as ScatterPlotItem does)."""
        pix = self._sprite(color, is_inf)
        self._fragments.resize(len(xs))
        frags = self._fragments.ndarray()
        frags[:, 0] = xs
        frags[:, 1] = y
        frags[:, 2:6] = [0, 0, pix.width(), pix.height()]
        frags[:, 6:10] = [1.0, 1.0, 0.0, 1.0]
        painter.drawPixmapFragments(*self._fragments.drawargs(), pix)

    def _paint_fades(self, painter, xl, xr, flags, y, color) -> None:
        """Soft ends: a gradient tail beyond an open or approximate end."""
        s = self.pixel_scale
        h = BAR_PX * s
        for i in np.flatnonzero(flags):
            f = int(flags[i])
            for side in (-1, 1):
                if not (f & APPROX or (side > 0 and f & OPEN_END) or (side < 0 and f & OPEN_START)):
                    continue
                length = FADE_PX * s * (0.5 if f & APPROX else 1.0)
                x_from = float(xr[i] if side > 0 else xl[i])
                x_to = x_from + side * length
                if self._vector:  # PDF readers draw Qt's alpha gradient as a solid block: steps instead
                    painter.setPen(Qt.PenStyle.NoPen)
                    for k in range(FADE_STEPS):
                        c = QColor(color)
                        c.setAlpha(round(170 * (1 - (k + 0.5) / FADE_STEPS)))
                        a = x_from + side * length * k / FADE_STEPS
                        b = x_from + side * length * (k + 1) / FADE_STEPS
                        painter.setBrush(QBrush(c))
                        painter.drawRect(QRectF(min(a, b), y - h / 2, abs(b - a), h))
                    continue
                grad = QLinearGradient(QPointF(x_from, y), QPointF(x_to, y))
                c0 = QColor(color)
                c0.setAlpha(170)
                c1 = QColor(color)
                c1.setAlpha(0)
                grad.setColorAt(0.0, c0)
                grad.setColorAt(1.0, c1)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(grad))
                painter.drawRect(QRectF(min(x_from, x_to), y - h / 2, length, h))

    def _paint_labels(self, painter, boxes, left_px, y, color, emph=None) -> None:
        if emph is not None:  # matches in full, the rest dimmed
            on = [b for b in boxes if emph[b.members].any()]
            off = [b for b in boxes if not emph[b.members].any()]
            painter.setOpacity(DIM_OPACITY)
            self._paint_labels(painter, off, left_px, y, color)
            painter.setOpacity(1.0)
            self._paint_labels(painter, on, left_px, y, color)
            return
        s = self.pixel_scale
        text_color = QColor(self.theme.text)
        base0 = y + self._label_base_offset()  # text baseline of row 0, just above the marks
        row_h = self._row_h
        ascent = self._metrics.ascent()
        yb = y - BAR_PX * s * 0.75 - 1 * s
        brackets = [QLineF(left_px + b.extent[0], yb, left_px + b.extent[1], yb)
                    for b in boxes if b.is_cluster and b.extent[1] - b.extent[0] >= 2 * s]
        if brackets:
            painter.setPen(QPen(color, max(1.0, round(1.2 * s))))  # whole pixels: the fast stroker
            painter.drawLines(brackets)
        leaders = [QLineF(left_px + b.anchor, yb, left_px + b.anchor, base0 - (b.row - 1) * row_h - ascent)
                   for b in boxes if b.row > 0]
        if leaders:  # a stacked title hangs from its mark by a thin line, as a flag on a pole
            leader = QColor(color)
            leader.setAlpha(120)
            painter.setPen(QPen(leader, max(1.0, round(s))))
            painter.drawLines(leaders)
        if not self._vector:  # on screen and in PNG: badges are pre-rendered pixmaps, titles plain text
            painter.setPen(text_color)
            device = painter.device()
            dpr = device.devicePixelRatioF() if device is not None else 1.0
            for b in boxes:
                base = base0 - b.row * row_h
                if b.is_cluster:
                    pill = b.pill or b.width
                    pill_left = b.right - pill if b.caption_left else b.left
                    painter.drawPixmap(QPointF(round(left_px + pill_left), round(base - ascent - 1 * s)),
                                       self._badge(b.text, pill, color, dpr))
                    if b.caption:
                        at = b.left if b.caption_left else b.left + pill + 4 * s
                        painter.drawText(QPointF(left_px + at, base), b.caption)
                else:
                    painter.drawText(QPointF(left_px + b.left, base), b.text)
            return
        for b in boxes:
            x = left_px + b.left
            base = base0 - b.row * row_h
            if b.is_cluster:
                pill = b.pill or b.width
                if b.caption:
                    painter.setPen(text_color)
                    painter.drawText(QPointF(x if b.caption_left else x + pill + 4 * s, base), b.caption)
                if b.caption_left:
                    x = left_px + b.right - pill
                rect = QRectF(x, base - ascent - 1 * s, pill, ascent + 4 * s)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(color))
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                painter.drawRoundedRect(rect, 4 * s, 4 * s)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
                painter.setPen(QColor(self.theme.badge_text))
                painter.setFont(self._bold)
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, b.text)
                painter.setFont(self._font)
            else:
                painter.setPen(text_color)
                painter.drawText(QPointF(x, base), b.text)


def _unique_rects(xl: np.ndarray, xr: np.ndarray) -> list[tuple[float, float]]:
    """Bars that cover the same pixels drawn once (rounded to half pixels)."""
    if len(xl) > 64:
        a = np.round(xl * 2).astype(np.int64)
        b = np.round(xr * 2).astype(np.int64)
        key = np.unique((a - a.min()) * (int(b.max() - b.min()) + 1) + (b - b.min()))
        span = int(b.max() - b.min()) + 1
        ua, ub = key // span + a.min(), key % span + b.min()
        return list(zip((ua / 2).tolist(), (ub / 2).tolist()))
    return list(zip(xl.tolist(), xr.tolist()))


def _dash_lines(rects: list[QRectF], dash: float, gap: float) -> list[QLineF]:
    """A dashed outline of each rectangle as plain line segments (which every vector reader keeps)."""
    lines: list[QLineF] = []
    for r in rects:
        for (ax, ay), (bx, by) in (((r.left(), r.top()), (r.right(), r.top())),
                                   ((r.right(), r.top()), (r.right(), r.bottom())),
                                   ((r.right(), r.bottom()), (r.left(), r.bottom())),
                                   ((r.left(), r.bottom()), (r.left(), r.top()))):
            length = abs(bx - ax) + abs(by - ay)
            if length <= 0:
                continue
            ux, uy = (bx - ax) / length, (by - ay) / length
            t = 0.0
            while t < length:
                e = min(t + dash, length)
                lines.append(QLineF(ax + ux * t, ay + uy * t, ax + ux * e, ay + uy * e))
                t = e + gap
    return lines


def _rects(xl: np.ndarray, xr: np.ndarray, y: float, h: float) -> list[QRectF]:
    top = y - h / 2
    return [QRectF(a, top, b - a, h) for a, b in _unique_rects(xl, xr)]
