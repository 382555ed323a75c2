"""How the timeline item draws marks: bars, points, soft ends and density bands, in device pixels.

Mixed into :class:`explorer.gui.render.item.TimelineItem` (which holds the state these methods use:
``pixel_scale``, ``theme``, ``_vector``, the colour codes and the reusable draw buffers). Kept apart
because drawing marks fast is its own craft: marks per style are drawn in one call each (points
with ``drawPixmapFragments`` of pre-rendered sprites, bars with ``drawRects`` from numpy), after
collapsing marks that land on the same pixel; SVG and PDF get shapes every vector reader keeps.
"""

from __future__ import annotations

import numpy as np
from pyqtgraph import functions as fn
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QLinearGradient, QPainter, QPen, QPixmap

from explorer.gui.palette import shape_path
from explorer.timeline.events_array import APPROX, OPEN_END, OPEN_START, Precision
from explorer.timeline.lanes import lane_shape

POINT_PX = 8.0
BAR_PX = 8.0
MIN_BAR_PX = 2.0
FADE_PX = 36.0
DIM_OPACITY = 0.22  # events outside an emphasis (search matches)
DASH_MIN_PX = 12.0  # inferred bars narrower than this get a solid (lighter) outline, not dashes
FADE_STEPS = 8  # a fading end in SVG and PDF: this many rectangles of falling opacity


class MarkPainting:
    """The mark-drawing half of :class:`~explorer.gui.render.item.TimelineItem`."""

    def _paint_marks_coloured(self, painter, arr, idx, X, vx0, vx1, left_px, width_px, y, color, shape="circle") -> None:
        """Marks in their colouring's colours (one batch per colour), or all in the lane's ``color``
        and ``shape``. Coloured by document, a document's day marks take its shape
        (:func:`~explorer.timeline.lanes.lane_shape`: the colours repeat past twenty documents)."""
        code = self._code
        if code is None or not len(idx):
            self._paint_marks(painter, arr, idx, X, vx0, vx1, left_px, width_px, y, color, shape)
            return
        by_document = self.colouring is not None and self.colouring.mode == "document"
        codes = code[idx]
        for c in (codes[:1] if (codes == codes[0]).all() else np.unique(codes)):
            part = idx if len(codes) and (codes == c).all() else idx[codes == c]
            self._paint_marks(painter, arr, part, X, vx0, vx1, left_px, width_px, y, self._qcolors[int(c)],
                              lane_shape(int(c)) if by_document else "circle")

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

    def _paint_marks(self, painter, arr, idx, X, vx0, vx1, left_px, width_px, y, color, shape="circle") -> None:
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
                    self._points_vector(painter, xs, y, color, is_inf, shape)
                else:
                    self._points_sprites(painter, xs, y, color, is_inf, shape)
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

    def _points_vector(self, painter, xs, y, color, is_inf, shape="circle") -> None:
        """Round pen points: circles in SVG and PDF (another shape: one path per point)."""
        s = self.pixel_scale
        if shape != "circle":
            for x in xs:
                self._shape_mark(painter, QPointF(float(x), y), color, is_inf, shape)
            return
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

    def _shape_mark(self, p: QPainter, c: QPointF, color: QColor, is_inf: bool, shape: str) -> None:
        """One day mark: an outline of the theme's (an inferred date's: the colour) round a fill of
        the colour (an inferred date's: the background, a ring)."""
        s = self.pixel_scale
        r, r2 = (POINT_PX + 1.5) * s / 2, (POINT_PX - (1.5 if not is_inf else 3.5)) * s / 2
        p.setPen(Qt.PenStyle.NoPen)
        for fill, radius in ((QColor(self.theme.outline) if not is_inf else color, r),
                             (color if not is_inf else QColor(self.theme.background), r2)):
            p.setBrush(QBrush(fill))
            if shape == "circle":
                p.drawEllipse(c, radius, radius)
            else:
                p.drawPath(shape_path(shape, c, radius))

    def _sprite(self, color: QColor, is_inf: bool, shape: str = "circle") -> QPixmap:
        s = self.pixel_scale
        key = (color.rgba(), is_inf, s, self.theme.name, shape)
        pix = self._sprites.get(key)
        if pix is None:
            size = int(np.ceil((POINT_PX + 2) * s * (1.2 if shape in ("diamond", "triangle") else 1))) + 2
            img = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
            img.fill(0)
            p = QPainter(img)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            self._shape_mark(p, QPointF(size / 2, size / 2), color, is_inf, shape)
            p.end()
            pix = self._sprites[key] = QPixmap.fromImage(img)
        return pix

    def _points_sprites(self, painter, xs, y, color, is_inf, shape="circle") -> None:
        """Pre-rendered dots stamped with one ``drawPixmapFragments`` call (as ScatterPlotItem does)."""
        pix = self._sprite(color, is_inf, shape)
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
