"""At the zoom limit the events of one day can never part: zoomed in as far as the timeline goes,
their titles use the room on both sides of the day (a day's title may hang left of its dot, as in
the lowest row), instead of leaving a count badge that no zoom can open."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from explorer.documents import Document
from explorer.ingest import ExtractedDocument
from explorer.timeline.zoom import MIN_SPAN_S

from .conftest import _event
from .keys import K, press

WHO = ("The mayor", "The council", "The port authority", "The union", "The governor", "The navy",
       "The rail company", "The bishop", "The harbour master")


def _one_busy_day() -> ExtractedDocument:
    sentences = [f"On 14 August 1990 {who.lower()} spoke about the harbour strike number {i}."
                 for i, who in enumerate(WHO)]
    text = " ".join(sentences)
    doc = Document("/corpus/busy.txt", text, "A busy day", date(1990, 8, 20), "header")
    pairs = [_event(doc, s, "14 August 1990", "1990-08-14", date(1990, 8, 14), date(1990, 8, 14)) for s in sentences]
    events = [replace(event, title=f"{who} speaks about the strike") for (event, _), who in zip(pairs, WHO)]
    return ExtractedDocument(doc, tuple(t for _, t in pairs), tuple(events))


def test_zoomed_in_to_the_limit_every_title_of_a_busy_day_shows(qtbot, make_window):
    window = make_window()
    window.add_documents([_one_busy_day()])
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.mark_count() == len(WHO))
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    press(qtbot, K.Key_Home)  # select the day's first event, then zoom in as far as it goes
    for _ in range(30):
        press(qtbot, K.Key_Plus)
    x0, x1 = timeline.visible_range()
    assert abs((x1 - x0) - MIN_SPAN_S) < 1.0  # the zoom limit: three days
    timeline.plot.repaint()
    qtbot.wait(50)
    boxes = timeline.item.last_labels
    assert not [b for b in boxes if b.is_cluster], [(b.text, b.caption) for b in boxes]
    # each event's own title, whole or shortened: every one of the day's events is named
    shown = sorted(b.text.rstrip("\u2026") for b in boxes)
    assert len(shown) == len(WHO) and all(any(f"{who} speaks about the strike".startswith(t) for t in shown)
                                          for who in WHO), shown
    # some hang left of the day's dot, the others start right of it
    assert any(b.right <= b.anchor for b in boxes) and any(b.left >= b.anchor for b in boxes)
