"""Which side of the report a weekday lands on in news, for our own sentences, on every day of the
week: a preposition that merely contains "next" says no future, a possessive names a day that has
passed, a delay or a plan looks ahead. And an expression is never cut out of a longer word."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from explorer.temporal import tag
from tests.temporal.weekdays import NAMES, WEEK
from tests.temporal.weekdays import coming as _coming
from tests.temporal.weekdays import day_of as _day
from tests.temporal.weekdays import latest as _latest


@pytest.mark.parametrize("dct", WEEK, ids=[d.strftime("%a") for d in WEEK])
@pytest.mark.parametrize("weekday", range(7), ids=NAMES)
def test_next_to_is_a_place_not_a_future(dct: date, weekday: int) -> None:
    text = f"A bomb tore through an office block next to the embassy in the capital {NAMES[weekday]} morning."
    assert _day(text, f"{NAMES[weekday]} morning", dct) == _latest(weekday, dct)


@pytest.mark.parametrize("dct", WEEK, ids=[d.strftime("%a") for d in WEEK])
@pytest.mark.parametrize("weekday", range(7), ids=NAMES)
def test_a_possessive_weekday_has_passed_even_in_a_reported_plan(dct: date, weekday: int) -> None:
    text = f"The growers said they would look for ways around {NAMES[weekday]}'s ruling by the board."
    assert _day(text, NAMES[weekday], dct) == _latest(weekday, dct)


@pytest.mark.parametrize("dct", WEEK, ids=[d.strftime("%a") for d in WEEK])
@pytest.mark.parametrize("weekday", range(7), ids=NAMES)
def test_a_delay_looks_ahead(dct: date, weekday: int) -> None:
    name = NAMES[weekday]
    assert _day(f"The council postponed until {name} any vote on the budget.", name, dct) == _coming(weekday, dct)
    got = {t.text: t.value for t in tag(f"The agency extended its deadline until 9 a.m. {name}.", dct)}
    assert got[f"9 a.m. {name}"] == f"{_coming(weekday, dct).isoformat()}T09:00", got


@pytest.mark.parametrize("dct", WEEK, ids=[d.strftime("%a") for d in WEEK])
@pytest.mark.parametrize("weekday", range(7), ids=NAMES)
def test_a_planned_event_is_ahead(dct: date, weekday: int) -> None:
    text = f"Supporters planned a march through the old town on {NAMES[weekday]}."
    assert _day(text, NAMES[weekday], dct) == _coming(weekday, dct)


@pytest.mark.parametrize("text", [
    "The board turned to a white knight to fend off the bid.",
    "A knightly order kept the castle.",
    "The Mayor said the Maypole stays.",
])
def test_no_expression_inside_a_longer_word(text: str) -> None:
    assert [t.text for t in tag(text, date(2024, 3, 6))] == []


@pytest.mark.parametrize("dct", WEEK, ids=[d.strftime("%a") for d in WEEK])
@pytest.mark.parametrize("weekday", range(7), ids=NAMES)
def test_the_previous_weekday_is_before_the_day_just_named(dct: date, weekday: int) -> None:
    """ "Shares fell Friday, down 4% from the previous Friday": a week before the day named, not the
    latest such day before the report."""
    name = NAMES[weekday]
    named = _latest(weekday, dct)
    text = f"Shares fell {name}. The index closed 4% lower than the previous {name}."
    assert _day(text, name, dct) == named
    assert _day(text, f"the previous {name}", dct) == named - timedelta(days=7)


def test_a_scheduled_event_in_the_present_tense_is_ahead() -> None:
    """Every weekday, reported on every day of a week (one test, the week looped inside)."""
    for dct in WEEK:
        for weekday, name in enumerate(NAMES):
            assert _day(f"The two ministers meet separately {name} with the envoy.", name, dct) == _coming(weekday, dct)
            assert _day(f"Trading resumes on {name} after the holiday.", name, dct) == _coming(weekday, dct)


def test_an_infinitive_in_a_past_plan_is_no_present() -> None:
    for dct in WEEK:
        for weekday, name in enumerate(NAMES):
            text = f"The offer was extended to Nov. 16. It had been due to expire {name} evening."
            assert _day(text, f"{name} evening", dct) == _latest(weekday, dct), (dct, name)


def test_a_past_weekday_in_a_review_that_retells_an_old_story_looks_back() -> None:
    """A review that retells a play's 1987 run and its 1962 story reads as a story, yet its weekday is
    counted from the document's date: "the revival, which opened on Tuesday night" is the Tuesday
    before the Thursday review, not the next one (our hand-checked gold article)."""
    from pathlib import Path

    from explorer.temporal import tag as tag_auto
    text = (Path(__file__).resolve().parents[1] / "gold" / "review-glass-orchard-revival.txt").read_text(encoding="utf-8")
    found = {t.text: t.value for t in tag_auto(text, date(2022, 3, 17))}
    assert found["Tuesday night"] == "2022-03-15TNI"


@pytest.mark.parametrize("text", [
    "Forecasters warned that another storm could bring heavy rain to the coast on Thursday.",
    "The minister predicted that the bill might pass on Thursday.",
    "Officials expected that the ferry would sail on Thursday.",
])
def test_a_reported_possibility_looks_forward(text: str) -> None:
    """ "warned that ... could bring rain on Thursday", written on a Tuesday: the coming Thursday."""
    assert [(t.text, t.value) for t in tag(text, date(2020, 1, 28), narrative=False)] == [("Thursday", "2020-01-30")]


FRIDAY = date(2024, 3, 8)


@pytest.mark.parametrize("text, expression, weekday", [
    ("The museum held an open day on Saturday, and the trust said on Tuesday it will add a wing.", "Saturday", 5),
    ("The firm shut its plant on Monday and said on Thursday that it will sell the site.", "Monday", 0),
    ("The club played a home match on Sunday; its manager said on Wednesday the team will travel next.",
     "Sunday", 6),
    ("Crews cut the power on Tuesday, and the utility said it will restore it within days.", "Tuesday", 1),
])
def test_a_weekday_takes_its_own_clauses_past_not_a_later_reports_future(text: str, expression: str,
                                                                          weekday: int) -> None:
    """A future said inside a later report ("said ... it will") dates what was said; the weekday of an
    earlier clause keeps that clause's past. "An open day" is no verb "open" after its determiner."""
    assert _day(text, expression, FRIDAY) == _latest(weekday, FRIDAY)


@pytest.mark.parametrize("text, expression, weekday", [
    ("The vote on Monday, officials said, will decide the matter.", "Monday", 0),
    ("The library opens on Tuesday, the council said.", "Tuesday", 1),
    ("The council will meet on Monday, the mayor said on Thursday.", "Monday", 0),
])
def test_a_weekday_in_a_plan_still_looks_ahead(text: str, expression: str, weekday: int) -> None:
    assert _day(text, expression, FRIDAY) == _coming(weekday, FRIDAY)
