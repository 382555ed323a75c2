"""A run of weeks or days named as a part of a month or a year ("the second week of January", "the last
two weeks of May 1951", "the final days of 1999") is one expression: TimeML's duration over the whole
phrase (as the readable WikiWars histories write it), with the part's days for the timeline; the story
stands in it as in its month (issue #11, session 22; period_parts.py). Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document
from explorer.temporal import tag


def _only(text: str, dct: date | None):
    found = tag(text, dct)
    assert len(found) == 1, [(t.text, t.value) for t in found]
    return found[0]


@pytest.mark.parametrize("text, phrase, value, begin, end", [
    ("The ferry was laid up in the second week of January 2019.", "the second week of January 2019", "P1W",
     date(2019, 1, 8), date(2019, 1, 14)),
    ("Sales slumped in the first week of March 2021.", "the first week of March 2021", "P1W",
     date(2021, 3, 1), date(2021, 3, 7)),
    ("Snow closed the pass in the last week of February 2024.", "the last week of February 2024", "P1W",
     date(2024, 2, 23), date(2024, 2, 29)),  # a leap year's February
    ("The garrison held out for the last two weeks of April 1799.", "the last two weeks of April 1799", "P2W",
     date(1799, 4, 17), date(1799, 4, 30)),
    ("Rain fell on the first ten days of June 2008.", "the first ten days of June 2008", "P10D",
     date(2008, 6, 1), date(2008, 6, 10)),
    ("Thousands left the city in the final days of 1999.", "the final days of 1999", "PXD",
     date(1999, 12, 25), date(1999, 12, 31)),
    ("The fourth week of October 2010 was quiet.", "The fourth week of October 2010", "P1W",
     date(2010, 10, 22), date(2010, 10, 28)),
])
def test_a_part_of_a_named_period_is_one_duration_with_its_days(text: str, phrase: str, value: str,
                                                                begin: date, end: date) -> None:
    t = _only(text, date(2025, 6, 1))
    assert (t.text, t.type, t.value) == (phrase, "DURATION", value)
    assert (t.begin, t.end_day) == (begin, end)


@pytest.mark.parametrize("dct, year", [
    (date(2024, 3, 20), 2024), (date(2024, 1, 3), 2023), (date(2023, 11, 30), 2023), (date(2025, 7, 1), 2025),
])
def test_a_part_told_as_done_lies_before_the_page(dct: date, year: int) -> None:
    """Told in the past, the second week of January is the last one before the page: on 3 January,
    last year's (the January under way has not reached it)."""
    t = _only("The talks stalled in the second week of January.", dct)
    assert t.value == "P1W" and (t.begin, t.end_day) == (date(year, 1, 8), date(year, 1, 14))


@pytest.mark.parametrize("dct, year", [(date(2024, 3, 20), 2024), (date(2024, 1, 3), 2024), (date(2023, 11, 30), 2024)])
def test_a_part_told_ahead_lies_after_the_page(dct: date, year: int) -> None:
    t = _only("The talks will resume in the last week of March.", dct)
    assert t.value == "P1W" and (t.begin, t.end_day) == (date(year, 3, 25), date(year, 3, 31))


def test_the_story_stands_in_the_part_as_in_its_month() -> None:
    text = ("The strike began in May 1926. In the last week of August the miners voted again. "
            "Two days later the pits reopened.")
    found = {t.text: t for t in tag(text, None)}
    assert found["the last week of August"].value == "P1W"
    assert found["Two days later"].value.startswith("1926-08")


@pytest.mark.parametrize("text", [
    "The first week of the campaign went badly.",  # no period named: a stretch of a happening
    "The third week of 1999 was cold.",  # a year's weeks counted from its start or end only
    "The fifth week of May 2001 was hot.",  # no month has five numbered weeks
])
def test_no_part_without_a_period_it_can_hold(text: str) -> None:
    assert all(t.type != "DURATION" or " of " not in t.text for t in tag(text, date(2025, 1, 1)))


def test_an_event_in_a_part_is_drawn_on_its_days() -> None:
    doc = Document("a.txt", "News in brief\n\nThe bridge was closed in the second week of March 2022.\n", "t")
    events = [e for e in extract_document(doc, dct=date(2024, 9, 1)).events if e.begin is not None]
    assert events and (events[0].begin, events[0].end) == (date(2022, 3, 8), date(2022, 3, 14))
