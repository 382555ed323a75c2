"""A happening named by its month or day takes the side of the report its own past verb says (dates #11).

News names a happening by when it was ("the October attack", "the Oct. 23 shooting") and tells what
it did in the next words. Only a holiday or a month-day with a verb from a short list was read so;
a month was the one nearest the report, so "The October attack killed four people", written in
August, was the coming October. Every sentence here is written for this file.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag


def _value(text: str, word: str, dct: date) -> str:
    found = [t.value for t in tag(text, dct) if t.text == word]
    assert len(found) == 1, [(t.text, t.value) for t in tag(text, dct)]
    return found[0]


@pytest.mark.parametrize("text, word, dct, value", [
    ("The October attack killed four people.", "October", date(1998, 8, 20), "1997-10"),
    ("The September election was won by the ruling party.", "September", date(2021, 7, 10), "2020-09"),
    ("The November floods destroyed 300 homes along the river.", "November", date(2022, 8, 1), "2021-11"),
    ("The December strike crippled the railway for a week.", "December", date(2023, 10, 5), "2022-12"),
    # a noun of two words between the month and its verb
    ("The March sniper attack wounded two guards.", "March", date(2020, 1, 10), "2019-03"),
    # a month and its day: any past verb, not only those of a holiday's occasion
    ("The Oct. 23 shooting shocked the town.", "Oct. 23", date(1998, 8, 20), "1997-10-23"),
    ("The May 4 blast injured 12 workers at the plant.", "May 4", date(2016, 2, 12), "2015-05-04"),
])
def test_a_happening_told_in_the_past_lies_behind_the_report(text: str, word: str, dct: date, value: str) -> None:
    assert _value(text, word, dct) == value


@pytest.mark.parametrize("text, word, dct, value", [
    # the writer's future: the coming one
    ("The October vote will decide the issue.", "October", date(1998, 8, 20), "1998-10"),
    # calling off, fixing or forecasting acts on a plan that may still be ahead: the nearest one
    ("The December vote was postponed.", "December", date(1998, 8, 20), "1998-12"),
    ("The November summit is expected to draw 40 leaders.", "November", date(2019, 9, 2), "2019-11"),
    ("The November summit expected to draw 40 leaders has a new venue.", "November", date(2019, 9, 2), "2019-11"),
    # a deadline names a plan, not a happening
    ("The October deadline was extended by two weeks.", "October", date(2021, 8, 30), "2021-10"),
])
def test_a_happening_ahead_or_planned_keeps_the_coming_one(text: str, word: str, dct: date, value: str) -> None:
    assert _value(text, word, dct) == value
