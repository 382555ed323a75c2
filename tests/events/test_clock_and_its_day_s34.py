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


# A happening told "after midnight" that ends an evening lies on the next day (events/past_midnight.py,
# session 59); the midnight's own value stays the end of the evening's day, as TimeML writes it. Each
# page written for this file; the document date is Monday 25 May 2026.
@pytest.mark.parametrize("text, cue, day", [
    ("Firefighters were called to the old mill on Saturday evening. Shortly after midnight, crews had the "
     "fire under control.", "under control", date(2026, 5, 24)),
    ("The band played at the social club on Friday night. Just after midnight a fight broke out in the car "
     "park.", "fight", date(2026, 5, 23)),
    ("The count began at 10pm on Thursday. Soon after midnight the first result was declared.", "result",
     date(2026, 5, 22)),
    # guards: a midnight named with its own day, and one reached "by"
    ("A van was stolen from the depot shortly after midnight on Sunday.", "stolen", date(2026, 5, 24)),
    ("Rain began on Saturday evening. By midnight the river had burst its banks.", "burst", date(2026, 5, 23)),
])
def test_a_happening_after_midnight_is_on_the_next_day(text: str, cue: str, day: date) -> None:
    events = extract_document(Document("a.txt", text, "t"), dct=date(2026, 5, 25)).events
    found = [e for e in events if cue in e.title.lower() or cue in e.sentence.lower()]
    assert found and all(e.begin == e.end == day for e in found), [(e.title, e.begin, e.timex) for e in events]
