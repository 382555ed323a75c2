"""A diary's or log's note that is only the day's distance ("Monday 8 May. Fourteen miles.") tells no
happening, as the day's weather does not (``entry_notes.is_a_note_of_no_act``); a note with an act or a
thing that happened in it stays. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.entry_notes import is_a_note_of_no_act
from explorer.ingest import extract_document


@pytest.mark.parametrize("note", [
    "Fourteen miles.", "Twelve miles, all uphill.", "18 km.", "About twelve miles in rain.", "Twenty-two miles.",
    "Nearly 30 kilometres along the coast.",
])
def test_a_day_s_distance_is_no_act(note: str) -> None:
    assert is_a_note_of_no_act(note)


@pytest.mark.parametrize("note", [
    "Six miles to the ferry, which had sailed.",   # an act told after the distance
    "Fourteen miles walked and a blister.",
    "Three hikers missing.",                       # a count of people, no distance
    "12 miles of road closed.",
    "Landslide on the pass.",                      # a happening's noun
])
def test_a_note_with_more_than_the_distance_is_left_to_the_other_rules(note: str) -> None:
    assert not is_a_note_of_no_act(note)


def test_a_diary_day_of_a_distance_keeps_its_acts() -> None:
    text = ("Monday 8 May. Fourteen miles. The ferryman at Wyke refused to cross at first because of the "
            "wind, but he took us over at three when it dropped.")
    events = extract_document(Document("a.txt", text, "t"), dct=date(2026, 5, 22)).events
    titles = [e.title for e in events]
    assert not any("miles" in t for t in titles), titles
    assert any(t.startswith("The ferryman") for t in titles), titles
