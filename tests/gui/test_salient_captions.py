"""Zoomed out, labels claim room in salience order: a happening ("Rebels take the town") before the
title fragments beside it ("Under cover of darkness", "Having crossed the river", "March 3-5"),
which the salience took for someone acting (the word after a capitalised first word was read as
a verb) and which then won the nearest row, or the room, by being earlier."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.salience import score_events
from explorer.ingest import ExtractedDocument

from .conftest import _event

TEXT = (
    "Under cover of darkness on 3 March 1950 the column moved. "
    "Having crossed the river on 4 March 1950, the rebels rested. "
    "On 5 March 1950 the rebels took the town. "
    "March 3-5, 1950 were the worst days. "
    "On 6 May 1990 the last veterans met."
)
TITLES = ("Under cover of darkness", "Having crossed the river", "Rebels take the town", "March 3-5",
          "The last veterans meet")


def _other(n: int) -> ExtractedDocument:
    """Another article: more lanes, so each lane has room for a label row or two, as on a real folder."""
    text = f"On 1 June 1960 council {n} met. On 1 June 1980 council {n} met again."
    doc = Document(f"/corpus/council{n}.txt", text, f"Council {n}", date(1991, 1, 1), "header")
    first, second = text.split(". ")
    pairs = [_event(doc, first + ".", "1 June 1960", "1960-06-01", date(1960, 6, 1), date(1960, 6, 1)),
             _event(doc, second, "1 June 1980", "1980-06-01", date(1980, 6, 1), date(1980, 6, 1))]
    return ExtractedDocument(doc, tuple(t for _, t in pairs), tuple(score_events([e for e, _ in pairs])))


def _document() -> ExtractedDocument:
    doc = Document("/corpus/rebels.txt", TEXT, "The rebels", date(1991, 1, 1), "header")
    sentences = [s if s.endswith(".") else s + "." for s in TEXT.split(". ")]
    whens = [("3 March 1950", date(1950, 3, 3), date(1950, 3, 3)), ("4 March 1950", date(1950, 3, 4), date(1950, 3, 4)),
             ("5 March 1950", date(1950, 3, 5), date(1950, 3, 5)), ("March 3-5, 1950", date(1950, 3, 3), date(1950, 3, 5)),
             ("6 May 1990", date(1990, 5, 6), date(1990, 5, 6))]
    pairs = [_event(doc, s, expr, b.isoformat(), b, e) for s, (expr, b, e) in zip(sentences, whens)]
    events = [replace(ev, title=t) for (ev, _), t in zip(pairs, TITLES)]
    return ExtractedDocument(doc, tuple(t for _, t in pairs), tuple(score_events(events)))


@pytest.mark.parametrize("height", [760, 800, 840, 900])
def test_zoomed_out_the_happening_is_labelled_before_the_fragments_beside_it(qtbot, make_window, height):
    """Whatever the window's height (the rows each lane gets), the happening is nearest the marks:
    with one row too few to open the week upwards, its least salient fragment had row 0."""
    window = make_window()
    window.resize(1200, height)
    window.add_documents([_document()] + [_other(n) for n in range(8)])
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.mark_count() == 21)
    assert timeline.lane_count() == 9
    timeline.plot.repaint()
    qtbot.wait(50)
    # the March 1950 days share a few pixels at the first view (1950-1990): their labels stack
    # above the marks, the most salient nearest them (row 0, read first), where room runs out the
    # rest stay in a count badge or do not show at all
    march = sorted((b.row, b.text) for b in timeline.item.last_labels
                   if b.lane == 0 and not b.is_cluster and b.text.rstrip("\u2026") in TITLES[:4])
    assert march and march[0][1] == "Rebels take the town", march
