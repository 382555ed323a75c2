"""A weekend in a plan reported in the past ("officials said the bridge would reopen over the
weekend", "warned that storms could arrive by the weekend") is the one ahead of the report, as a
weekday in the same clause already was ("said it would reopen on Friday"); the weekend took the
reporting verb's past and gave the weekend gone. What was done or told of the weekend still looks
back."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

TUE = date(2011, 5, 17)  # ISO week 20; the weekend gone is 2011-W19-WE, the coming one 2011-W20-WE


def _values(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, TUE)]


@pytest.mark.parametrize("text", [
    "The organisers said the market would move indoors over the weekend.",
    "Forecasters warned that the heatwave could return at the weekend.",
    "The union said its members might walk out this weekend.",
    "Engineers announced the line would stay closed through the weekend.",
])
def test_a_reported_plan_s_weekend_is_the_coming_one(text: str) -> None:
    assert [v for _, v in _values(text)] == ["2011-W20-WE"]


@pytest.mark.parametrize("text", [
    "The organisers said the market moved indoors over the weekend.",
    "Police said the weekend was calm in the city centre.",
    "The union said its members had walked out at the weekend.",
])
def test_a_weekend_told_of_in_the_past_is_the_one_gone(text: str) -> None:
    assert [v for _, v in _values(text)] == ["2011-W19-WE"]
