"""Document colours shared by the timeline lanes and the table, so a colour means one document
everywhere on screen."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPixmap

from explorer.timeline.lanes import PALETTE

# The engine's palette (Tableau 10), as Qt colours: one list of colours for lanes, legend and table.
COLORS: tuple[QColor, ...] = tuple(QColor(h) for h in PALETTE)

#: Text expressions (every timex) and the selected event's sentence in the source pane.
TIMEX_BACKGROUND = QColor("#fff3b0")
SENTENCE_BACKGROUND = QColor("#ffd27a")
SELECTED_TIMEX_BACKGROUND = QColor("#ffab40")
SELECTION_OUTLINE = QColor("#d62728")


def lane_color(lane: int) -> QColor:
    return COLORS[lane % len(COLORS)]


#: Side of the table's document swatch in pixels (Qt's default decoration size for a small icon).
SWATCH_PX = 16
_swatches: dict[tuple[int, str], QIcon] = {}


def shape_path(shape: str, centre: QPointF, radius: float) -> QPainterPath:
    """A mark of ``shape`` (see :data:`explorer.timeline.lanes.MARK_SHAPES`) around ``centre``:
    the timeline's day marks and the table's swatch draw the same ones."""
    path = QPainterPath()
    x, y, r = centre.x(), centre.y(), radius
    if shape == "square":
        r *= 0.9  # a square as wide as the circle looks bigger
        path.addRect(x - r, y - r, 2 * r, 2 * r)
    elif shape == "diamond":
        r *= 1.2
        path.moveTo(x, y - r)
        path.lineTo(x + r, y)
        path.lineTo(x, y + r)
        path.lineTo(x - r, y)
        path.closeSubpath()
    elif shape == "triangle":
        r *= 1.2
        path.moveTo(x, y - r)
        path.lineTo(x + r, y + r * 0.8)
        path.lineTo(x - r, y + r * 0.8)
        path.closeSubpath()
    else:
        path.addEllipse(centre, r, r)
    return path


def swatch_icon(color: QColor, shape: str = "circle") -> QIcon:
    """The table's colour swatch for a document: the same pixels in every icon mode. A bare QColor
    decoration is drawn in the style's "selected" mode on the selected row, tinted by the selection
    colour, so the selected event's document colour no longer matched its lane's. A document past
    the palette's first round (``shape`` not a circle) has its marks' shape drawn on it in white."""
    icon = _swatches.get((color.rgba(), shape))
    if icon is None:
        pix = QPixmap(SWATCH_PX, SWATCH_PX)
        pix.fill(color)
        if shape != "circle":
            painter = QPainter(pix)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor("white")))
            painter.drawPath(shape_path(shape, QPointF(SWATCH_PX / 2, SWATCH_PX / 2), SWATCH_PX * 0.3))
            painter.end()
        icon = QIcon()
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
            icon.addPixmap(pix, mode)
        icon = _swatches[(color.rgba(), shape)] = icon
    return icon
