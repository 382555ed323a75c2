"""The selected event's title is written once: when its mark sits in a cluster whose caption is
that very title (one happening told in several sentences, merged under a count badge), the card
beside the mark said the same words again in bold, and the two read as two events. The card then
says only the date and the document; the caption stays. A card whose event is not the caption's
keeps its title."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from explorer.documents import Document
from explorer.gui.formatting import day_start_seconds
from explorer.ingest import ExtractedDocument

from .conftest import _event


def _lane(path: str, titles: list[str], days: list[date]) -> ExtractedDocument:
    """One document, an event a sentence titled as given, on the days given."""
    sentences = [f"{t} ({k}) on {d.day} {d:%B} {d.year}." for k, (t, d) in enumerate(zip(titles, days))]
    doc = Document(path, " ".join(sentences), path.rsplit("/", 1)[-1], date(2030, 1, 1), "header")
    pairs = [_event(doc, s, f"{d.day} {d:%B} {d.year}", d.isoformat(), d, d) for s, d in zip(sentences, days)]
    events = tuple(replace(e, title=t) for (e, _t), t in zip(pairs, titles))
    return ExtractedDocument(doc, tuple(t for _e, t in pairs), events)


def _paint(timeline) -> None:
    for _ in range(5):
        QApplication.processEvents()
        timeline.plot.viewport().repaint()


CASES = [  # one lane each: the title told in several sentences, its days, the year shown
    ("Harbour council meets", [date(2001, 5, 3), date(2001, 5, 4), date(2001, 5, 6)], 2001),
    ("Dockers march again", [date(1984, 10, 1), date(1984, 10, 2)], 1984),
    ("Farmers end grain embargo", [date(1962, 2, 9), date(1962, 2, 10), date(1962, 2, 11), date(1962, 2, 13)], 1962),
]


@pytest.mark.parametrize("said, days, year", CASES)
def test_a_title_written_beside_the_mark_is_not_repeated_on_the_card(make_window, qtbot, said, days, year):
    window = make_window()
    window.add_documents([_lane(f"/notes/lane-{year}.txt", [said] * len(days), days)])
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.lane_count() == 1)
    timeline.set_visible_range(day_start_seconds(date(year, 1, 1)), day_start_seconds(date(year + 1, 1, 1)))
    _paint(timeline)
    events = window.model.documents[0].events
    title = " ".join(events[0].title.split())
    assert len({e.title for e in events}) == 1  # the sentences share their title
    captions = [b.caption for b in timeline.item.last_labels if b.is_cluster]
    assert title in captions, captions  # written once beside the marks, under a count badge
    for event in events:
        window.selection.select_event(event.id)
        _paint(timeline)
        assert timeline.highlight.last_card is not None  # the card still gives the date and document
        lines = timeline.highlight.last_card_lines
        assert title not in lines and len(lines) == 1, lines
        assert str(event.begin.year) in lines[0] and "lane-" in lines[0], lines


def test_a_card_whose_title_the_caption_does_not_say_keeps_it(make_window, qtbot):
    """Twenty titles on twenty days, more than the lane has rows for, so a cluster forms: the caption says the most important one, the others' cards say their own."""
    said = [f"{what} {where}" for what in ("Floods close", "Minister visits", "Ferry returns to", "Storm hits",
                                            "Strike halts")
            for where in ("the port", "the bridge", "the old mill", "the north quay")]
    days = [date(1990, 3, 5 + k) for k in range(len(said))]
    window = make_window()
    window.add_documents([_lane("/notes/port.txt", said, days)])
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.lane_count() == 1)
    timeline.set_visible_range(day_start_seconds(date(1900, 1, 1)), day_start_seconds(date(2000, 1, 1)))
    _paint(timeline)
    clusters = [b for b in timeline.item.last_labels if b.is_cluster]
    assert clusters, "the marks a day apart share a badge at this zoom"
    shown = {" ".join(b.caption.split()) for b in clusters}
    others = [e for e in window.model.documents[0].events if " ".join(e.title.split()) not in shown]
    assert others
    cards = 0
    for event in others:
        window.selection.select_event(event.id)
        _paint(timeline)
        lines = timeline.highlight.last_card_lines
        if timeline.highlight.last_card is None:  # its own title is drawn beside its mark
            continue
        cards += 1
        assert len(lines) == 2 and lines[0] == " ".join(event.title.split()), lines
    assert cards >= 2  # some of them are in the cluster, under another's caption
