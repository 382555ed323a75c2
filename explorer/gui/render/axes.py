"""Axes that paint their text directly (no cached ``QPicture``), so SVG and PDF files get real text."""

from __future__ import annotations

from typing import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetricsF, QPaintEngine
from explorer.gui.guard import guard_overrides


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
class TextDateAxis(pg.DateAxisItem):
    """UTC date axis from centuries down to days."""

    def __init__(self, orientation: str = "bottom", **kwargs) -> None:
        super().__init__(orientation=orientation, utcOffset=0, **kwargs)

    def paint(self, p, opt, widget) -> None:
        if _vector(p):  # real text in SVG and PDF
            _paint_direct(self, p)
        else:  # on screen and in PNG: pyqtgraph's cached picture, redrawn only when the axis changes
            super().paint(p, opt, widget)


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

    @property
    def shown(self) -> tuple[str, ...]:
        """Every lane's label as drawn (elided to fit)."""
        return tuple(self._shown(i) for i in range(len(self._labels)))

    def _shown(self, lane: int) -> str:
        from explorer.timeline.labels import elide_to

        text = self._elided.get(lane)
        if text is None:
            text = self._elided[lane] = elide_to(self._labels[lane], self.max_width - 16, self._measure)
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
            self.setTicks([[(float(i), self._shown(i)) for i in range(first, last + 1)], []])

    def paint(self, p, opt, widget) -> None:
        if _vector(p):  # real text in SVG and PDF
            _paint_direct(self, p)
        else:  # on screen and in PNG: pyqtgraph's cached picture, redrawn only when the axis changes
            super().paint(p, opt, widget)
