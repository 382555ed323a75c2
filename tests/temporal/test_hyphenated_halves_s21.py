"""A count and a half written with hyphens (issue #11, session 21): "a three-and-a-half-year
investigation", "two-and-a-half years in prison" are the count plus one half of the unit, as "six and a
half years" was (TimeML: P3Y6M, PT2H30M). The count-and-a-half took spaces only, so the hyphenated
adjective kept just "half-year" (P6M) and "two-and-a-half years" read as half a year or nothing."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import lexicon as lx
from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in timeml_view(tag(text, date(2011, 2, 9)))]


@pytest.mark.parametrize(("text", "expression", "value"), [
    # news
    ("A three-and-a-half-year inquiry ended on Monday with no charges.", "three-and-a-half-year", "P3Y6M"),
    ("The two-and-a-half-hour hearing was adjourned.", "two-and-a-half-hour", "PT2H30M"),
    # history
    ("The siege went on for four-and-a-half months before the city fell.", "four-and-a-half months", "P4M15D"),
    ("He spent two-and-a-half years in exile.", "two-and-a-half years", "P2Y6M"),
    # a post
    ("waited like one-and-a-half hours for the bus today!!", "one-and-a-half hours", "PT1H30M"),
])
def test_a_hyphenated_count_and_a_half_is_the_whole_duration(text: str, expression: str, value: str) -> None:
    assert (expression, "DURATION", value) in _found(text)


@pytest.mark.parametrize(("words", "number"), [
    ("three-and-a-half", 3.5), ("two and a half", 2.5), ("an-and-a-half", 1.5), ("2 1/2", 2.5),
])
def test_number_value_reads_a_half_with_spaces_or_hyphens(words: str, number: float) -> None:
    assert lx.number_value(words) == number


def test_the_spaced_form_is_unchanged() -> None:
    assert ("six and a half years", "DURATION", "P6Y6M") in _found("She was jailed for six and a half years.")
