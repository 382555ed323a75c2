"""A yearless "in <month>" in news keeps the side of the report its past verb gives, even when the verb
stands a few words away and the month is more than half a year back or ahead: "who stepped down as
chairman in March" written in November is this year's March, never next year's because next March
is nearer. Deadlines ("by February", "through January") are not touched: their verb often belongs
to another clause, so the reading nearest the report still wins for them; nor is a month that words
between the verb and it make a plan ("rose 8% and plans a sale in January", "agreed to hold talks in
January")."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag


def _value(text: str, expr: str, dct: date) -> str:
    got = {t.text: t.value for t in tag(text, dct)}
    assert expr in got, got
    return got[expr]


# (sentence, month expression, document date, expected value)
PAST_CASES = [
    ("The bank's new head replaces Ann Ferris, who resigned from the board in April for family reasons.",
     "April", date(1994, 12, 10), "1994-04"),
    ("In February a landslide buried the only road into the valley, villagers recalled.",
     "February", date(2003, 10, 9), "2003-02"),
    ("The museum dropped its entry charge in early March after a long debate.",
     "early March", date(2011, 12, 1), "2011-03"),
    ("She was elected mayor of the port town in May on her third attempt.",
     "May", date(2020, 1, 5), "2019-05"),
    # the mirror image: a reported plan in a month more than half a year ahead stays ahead
    ("The ministry will open the new bridge to traffic in September once the tests are over.",
     "September", date(2020, 2, 3), "2020-09"),
]


@pytest.mark.parametrize("text,expr,dct,want", PAST_CASES, ids=[c[1] + "@" + c[2].isoformat() for c in PAST_CASES])
def test_in_month_keeps_the_side_its_verb_gives(text: str, expr: str, dct: date, want: str) -> None:
    assert _value(text, expr, dct) == want


@pytest.mark.parametrize("dct,want", [(date(1996, 10, 30), "1997-02"), (date(2008, 11, 14), "2009-02")])
def test_a_deadline_month_still_reads_nearest_the_report(dct: date, want: str) -> None:
    # "by February" is a target the past-perfect aside does not date: next February, as before
    text = "The sale, which had been expected for weeks, lets the group repay its bridge loan by February."
    assert _value(text, "February", dct) == want


def test_a_month_close_to_the_report_is_unchanged() -> None:
    # within a few months the tense alone decided already: last month's January, next month's June
    assert _value("The plant closed its doors in January.", "January", date(2005, 3, 2)) == "2005-01"
    assert _value("The plant will close its doors in June.", "June", date(2005, 3, 2)) == "2005-06"


# a past verb elsewhere in the sentence, but the month is a plan: the reading nearest the report stays
PLANS = [
    "Profits climbed 8% and the group plans a share sale in January.",
    "The council agreed to hold a public inquiry in January.",
    "Traffic slowed after the operator said the new tunnel opens in January.",
    "The regulator cleared the merger, with the deal to close in January.",
    "The club aimed to finish the new stand in January, its chairman said.",
]

# a hope or an aim looks ahead as a plan does, from a page of spring (session 59)
HOPES = [
    ("The landlord said on Sunday that he hoped to reopen by the summer.", "the summer", "2025-SU"),
    ("The council said it aimed to finish the repairs in the autumn.", "the autumn", "2025-FA"),
    ("The owners said they were hoping to rebuild the barn in the summer.", "the summer", "2025-SU"),
    ("The trust said it intended to reopen the gardens in the summer.", "the summer", "2025-SU"),
    # guard: a past act in the season keeps its past
    ("The school closed the hall in the autumn for repairs.", "the autumn", "2024-FA"),
]


@pytest.mark.parametrize("text,expr,want", HOPES, ids=range(len(HOPES)))
def test_a_hope_or_an_aim_looks_ahead(text: str, expr: str, want: str) -> None:
    assert _value(text, expr, date(2025, 3, 16)) == want


@pytest.mark.parametrize("text", PLANS, ids=range(len(PLANS)))
def test_a_plan_after_a_past_verb_is_still_ahead(text: str) -> None:
    assert _value(text, "January", date(1996, 10, 28)) == "1997-01"



# "to" before a plural or a long "-ing" word is a preposition, not an infinitive: the past verb still
# dates the day, which lies before the report even when next year's reading would be nearer (s58)
TO_A_NOUN = [
    ("The pontoon opened to visiting yachts on 1 July.", "1 July", date(2026, 4, 30), "2025-07-01"),
    ("The bridge reopened to passing traffic on 3 June.", "3 June", date(2011, 3, 20), "2010-06-03"),
    ("The keys were handed to tenants on 2 August after a long delay.", "2 August", date(1999, 5, 2), "1998-08-02"),
    ("The gallery opened to schools in July.", "July", date(2018, 4, 11), "2017-07"),
]


@pytest.mark.parametrize("text,expr,dct,want", TO_A_NOUN, ids=[c[1] for c in TO_A_NOUN])
def test_to_before_a_noun_is_no_plan(text: str, expr: str, dct: date, want: str) -> None:
    assert _value(text, expr, dct) == want


@pytest.mark.parametrize("text", [
    # guards: a true infinitive after the past verb is still a plan ("to discuss", "to bring" are verbs)
    "The board agreed to discuss the sale in July.",
    "The club decided to bring the match forward to July.",
    "Ministers promised to focus on the ports in July.",
], ids=range(3))
def test_a_true_infinitive_is_still_a_plan(text: str) -> None:
    assert _value(text, "July", date(2018, 4, 11)) == "2018-07"
