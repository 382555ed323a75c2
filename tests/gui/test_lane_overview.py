"""The lane overview beside the timeline's scroll bar (issue 16): with more lanes than pixel rows it
still shows where the events are and which lane is selected; a new selection moves only the mark."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor

from explorer.gui.timeline.scroll import LaneOverview

BACKGROUND = QColor("#f3f4f6").rgb()


def picture(widget) -> tuple[list[bool], list[bool]]:
    """Per pixel row of the strip's middle column: shaded (not background), and red (the selection)."""
    image = widget.grab().toImage()
    x = widget.width() // 2
    colours = [QColor(image.pixel(x, y)) for y in range(image.height())]
    return [c.rgb() != BACKGROUND for c in colours], [c.red() > 180 and c.green() < 80 for c in colours]


def test_more_lanes_than_rows_shade_the_busy_ones_and_mark_the_selected(qtbot):
    overview = LaneOverview()
    qtbot.addWidget(overview)
    overview.resize(14, 200)
    counts = np.zeros(20_000, np.int64)
    counts[5_000:5_100] = 3  # rows 50-51 of 200
    counts[15_000] = 1  # one lane alone shades its row (150)
    overview.set_state(counts, 0, 20_000, selected=None)
    shaded, red = picture(overview)
    assert [y for y, s in enumerate(shaded) if s] == [50, 150]
    assert not any(red)
    overview.set_state(counts, 0, 20_000, selected=18_000)  # a new selection: the mark moves
    shaded, red = picture(overview)
    assert [y for y, r in enumerate(red) if r] == [179, 180, 181]
    assert shaded[50] and shaded[150] and not shaded[100]
    counts[10_000] = 2
    overview.set_state(counts, 0, 20_000, selected=None)  # new counts: drawn anew
    assert picture(overview)[0][100]


def test_fewer_lanes_than_rows_each_lane_a_band(qtbot):
    overview = LaneOverview()
    qtbot.addWidget(overview)
    overview.resize(14, 100)
    overview.set_state(np.array([0, 4, 0, 1]), 0, 4, selected=None)
    shaded, _ = picture(overview)
    assert not any(shaded[0:25]) and all(shaded[25:49]) and not any(shaded[50:75]) and all(shaded[75:99])
