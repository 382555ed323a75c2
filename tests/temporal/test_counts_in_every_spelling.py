"""A count of units reads the same in every spelling (issue #11, session 19): "a couple weeks ago"
as "a couple of weeks ago", "a year and a half ago" as "one and a half years ago". The offset rule
knew the half only before the unit and "couple" only with "of", so "a year and a half ago" read as a
duration with "ago" left over and "a couple weeks ago" as the uncounted "weeks ago"."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view

WED = date(2003, 5, 14)  # ISO week 20


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in timeml_view(tag(text, WED))]


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The bakery shut a year and a half ago.", "a year and a half ago", "2001"),
    ("Its owner moved away two years and a half ago.", "two years and a half ago", "2000"),
    ("The ferry sank a couple weeks ago.", "a couple weeks ago", "2003-W18"),
    ("A couple years ago the mill burned down.", "A couple years ago", "2001"),
    ("The mayor resigned a couple days earlier.", "a couple days earlier", "2003-05-12"),
])
def test_counted_offsets(text: str, expression: str, value: str) -> None:
    assert (expression, "DATE", value) in _found(text)


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The drill lasted a couple hours.", "a couple hours", "PT2H"),
    ("The repairs took a couple of hours.", "a couple of hours", "PT2H"),
])
def test_a_couple_with_or_without_of_is_two(text: str, expression: str, value: str) -> None:
    assert (expression, "DURATION", value) in _found(text)


def test_the_couple_as_people_is_no_count() -> None:
    assert _found("The couple spent two weeks in Rome.") == [("two weeks", "DURATION", "P2W")]
