"""Lane geometry and labels: one lane per document, lane 0 at the top.

Lanes are fixed vertically (the user pans and zooms in time only), so everything about the y axis
lives here: which range to show, and the document titles on the left axis.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg

from explorer.gui.formatting import elide

LABEL_CHARS = 32
AXIS_WIDTH = 220


class LaneAxis(pg.AxisItem):
    """The left axis, showing document titles at integer lane positions and nothing in between."""

    def __init__(self) -> None:
        super().__init__("left")
        self.setWidth(AXIS_WIDTH)
        self.setStyle(tickLength=0, autoExpandTextSpace=False)
        self._labels: tuple[str, ...] = ()

    def set_lanes(self, labels: Sequence[str]) -> None:
        self._labels = tuple(labels)
        self.setTicks([[(lane, elide(label, LABEL_CHARS)) for lane, label in enumerate(self._labels)], []])

    def labels(self) -> tuple[str, ...]:
        return self._labels


def lane_y_range(lane_count: int) -> tuple[float, float]:
    """Half a lane of margin above the first and below the last lane."""
    return -0.6, max(lane_count, 1) - 0.4
