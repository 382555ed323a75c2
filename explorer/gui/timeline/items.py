"""The selected-event highlight, drawn over the :class:`~explorer.gui.render.TimelineItem`.

It paints in device pixels (mapping its data rectangle through the painter's transform) so a ring
keeps its size at any zoom and a one-day bar's outline stays visible at a zoom of centuries. In actor
lanes an event can sit in several lanes: each gets the outline.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QBrush, QPainter, QPen

from explorer.gui.palette import SELECTION_OUTLINE
from explorer.gui.render.item import BAR_PX, MIN_BAR_PX
from explorer.gui.guard import guard_overrides

#: Half the height of the outline around a bar (the engine's precise bars are 1.25 x BAR_PX tall).
BAR_HALF_PX = BAR_PX * 0.625 + 3.0


@guard_overrides
class SelectionHighlight(pg.GraphicsObject):
    """A red ring around the selected point, or a red outline around the selected bar."""

    def __init__(self) -> None:
        super().__init__()
        self._target: tuple[float, float, float, bool] | None = None  # x0, x1, lane, is_span
        self._extra: tuple[float, ...] = ()  # other lanes with the same event
        self._pen = QPen(SELECTION_OUTLINE, 2.5)
        self._pen.setCosmetic(True)
        self.setZValue(10)

    def set_target(self, x0: float, x1: float, lane: float, is_span: bool, extra_lanes=()) -> None:
        self.prepareGeometryChange()
        self._target = (x0, x1, lane, is_span)
        self._extra = tuple(float(l) for l in extra_lanes)
        self.update()

    def clear(self) -> None:
        self.prepareGeometryChange()
        self._target = None
        self._extra = ()
        self.update()

    def target(self) -> tuple[float, float, float, bool] | None:
        return self._target

    def lanes(self) -> tuple[float, ...]:
        return () if self._target is None else (self._target[2],) + self._extra

    def boundingRect(self) -> QRectF:
        if self._target is None:
            return QRectF()
        x0, x1, lane, _ = self._target
        lanes = self.lanes()
        px = self.pixelWidth() or 0.0
        py = self.pixelHeight() or 0.0
        lo, hi = min(lanes), max(lanes)
        return QRectF(x0 - 12 * px, lo - 14 * py, (x1 - x0) + 24 * px, (hi - lo) + 28 * py)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self._target is None:
            return
        x0, x1, _, is_span = self._target
        transform = painter.transform()
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(self._pen)
        painter.setBrush(QBrush())
        for lane in self.lanes():
            if is_span:
                left = transform.map(QPointF(x0, lane))
                right = transform.map(QPointF(x1, lane))
                width = max(right.x() - left.x(), MIN_BAR_PX)
                painter.drawRect(QRectF(left.x() - 3, left.y() - BAR_HALF_PX, width + 6, 2 * BAR_HALF_PX))
            else:
                centre = transform.map(QPointF((x0 + x1) / 2, lane))
                painter.drawEllipse(centre, 8.0, 8.0)
        painter.restore()
