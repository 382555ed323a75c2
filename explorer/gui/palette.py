"""Document colours shared by the timeline lanes and the table, so a colour means one document
everywhere on screen."""

from __future__ import annotations

from PySide6.QtGui import QColor

# Tableau 10: distinct on white, readable as thin bars, and still distinguishable in greyscale print.
_HEX = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
    "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
)
COLORS: tuple[QColor, ...] = tuple(QColor(h) for h in _HEX)

#: Text expressions (every timex) and the selected event's sentence in the source pane.
TIMEX_BACKGROUND = QColor("#fff3b0")
SENTENCE_BACKGROUND = QColor("#ffd27a")
SELECTED_TIMEX_BACKGROUND = QColor("#ffab40")
SELECTION_OUTLINE = QColor("#d62728")


def lane_color(lane: int) -> QColor:
    return COLORS[lane % len(COLORS)]
