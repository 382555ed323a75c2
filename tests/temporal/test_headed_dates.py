"""One mechanism (headed_dates.py) for a phrase that heads a date and makes one expression with it:
"the week of 13 May" (week_of.py) and "the second week of January" (period_parts.py). The part's
ordinals and number words are the lexicon's, so every count the duration rules read is read here too
("the first sixteen days of March" was a count from the page and a month apart). Sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal.grammar import find_candidates
from explorer.temporal.coordination import coordinate
from explorer.temporal.period_parts import PART_OF
from explorer.temporal.tagger import tag
from explorer.temporal.week_of import WEEK_OF

DCT = date(2025, 6, 1)


def _only(text: str) -> tuple[str, str, object, object]:
    found = tag(text, DCT)
    assert len(found) == 1, [(t.text, t.value) for t in found]
    t = found[0]
    return t.text, t.value, t.begin, t.end_day


@pytest.mark.parametrize("text,expected", [
    ("Prices fell in the first sixteen days of March 2021.",
     ("the first sixteen days of March 2021", "P16D", date(2021, 3, 1), date(2021, 3, 16))),
    ("Prices fell in the last thirty days of 2019.",
     ("the last thirty days of 2019", "P30D", date(2019, 12, 2), date(2019, 12, 31))),
    ("Prices fell in the last dozen days of 2019.",
     ("the last dozen days of 2019", "P12D", date(2019, 12, 20), date(2019, 12, 31))),
    ("Prices fell in the first thirteen days of March 2021.",
     ("the first thirteen days of March 2021", "P13D", date(2021, 3, 1), date(2021, 3, 13))),
])
def test_every_number_word_counts_a_part(text: str, expected: tuple[str, str, date, date]) -> None:
    assert _only(text) == expected


@pytest.mark.parametrize("word,first_day,last_day", [
    ("first", date(2019, 1, 1), date(2019, 1, 7)),
    ("second", date(2019, 1, 8), date(2019, 1, 14)),
    ("third", date(2019, 1, 15), date(2019, 1, 21)),
    ("fourth", date(2019, 1, 22), date(2019, 1, 28)),
])
def test_the_ordinals_count_weeks_of_a_month(word: str, first_day: date, last_day: date) -> None:
    assert _only(f"The ferry was laid up in the {word} week of January 2019.")[2:] == (first_day, last_day)


@pytest.mark.parametrize("text,kind,phrase_start", [
    ("Sports day is in the week of 13 May.", WEEK_OF.name, "the week of"),
    ("Sports day is in the weekend of 13 May.", WEEK_OF.name, "the weekend of"),
    ("The ferry was laid up in the second week of January.", PART_OF.name, "the second week"),
    ("Thousands left the city in the final days of 1999.", PART_OF.name, "the final days"),
])
def test_the_date_notes_where_its_heading_phrase_starts_and_its_kind(text: str, kind: str, phrase_start: str) -> None:
    cands = coordinate(text, find_candidates(text))
    headed = [c for c in cands if c.head is not None]
    assert [(c.head_kind, c.head) for c in headed] == [(kind, text.index(phrase_start))]
    # nothing read inside the phrase stays a candidate of its own
    assert all(not (headed[0].head <= c.start < headed[0].start) for c in cands)


@pytest.mark.parametrize("text", [
    "Prices fell in the fifth week of January 2019.",  # a month has four whole weeks
    "Prices fell in the third week of 2019.",  # a year's weeks are counted from an end only
    "Prices fell at the last minute of the debate.",
])
def test_no_part_where_the_phrase_does_not_fit(text: str) -> None:
    cands = coordinate(text, find_candidates(text))
    assert all(c.head is None for c in cands)
