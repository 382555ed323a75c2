"""Axes that paint their text directly (no cached ``QPicture``), so SVG and PDF files get real text."""

from __future__ import annotations

from typing import Sequence

import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetricsF, QPaintEngine


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


class TextDateAxis(pg.DateAxisItem):
    """UTC date axis from centuries down to days."""

    def __init__(self, orientation: str = "bottom", **kwargs) -> None:
        super().__init__(orientation=orientation, utcOffset=0, **kwargs)

    def paint(self, p, opt, widget) -> None:
        if _vector(p):  # real text in SVG and PDF
            _paint_direct(self, p)
        else:  # on screen and in PNG: pyqtgraph's cached picture, redrawn only when the axis changes
            super().paint(p, opt, widget)


class LaneAxis(pg.AxisItem):
    """Lane names at integer positions (lane 0 on top, with an inverted view), nothing in between."""

    def __init__(self, orientation: str = "left", max_width: float = 260.0) -> None:
        super().__init__(orientation)
        self.max_width = max_width
        self.setStyle(tickLength=0, autoExpandTextSpace=False, hideOverlappingLabels=False)
        self._labels: tuple[str, ...] = ()  # as given
        self.shown: tuple[str, ...] = ()  # as drawn (elided to fit)

    def set_lanes(self, labels: Sequence[str], font: QFont | None = None) -> None:
        from explorer.timeline.labels import elide_to

        metrics = QFontMetricsF(font or self.style["tickFont"] or QFont())
        measure = metrics.horizontalAdvance
        shown = [elide_to(label, self.max_width - 16, measure) for label in labels]
        self._labels = tuple(labels)
        self.shown = tuple(shown)
        self.setTicks([[(float(i), text) for i, text in enumerate(shown)], []])
        self.setWidth(min(self.max_width, max((measure(t) for t in shown), default=20) + 16))

    def labels(self) -> tuple[str, ...]:
        return self._labels

    def paint(self, p, opt, widget) -> None:
        if _vector(p):  # real text in SVG and PDF
            _paint_direct(self, p)
        else:  # on screen and in PNG: pyqtgraph's cached picture, redrawn only when the axis changes
            super().paint(p, opt, widget)
