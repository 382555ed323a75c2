"""Lanes by actor keep the news in view: the rule that widens the first view until every lane shows
(every article must be seen) is for document lanes. With lanes by actor, one actor's lone
recollection decades back ("50 years ago") stretched thirty 1998 news to 1947-2007, the news in
the view's right sixth; the exported image (same fit) did the same."""

from __future__ import annotations

import dataclasses
from datetime import date

from explorer.documents import Document
from explorer.ingest import ExtractedDocument
from explorer.timeline.zoom import SECONDS_PER_DAY

from .conftest import _event
from .keys import K, lanes_by_actor, press

EPOCH = date(1970, 1, 1).toordinal()


def _year_s(year: int) -> float:
    return (date(year, 1, 1).toordinal() - EPOCH) * SECONDS_PER_DAY


def _news() -> list[ExtractedDocument]:
    """Thirty articles of 1998 by ten actors, one of which also recalls 1949 (its only other event)."""
    out = []
    for i in range(30):
        day = date(1998, 1 + i % 12, 1 + i)
        first = f"On {day.day} {day:%B} 1998 the talks number {i} opened."
        sentences = [first]
        if i == 7:
            sentences.append("In 1949 the old treaty was signed.")
        doc = Document(f"/news/n{i:02d}.txt", " ".join(sentences), f"News {i}", day, "header")
        events = [_event(doc, first, f"{day.day} {day:%B} 1998", day.isoformat(), day, day)]
        if i == 7:
            events.append(_event(doc, sentences[1], "1949", "1949", date(1949, 1, 1), date(1949, 12, 31)))
        actors = [("Veteran Envoy",) if e.timex == "1949" else (f"Envoy {i % 10}",) for e, _ in events]
        out.append(ExtractedDocument(doc, tuple(t for _, t in events),
                                     tuple(dataclasses.replace(e, actors=a) for (e, _), a in zip(events, actors))))
    return out


def test_lanes_by_actor_fit_the_news_not_one_actors_recollection(qtbot, make_window):
    window = make_window()
    window.add_documents(_news())
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.mark_count() == 31)
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    x0, x1 = timeline.visible_range()
    assert x0 > _year_s(1990)  # by document: the bulk (the 1949 article's nearer half is 1998)
    lanes_by_actor(qtbot)  # View > Lanes > By Actor
    qtbot.waitUntil(lambda: timeline.lane_mode() == "actor")
    qtbot.waitUntil(lambda: "Veteran Envoy" in timeline.lane_axis.labels())
    x0, x1 = timeline.visible_range()
    assert _year_s(1990) < x0 < _year_s(1998) and x1 < _year_s(2000)
    # the 1949 event is one key away: Fit All, pressed at this fit, shows every event
    press(qtbot, K.Key_0)
    assert timeline.visible_range()[0] < _year_s(1949)
    # the exported image fits the same way (File > Export Image uses the same fit)
    from explorer.timeline.zoom import fit_events

    assert fit_events(timeline.arr)[0] > _year_s(1990)
