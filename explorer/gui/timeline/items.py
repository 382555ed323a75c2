"""Custom graphics items: all span bars as one item, and the selected-event highlight.

Both paint in device pixels (mapping their data rectangles through the painter's transform) so a
one-day bar stays visible at a zoom of centuries, a ring keeps its size at any zoom, and large epoch
coordinates never reach a float-precision-sensitive path.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from explorer.gui.palette import COLORS, SELECTION_OUTLINE

#: Bars sit just below the lane centre so that a point mark on the same lane stays visible.
BAR_OFFSET_PX = 5.0
BAR_HEIGHT_PX = 7.0
MIN_BAR_WIDTH_PX = 3.0


class SpanBars(pg.GraphicsObject):
    """Every span event as a bar from its first to the end of its last day, coloured by lane."""

    def __init__(self) -> None:
        super().__init__()
        self._x0 = np.empty(0)
        self._x1 = np.empty(0)
        self._lane = np.empty(0, np.int32)
        self._bounds = QRectF()
        self._brushes = [QBrush(_translucent(c)) for c in COLORS]
        self._pens = [QPen(c.darker(130), 1.0) for c in COLORS]
        for pen in self._pens:
            pen.setCosmetic(True)

    def set_spans(self, x0: np.ndarray, x1: np.ndarray, lane: np.ndarray) -> None:
        # Wide bars first, so a month inside a year is painted on top of it and stays visible.
        order = np.argsort(-(x1 - x0), kind="stable")
        self.prepareGeometryChange()
        self._x0, self._x1, self._lane = x0[order], x1[order], lane[order]
        if len(x0):
            self._bounds = QRectF(float(x0.min()), float(lane.min()) - 0.5,
                                  float(x1.max() - x0.min()), float(lane.max() - lane.min()) + 1.0)
        else:
            self._bounds = QRectF()
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(self._bounds)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if not len(self._x0):
            return
        transform = painter.transform()
        view = self.viewRect()
        if view is None:
            return
        visible = (self._x1 >= view.left()) & (self._x0 <= view.right())
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for i in np.flatnonzero(visible):
            left = transform.map(QPointF(float(self._x0[i]), float(self._lane[i])))
            right = transform.map(QPointF(float(self._x1[i]), float(self._lane[i])))
            width = max(right.x() - left.x(), MIN_BAR_WIDTH_PX)
            color = int(self._lane[i]) % len(COLORS)
            painter.setPen(self._pens[color])
            painter.setBrush(self._brushes[color])
            painter.drawRect(QRectF(left.x(), left.y() + BAR_OFFSET_PX - BAR_HEIGHT_PX / 2, width, BAR_HEIGHT_PX))
        painter.restore()


class SelectionHighlight(pg.GraphicsObject):
    """A red ring around the selected point, or a red outline around the selected bar."""

    def __init__(self) -> None:
        super().__init__()
        self._target: tuple[float, float, float, bool] | None = None  # x0, x1, lane, is_span
        self._pen = QPen(SELECTION_OUTLINE, 2.5)
        self._pen.setCosmetic(True)
        self.setZValue(10)

    def set_target(self, x0: float, x1: float, lane: float, is_span: bool) -> None:
        self.prepareGeometryChange()
        self._target = (x0, x1, lane, is_span)
        self.update()

    def clear(self) -> None:
        self.prepareGeometryChange()
        self._target = None
        self.update()

    def target(self) -> tuple[float, float, float, bool] | None:
        return self._target

    def boundingRect(self) -> QRectF:
        if self._target is None:
            return QRectF()
        x0, x1, lane, _ = self._target
        # Pad by enough data units to cover the ring's pixels at the current zoom.
        px = self.pixelWidth() or 0.0
        py = self.pixelHeight() or 0.0
        return QRectF(x0 - 12 * px, lane - 14 * py, (x1 - x0) + 24 * px, 28 * py)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self._target is None:
            return
        x0, x1, lane, is_span = self._target
        transform = painter.transform()
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(self._pen)
        painter.setBrush(QBrush())
        if is_span:
            left = transform.map(QPointF(x0, lane))
            right = transform.map(QPointF(x1, lane))
            width = max(right.x() - left.x(), MIN_BAR_WIDTH_PX)
            painter.drawRect(QRectF(left.x() - 2, left.y() + BAR_OFFSET_PX - BAR_HEIGHT_PX / 2 - 2,
                                    width + 4, BAR_HEIGHT_PX + 4))
        else:
            centre = transform.map(QPointF((x0 + x1) / 2, lane))
            painter.drawEllipse(centre, 8.0, 8.0)
        painter.restore()


def _translucent(color: QColor) -> QColor:
    c = QColor(color)
    c.setAlpha(170)
    return c
