"""Axes that paint their text directly (no cached ``QPicture``), so SVG and PDF files get real text."""

from __future__ import annotations

from typing import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontMetricsF, QPaintEngine

from explorer.calendar import SECONDS_PER_DAY
from explorer.gui.guard import guard_overrides
from explorer.timeline.labels import elide_to
from explorer.timeline.ticks import Ticks, date_ticks


def _paint_direct(axis: pg.AxisItem, painter) -> None:
    painter.save()
    if axis.style["tickFont"]:
        painter.setFont(axis.style["tickFont"])
    specs = axis.generateDrawSpecs(painter)
    if specs is not None:
        axis.drawPicture(painter, *specs)
    painter.restore()


def _vector(painter) -> bool:
    engine = painter.paintEngine()
    return engine is not None and engine.type() in (QPaintEngine.Type.SVG, QPaintEngine.Type.Pdf)


@guard_overrides
class CalendarAxis(pg.AxisItem):
    """The two-tier date axis of :mod:`explorer.timeline.ticks`: fine ticks labelled with what starts
    there (a year, a month, a day of the month), and above them at month and day zoom a band with the
    year or the month and year, whose label stays at the left edge while its stretch is in view.
    Any year, BC included; painted directly (real text in SVG and PDF), in the item's logical
    pixels, so an export at 300 DPI gets the ticks of its logical size, not three times as many."""

    def __init__(self, orientation: str = "bottom", **kwargs) -> None:
        super().__init__(orientation=orientation, **kwargs)
        self._font = QFont()
        self._font.setPixelSize(11)
        self._bold = QFont(self._font)
        self._bold.setBold(True)
        self._metrics = QFontMetricsF(self._font)
        self._bold_metrics = QFontMetricsF(self._bold)
        self._memo: tuple | None = None
        # no tick length: pyqtgraph's default (-5) reaches the axis's bounding rect, which paint()
        # draws in, 5 px up into the lanes (the axis line crossed the bottom lane's marks)
        self.setStyle(tickLength=0)
        self.setHeight(self.height_for(bands=True))
        #: What the last paint drew: the fine labels and the band labels (for tests).
        self.last_minor: list[tuple[float, str]] = []
        self.last_bands: list[tuple[float, float, str]] = []

    def ticks(self, x0: float, x1: float, width_px: float) -> Ticks:
        key = (x0, x1, round(width_px))
        if self._memo is None or self._memo[0] != key:
            self._memo = (key, date_ticks(x0, x1, width_px, self._metrics.horizontalAdvance))
        return self._memo[1]

    def height_for(self, bands: bool) -> int:
        """The axis's height: one line of labels, and a second one above it for the year or month
        band (at month and day zoom only)."""
        return int(self._metrics.height() * (2 if bands else 1) + (14 if bands else 7))

    def setRange(self, mn: float, mx: float) -> None:  # noqa: N802 (pyqtgraph's name)
        """The range, and the height its labels need: at year zoom there is no band line, and the
        empty line the axis used to keep for it was room taken from the lanes (on a laptop with the
        undated-documents bar, a lane of the five that fit)."""
        super().setRange(mn, mx)
        width = self.geometry().width()
        if mx > mn and width > 1:
            height = self.height_for(bool(self.ticks(float(mn), float(mx), float(width)).bands))
            if height != self.height():
                self.setHeight(height)

    def tickValues(self, minVal, maxVal, size):  # noqa: N802,N803 (pyqtgraph names)
        """[(spacing, band starts), (spacing, fine ticks)] for the grid (the bands' lines stronger)."""
        t = self.ticks(float(minVal), float(maxVal), float(size))
        spacing = t.step.approx_days * SECONDS_PER_DAY
        minor = [x for x, _ in t.minor]
        if t.bands:
            return [(spacing * 12, [a for a, _, _ in t.bands]), (spacing, minor)]
        return [(spacing, minor)]

    def paint(self, p, opt, widget) -> None:
        rect = self.boundingRect()
        x0, x1 = (float(v) for v in self.range)
        width = rect.width()
        if x1 <= x0 or width <= 1:
            return
        t = self.ticks(x0, x1, width)
        scale = width / (x1 - x0)

        def X(v: float) -> float:
            return rect.left() + (v - x0) * scale

        pen = self.pen()
        text_pen = self.textPen()
        p.save()
        # A zoom that brings the band line in asks for a taller axis (setRange), but the layout
        # grows it only on its next pass: the paint in between drew the fine labels a line below
        # the axis, over the legend, where no later repaint of the axis wiped them (ww-nd zoomed to
        # months showed "Apr Jul Oct" twice, the second row across the legend). Nothing drawn
        # outside the axis's own rect: that one frame shows the band line, the next both lines.
        p.setClipRect(rect)
        p.setPen(pen)
        p.drawLine(QPointF(rect.left(), rect.top() + 0.5), QPointF(rect.right(), rect.top() + 0.5))
        line_h = self._metrics.height()
        band_top = rect.top() + 3
        minor_top = band_top + (line_h + 4 if t.bands else 0)
        self.last_bands = []
        if t.bands:
            p.setFont(self._bold)
            for a, b, text in t.bands:
                left, right = max(X(a), rect.left()), min(X(b), rect.right())
                if right <= rect.left() or left >= rect.right():
                    continue
                if X(a) >= rect.left():
                    p.setPen(pen)
                    p.drawLine(QPointF(X(a), rect.top()), QPointF(X(a), minor_top + line_h))
                room = right - left - 6
                shown = elide_to(text, room, self._bold_metrics.horizontalAdvance)
                if shown != text and shown[:-1].rstrip()[-1:].isdigit():
                    shown = ""  # a date cut inside its number reads as another date ("1943" as "19…")
                if shown:
                    p.setPen(text_pen)
                    p.drawText(QPointF(left + 3, band_top + self._bold_metrics.ascent()), shown)
                    self.last_bands.append((a, b, shown))
        p.setFont(self._font)
        self.last_minor = []
        for v, text in t.minor:
            x = X(v)
            if x < rect.left() - 0.5 or x > rect.right():
                continue
            p.setPen(pen)
            p.drawLine(QPointF(x, rect.top()), QPointF(x, minor_top + 3))
            if x + 3 + self._metrics.horizontalAdvance(text) <= rect.right() + 2:
                p.setPen(text_pen)
                p.drawText(QPointF(x + 3, minor_top + self._metrics.ascent()), text)
                self.last_minor.append((v, text))
        p.restore()


@guard_overrides
class LaneAxis(pg.AxisItem):
    """Lane names at integer positions (lane 0 on top, with an inverted view), nothing in between.

    Only the lanes in view (and one either side) are handed to pyqtgraph as ticks: it lays out and
    measures every tick it is given on each redraw, and an import of a thousand articles has a
    thousand document lanes, of which a dozen are shown."""

    def __init__(self, orientation: str = "left", max_width: float = 260.0) -> None:
        super().__init__(orientation)
        self.max_width = max_width
        self.setStyle(tickLength=0, autoExpandTextSpace=False, hideOverlappingLabels=False)
        self._labels: tuple[str, ...] = ()  # as given
        self._elided: dict[int, str] = {}  # lane -> as drawn (elided to fit), for lanes drawn so far
        self._measure = QFontMetricsF(QFont()).horizontalAdvance
        self._font_key = ""
        self._widths: dict[str, float] = {}  # label -> width in the current font
        self._ticked: tuple[int, int] = (0, -1)  # lanes currently given as ticks
        #: where the timeline drew each lane in view (view units): lanes vary in height with their
        #: label rows, so a name sits beside its lane's marks, not at the lane's index
        self._positions: dict[int, float] = {}

    def set_positions(self, positions: dict[int, float]) -> None:
        """Name each lane at the y the timeline drew its marks (others stay at their index)."""
        if positions != self._positions:
            self._positions = dict(positions)
            self._ticked = (0, -1)
            self._tick_lanes(*self.range)

    def position(self, lane: int) -> float:
        return self._positions.get(lane, float(lane))

    def set_lanes(self, labels: Sequence[str], font: QFont | None = None) -> None:
        labels = tuple(labels)
        font = font or self.style["tickFont"] or QFont()
        if font.key() != self._font_key:
            self._measure, self._font_key, self._widths = QFontMetricsF(font).horizontalAdvance, font.key(), {}
        if labels != self._labels:
            self._labels = labels
            self._elided = {}
            widths = self._widths  # lanes come and go (an import adds one per document): measure each once
            for text in labels:
                if text not in widths:
                    widths[text] = self._measure(" ".join(text.split()))
            widest = max((widths[t] for t in labels), default=4.0)
            self.setWidth(min(self.max_width, widest + 16))
        self._ticked = (0, -1)
        self._tick_lanes(*self.range)

    def set_max_width(self, width: float) -> None:
        """Give the lane names at most ``width`` pixels (elided again, at phrase ends, to fit)."""
        if abs(width - self.max_width) < 1.0:
            return
        self.max_width = width
        self._elided = {}
        if self._labels:
            widest = max((self._widths.get(t, 0.0) for t in self._labels), default=4.0)
            self.setWidth(min(self.max_width, widest + 16))
        self._ticked = (0, -1)
        self._tick_lanes(*self.range)

    @property
    def shown(self) -> tuple[str, ...]:
        """Every lane's label as drawn (elided to fit)."""
        return tuple(self._shown(i) for i in range(len(self._labels)))

    def _shown(self, lane: int) -> str:
        from explorer.timeline.lane_names import fit_lane_name

        text = self._elided.get(lane)
        if text is None:  # cut where a phrase ends, never mid-word: the name still says which document
            text = self._elided[lane] = fit_lane_name(self._labels[lane], self.max_width - 16, self._measure)
        return text

    def labels(self) -> tuple[str, ...]:
        return self._labels

    def drawn(self) -> dict[int, str]:
        """The lanes whose labels the axis draws now (those in view, and one either side)."""
        first, last = self._ticked
        return {i: self._shown(i) for i in range(first, last + 1)}

    def setRange(self, mn: float, mx: float) -> None:  # noqa: N802 (pyqtgraph name)
        self._tick_lanes(mn, mx)
        super().setRange(mn, mx)

    def _tick_lanes(self, mn: float, mx: float) -> None:
        if not hasattr(self, "_ticked"):  # pyqtgraph sets a range while it initialises
            return
        lo, hi = sorted((mn, mx))
        first = max(0, int(np.floor(lo)) - 1)
        last = min(len(self._labels) - 1, int(np.ceil(hi)) + 1)
        if (first, last) != self._ticked:
            self._ticked = (first, last)
            self.setTicks([[(self.position(i), self._shown(i)) for i in range(first, last + 1)], []])

    def paint(self, p, opt, widget) -> None:
        if _vector(p):  # real text in SVG and PDF
            _paint_direct(self, p)
        else:  # on screen and in PNG: pyqtgraph's cached picture, redrawn only when the axis changes
            super().paint(p, opt, widget)
