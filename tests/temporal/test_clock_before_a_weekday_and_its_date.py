"""A clock time written straight before a weekday and its date ("2 p.m. Monday, Jan. 10", "5 p.m. EST
Friday, Nov. 22") is one TIME on that date, as "9 a.m. Tuesday" and "5 p.m. EST, Nov. 6" are. The
weekday with a date after it used to stop the clock's rule, so the clock stood alone on the writer's
day and the date was another expression. Joined by "on" they stay two expressions, the clock still
on the date. Sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal.tagger import tag

DCT = date(2021, 6, 9)  # a Wednesday


def _got(text: str) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in tag(text, DCT)]


@pytest.mark.parametrize("text,expected", [
    ("The inquiry resumed at 2 p.m. Monday, June 7, with the pilot's evidence.",
     [("2 p.m. Monday, June 7", "TIME", "2021-06-07T14:00")]),
    ("Bids close at 5 p.m. BST Friday, June 18, the council said.",
     [("5 p.m. BST Friday, June 18", "TIME", "2021-06-18T17:00")]),
    ("The auction opens at 10 a.m. Thursday, July 1, 2021.",
     [("10 a.m. Thursday, July 1, 2021", "TIME", "2021-07-01T10:00")]),
])
def test_clock_weekday_and_date_are_one_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _got(text) == expected


def test_joined_by_on_they_stay_two_with_the_clock_on_the_date() -> None:
    assert _got("The inquiry resumed at 2 p.m. on Monday, June 7.") == [
        ("2 p.m.", "TIME", "2021-06-07T14:00"), ("Monday, June 7", "DATE", "2021-06-07")]


@pytest.mark.parametrize("text,expected", [
    ("Posted 07:45, Monday 14 June 2021 by the duty editor.", [("07:45, Monday 14 June 2021", "TIME", "2021-06-14T07:45")]),
    ("Last updated 18:20 12 June 2021.", [("18:20 12 June 2021", "TIME", "2021-06-12T18:20")]),
    ("Filed 23:05, June 8, 2021, from the press box.", [("23:05, June 8, 2021", "TIME", "2021-06-08T23:05")]),
])
def test_a_24_hour_clock_before_its_date_is_one_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A stamp's clock written before its day ("Updated 03:42, Friday 8 May 2026") is one TIME on that
    day, as "Friday 8 May 2026, 03:42" is; the clock alone went on the day told before it."""
    assert _got(text) == expected


def test_a_clock_range_before_the_days_it_holds_on_stays_apart() -> None:
    # guard: "from 20:00 to 06:00, Monday 7 June to Friday 11 June": nightly hours, then the days they hold on
    got = _got("The road will close from 20:00 to 06:00, Monday 14 June to Friday 18 June.")
    assert ("06:00, Monday 14 June", "TIME", "2021-06-14T06:00") not in got
