"""An act told over a list of years, as the gold README's Conventions section writes it down.

One act a year ("won the cup in 2015 and 2017") is as many events, each on its year: a single bar
from the first year to the last would claim a happening that lasted between them. When the clause
counts its acts apart from the years ("on at least four occasions in 2022 and 2023", "twice", "repeatedly"),
the years only bound them: one event spanning the list. Sentences written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _events(text: str) -> list[tuple[str, date, date]]:
    out = extract_document(Document("a.txt", text, "t"), dct=date(2025, 3, 4))
    return [(e.timex, e.begin, e.end) for e in out.events if e.timex]


@pytest.mark.parametrize("text, years", [
    ("The quarry club won the county shield in 2011 and 2015.", ["2011", "2015"]),
    ("Her studio released two albums, in 2018 and 2022.", ["2018", "2022"]),
    ("The council rebuilt the sea wall in 1953, 1978 and 2014.", ["1953", "1978", "2014"]),
    ("Farmers blocked the ring road in 2019 and again in 2021.", ["2019", "2021"]),
])
def test_one_act_a_year_is_one_event_a_year(text: str, years: list[str]) -> None:
    assert [timex for timex, _, _ in _events(text)] == years


@pytest.mark.parametrize("text, first, last", [
    ("Walkers reported fallen rocks on the path on at least five occasions in 2020 and 2021.", 2020, 2021),
    ("The pumping station flooded twice in 2016 and 2018.", 2016, 2018),
    ("Inspectors visited the plant repeatedly in 2009, 2010 and 2012.", 2009, 2012),
    ("The band toured the islands several times in 1994 and 1996.", 1994, 1996),
])
def test_acts_counted_apart_from_the_years_are_one_event_spanning_them(text: str, first: int, last: int) -> None:
    events = _events(text)
    assert len(events) == 1
    _, begin, end = events[0]
    assert (begin.year, end.year) == (first, last)
    assert (begin.month, begin.day, end.month, end.day) == (1, 1, 12, 31)


def test_a_count_in_another_clause_does_not_join_the_years() -> None:
    text = "The ferry broke down twice last winter, and the company replaced its engines in 2017 and 2023."
    assert [timex for timex, _, _ in _events(text)][-2:] == ["2017", "2023"]
