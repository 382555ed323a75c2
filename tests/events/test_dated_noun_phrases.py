"""A happening named by a noun phrase after "after" or "following" that carries a date of its own is
listed beside the main clause's act, at that date (``events.dated_noun_phrases``). Sentences written for
this test (a sailing club's results page, a trial's press release, a town's centenary leaflet)."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _nouns(sentence: str) -> list[str]:
    from explorer.events.dated_noun_phrases import dated_noun_phrases

    return [found.trigger for found, _, _ in dated_noun_phrases(sentence, 0, len(sentence))]


def _events(sentence: str) -> list:
    opening = "Notes\n\nThe club was founded in 1890. "
    events = extract_document(Document("a.txt", opening + sentence, "t"), dct=date(2026, 6, 30)).events
    return [e for e in events if e.sentence_start >= len(opening)]


@pytest.mark.parametrize("sentence, noun, when", [
    ("After her win in 2023, Lindqvist joined the training squad.", "win", date(2023, 1, 1)),
    ("Following the approval of the drug in May 2019, the company hired 200 staff.", "approval", date(2019, 5, 1)),
    ("After a protest hearing at the clubhouse on 11 October 2025, the committee disqualified Lane.", "hearing",
     date(2025, 10, 11)),
    ("After the opening of the bypass in the summer of 1988, the market square was closed to lorries.", "opening",
     date(1988, 6, 1)),
    ("The depot closed in March 2001, after a vote of the town council on 12 February 2001.", "vote", date(2001, 2, 12)),
    # session 59 (h59q): a date the noun owns by "of" (a village history, a union's history, a mill's
    # leaflet of our own), and "on"/"upon" before a life's turn (an obituary and a court report of our own)
    ("The chapel was rebuilt after the flood of 1953.", "flood", date(1953, 1, 1)),
    ("Following the great gale of March 1703, the miller moved his mill inland.", "gale", date(1703, 3, 1)),
    ("The lodge paid out strike pay after the lockout of 1921.", "lockout", date(1921, 1, 1)),
    ("On her death in 1960, she left her papers to the county library.", "death", date(1960, 1, 1)),
    ("He went back to the farm upon his release from prison in 2016.", "release", date(2016, 1, 1)),
])
def test_the_phrase_s_happening_is_listed_at_its_date(sentence: str, noun: str, when: date) -> None:
    events = _events(sentence)
    assert len(events) == 2, [e.title for e in events]
    named = [e for e in events if not e.timex]
    assert len(named) == 1 and named[0].begin == when, [(e.title, e.begin) for e in events]


@pytest.mark.parametrize("sentence", [
    # guard rows (already one event on 9227e954, and so they stay): a stretch of time, a place before which
    # someone appears, a clause whose subject the noun is, a war
    "After a year in Paris in 1990, she returned to Leeds.",
    "The chief executive will appear before the health committee on 9 December.",
    "The bridge was closed to lorries after a survey in 1962 found cracks in two arches.",
    "After the war in 1945, the family moved to Bath.",
    "Police arrested two men after a jewellery shop in the high street was raided on Saturday night.",
    # guard rows (session 59): "on" before a place, a topic or a first game names no happening; "since" and
    # "until" bound a state whose dated event stands for the noun's happening already; "of" a year after
    # a stretch of time names the stretch
    "The first mill was built on the site in 1794.",
    "The parish will hold a meeting on the fire at the old school on 3 May.",
    "He scored twice on his debut at Ashby on 2 January.",
    "She lived in Lisbon until her death in 1950.",
    "The bridge has been shut since a flood on 12 September.",
    "The village was dry after the summer of 1976.",
])
def test_no_second_happening_from_a_time_a_place_or_a_clause(sentence: str) -> None:
    assert _nouns(sentence) == []
