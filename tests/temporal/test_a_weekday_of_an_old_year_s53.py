"""A weekday told in a sentence set in an old year ("In 1977 a thunderstorm flattened the main tent on
the Saturday night") has no day to count from (session fifty-three, from a festival's anniversary
piece of our own). It used to be read as the Saturday before the page (12 July 2025), and the story
jumped with it: "Two years later" became 2027. It is now a weekday with no week, the part of the day
told after it too, and the story stays in the year told."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

PAGE = date(2025, 7, 18)


def _values(text: str, dct: date | None = PAGE) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("In 1977 a thunderstorm flattened the main tent on the Saturday night, and the crowd finished the evening in "
     "the village hall. Two years later the festival moved.", "Two years later", "1979"),
    ("In 1977 a thunderstorm flattened the main tent on the Saturday night.", "Saturday night", "XXXX-WXX-6TNI"),
    ("In 1977 a thunderstorm flattened the main tent on the Saturday night, and the crowd finished the evening in "
     "the village hall.", "the evening", "XXXX-WXX-6TEV"),
    ("During 1962 the mill burned down on a Tuesday. Three years later it was rebuilt.", "Three years later", "1965"),
    ("In March 1961 the choir sang on the Sunday morning. A year later it toured Wales.", "A year later", "1962"),
])
def test_a_weekday_of_an_old_year(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a year that names a thing, not the clause's time: the weekday is the page's
    ("The recovery after the bleaching of 2024 has been faster than expected, a survey published on Tuesday found.",
     "Tuesday", "2025-07-15"),
    # a weekday of this year's story is still counted from the page
    ("In July the club met on Tuesday.", "Tuesday", "2025-07-15"),
    # with no old year, an undated weekday still holds the relative count undated
    ("On Tuesday the mill burned. Two days later the owner fled.", "Two days later", "XXXX-XX-XX"),
])
def test_guards(text: str, expression: str, value: str) -> None:
    dct = None if text.startswith("On Tuesday") else PAGE
    assert _values(text, dct)[expression] == value
