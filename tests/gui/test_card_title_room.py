"""The selected event's card says a long title in the room the plot has: on one line as wide as a
wide plot allows, wrapped onto two lines in a narrower one, and never past the plot's edge (it was
cut at 320 px whatever the window's width)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetricsF

from explorer.gui.formatting import day_start_seconds
from explorer.gui.timeline.items import CARD_MAX_PX

from .test_card_title_once import _lane, _paint

#: Titles wider than the card's old 320 px, more than the lane has rows for: some are told on cards.
LONG = [f"{what} {why}" for what in ("The harbour board votes to rebuild the breakwater",
                                     "Farmers in the eastern provinces end their grain embargo",
                                     "Dockers from three ports march on the ministry of transport",
                                     "The city council closes the old ferry terminal")
        for why in ("after the winter storms", "against the capital", "for the second time", "on the river")]


def _carded(make_window, qtbot, width: int):
    """A window ``width`` wide, sixteen long titles a day apart in one lane; each selected in turn.
    Yields (title, card lines, card rectangle, the plot's view box) for each shown on a card."""
    window = make_window()
    window.resize(width, 800)
    window.add_documents([_lane("/notes/port.txt", LONG, [date(1990, 3, 5 + k) for k in range(len(LONG))])])
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.lane_count() == 1)
    timeline.set_visible_range(day_start_seconds(date(1900, 1, 1)), day_start_seconds(date(2000, 1, 1)))
    _paint(timeline)
    vb = timeline.vb
    box = vb.mapRectToDevice(vb.rect()) if hasattr(vb, "mapRectToDevice") else None
    box = QRectF(box) if box is not None else vb.sceneBoundingRect()
    out = []
    for event in window.model.documents[0].events:
        window.selection.select_event(event.id)
        _paint(timeline)
        if timeline.highlight.last_card is not None and len(timeline.highlight.last_card_lines) == 2:
            out.append((" ".join(event.title.split()), timeline.highlight.last_card_lines,
                        QRectF(timeline.highlight.last_card), box))
    assert out, "no card told a title"
    return out


def test_in_a_wide_plot_the_card_says_a_long_title_whole_on_one_line_inside_the_plot(make_window, qtbot):
    bold = QFont()
    bold.setPixelSize(11)
    bold.setBold(True)
    for title, lines, rect, box in _carded(make_window, qtbot, 1500):
        assert QFontMetricsF(bold).horizontalAdvance(title) > CARD_MAX_PX  # cut at 320 px before
        assert lines[0] == title, lines
        assert rect.width() > CARD_MAX_PX and rect.height() < 3 * QFontMetricsF(bold).height()  # one line
        assert box.contains(rect), (rect, box)


@pytest.mark.parametrize("width", [560, 760])
def test_in_a_narrow_plot_the_card_wraps_the_title_and_stays_inside_the_plot(make_window, qtbot, width):
    bold = QFont()
    bold.setPixelSize(11)
    bold.setBold(True)
    for title, lines, rect, box in _carded(make_window, qtbot, width):
        assert lines[0] == title, lines  # whole, on two lines (these titles fit in two)
        if QFontMetricsF(bold).horizontalAdvance(title) > rect.width():  # wrapped: two title lines and the detail
            assert rect.height() > 3 * QFontMetricsF(bold).height(), (title, rect)
        assert rect.left() >= box.left() and rect.right() <= box.right(), (rect, box)
