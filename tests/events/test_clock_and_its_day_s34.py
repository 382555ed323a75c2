"""A clock time and the day it falls on, told side by side ("closed at 6 p.m. on Wednesday"), date one
happening (``second_dates.fold_days_of_clock_times``): the day gives no second event, least of all one
titled from another clause of the sentence. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _dated(text: str) -> list[tuple[str, str]]:
    events = extract_document(Document("a.txt", text, "t"), dct=date(2026, 5, 22)).events
    return [(e.timex, e.title) for e in events if e.timex]


@pytest.mark.parametrize("text, clock", [
    ("Members backed the deal by 141 votes to 22 in a ballot that closed at 6 p.m. on Wednesday.", "6 p.m."),
    ("The nurses accepted the offer in a vote that closed at 10 p.m. on Monday, and the first shifts "
     "resumed at 7 a.m. on Tuesday.", "10 p.m."),
    ("Staff voted to strike in a ballot that closed at 5 p.m. on Friday 15 May.", "5 p.m."),
    ("Drivers accepted the offer in an online vote that closed at 9 p.m. on Tuesday, and buses left the "
     "depots at 6 a.m. on Wednesday.", "9 p.m."),
])
def test_the_day_of_a_clock_time_is_no_second_event(text: str, clock: str) -> None:
    dated = _dated(text)
    assert clock in [timex for timex, _ in dated]
    day = text.split(clock, 1)[1].split(" on ", 1)[1].split(",")[0].rstrip(".")
    assert day not in [timex for timex, _ in dated], dated
    assert not any(title.endswith(", and buses left the depots") for _, title in dated), dated


def test_the_second_clause_keeps_its_own_time_not_the_first_clauses_day() -> None:
    dated = _dated("The nurses accepted the offer in a vote that closed at 10 p.m. on Monday, and the first "
                   "shifts resumed at 7 a.m. on Tuesday.")
    assert [title for timex, title in dated if "shifts" in title] == ["The first shifts resume"]
    assert [timex for timex, title in dated if "shifts" in title] == ["7 a.m."]


@pytest.mark.parametrize("text, dates", [
    # two happenings, a verb between the time and the day: both stay
    ("The ferry left at 9 a.m. and returned on Friday.", {"9 a.m.", "Friday"}),
    # the clock time's own day, then another clause's day
    ("The pumps failed at 11 p.m. on Monday and were restarted on Wednesday.", {"11 p.m.", "Wednesday"}),
])
def test_a_time_and_a_day_of_two_happenings_stay_apart(text: str, dates: set[str]) -> None:
    assert dates <= {timex for timex, _ in _dated(text)}
