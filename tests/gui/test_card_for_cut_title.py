"""A selected event whose own title the lane could only write cut short ("Khamenei…", the next
mark's title a few pixels on) showed nothing more than that stub: no card, so neither its whole
title nor its date and document anywhere on the timeline (the sample's second lane, reached by
Right). The card now shows for it as for an event with no label at all, and the stub it replaces
is left out, so the same words are not written twice beside the ring."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QApplication

from explorer.documents import Document
from explorer.gui.formatting import day_start_seconds
from explorer.ingest import ExtractedDocument
from explorer.timeline.labels import ELLIPSIS

from .conftest import _event
from .keys import K, press

TITLES = ["The harbour council chooses a new chairman to lead the port authority",
          "The ferry company announces two new routes to the islands",
          "The storm closes the northern quay for a week"]
DAYS = [date(1997, 6, 1), date(1999, 3, 1), date(2001, 2, 1)]


def _doc() -> ExtractedDocument:
    sentences = [f"{t} ({k}) on {d.day} {d:%B} {d.year}." for k, (t, d) in enumerate(zip(TITLES, DAYS))]
    doc = Document("/notes/port.txt", " ".join(sentences), "port", date(2030, 1, 1), "header")
    pairs = [_event(doc, s, f"{d.day} {d:%B} {d.year}", d.isoformat(), d, d) for s, d in zip(sentences, DAYS)]
    events = tuple(replace(e, title=t) for (e, _t), t in zip(pairs, TITLES))
    return ExtractedDocument(doc, tuple(t for _e, t in pairs), events)


def _paint(timeline) -> None:
    for _ in range(5):
        QApplication.processEvents()
        timeline.plot.viewport().repaint()


def test_a_selected_event_whose_title_is_cut_gets_the_card(make_window, qtbot):
    window = make_window()
    window.add_documents([_doc()])
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.lane_count() == 1)
    timeline.set_visible_range(day_start_seconds(date(1960, 1, 1)), day_start_seconds(date(2030, 1, 1)))
    _paint(timeline)
    events = window.model.documents[0].events
    cut = [b for b in timeline.item.last_labels if not b.is_cluster and b.text.endswith(ELLIPSIS)]
    assert cut, [b.text for b in timeline.item.last_labels]  # the marks are close enough to cut a title
    stub = cut[0].text
    k = next(i for i, t in enumerate(TITLES) if t.startswith(stub.rstrip(ELLIPSIS).rstrip()))
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    press(qtbot, K.Key_Home)  # the first event, then Right to the one whose title is cut: by keyboard
    for _ in range(k):
        press(qtbot, K.Key_Right)
    qtbot.waitUntil(lambda: (e := window.selection.current_event()) is not None and e.id == events[k].id)
    _paint(timeline)
    highlight = timeline.highlight
    assert highlight.last_card is not None, "only the cut title says what is selected"
    lines = highlight.last_card_lines
    assert " ".join(lines[:-1]) == TITLES[k] and str(DAYS[k].year) in lines[-1] and "port" in lines[-1], lines
    assert stub not in timeline.item.last_titles, "the stub stays beside the card"
    # an event whose whole title is written needs no card
    whole = next(i for i, t in enumerate(TITLES) if t in timeline.item.last_titles)
    press(qtbot, K.Key_Home)
    for _ in range(whole):
        press(qtbot, K.Key_Right)
    qtbot.waitUntil(lambda: (e := window.selection.current_event()) is not None and e.id == events[whole].id)
    _paint(timeline)
    assert TITLES[whole] in timeline.item.last_titles and highlight.last_card is None
