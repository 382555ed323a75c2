"""A yearless month or season under a "would"/"could" of plan in news looks ahead of the page
(issue #11): "Under the plan, pupils would move to the new school from August", dated January,
is the August to come, not the one gone. Controls keep the readings this rule must not touch: the
future of a past told just before ("the talks collapsed in March, and the unions would strike in
April"), a refusal told of the past ("would not comment"), a history's "would later"."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]
#: a second paragraph makes a sentence an article's (a lone short line reads as a post)
_PARAGRAPH = "\n\nA spokesman for the council declined to give further details on Wednesday."

#: plans of different kinds, each with one month slot
_PLANS = [
    "Under the proposal, bus fares would rise by ten pence from {m}.",
    "If approved, the new ward could open in {m}, the hospital's board heard.",
    "The draft rules would let cafés serve food outdoors until {m}.",
    "Under the scheme, households could claim the grant in {m}.",
]


def _value(text: str, phrase: str, dct: date) -> str | None:
    for t in tag(text + _PARAGRAPH, dct):
        if t.text == phrase and t.start < len(text):
            return t.value
    return None


@pytest.mark.parametrize("page", range(1, 13))
@pytest.mark.parametrize("month", range(1, 13))
def test_a_planned_month_lies_ahead_of_the_page(page: int, month: int) -> None:
    """Every month of the phrase against every month of the page: the same month or a later one
    is this year's, an earlier one next year's (the nearest reading took last year's)."""
    dct = date(2023, page, 10)
    year = 2023 if month >= page else 2024
    for plan in _PLANS:
        text = plan.format(m=_MONTHS[month - 1])
        assert _value(text, _MONTHS[month - 1], dct) == f"{year}-{month:02d}", text


@pytest.mark.parametrize("page, expected", [(2, "2023-SU"), (7, "2023-SU"), (10, "2024-SU")])
def test_a_planned_season_lies_ahead_of_the_page(page: int, expected: str) -> None:
    text = "Under the council's plan, the pool would reopen in the summer."
    assert _value(text, "the summer", date(2023, page, 10)) == expected


@pytest.mark.parametrize("page", [5, 8, 11])
def test_the_future_of_a_past_told_first_keeps_the_nearest_reading(page: int) -> None:
    """ "collapsed in March, and the unions would strike in April": "would" is the future of the
    collapse, both in the year of the page when they are behind it."""
    text = "Talks with the operator collapsed in March, and the drivers would strike in April."
    assert _value(text, "April", date(2023, page, 10)) == "2023-04"


@pytest.mark.parametrize("text, phrase", [
    ("A spokeswoman would not comment on the figures for March.", "March"),
    ("The mayor could not be reached about the vote in April.", "April"),
])
def test_a_refusal_or_failure_keeps_the_past(text: str, phrase: str) -> None:
    assert _value(text, phrase, date(2023, 6, 10)) == f"2023-{_MONTHS.index(phrase) + 1:02d}"


def test_a_history_would_later_keeps_the_story_time() -> None:
    """A history's "would" tells what came next from the story's time, never the page's."""
    text = ("In 1848 the reformer left the capital for the coast. He would later say that in March "
            "he had already given up hope, and he returned in the autumn of that year.")
    values = {t.text: t.value for t in tag(text)}
    assert values.get("March") == "1848-03"


_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@pytest.mark.parametrize("page", range(7))
@pytest.mark.parametrize("day", range(7))
def test_a_planned_weekday_lies_ahead_of_the_page(page: int, day: int) -> None:
    """ "Under the plan, the lane would shut on Thursday", read on a Friday: next Thursday, not the
    one gone (the page's own weekday is the page's day)."""
    dct = date(2023, 5, 8 + page)  # 8 May 2023 is a Monday
    ahead = (day - page) % 7
    expected = date(2023, 5, 8 + page + ahead).isoformat()
    text = f"Under the plan, the inside lane would shut on {_WEEKDAYS[day]} for resurfacing."
    assert _value(text, _WEEKDAYS[day], dct) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # an ability told of the day gone, not a plan
    ("Neither of the brothers could be found Tuesday at their farm.", "Tuesday", "2023-05-09"),
    # a day's happening named with a possessive
    ("The union would appeal against Tuesday's decision.", "Tuesday", "2023-05-09"),
])
def test_a_weekday_under_could_or_with_a_possessive_keeps_its_reading(text: str, phrase: str, expected: str) -> None:
    assert _value(text, phrase, date(2023, 5, 11)) == expected
