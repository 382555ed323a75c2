"""Document colours shared by the timeline lanes and the table, so a colour means one document
everywhere on screen."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPixmap

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
_swatches: dict[int, QIcon] = {}


def swatch_icon(color: QColor) -> QIcon:
    """The table's colour swatch for a document: the same pixels in every icon mode. A bare QColor
    decoration is drawn in the style's "selected" mode on the selected row, tinted by the selection
    colour, so the selected event's document colour no longer matched its lane's."""
    icon = _swatches.get(color.rgba())
    if icon is None:
        pix = QPixmap(SWATCH_PX, SWATCH_PX)
        pix.fill(color)
        icon = QIcon()
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
            icon.addPixmap(pix, mode)
        icon = _swatches[color.rgba()] = icon
    return icon
