""""the annual meeting", "quarterly earnings", "the yearly fair": an event that recurs every year or
quarter, a TIMEX3 SET (``P1Y``, ``P3M``) on the adjective. An amount per year ("annual sales of $2
billion", "an annual rate of 3%") recurs nothing and is no expression.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(2019, 5, 15)


def _sets(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, DCT, narrative=False) if t.type == "SET"]


@pytest.mark.parametrize("text, expression, value", [
    ("The annual meeting of the society is held in the town hall.", "annual", "P1Y"),
    ("Shareholders gathered for the company's annual meeting.", "annual", "P1Y"),
    ("Quarterly earnings rose 5% on strong demand.", "Quarterly", "P3M"),
    ("The bank will publish its quarterly results on Tuesday.", "quarterly", "P3M"),
    ("The yearly fair drew 2,000 visitors.", "yearly", "P1Y"),
    ("She missed the annual summer festival for the first time.", "annual", "P1Y"),
    ("The museum published its annual report.", "annual", "P1Y"),
])
def test_an_event_that_recurs_yearly_or_quarterly_is_a_set(text: str, expression: str, value: str) -> None:
    assert _sets(text) == [(expression, "SET", value)]


@pytest.mark.parametrize("text", [
    "The group has annual sales of about $2 billion.",
    "Prices rose at an annual rate of 3%.",
    "The firm cut its quarterly dividend in half.",
    "Her annual salary was raised to $50,000.",
    "The Annual Review of Physiology printed the paper.",
])
def test_an_amount_per_year_or_a_title_is_no_set(text: str) -> None:
    assert _sets(text) == []
