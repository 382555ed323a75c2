"""Every weekday named in a report written on a Wednesday and on a Saturday, in six phrasings of wire
news (session fourteen): a past act or a market report looks back to the latest such day, a plan
("will vote", "is due to", "plays its next match") forward to the coming one; the report's own
weekday is its own day either way. The readable TBAQ documents whose weekdays all seemed to land a
week late value the same weekday two ways within one text (checked in session fourteen), so these
sentences, not that gold, say what is right."""

from __future__ import annotations

from datetime import date

import pytest

from tests.temporal.weekdays import NAMES, coming, day_of, latest

WEDNESDAY, SATURDAY = date(2025, 10, 22), date(2025, 10, 18)

PAST = [
    "The council voted on {d} to close the library.",
    "Police said the suspect was arrested {d}.",
    "Markets closed lower {d} after the report.",
]
FUTURE = [
    "The council will vote on {d} on the library.",
    "The minister is due to visit the region {d}.",
    "The team plays its next match {d}.",
]


@pytest.mark.parametrize("dct", [WEDNESDAY, SATURDAY], ids=["wednesday", "saturday"])
@pytest.mark.parametrize("weekday", range(7), ids=NAMES)
def test_a_weekday_in_past_reporting_is_the_latest_one(dct: date, weekday: int) -> None:
    for template in PAST:
        assert day_of(template.format(d=NAMES[weekday]), NAMES[weekday], dct) == latest(weekday, dct), template


@pytest.mark.parametrize("dct", [WEDNESDAY, SATURDAY], ids=["wednesday", "saturday"])
@pytest.mark.parametrize("weekday", range(7), ids=NAMES)
def test_a_weekday_in_a_plan_is_the_coming_one(dct: date, weekday: int) -> None:
    for template in FUTURE:
        assert day_of(template.format(d=NAMES[weekday]), NAMES[weekday], dct) == coming(weekday, dct), template
