"""A day counted from a month or a year ("The next day" after "in March 1992", "the day before" after
"in 2011") is a day of that month or year whose number is unknown: TimeML writes it "1992-03-XX"
("2011-XX-XX"), as the readable TBAQ and WikiWars annotators do for "that same day" and "four days
later". The value had the month's own granularity ("1992-03"), a month, not a day; the span on the
timeline stays the month's."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(2004, 8, 30)


def _found(text: str, expression: str):
    (t,) = [t for t in tag(text, DCT) if t.text == expression]
    return t


@pytest.mark.parametrize(("text", "expression", "value", "span"), [
    ("Looters broke into the depot in May 1996. The next day, police sealed the street.",
     "The next day", "1996-05-XX", (date(1996, 5, 1), date(1996, 5, 31))),
    ("The dam was finished in 1971. That same day, the valley began to flood.",
     "That same day", "1971-XX-XX", (date(1971, 1, 1), date(1971, 12, 31))),
])
def test_a_day_counted_from_a_month_is_a_day_of_it(text: str, expression: str, value: str,
                                                  span: tuple[date, date]) -> None:
    t = _found(text, expression)
    assert t.value == value
    assert span[0] <= t.begin <= t.end_day <= span[1]


def test_a_day_counted_from_a_day_keeps_its_day() -> None:
    assert _found("Looters broke into the depot on May 3, 1996. The next day, police sealed the street.",
                  "The next day").value == "1996-05-04"


def test_a_month_counted_from_a_year_keeps_the_year() -> None:
    assert _found("The dam was finished in 1971. Three months later, the valley flooded.",
                  "Three months later").value == "1971"
