"""The selected event's card and the caption beside its cluster's badge do not say the same words
twice: when the caption is the selected title cut short ("Harbour council approves the new…"), the
card, which says the title whole, stands for it and the caption is left out while the card shows;
selecting an event elsewhere brings the caption back."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from explorer.gui.formatting import day_start_seconds
from explorer.timeline.labels import ELLIPSIS

from .test_card_title_once import _lane, _paint

#: A window narrow enough that the plot's right edge cuts the caption short (in a wider one the
#: caption takes the empty row after it whole: see explorer.timeline.labels.widen_titles), shorter
#: than the card's width (at most 320 px) says the title.
NARROW_PX = 760
#: A window wide enough for a caption row longer than the card's two lines of title.
WIDE_PX = 2000
CASES = [  # a title too long for a caption, told on a few days; a later event elsewhere in time; the year
    ("Harbour council approves the new northern breakwater",
     [date(2001, 5, 3), date(2001, 5, 4), date(2001, 5, 6)], "Ferry service resumes", 2001),
    ("Farmers in the eastern provinces end their grain embargo",
     [date(1962, 2, 9), date(1962, 2, 10), date(1962, 2, 11), date(1962, 2, 13)], "Prices fall", 1962),
]


@pytest.mark.parametrize("said, days, other, year", CASES)
def test_a_caption_cut_short_is_left_out_while_the_card_says_the_title_whole(make_window, qtbot, said, days,
                                                                              other, year):
    window = make_window()
    window.resize(NARROW_PX, 800)
    window.add_documents([_lane(f"/notes/lane-{year}.txt", [said] * len(days) + [other],
                                days + [date(year, 11, 20)])])
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.lane_count() == 1)
    timeline.set_visible_range(day_start_seconds(date(year, 1, 1)), day_start_seconds(date(year + 1, 1, 1)))
    _paint(timeline)
    captions = [b.caption for b in timeline.item.last_labels if b.is_cluster and b.caption]
    assert len(captions) == 1 and captions[0].endswith(ELLIPSIS), captions  # the title cut short
    stem = captions[0].rstrip(ELLIPSIS).rstrip()
    assert said.startswith(stem) and timeline.item.last_captions == captions  # written before any selection
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    qtbot.keyClick(timeline, Qt.Key.Key_Home)  # the earliest event: in the cluster
    qtbot.waitUntil(lambda: window.selection.current_event() is not None)
    _paint(timeline)
    assert " ".join(window.selection.current_event().title.split()) == said
    lines = timeline.highlight.last_card_lines
    assert timeline.highlight.last_card is not None and len(lines) == 2, lines
    assert lines[0].rstrip(ELLIPSIS).startswith(stem) and len(lines[0]) > len(captions[0]), lines
    assert timeline.item.last_captions == []  # the words are said once, on the card
    qtbot.keyClick(timeline, Qt.Key.Key_End)  # an event outside the cluster: its caption is back
    qtbot.waitUntil(lambda: window.selection.current_event().title == other)
    _paint(timeline)
    assert timeline.item.last_captions == captions


def test_a_caption_saying_more_than_the_card_would_stays_and_the_card_leaves_its_title_out(make_window, qtbot):
    """A caption taking the empty row after its badge can say more of a long title than the card's
    width holds ("…march on the ministry a…" beside a card's "…march on the ministry…"): leaving
    the caption out lost words, and the card repeating its start said them twice. The caption
    stays; the card gives the date and the document, as beside a whole caption."""
    # The card wraps a long title onto two lines as wide as the plot allows (up to CARD_WIDE_PX),
    # so only a caption row in a wide window holds more of a title than the card does.
    said, days, other, year = ("Dockers from three ports march on the ministry again while the harbour"
                               " authority, the shipping lines and the city council trade blame for the"
                               " closure of the container terminal and the loss of the winter grain"
                               " contracts to rival ports further down the coast",
                               [date(1984, 2, 1), date(1984, 2, 2)], "Talks open", 1984)
    window = make_window()
    window.resize(WIDE_PX, 800)
    window.add_documents([_lane(f"/notes/lane-{year}.txt", [said] * len(days) + [other],
                                days + [date(year, 12, 20)])])
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.lane_count() == 1)
    timeline.set_visible_range(day_start_seconds(date(year, 1, 1)), day_start_seconds(date(year + 1, 1, 1)))
    _paint(timeline)
    captions = [b.caption for b in timeline.item.last_labels if b.is_cluster and b.caption]
    assert len(captions) == 1 and captions[0].endswith(ELLIPSIS) and said.startswith(captions[0][:-1]), captions
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    qtbot.keyClick(timeline, Qt.Key.Key_Home)  # the earliest event: in the cluster
    qtbot.waitUntil(lambda: window.selection.current_event() is not None)
    _paint(timeline)
    assert timeline.item.last_captions == captions  # the caption stays...
    lines = timeline.highlight.last_card_lines
    assert timeline.highlight.last_card is not None and lines == (f"{days[0].isoformat()} \u00b7 lane-{year}.txt",)
