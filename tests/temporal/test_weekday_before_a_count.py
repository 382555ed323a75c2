"""A weekday followed by a comma and a number that counts ("Sunday, 10 years after the fire", "By
Friday, 200 families had fled") was lost: the weekday pattern stepped aside for any digit after it,
expecting a longer date ("Sunday, 10 May"), and no longer date came. A day of the month is followed by
a month, an ordinal or a clock's a.m./p.m., never by a lowercase noun or a percent sign, so only those
still make the weekday wait for the longer date."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

WED = date(2003, 10, 15)


def _values(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, WED)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The library reopened Sunday, 12 years after a flood closed it.",
     [("Sunday", "2003-10-12"), ("12 years", "P12Y")]),
    ("By Friday, 350 households had been evacuated.", [("Friday", "2003-10-10")]),
    ("The ferry sank Monday, 40 minutes after leaving port.",
     [("Monday", "2003-10-13"), ("40 minutes", "PT40M")]),
    ("Shares slid Tuesday, 4% below their opening price.", [("Tuesday", "2003-10-14")]),
    ("On Saturday, 17 climbers reached the summit.", [("Saturday", "2003-10-11")]),
])
def test_a_weekday_before_a_count_is_a_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The fair opens on Saturday, 18 October.", [("Saturday, 18 October", "2003-10-18")]),
    ("The fair opens on Saturday 18th.", [("Saturday 18th", "2003-10-18")]),
    ("The hearing resumes Thursday, 9 a.m.", [("Thursday, 9 a.m.", "2003-10-16T09:00")]),
])
def test_a_day_of_the_month_or_a_clock_still_joins_the_weekday(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text) == expected
