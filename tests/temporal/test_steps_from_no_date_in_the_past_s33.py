"""A step told in the past from a time the text never dates (issue #11, session 33). With no date
before it, "Ten days later, the army withdrew" or "the protests began the day after the election"
cannot be counted from the document date: forward from it the step would not have happened yet, and
an event's day is not the page's. Undated ("XXXX-XX-XX") it is unknown rather than wrong. Near misses
keep their readings: a plan ("will resume the day after the election"), news counting back from its
own date ("A day earlier"), a step from a date told before it, a count before an event (a duration,
as TimeBank marks it). Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view

DCT = date(1998, 3, 11)


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in timeml_view(tag(text, DCT))]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The protests began the day after the election.", "the day after", "XXXX-XX-XX"),
    ("Ten days later, the army withdrew from the city.", "Ten days later", "XXXX-XX-XX"),
    ("A week later, the talks collapsed.", "A week later", "XXXX-WXX"),
    ("The minister resigned the day before the vote.", "the day before", "XXXX-XX-XX"),
    ("Two months later the company filed for bankruptcy.", "Two months later", "XXXX-XX"),
    ("Police arrived the day after neighbours called.", "the day after", "XXXX-XX-XX"),
])
def test_a_past_step_from_an_undated_time_stays_undated(text: str, span: str, value: str) -> None:
    assert (span, value) in _found(text)


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The talks will resume the day after the election.", "the day after", "1998-03-12"),
    ("A day earlier, scores of trucks crossed the border.", "A day earlier", "1998-03-10"),
    ("On March 2 the rebels attacked. Ten days later, the army withdrew.", "Ten days later", "1998-03-12"),
    ("The company said Tuesday it would close the plant. Two days later, workers went on strike.",
     "Two days later", "1998-03-12"),
    ("Two weeks before the vote, the opposition leader was arrested.", "Two weeks", "P2W"),
    ("Profit rose 5% from a year earlier.", "a year earlier", "1997"),
])
def test_near_misses_keep_their_reading(text: str, span: str, value: str) -> None:
    assert (span, value) in _found(text)
