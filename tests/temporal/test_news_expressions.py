"""Expressions unseen news uses that the grammar had no rule for, in our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(2019, 1, 10)


@pytest.mark.parametrize("text", [
    "At the time, the firm had forty staff.",
    "The minister said at the time he was willing to resign.",
    "Prices were lower at the time.",
])
def test_at_the_time_is_a_past_reference_in_news(text: str) -> None:
    assert [(t.text, t.value) for t in tag(text, DCT, narrative=False)] == [("the time", "PAST_REF")]


@pytest.mark.parametrize("text", [
    "At the time of the attack the guards were asleep.",  # the attack's time, no expression of its own
    "They met at the time-honoured spot by the river.",
    "It was the time of their lives.",
])
def test_the_time_of_something_is_no_expression(text: str) -> None:
    assert [t.text for t in tag(text, DCT, narrative=False)] == []


@pytest.mark.parametrize("text, expression, value", [
    ("Sales rose 4% in the latest fiscal year.", "the latest fiscal year", "1988"),
    ("Sales rose last fiscal year.", "last fiscal year", "1988"),
    ("Sales rose in the most recent fiscal year.", "the most recent fiscal year", "1988"),
    ("Sales rose in the past fiscal year.", "the past fiscal year", "1988"),
    ("Sales will rise in the coming financial year.", "the coming financial year", "1990"),
    ("Sales will rise next fiscal year.", "next fiscal year", "1990"),
    ("The unit was sold in 1985; in the previous fiscal year it lost money.", "the previous fiscal year", "1984"),
])
def test_a_fiscal_year_said_relative_to_now_or_to_the_year_named(text: str, expression: str, value: str) -> None:
    got = {t.text: t.value for t in tag(text, date(1989, 10, 26))}
    assert got.get(expression) == value, got


@pytest.mark.parametrize("text, expression, value", [
    ("The airline runs four flights a week to the coast.", "a week", "P1W"),
    ("The airport handles 6 million passengers a year.", "a year", "P1Y"),
    ("Agents did dozens of interviews a day.", "a day", "P1D"),
])
def test_a_rate_names_a_set_not_a_stretch_of_time(text: str, expression: str, value: str) -> None:
    got = {t.text: (t.type, t.value) for t in tag(text, DCT)}
    assert got[expression] == ("SET", value), got


def test_a_stretch_of_time_stays_a_duration() -> None:
    got = {t.text: (t.type, t.value) for t in tag("Three officers spent a week in hospital.", DCT)}
    assert got["a week"] == ("DURATION", "P1W")


@pytest.mark.parametrize("text, expression, value", [
    ("The economy shrank in 1990's first quarter.", "1990's first quarter", "1990-Q1"),  # the year's quarter, one expression
    ("1980's drought hurt the farmers.", "1980", "1980"),
    ("In the 1980's, oil prices fell.", "the 1980's", "198"),  # "the ...'s" is still the decade
])
def test_a_possessive_round_year_is_that_year_not_its_decade(text: str, expression: str, value: str) -> None:
    got = {t.text: t.value for t in tag(text, date(1991, 2, 1))}
    assert got.get(expression) == value, got
