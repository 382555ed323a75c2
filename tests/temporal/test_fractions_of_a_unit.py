"""A fraction of a unit in the next smaller one (issue #11, session 19): "a quarter-century" is
P25Y, "a quarter of an hour" PT15M, "three-quarters of an hour" PT45M, "a half-hour" PT30M, "a quarter
of a century ago" 25 years back. The grammar counted halves only ("half a century"), so "a quarter of
an hour" read as an hour, "a quarter of a century ago" as a century ago and "a half-hour" as PT0.5H."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view
from explorer.temporal.normalize import duration_value


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in timeml_view(tag(text, date(2003, 5, 14)))]


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The ferry crossing takes a quarter of an hour.", "a quarter of an hour", "PT15M"),
    ("Lunch lasted a quarter-hour.", "a quarter-hour", "PT15M"),
    ("She spoke for three-quarters of an hour.", "three-quarters of an hour", "PT45M"),
    ("He ruled for a quarter-century.", "a quarter-century", "P25Y"),
    ("They waited a half-hour for the bus.", "a half-hour", "PT30M"),
])
def test_a_fraction_of_a_unit_is_a_duration_in_the_next_smaller_one(text: str, expression: str, value: str) -> None:
    assert (expression, "DURATION", value) in _found(text)


def test_a_quarter_of_a_century_ago_is_twenty_five_years_back() -> None:
    assert ("a quarter of a century ago", "DATE", "1978") in _found("The mine closed a quarter of a century ago.")


@pytest.mark.parametrize("text", [
    "Sales rose in a quarter of the stores.",
    "He spent a quarter of his savings.",
])
def test_a_quarter_of_something_else_is_no_time(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("n", "unit", "value"), [
    (0.25, "CE", "P25Y"), (0.5, "DE", "P5Y"), (0.5, "Y", "P6M"), (0.25, "TH", "PT15M"), (0.5, "TM", "PT30S"),
    (1.5, "Y", "P1Y6M"), (2, "W", "P2W"),
])
def test_duration_value_of_a_fraction(n: float, unit: str, value: str) -> None:
    assert duration_value(n, unit) == value
