"""Kinds the second batch of session-fifteen fresh sentences showed broken, each in sentences of our
own and several phrasings: a month or weekday in a clause of condition or time with a simple present
is ahead of the report ("the licence lapses unless the council renews it in April"); what is done
"ahead of" a day or weekend comes before it ("markets are calm ahead of Monday's vote"); "earlier in
the day" and "later in the week" are the day or week of the report or story; "that week" after a
day names its week, not the day."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(2025, 6, 18)  # a Wednesday, ISO week 25


def _values(text: str, dct: date | None = DCT) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


@pytest.mark.parametrize("sentence, expression, value", [
    ("The licence lapses unless the council renews it in April.", "April", "2026-04"),
    ("The ban stays until the court rules in May.", "May", "2026-05"),
    ("Rents rise when the lease ends in April.", "April", "2026-04"),
    ("If sales rise in April, the firm hires more staff.", "April", "2026-04"),
    ("Prices fall once the harvest comes in early March.", "early March", "2026-03"),
    ("Talks stall unless the union agrees on Monday.", "Monday", "2025-06-23"),
    ("As soon as the board meets on Friday, the deal is done.", "Friday", "2025-06-20"),
    # a past verb anywhere in the sentence keeps the past reading
    ("When the workers struck in March, output fell.", "March", "2025-03"),
    ("When sales rose in April, the firm hired staff.", "April", "2025-04"),
    ("The crowd stayed until the early hours of Sunday morning.", "Sunday morning", "2025-06-15TMO"),
    ("When the talks collapsed on Monday, shares fell.", "Monday", "2025-06-16"),
])
def test_a_present_in_a_clause_of_condition_or_time_looks_forward(sentence: str, expression: str, value: str) -> None:
    assert _values(sentence)[expression] == value


@pytest.mark.parametrize("sentence, expression, value", [
    ("Markets are calm ahead of Monday's vote.", "Monday", "2025-06-23"),
    ("Traders are cautious ahead of Friday's jobs report.", "Friday", "2025-06-20"),
    ("Police are on alert in the run-up to Sunday's final.", "Sunday", "2025-06-22"),
    ("Traders had chosen to square positions ahead of the weekend.", "the weekend", "2025-W25-WE"),
    # told in the past, "ahead of Monday's vote" may be the Monday gone; after it, surely
    ("Traders sold shares ahead of Monday's vote.", "Monday", "2025-06-16"),
    ("Stocks fell after Friday's jobs report.", "Friday", "2025-06-13"),
])
def test_what_is_done_ahead_of_a_day_comes_before_it(sentence: str, expression: str, value: str) -> None:
    assert _values(sentence)[expression] == value


@pytest.mark.parametrize("sentence, expression, value", [
    ("The minister met union leaders earlier in the week.", "earlier in the week", "2025-W25"),
    ("A vote is expected later in the week.", "later in the week", "2025-W25"),
    ("He arrived in Paris later in the day.", "later in the day", "2025-06-18"),
    ("Earlier in the day troops fired on the crowd.", "Earlier in the day", "2025-06-18"),
    ("The talks failed on 3 May 1990. Later in the day the troops left.", "Later in the day", "1990-05-03"),
    ("On Monday the rebels attacked. Later in the week they withdrew.", "Later in the week", "2025-W25"),
    ("On Monday the rebels attacked. Later that week they withdrew.", "Later that week", "2025-W25"),
    ("The fire began on 3 May 1990. That same week the mill closed.", "That same week", "1990-W18"),
])
def test_earlier_in_the_day_and_that_week_are_the_day_and_week_told(sentence: str, expression: str, value: str) -> None:
    assert _values(sentence)[expression] == value


@pytest.mark.parametrize("sentence", [
    "Later in the day-long session he spoke.",
    "Later in the day of the vote he spoke.",
    "Later in the week's session he spoke.",
])
def test_a_day_or_week_of_something_else_is_no_such_day(sentence: str) -> None:
    assert not any(t.text.lower().startswith("later in the") for t in tag(sentence, DCT))


@pytest.mark.parametrize("sentence, expected", [
    ("Thursday and Friday, the budget committee meets to hold deliberations.", ["2025-06-19", "2025-06-20"]),
    ("On Friday the team plays away at Lowfield.", ["2025-06-20"]),
    ("On Monday, the board votes on the merger.", ["2025-06-23"]),
    ("On Tuesday the council holds a public hearing.", ["2025-06-24"]),
    # told in the past, or a saying dated by its weekday: behind the report
    ("On Monday, the board voted on the merger.", ["2025-06-16"]),
    ("On Tuesday the council held a public hearing.", ["2025-06-17"]),
    ("On Monday, officials said the board votes later.", ["2025-06-16"]),
])
def test_a_fixture_after_an_opening_weekday_is_the_coming_one(sentence: str, expected: list[str]) -> None:
    assert [t.value for t in tag(sentence, DCT)] == expected
