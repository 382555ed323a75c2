"""Issue 11, session 21: opening hours after a day ("Sat 10-4", "Mon–Fri 9–5", "Sunday 11am-3pm").

A day followed by two hours joined by a dash is a place's day and its times: the day is read (it was
dropped whole, since a weekday before a number was taken for the head of a date like "Friday 3 May"),
the hours are never a date ("10-4" is no October 4) nor a year, and with no verb giving a tense the
day is the coming one (a notice of when to come); a past verb keeps it in the week gone. Sentences of
our own, on every day of the week.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from tests.temporal.weekdays import NAMES, WEEK, coming, day_of, latest

SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

NOTICES = [
    "The farm shop is open {d} 10-4.",
    "Visitors are welcome {d} 9.30-5 at the gatehouse.",
    "{d} 10-2: coffee morning in the church hall",
    "Drop-in clinic {d} 9am-12pm, no appointment needed.",
    "The archive reading room: {d} 10:00-16:30.",
]


@pytest.mark.parametrize("dct", WEEK)
@pytest.mark.parametrize("weekday", range(7))
@pytest.mark.parametrize("notice", NOTICES)
@pytest.mark.parametrize("names", [NAMES, SHORT])
def test_a_day_with_opening_hours_is_the_coming_one(dct: date, weekday: int, notice: str, names: list[str]) -> None:
    text = notice.format(d=names[weekday])
    found = {t.text: t for t in tag(text, dct)}
    day = next((t for t in found.values() if t.text.startswith(names[weekday])), None)
    assert day is not None, list(found)
    assert day.begin == coming(weekday, dct), (text, day)


@pytest.mark.parametrize("dct", WEEK)
@pytest.mark.parametrize("weekday", range(7))
@pytest.mark.parametrize("report", ["The stall was open {d} 10-4 and sold out by noon.",
                                    "Volunteers worked {d} 9-5 to clear the towpath."])
def test_a_past_verb_keeps_the_day_gone(dct: date, weekday: int, report: str) -> None:
    text = report.format(d=NAMES[weekday])
    assert day_of(text, NAMES[weekday], dct) == latest(weekday, dct)


@pytest.mark.parametrize("text", [
    "Opening times: Sat 10-4, Sun 11-3.",
    "The hall: Mon–Fri 9–5; Sat 10–12.",
    "Saturday 9-11: litter pick on the green",
    "Open Thursday 10-4 and Friday 10-6.",
])
def test_the_hours_are_never_a_date_or_a_year(text: str) -> None:
    for t in tag(text, date(2024, 3, 6)):
        for part in t.parts or (t,):
            assert part.value[:4] in ("2024",) and "-10-0" not in part.value and "-09-1" not in part.value, (text, part)
            assert part.text.split()[0].rstrip(",;:") in SHORT + NAMES + ["Mon–Fri", "Mon-Fri"], (text, part)


@pytest.mark.parametrize("text, days", [
    ("Opening times: Sat 10-4, Sun 11-3.", ["Sat", "Sun"]),
    ("Open Thursday 10-4 and Friday 10-6.", ["Thursday", "Friday"]),
    ("Saturday 9-11: litter pick on the green", ["Saturday"]),
])
def test_every_day_of_a_timetable_is_read(text: str, days: list[str]) -> None:
    found = [t.text for t in tag(text, date(2024, 3, 6))]
    for d in days:
        assert any(f.startswith(d) for f in found), (text, found)


@pytest.mark.parametrize("text, expression, value", [
    ("The vote is on Friday 3 May.", "Friday 3 May", "2024-05-03"),  # a day of the month still heads a date
    ("He was born on Friday 10-4-1990.", "10-4-1990", "1990-04-10"),  # a third number makes a date
])
def test_a_date_after_a_weekday_is_still_a_date(text: str, expression: str, value: str) -> None:
    found = {t.text: t.value for t in tag(text, date(2024, 3, 6))}
    assert found.get(expression) == value, found


def test_a_lowercase_verb_before_a_score_is_no_day() -> None:
    assert tag("The club sat 10-4 in the table after the win.", date(2024, 3, 6)) == []


@pytest.mark.parametrize("dct", WEEK)
@pytest.mark.parametrize("weekday", range(7))
@pytest.mark.parametrize("shape", ["The sale runs 10am-4pm on {d}.", "The hall is open from 9am to 5pm on {d}.",
                                   "Talks ran from 9am until 4pm on {d}."])
def test_both_ends_of_hours_before_their_day_are_on_it(dct: date, weekday: int, shape: str) -> None:
    """Hours written as two clock times before a day ("10am-4pm on Saturday") are both that day's:
    the first end was read on the page's own day."""
    text = shape.format(d=NAMES[weekday])
    day = day_of(text, NAMES[weekday], dct)
    ends = [p for t in tag(text, dct) for p in (t.parts or (t,)) if t.type == "TIME"]
    assert len(ends) == 2 and all(p.begin == day for p in ends), (text, ends)
