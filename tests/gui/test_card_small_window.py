"""In a small window (640x480, 700x480: a plot of three lanes, some 90 pixels tall) the selection's
card hides no title and no mark of another lane (it may graze a title's ascenders where no
place is free of them, as the labels' own cover rule allows): the whole card ("1990-08-02 · <the document>",
the title already beside the cluster's badge) found no free place and sat over the next lane's
title and its one mark in view (h38g review, small-window-after.png). Where every place hides
something the card says less (the date alone, the document being the lane's name and the source
panel's heading) and takes a tighter border, and that smaller card fits between the lanes."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QApplication

from explorer.documents import Document
from explorer.ingest import ExtractedDocument

from .conftest import _event
from .keys import K, press, selected


def _article(name: str, title: str, days: list[date], titles: list[str], salience: list[float]) -> ExtractedDocument:
    sentences = [f"On {d.day} {d:%B} {d.year} the {name} item number {k} was reported." for k, d in enumerate(days)]
    doc = Document(f"/small/{name}.txt", " ".join(sentences), title, date(1999, 1, 1), "header")
    pairs = [_event(doc, s, f"{d.day} {d:%B} {d.year}", d.isoformat(), d, d) for s, d in zip(sentences, days)]
    events = tuple(dataclasses.replace(e, title=t, salience=v) for (e, _t), t, v in zip(pairs, titles, salience))
    return ExtractedDocument(doc, tuple(t for _e, t in pairs), events)


def _folder() -> list[ExtractedDocument]:
    """Three news articles, one lane each: two with a mark or two late in the decade, one long
    title above each, and one whose events crowd a few weeks of its first year (a cluster whose
    badge's caption is its most salient event's title, the one selected)."""
    crowd = [date(1990, 8, 2) + timedelta(days=2 * k) for k in range(12)]
    return [
        _article("aviation", "The aviation agency releases the control tapes of the flight", [date(1998, 2, 10)],
                 ["The aviation agency releases the air traffic control tapes"], [0.6]),
        _article("space", "The space agency has finally taken a giant leap forward with the shuttle",
                 [date(1998, 3, 4), date(1998, 9, 1)],
                 ["The space agency finally takes a giant leap forward", "The shuttle flies"], [0.6, 0.3]),
        _article("border", "The border talks between the two neighbours resumed in the summer",
                 [date(1988, 8, 1)] + crowd,
                 ["The neighbours accept a border treaty"] + ["The neighbour condemns the invasion of its ally"]
                 + [f"The council meets in session {k}" for k in range(1, 12)],
                 [0.3, 0.9] + [0.3] * 11),
    ]


def _app_sized(window, timeline, qtbot) -> None:
    """The plot's lanes as tall as in the app's 640x480 window on first start (h38g's screenshot:
    about 95 pixels above the axis; the legend, the undated strip, the table and the source panel
    take the rest)."""
    from PySide6.QtWidgets import QSplitter

    w = timeline
    while w is not None and not isinstance(w.parentWidget(), QSplitter):
        w = w.parentWidget()
    assert w is not None
    split = w.parentWidget()
    sizes = split.sizes()
    i = split.indexOf(w)
    cut = round(timeline.vb.sceneBoundingRect().height()) - 95
    sizes[i] -= cut
    sizes[1 - i] += cut
    split.setSizes(sizes)
    qtbot.waitUntil(lambda: timeline.vb.sceneBoundingRect().height() <= 100)


def _paint(timeline) -> None:
    for _ in range(5):
        QApplication.processEvents()
        timeline.plot.viewport().repaint()


@pytest.mark.parametrize("width", [640, 700])
def test_the_card_hides_no_title_and_no_mark_in_a_small_window(make_window, qtbot, width):
    window = make_window()
    window.resize(width, 480)
    folder = _folder()
    window.add_documents(folder)
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.mark_count() == sum(len(d.events) for d in folder))
    _app_sized(window, timeline, qtbot)
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    _paint(timeline)
    others = [e for d in folder for e in d.events]
    cards = 0
    for _ in range(8):  # from the first view, through the crowded lane's first events, as a reader steps
        press(qtbot, K.Key_Right)
        _paint(timeline)
        card = timeline.highlight.last_card
        if card is None:  # the mark's own title is written beside it
            continue
        cards += 1
        current = selected(window)
        titles = [r for r in timeline.item.label_rects() if r.height() > 0]
        # a title is hidden when the card covers two fifths of its height, as the labels' own cover
        # rule says (a card grazing an ascender leaves it readable); none is, whichever is selected
        cut = [r for r in titles if card.intersects(r) and card.intersected(r).height() > 0.4 * r.height()]
        assert not cut, (current.title, card, cut)
        area = timeline.plot.viewport().rect()
        for e in others:
            p = timeline.viewport_pos_of(e.id)
            if e.id != current.id and p is not None and area.contains(p):
                assert not card.contains(p), (e.title, card, p)
        assert timeline.highlight.last_card_lines[-1].startswith(current.begin.isoformat()[:4])
    assert cards >= 3, "the crowded lane's events are told by the card"
