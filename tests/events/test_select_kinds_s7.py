"""Kinds of error found on the session-seven fresh gold articles and the readable part (issue 12,
events-select), each checked on sentences of our own: a delay measured against a plan, a baseline
"unchanged from", a telling's own start, a date inside a condition, a condition put first, a reported
forecast, a count kept over a period, and a name a thing went by."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.date_roles import date_role
from explorer.events.modality import is_non_happening, is_state
from explorer.ingest import extract_document


def _dated(text: str, dct: date | None = date(2024, 5, 10)) -> list[str]:
    return [e.timex for e in extract_document(Document("a.txt", text, "t"), dct=dct).events if e.timex]


def _role(sentence: str, date_text: str) -> str | None:
    start = sentence.index(date_text)
    return date_role(sentence, start, start + len(date_text))


# --------------------------------------------------------------------- dates that are no happening's


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The new footbridge was opened on Monday, three weeks later than planned.", "three weeks later"),
    ("The harvest finished a fortnight earlier than usual.", "a fortnight earlier"),
    ("The ferry fare of £6.50 is unchanged from last year.", "last year"),
    ("Membership stood at 412, level with 2021.", "2021"),
    ("Our story begins in the 1920s, with a baker's van and a borrowed oven.", "the 1920s"),
    ("The chronicle starts around 1066 with the founding of the priory.", "1066"),
    ("The company will lodge an appeal within six months if its board approves it in March.", "March"),
])
def test_dates_that_tell_no_happening(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) is not None


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The new footbridge was opened on Monday, three weeks later than planned.", "Monday"),
    ("The exhibition opens in May with 40 paintings.", "May"),  # an exhibition opening is a happening
    ("He asked for a recount, and the count was repeated in June.", "June"),
])
def test_the_happening_beside_them_stays(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) is None


def test_a_delay_against_a_plan_is_no_second_event() -> None:
    assert _dated("The new footbridge over the Leam was opened by the mayor on Monday, three weeks later than planned.") \
        == ["Monday"]


# --------------------------------------------------------------------- conditions and forecasts


@pytest.mark.parametrize(("title", "expected"), [
    ("If the county approves the grant", True),
    ("Unless a buyer is found, the mill will close", True),
    ("Even if the vote is lost, the plan will go ahead", True),
    ("Priya Lal says she expected barley prices to ease", True),
    ("The chairman said he hoped the line would reopen", True),
    ("The club says it expects to sell out the ground", True),
    ("The club says it sold out the ground", False),  # a statement of what happened stays
    ("The club sold out the ground", False),
])
def test_conditions_put_first_and_reported_forecasts_are_no_happenings(title: str, expected: bool) -> None:
    assert is_non_happening(title) is expected


def test_a_condition_put_first_gives_no_event() -> None:
    text = ("If the county approves the grant, work on the new pavilion could begin in 2026. "
            "The club bought the field in 2019.")
    assert _dated(text) == ["2019"]


# --------------------------------------------------------------------- states told with a fronted date


@pytest.mark.parametrize(("title", "before_date", "expected"), [
    ("The station recorded 212 millimetres of rain", "In ", True),
    ("Volunteers counted more than 4,000 geese on the estuary", "In January ", True),
    ("The square was still known as the Haymarket", "Back then the square was still known as the Haymarket in ", True),
    ("The police recorded an interview with the driver", "On Monday ", False),  # no count: a happening
    ("The square was renamed the Haymarket", "The square was renamed the Haymarket in ", False),
])
def test_counts_and_names_are_states(title: str, before_date: str, expected: bool) -> None:
    assert is_state(title, before_date) is expected


def test_a_count_kept_over_a_year_is_no_event() -> None:
    text = ("In 2022 the weather station recorded 212 millimetres of rain in a single day. "
            "The station was moved to the airfield in 2023.")
    assert _dated(text) == ["2023"]
