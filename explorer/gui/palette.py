"""Document colours shared by the timeline lanes and the table, so a colour means one document
everywhere on screen."""

from __future__ import annotations

from PySide6.QtGui import QColor

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
