"""Scrolling through more lanes than fit: a vertical scroll bar and a compact overview of every lane.

The timeline shows at most :data:`~explorer.timeline.scrolling.MAX_VISIBLE_LANES` lanes with events in view (lanes without fold
to a thin band, see :mod:`explorer.timeline.lane_fold`); with more, the user scrolls (scroll bar,
Page Up/Down, Shift+wheel) and the view scrolls by itself to the lane of the selected event. The
overview is a narrow strip beside the scroll bar where each lane is a row shaded by its number of
events, the lanes in view are framed, and the selected event's lane is marked, so the user always
sees where the selection is among hundreds of documents (as an editor's minimap does).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QWidget

from explorer.gui.guard import guard_overrides

OVERVIEW_PX = 14
SELECTED_COLOUR = QColor("#dc2626")
FRAME_COLOUR = QColor("#3b82f6")


@guard_overrides
class LaneOverview(QWidget):
    """Every lane as a thin row: shaded by its event count, lanes in view framed, the selected one red."""

    laneClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("laneOverview")
        self.setFixedWidth(OVERVIEW_PX)
        self.setToolTip("All lanes: the frame shows the lanes in view, red the selected event's lane. Click to go there.")
        self._counts = np.zeros(0, np.int64)
        self._first, self._shown = 0, 0
        self._selected: int | None = None
        self._shading: QPixmap | None = None  # the counts layer, see _shade
        self._shading_size = (0, 0)

    def set_state(self, counts: np.ndarray, first: int, shown: int, selected: int | None) -> None:
        counts = np.array(counts, np.int64)  # a copy: the caller may change its array, the cache must see it
        if not np.array_equal(counts, self._counts):
            self._shading = None
        self._counts = counts
        self._first, self._shown, self._selected = first, shown, selected
        self.update()

    def state(self) -> tuple[int, int, int | None]:
        """(first lane in view, lanes in view, selected lane), as drawn."""
        return self._first, self._shown, self._selected

    def _lane_h(self) -> float:
        return self.height() / max(len(self._counts), 1)

    def _shade(self) -> QPixmap:
        """The lanes shaded by their event counts, drawn once per counts and size: a selection only
        moves the frame and the red mark over it (a repaint per lane cost 64 ms a selection at 19k
        lanes). With more lanes than pixel rows, each pixel row is shaded by its busiest lane, so
        the drawing never takes more rectangles than the strip has rows."""
        size = (self.width(), self.height())
        if self._shading is not None and self._shading_size == size:
            return self._shading
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(max(1, round(size[0] * ratio)), max(1, round(size[1] * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(QColor("#f3f4f6"))
        n = len(self._counts)
        if n:
            p = QPainter(pixmap)
            peak = max(int(self._counts.max()), 1)
            h = self._lane_h()
            if h >= 1:
                tops, heights = np.arange(n) * h, np.full(n, max(h - (1 if h > 3 else 0), 1))
                counts = self._counts
            else:  # several lanes a pixel row: the busiest of them
                rows = np.floor(np.arange(n) * h).astype(np.int64)
                starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
                counts = np.maximum.reduceat(self._counts, starts)
                tops, heights = rows[starts].astype(float), np.ones(len(starts))
            for top, height, c in zip(tops.tolist(), heights.tolist(), counts.tolist()):
                if c:
                    shade = QColor("#6b7280")
                    shade.setAlphaF(0.25 + 0.75 * c / peak)
                    p.fillRect(QRectF(2, top, size[0] - 4, height), shade)
            p.end()
        self._shading, self._shading_size = pixmap, size
        return pixmap

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt name)
        n = len(self._counts)
        p = QPainter(self)
        p.drawPixmap(0, 0, self._shade())
        if n:
            h = self._lane_h()
            if self._shown < n:
                p.setPen(QPen(FRAME_COLOUR, 1.5))
                p.drawRect(QRectF(0.75, self._first * h + 0.75, self.width() - 1.5, max(self._shown * h - 1.5, 2)))
            if self._selected is not None and 0 <= self._selected < n:
                p.fillRect(QRectF(0, self._selected * h + h / 2 - max(h, 3) / 2, self.width(), max(h, 3)), SELECTED_COLOUR)
        p.end()

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        n = len(self._counts)
        if n and event.button() == Qt.MouseButton.LeftButton:
            self.laneClicked.emit(min(n - 1, max(0, int(event.position().y() / self._lane_h()))))
            event.accept()
