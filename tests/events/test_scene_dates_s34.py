"""A date that sets the scene ("It was April 19, eleven days after the vote, and the streets were quiet")
tells what day or hour it was, no happening (``scene_dates.sets_the_scene``); a clause told at that
time right after it ("It was 5 a.m. when the alarm sounded") keeps its event. Sentences written for
this test."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.scene_dates import sets_the_scene
from explorer.ingest import extract_document


def _dated(text: str) -> list[tuple[str, str]]:
    events = extract_document(Document("a.txt", text, "t"), dct=date(2026, 5, 22)).events
    return [(e.timex, e.title) for e in events if e.timex]


@pytest.mark.parametrize("text", [
    "It was April 19, eleven days after the vote that had sealed his fate, and the streets were quiet.",
    "It was 11 p.m. on Saturday. The crowd had gone home.",
    "It was just after midnight on Sunday, and the last train had gone.",
])
def test_the_day_or_hour_it_was_is_no_event(text: str) -> None:
    assert _dated(text) == []


@pytest.mark.parametrize("text, title", [
    ("It was 5 a.m. on a grey Tuesday when the alarm sounded.", "The alarm sounds"),
    ("It was in 1998 that the company first made a profit.", "The company first makes a profit"),
    ("It was on Friday that the minister resigned.", "The minister resigns"),
])
def test_a_clause_told_at_that_time_keeps_its_event(text: str, title: str) -> None:
    assert [t for _, t in _dated(text)] == [title]


def test_the_rule_reads_only_the_it_clause_s_own_title() -> None:
    sentence = "It was Monday, and the council closed the bridge."
    at = sentence.index("Monday")
    assert sets_the_scene("It is", sentence, at, at + len("Monday"))
    assert not sets_the_scene("The council closes the bridge", sentence, at, at + len("Monday"))
    # "That was in 1998": the time of a happening told before, not the day it was
    sentence = "The firm first made a profit. That was in 1998."
    at = sentence.index("1998")
    assert not sets_the_scene("That is", sentence, at, at + 4)


def test_a_day_s_place_in_a_run_tells_the_run() -> None:
    # "the third day of a strike": the strike goes on (test_precision_kinds_s20 keeps it)
    sentence = "It's the third day of a strike by the city's refuse crews."
    at = sentence.index("the third day")
    assert not sets_the_scene("It's of a strike by the city's refuse crews", sentence, at, at + len("the third day"))
