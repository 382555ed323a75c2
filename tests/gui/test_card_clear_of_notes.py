"""In a crowded view the selection's card covers no title and no lane note where a place beside its
mark is free: twenty-four ferry logs, two of them busy in the year shown (some of their marks
clustered, so a selected event's title is not always drawn and a card shows it), the others folded to a line and
a note at its left end saying where its events are ("◀ 3 events, 1963"), under the marks of the
year's first weeks. (With a crossing every nine days the two lanes are wall-to-wall badges and
notes, no place within the card's reach is free, and the card covers the least it can: that case is
tests/gui/test_selection_card_place.py's, in geometry.)"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QApplication

from explorer.documents import Document
from explorer.gui.formatting import day_start_seconds
from explorer.ingest import ExtractedDocument

from .conftest import _event

N_DOCS, BUSY = 24, (9, 10)


def _ferry_logs() -> list[ExtractedDocument]:
    out = []
    for i in range(N_DOCS):
        if i in BUSY:  # a crossing a month through 1975
            days = [date(1975, 1, 4) + timedelta(days=30 * k + i) for k in range(12)]
        else:  # three crossings in a year before the one shown: a note at each folded lane's left end
            year = 1960 + i // 3
            days = [date(year, month, 7) for month in (3, 6, 10)]
        sentences = [f"On {d.day} {d:%B} {d.year} ferry {i} crossed with freight load {k}." for k, d in enumerate(days)]
        doc = Document(f"/ferry/log{i:02d}.txt", " ".join(sentences), f"Ferry log {i:02d}", date(1990, 1, 1), "header")
        pairs = [_event(doc, s, f"{d.day} {d:%B} {d.year}", d.isoformat(), d, d) for s, d in zip(sentences, days)]
        out.append(ExtractedDocument(doc, tuple(t for _e, t in pairs), tuple(e for e, _t in pairs)))
    return out


def _paint(timeline) -> None:
    for _ in range(5):
        QApplication.processEvents()
        timeline.plot.viewport().repaint()


def test_the_card_covers_no_title_and_no_note_in_a_crowded_view(make_window, qtbot):
    window = make_window()
    window.add_documents(_ferry_logs())
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.lane_count() == N_DOCS)
    timeline.scroll_to_lane(BUSY[0] - 3)
    timeline.set_visible_range(day_start_seconds(date(1975, 1, 1)), day_start_seconds(date(1976, 1, 1)))
    _paint(timeline)
    cards = 0
    for lane in BUSY:
        for event in window.model.documents[lane].events[:12]:
            window.selection.select_event(event.id)
            _paint(timeline)
            card = timeline.highlight.last_card
            if card is None:  # its own title is drawn
                continue
            cards += 1
            notes, titles = timeline.item.note_rects(), timeline.item.label_rects()
            assert notes, "the folded lanes' notes are in view"
            assert not any(card.intersects(r) for r in notes), (event.title, card)
            assert not any(card.intersects(r) for r in titles), (event.title, card)
    assert cards >= 3  # the view is crowded: many selections needed a card
