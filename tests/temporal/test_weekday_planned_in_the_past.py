"""A weekday a past decision was made for lies ahead of the deciding: "negotiators agreed to meet
again on Thursday", "the court set a hearing for Thursday", "the union called a strike for Friday".
The past verb made them the Thursday gone. A weekday said before the infinitive ("agreed on Tuesday
to sell") dates the deciding, and one after the infinitive's object ("voted to approve the budget on
Friday") may as well: those still look back."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

MON = date(2010, 11, 15)


def _days(text: str) -> list[str]:
    return [t.value for t in tag(text, MON)]


@pytest.mark.parametrize(("text", "day"), [
    ("The two sides agreed to talk again on Thursday.", "2010-11-18"),
    ("Dock workers voted to strike Wednesday.", "2010-11-17"),
    ("A judge set a new hearing for Friday.", "2010-11-19"),
    ("The council called an emergency session for Thursday.", "2010-11-18"),
])
def test_a_weekday_planned_in_the_past_is_ahead(text: str, day: str) -> None:
    assert _days(text) == [day]


@pytest.mark.parametrize(("text", "day"), [
    ("The board agreed on Friday to sell the unit.", "2010-11-12"),
    ("The board agreed Friday to sell the unit.", "2010-11-12"),
    ("The committee voted to approve the budget on Friday.", "2010-11-12"),
])
def test_the_deciding_s_own_weekday_looks_back(text: str, day: str) -> None:
    assert _days(text) == [day]
