"""A year of three digits with no era mark ("in 732", "until 843") in a history.

Four-digit years are read everywhere; a three-digit number is far more often a count, so it is read
as a year only in a narrative passage, right after a preposition of time, and when no unit, count
or plural noun follows ("in 732 soldiers died" counts soldiers). TIMEX3 writes such a year with
four digits (``0732``). A history that marks its era ("218 BC") has its own rule.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag


def _years(text: str, dct: date | None = None, narrative: bool | None = None) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct, narrative=narrative)]


@pytest.mark.parametrize("text, expected", [
    ("The Franks stopped the invasion in 732 near Tours.", [("732", "0732")]),
    ("The city fell in 410, and the western empire ended in 476.", [("410", "0410"), ("476", "0476")]),
    ("In 455 the Vandals sacked Rome.", [("455", "0455")]),
    ("The council met in 325 at Nicaea.", [("325", "0325")]),
    ("Until 843 the empire stayed whole; after 843 it was split three ways.", [("843", "0843"), ("843", "0843")]),
    ("The abbey was founded in 943 by monks from the south.", [("943", "0943")]),
])
def test_a_three_digit_year_in_a_dropped_history(text: str, expected: list[tuple[str, str]]) -> None:
    assert _years(text) == expected


def test_a_three_digit_year_is_on_the_timeline() -> None:
    t = tag("The city fell in 410 after a long siege.", None)[0]
    assert (t.begin, t.end_day) == (date(410, 1, 1), date(410, 12, 31))


def test_a_three_digit_year_sets_the_storys_time() -> None:
    text = "The fleet sailed in 793. In June the monastery was raided."
    assert ("June", "0793-06") in _years(text)


@pytest.mark.parametrize("text", [
    "In 732 soldiers died in the fighting.",
    "The battle resulted in 180 dead, wounded or captured.",
    "One in 200 people carries the gene.",
    "Prices rose from 400 to 600 during the war.",
    "The army marched in 500 ml of rain.",
    "The vote was won in 312 to 200.",
    "The ship sank in 300 metres of water.",
])
def test_a_count_after_a_preposition_is_no_year(text: str) -> None:
    assert _years(text) == []


def test_no_three_digit_year_in_news() -> None:
    text = "Police said the fire started in 204 Main Street on Monday."
    assert "204" not in {t.text for t in tag(text, date(2019, 5, 15), narrative=False)}


def test_a_three_digit_number_does_not_make_news_a_history() -> None:
    """Short years are left out of the news-or-story verdict: a count misread as one would tip it."""
    text = ("The plant opened on Monday, the company said. It employs workers in 310 Harbour Road. "
            "The mayor will visit on Friday.")
    got = {t.text: t.value for t in tag(text, date(2019, 5, 15))}
    assert "310" not in got and got.get("Monday") == "2019-05-13"
