"""A press review's account of how the papers cover the news is no happening (session 45, precision on
the page kinds analysts read; see :mod:`explorer.events.press_review`): "Monday's Herald leads on the
budget", "The Star runs a picture of the fire", told in the present on a press review or with the
paper named by its edition's day. The news the papers tell, with its own date, stays; so does a
paper's act told in the past. Sentences written for these tests, read by the route a dropped file takes."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.timex, e.title) for e in extract_document(Document("a.txt", text, "t"), dct=date(2025, 3, 4)).events]


def _told(events: list[tuple[str, str]], words: str) -> bool:
    return any(words.lower() in title.lower() for _, title in events)


_REVIEW = "Press review\n\n"
_NEWS = "The ferry sank off the headland on Saturday, the Courier says. "


@pytest.mark.parametrize(("sentence", "words"), [
    # with the edition's day, on any page
    ("Monday's Herald leads on the budget.", "herald"),
    ("Sunday's Observer devotes four pages to the floods.", "observer"),
    ("Today's Ledger splashes with a warning from the central bank.", "ledger"),
    ("Tuesday's Mercury carries an interview with the new coach.", "mercury"),
])
def test_a_paper_named_by_its_edition_s_day_covering_the_news_is_no_event(sentence: str, words: str) -> None:
    events = _events(_NEWS + sentence)
    assert not _told(events, words), events
    assert _told(events, "ferry"), events


@pytest.mark.parametrize(("sentence", "words"), [
    # on a press review, whatever date the sentence holds
    ("The Star runs a picture of the burning warehouse on Monday.", "star"),
    ("The Times leads with a warning from the bank on Monday.", "times"),
    ("On Monday the Clarion splashes on the derailment at Brennock.", "clarion"),
    ("The Echo features a two-page analysis of Sunday's vote.", "echo"),
])
def test_a_paper_s_coverage_on_a_press_review_is_no_event(sentence: str, words: str) -> None:
    events = _events(_REVIEW + _NEWS + sentence)
    assert not _told(events, words), events
    assert _told(events, "ferry"), events


@pytest.mark.parametrize(("text", "words"), [
    # the news a paper tells, with its own date
    (_REVIEW + "The Ledger splashes on the strike that began on Friday.", "strike begins"),
    (_REVIEW + "The Post carries an interview with the coach, who resigned on Friday.", "coach resigns"),
    (_REVIEW + "Le Monde reports that the government fell on Thursday.", "government falls"),
    # a paper's act told in the past: a happening
    ("The Gazette printed the letters on its front page on Friday.", "prints the letters"),
    ("The Mercury ran a story about the mine on 3 May 1998, and the minister resigned a week later.", "ran a story|runs a story"),
    # a day's happening named with its day, not a paper
    ("Saturday's storm brought down trees across the county.", "storm brings down trees"),
])
def test_the_news_and_a_paper_s_past_acts_stay(text: str, words: str) -> None:
    events = _events(text)
    assert any(_told(events, w) for w in words.split("|")), events
