"""The selected event's card hides what lies under it: a label the card had to cover (in actor lanes
on thirty news articles, a title under the card showed faintly through its 94% white) must not read
as a second line inside the card. Painted over dark stripes standing in for such labels, every pixel
of the card's padding is the card's own colour."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from explorer.gui.timeline.items import CARD_FILL, CARD_PAD_PX, SelectionHighlight

from .test_star_on_timeline import pixels


def _card_over(under: QColor, title: str, detail: str, x: float, y: float) -> tuple[np.ndarray, QRectF]:
    """The card of a point at (x, y) painted over a plot whose every other row is ``under``."""
    image = QImage(800, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for row in range(0, 300, 2):  # lines of "text" wherever the card may go
        painter.fillRect(QRectF(0, row, 800, 1), under)
    highlight = SelectionHighlight()
    highlight.set_target(x, x, y, False)
    highlight.set_card(title, detail)
    highlight.paint(painter, None)
    painter.end()
    assert highlight.last_card is not None
    return pixels(image), highlight.last_card


@pytest.mark.parametrize("under, title, detail, x, y", [
    (QColor("#111827"), "Ministers sign the accord", "2003-05-05 · treaty.txt", 300.0, 150.0),
    (QColor("#4b5563"), "The strike ends after nine weeks", "1984-11-02 · miners.html", 60.0, 40.0),
    (QColor("#1f77b4"), "Floods close the river port", "1997-07 · port.txt", 700.0, 260.0),
])
def test_nothing_under_the_card_shows_through_it(qtbot, under, title, detail, x, y):
    words, card = _card_over(under, title, detail, x, y)
    fill = CARD_FILL.rgb()
    # the padding strips inside the border (no text is drawn there): only the card's colour
    inner = card.adjusted(2, 2, -2, -2)
    top = words[round(inner.top()) + 1:round(card.top() + CARD_PAD_PX) - 1, round(inner.left()) + 1:round(inner.right()) - 1]
    bottom = words[round(card.bottom() - CARD_PAD_PX) + 1:round(inner.bottom()) - 1, round(inner.left()) + 1:round(inner.right()) - 1]
    left = words[round(inner.top()) + 1:round(inner.bottom()) - 1, round(inner.left()) + 1:round(card.left() + CARD_PAD_PX) - 1]
    for strip in (top, bottom, left):
        assert strip.size > 0
        assert (strip == fill).all(), f"{np.count_nonzero(strip != fill)} pixels of what lies under the card show through"
