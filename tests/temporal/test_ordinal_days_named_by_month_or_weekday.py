"""A day of the month named by its ordinal with a relative month ("the 12th of next month") or with
its weekday ("Friday 20th", "sat the 14th"): one expression, a day. Read apart, the ordinal was
dropped and the month or the weekday alone was valued (session seventeen's fresh sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

WED = date(2026, 3, 11)


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The 12th of next month suits us.", "The 12th of next month", "2026-04-12"),
    ("Rent is due on the first of next month.", "the first of next month", "2026-04-01"),
    ("We signed the lease on the 3rd of last month.", "the 3rd of last month", "2026-02-03"),
    ("The hearing is on the 20th of this month.", "the 20th of this month", "2026-03-20"),
    ("Payment is due by the twenty-first of the coming month.", "the twenty-first of the coming month", "2026-04-21"),
    # a day the month does not have stays the month
    ("The sale ends on the 31st of next month.", "the 31st of next month", "2026-04"),
])
def test_day_of_a_month_counted_from_the_document(text: str, expression: str, value: str) -> None:
    assert [(t.text, t.value) for t in tag(text, WED)] == [(expression, value)]


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("gig moved to fri 20th, same venue", "fri 20th", "2026-03-20"),
    ("Friday 20th is the gig.", "Friday 20th", "2026-03-20"),
    ("Come along on Sat the 14th.", "Sat the 14th", "2026-03-14"),
    ("We met on Monday 2nd and talked it over.", "Monday 2nd", "2026-03-02"),
    # the weekday chooses the month: no 14th on a Tuesday in March, April or February 2026 but April's
    ("The fair is on Tuesday 14th.", "Tuesday 14th", "2026-04-14"),
])
def test_weekday_with_its_day_of_the_month(text: str, expression: str, value: str) -> None:
    assert [(t.text, t.value) for t in tag(text, WED)] == [(expression, value)]


def test_a_weekday_before_a_count_is_no_day_of_the_month() -> None:
    found = [(t.text, t.value) for t in tag("He scored on Sunday 12 minutes from time.", WED)]
    assert found == [("Sunday", "2026-03-08"), ("12 minutes", "PT12M")]
