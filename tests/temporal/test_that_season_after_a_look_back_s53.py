"""Two ways a story's time was lost before a "that <season>" (session fifty-three, from a page of our
own on a bill's path through parliament).

* A look back in the past perfect does not set the year "that winter" is in: "a committee found in
  September 2018 that sewage had been released ... the year before. She drafted a bill that winter"
  is the winter after September 2018, not the winter of 2017 the look back named.
* "that winter", "that May" right after a noun is a time, not a relative clause ("drafted a bill that
  winter and introduced it on 6 February 2019"): the date after it is the story's own, and a later
  "in March" is the March after it."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag


def _value(text: str, expression: str) -> str:
    return next(t.value for t in tag(text, None) if t.text == expression)


def _begin(text: str, expression: str) -> date:
    t = next(t for t in tag(text, None) if t.text == expression)
    assert isinstance(t.begin, date)
    return t.begin


@pytest.mark.parametrize(("text", "expression", "begin"), [
    ("An audit in September 2018 found that the fund had lost money the year before. The minister "
     "drafted a reform that winter.", "that winter", date(2018, 12, 1)),
    ("Inspectors reported in October 1931 that the bridge had cracked the previous year. The council "
     "closed it that winter.", "that winter", date(1931, 12, 1)),
    ("A survey in August 2009 showed that the herd had shrunk the year before. Rangers counted it again "
     "that spring.", "that spring", date(2009, 3, 1)),
])
def test_a_look_back_does_not_set_that_seasons_year(text: str, expression: str, begin: date) -> None:
    assert _begin(text, expression).year == begin.year


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The committee reported in 2014. She drafted a bill that winter and introduced it on 6 February "
     "2019. The government talked it out in March.", "March", "2019-03"),
    ("The firm was founded in 1990. It bought a barge that summer and launched it on 4 May 1996. The "
     "barge sank in July.", "July", "1996-07"),
    ("The league formed in 1921. It lost a club that May and gained two on 9 June 1925. A third "
     "joined in August.", "August", "1925-08"),
])
def test_that_time_after_a_noun_is_no_relative_clause(text: str, expression: str, value: str) -> None:
    assert _value(text, expression) == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # guards: a relative "that" still marks the date after it as another thing's
    ("The society met in 1931. It bought the mill that opened in 1889, and repaired it in May.", "May", "1931-05"),
    # a look back in the same sentence as "that spring" still gives it its year
    ("He was born in 1950. That spring his father bought a farm.", "That spring", "1950-SP"),
])
def test_guards(text: str, expression: str, value: str) -> None:
    assert _value(text, expression) == value
