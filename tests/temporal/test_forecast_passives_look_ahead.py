"""A forecast told of the thing forecast ("the merger is expected to close in the first quarter",
"rates are likely to rise in September") looks ahead as the forecaster's own "expects ... to" does
(issue #11): a month or quarter without its year is the coming one, not the one just gone. Sentences of
our own in three registers (business, wire, a post); the controls keep the past forecast ("was
expected to", "had been expected to") on the period gone."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

AUTUMN = date(2024, 10, 28)


def _value(text: str, expression: str, dct: date) -> str:
    found = {t.text: t.value for t in tag(text, dct)}
    assert expression in found, found
    return found[expression]


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The merger is expected to close in the first quarter, the two banks said.", "the first quarter", "2025-Q1"),
    ("Output at the smelter is now expected to recover in the second quarter.", "the second quarter", "2025-Q2"),
    ("The new terminal is expected to open in September, airport officials said.", "September", "2025-09"),
    ("Rates are likely to rise again in September, traders said.", "September", "2025-09"),
    ("their new album is expected to drop in September!!", "September", "2025-09"),
])
def test_a_forecast_of_the_thing_forecast_looks_ahead(text: str, expression: str, value: str) -> None:
    assert _value(text, expression, AUTUMN) == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The new terminal was expected to open in September, but the work ran late.", "September", "2024-09"),
    ("The merger had been expected to close in the first quarter.", "the first quarter", "2024-Q1"),
    ("Sales fell in the first quarter.", "the first quarter", "2024-Q1"),
])
def test_a_forecast_told_in_the_past_stays_behind(text: str, expression: str, value: str) -> None:
    assert _value(text, expression, AUTUMN) == value
