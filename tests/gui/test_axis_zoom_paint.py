"""The date axis, zoomed in until it needs its second line (the year or month band), never paints
below itself: the layout grows it only on its next pass, and the paint in between drew the fine
labels a line too low, across the legend, where no later repaint of the axis wiped them (a folder of
war histories zoomed to months showed "Apr Jul Oct" twice, the second row over the legend's words)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from explorer.calendar import SECONDS_PER_DAY
from explorer.gui.render.axes import CalendarAxis

YEAR = 365.25 * SECONDS_PER_DAY


def _ink_rows(img: QImage, x0: int, x1: int, y0: int, y1: int) -> list[int]:
    """The rows between ``y0`` and ``y1`` holding dark pixels (text) between ``x0`` and ``x1``."""
    return [y for y in range(max(y0, 0), min(y1, img.height()))
            if any(QColor(img.pixel(x, y)).lightness() < 128 for x in range(max(x0, 0), min(x1, img.width())))]


def _scene_now(widget: pg.GraphicsLayoutWidget) -> QImage:
    """The scene as painted now, before any pending layout pass (what the screen gets that frame)."""
    rect = widget.sceneRect()
    img = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_RGB32)
    img.fill(Qt.GlobalColor.white)
    painter = QPainter(img)
    widget.scene().render(painter, QRectF(img.rect()), rect)
    painter.end()
    return img


def test_zooming_in_to_months_draws_nothing_below_the_axis(qtbot):
    widget = pg.GraphicsLayoutWidget()
    widget.setBackground("w")
    qtbot.addWidget(widget)
    widget.resize(900, 320)
    axis = CalendarAxis("bottom")
    axis.setTextPen(pg.mkPen("k"))
    plot = widget.addPlot(row=0, col=0, axisItems={"bottom": axis})
    below = widget.addLabel("", row=1, col=0)  # the legend's place: blank, so any ink there is stray
    below.setFixedHeight(60)
    widget.show()
    qtbot.waitExposed(widget)
    plot.setXRange(30 * YEAR, 80 * YEAR, padding=0)  # decades: one line of years
    qtbot.wait(50)
    assert not axis.last_bands
    centre = 37 * YEAR
    for span_years in (20, 8, 3, 1.5):
        plot.setXRange(centre - span_years * YEAR / 2, centre + span_years * YEAR / 2, padding=0)
        img = _scene_now(widget)  # the frame before the layout grows the axis
        drawn = axis.mapRectToScene(axis.boundingRect())
        stray = _ink_rows(img, int(drawn.left()) + 2, int(drawn.right()) - 2, int(drawn.bottom()) + 1, img.height())
        assert not stray, (span_years, drawn, stray[:5])
        qtbot.wait(50)
    assert axis.last_bands  # the zoom did reach the band line
    # and once laid out, both lines are drawn inside the axis: the bands and the fine labels
    img = _scene_now(widget)
    assert axis.last_bands and axis.last_minor
    drawn = axis.mapRectToScene(axis.boundingRect())
    inside = _ink_rows(img, int(drawn.left()) + 2, int(drawn.right()) - 2, int(drawn.top()), int(drawn.bottom()) + 1)
    assert inside and not _ink_rows(img, int(drawn.left()) + 2, int(drawn.right()) - 2, int(drawn.bottom()) + 1, img.height())
    assert inside[-1] - inside[0] > 12  # two lines of text, not one
