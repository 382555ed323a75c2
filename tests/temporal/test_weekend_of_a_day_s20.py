"""Issue 11, session 20: a weekend named by one of its days ("the weekend of 4 May") is one
expression, that week's weekend (TimeML ``YYYY-Www-WE``), as "the week of 13 May" is the week; and
the week or weekend named by a weekday alone ("the week beginning Monday") takes the tense of the
verb before the phrase. Sentences of our own."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from explorer.temporal import tag
from tests.temporal.weekdays import NAMES, WEEK, coming, latest

PAGE = date(2024, 4, 20)  # a Saturday


@pytest.mark.parametrize("text, phrase, value, saturday", [
    ("The craft fair is on the weekend of 4 May.", "the weekend of 4 May", "2024-W18-WE", date(2024, 5, 4)),
    ("We are away the weekend of Sunday 12 May.", "the weekend of Sunday 12 May", "2024-W19-WE", date(2024, 5, 11)),
    # a Friday's weekend is the one that follows it
    ("Camping is booked for the weekend of Friday 7 June.", "the weekend of Friday 7 June", "2024-W23-WE",
     date(2024, 6, 8)),
    # a Monday's is the one just past: the long weekend a bank holiday closes
    ("Roads will be busy over the long weekend of Monday 27 May.", "the long weekend of Monday 27 May",
     "2024-W21-WE", date(2024, 5, 25)),
    ("The flood hit the weekend of March 2, 2019.", "the weekend of March 2, 2019", "2019-W09-WE", date(2019, 3, 2)),
])
def test_a_weekend_named_by_a_day_is_that_weekend(text: str, phrase: str, value: str, saturday: date) -> None:
    found = {t.text: t for t in tag(text, PAGE)}
    assert phrase in found, list(found)
    weekend = found[phrase]
    assert (weekend.type, weekend.value, weekend.begin, weekend.end_day) == (
        "DATE", value, saturday, saturday + timedelta(days=1))
    assert not [t for t in found.values() if t.text.lower() in ("the weekend", "the long weekend")]


@pytest.mark.parametrize("text", [
    "The weekend of music ends on 4 May.",  # "of" governs a noun, not the day
    "We will spend the weekend at home and fly out on 4 May.",
])
def test_a_weekend_not_naming_a_day_stays_apart(text: str) -> None:
    values = {t.text: t.value for t in tag(text, PAGE)}
    assert values.get("4 May") == "2024-05-04", values


@pytest.mark.parametrize("dct", WEEK)
def test_a_planned_week_named_by_a_weekday_looks_ahead_on_every_day(dct: date) -> None:
    """"Exams start the week beginning Monday": the verb before the phrase plans, so the Monday is the
    coming one (the report's own day included), on every day of the week."""
    found = {t.text: t for t in tag("Exams start the week beginning Monday.", dct)}
    week = found["the week beginning Monday"]
    assert week.begin == coming(0, dct) and week.value.endswith(f"W{coming(0, dct).isocalendar()[1]:02d}")


@pytest.mark.parametrize("dct", WEEK)
@pytest.mark.parametrize("weekday", [5, 6])
def test_a_weekend_told_in_the_past_looks_back_on_every_day(dct: date, weekday: int) -> None:
    found = {t.text: t for t in tag(f"The parade was held the weekend of {NAMES[weekday]}.", dct)}
    weekend = found[f"the weekend of {NAMES[weekday]}"]
    day = latest(weekday, dct)
    saturday = day - timedelta(days=day.weekday() - 5)
    assert (weekend.begin, weekend.end_day) == (saturday, saturday + timedelta(days=1))


@pytest.mark.parametrize("dct", WEEK)
def test_a_weekend_planned_looks_ahead_on_every_day(dct: date) -> None:
    found = {t.text: t for t in tag("The fair opens the weekend of Saturday.", dct)}
    weekend = found["the weekend of Saturday"]
    assert weekend.begin == coming(5, dct) and weekend.value.endswith("-WE")


@pytest.mark.parametrize("text, dct", [
    ("We met the weekend of Monday.", date(1, 1, 1)),  # the weekend before it lies before the calendar
    ("We meet the weekend of Friday.", date(9999, 12, 31)),  # the one after it, past its end
])
def test_the_calendars_edges_keep_the_day(text: str, dct: date) -> None:
    found = tag(text, dct)
    assert [t.value for t in found] == [dct.isoformat()]
