"""Three readings that this session's rules broke on the fresh news sets (found by CI's floors on
tests/temporal/fresh_news_s12 and fresh_news_s14b), each fixed as a kind, with sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag


def _values(text: str, dct: date) -> dict[str, str]:
    out: dict[str, str] = {}
    for t in tag(text, dct):
        for part in t.parts or (t,):
            out[part.text] = part.value
    return out


@pytest.mark.parametrize("text, weekday", [
    ("Open mornings: Tuesday 5 and Thursday 7 March, 9-11 a.m.", "Tuesday"),
    ("Trials run Friday 3 to Sunday 5 May at the lake.", "Friday"),
])
def test_a_weekday_listed_before_a_shared_month_is_no_day_of_its_own(text: str, weekday: str) -> None:
    # "Tuesday 5 and ..." is a day of the month named later, not a Tuesday of the week the page is dated
    # in followed by a count ("Sunday, 10 years after")
    assert weekday not in _values(text, date(2024, 2, 20))


@pytest.mark.parametrize("text", [
    "The village fete has moved from June to 12 July because the field is flooded.",
    "The hearing was postponed from May to 2 September.",
])
def test_a_moved_date_keeps_the_new_date_ahead(text: str) -> None:
    values = _values(text, date(2023, 2, 1))
    new = [v for k, v in values.items() if k[0].isdigit()]
    assert new and new[0].startswith("2023-"), values  # the new date lies ahead of the notice


def test_a_range_read_in_one_direction_still_holds_without_a_move() -> None:
    values = _values("Rebels held the town from April to June.", date(2025, 3, 3))
    assert (values["April"], values["June"]) == ("2024-04", "2024-06")


@pytest.mark.parametrize("day, expected", [("Friday", "2025-W37-WE"), ("Thursday", "2025-W37-WE"),
                                           ("12 September", "2025-W37-WE")])
def test_a_plan_reported_on_a_day_takes_the_weekend_after_that_day(day: str, expected: str) -> None:
    text = f"Its leader had warned on {day} that the talks could fail by the weekend."
    assert _values(text, date(2025, 9, 15))["the weekend"] == expected  # read on Monday 15 September


def test_a_plan_reported_without_a_day_still_looks_ahead() -> None:
    assert _values("Officials said the bridge would reopen over the weekend.", date(2025, 9, 17))["the weekend"] == "2025-W38-WE"
