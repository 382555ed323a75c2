"""A unit of time made an adjective with "-long" is the duration it names, as TimeML marks "day-long"
(session seven of issue 11). Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(1998, 3, 11)


@pytest.mark.parametrize("text, expression, value", [
    ("Their second day-long session with the mediators ended.", "day-long", "P1D"),
    ("The weeklong walkout closed three plants.", "weeklong", "P1W"),
    ("The mayor gave an hour-long speech.", "hour-long", "PT1H"),
    ("The decade-long feud ended in court.", "decade-long", "P10Y"),
    ("The yearlong audit found nothing.", "yearlong", "P1Y"),
])
def test_unit_long_is_a_duration(text: str, expression: str, value: str) -> None:
    got = [(t.text, t.type, t.value) for t in tag(text, DCT, narrative=False)]
    # an article before it may stay inside the span ("an hour-long" is read by the count rule)
    assert any(x.endswith(expression) and (ty, v) == ("DURATION", value) for x, ty, v in got), got


@pytest.mark.parametrize("text", ["The long day ended.", "She longed for home all week-end.", "A lifelong friend came."])
def test_long_without_a_unit_before_it(text: str) -> None:
    assert not any(t.text.endswith("long") for t in tag(text, DCT, narrative=False))


@pytest.mark.parametrize("text, expression, value", [
    ("Output fell for three straight years.", "three straight years", "P3Y"),
    ("The index rose for two consecutive weeks.", "two consecutive weeks", "P2W"),
    ("It rained for two solid days.", "two solid days", "P2D"),
])
def test_a_count_of_straight_units_is_one_duration(text: str, expression: str, value: str) -> None:
    """ "three straight years" is three years long, not a vague "years"."""
    assert (expression, "DURATION", value) in [(t.text, t.type, t.value) for t in tag(text, DCT, narrative=False)]


def test_an_ordinal_straight_unit_is_left_alone() -> None:
    assert tag("It was the third consecutive month of gains.", DCT, narrative=False) == []
