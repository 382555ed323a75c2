"""A date the clause compares a figure with, after a forecast's participle ("less than projected in
the November Report", "higher than expected in March"), is the yardstick's, not the happening's: it
dated the figure's event with the report's month. Sentences of our own."""

from __future__ import annotations

import pytest

from explorer.events.date_roles import date_role


def _role(sentence: str, date_text: str) -> str | None:
    start = sentence.index(date_text)
    return date_role(sentence, start, start + len(date_text))


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Output grew by 0.2% in the fourth quarter, less than projected in the November Report.", "November"),
    ("Sales rose 4%, more than forecast in the spring.", "the spring"),
    ("Turnout was higher than expected in May.", "May"),
    ("Costs came in lower than budgeted for 2023.", "2023"),
])
def test_a_forecasts_date_is_compared_with(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) is not None


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Output fell more than forecasters feared in May.", "May"),
    ("The bank cut its rate in November, as projected.", "November"),
])
def test_a_forecast_told_at_its_own_date_keeps_it(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) is None
