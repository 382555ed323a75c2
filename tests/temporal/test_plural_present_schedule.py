"""A present-tense verb of a plural subject before a yearless weekday is a schedule, like the
singular fixture verbs ("the museum opens on Friday"): see ``explorer.temporal.plural_present``.
Texts are our own; the page is a Wednesday, 2 December 2026, and every weekday of its week is tried."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings, strategies as st
from tests.property_examples import examples

from explorer.temporal.plural_present import plural_presents
from explorer.temporal.tagger import tag

_PAGE = date(2026, 12, 2)  # a Wednesday
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_PLANS = (
    "Voters choose a new mayor on {day}.",
    "Fans gather outside the stadium on {day}.",
    "They vote on {day}.",
    "We sign the lease on {day}.",
    "The two unions hold a joint rally on {day}.",
    "Farmers march on {day}, the organisers said.",  # a report after the plan dates the telling only
)


def _coming(day: str) -> date:
    """The page's day or the first one after it with that name."""
    ahead = (_DAYS.index(day) - _PAGE.weekday()) % 7
    return _PAGE + timedelta(days=ahead)


def _value(text: str, day: str) -> str | None:
    return next(t.value for t in tag(text, _PAGE) if t.text == day)


@pytest.mark.parametrize("day", _DAYS)
@pytest.mark.parametrize("plan", _PLANS)
def test_a_plurals_present_before_a_weekday_looks_ahead(plan: str, day: str) -> None:
    assert _value(plan.format(day=day), day) == _coming(day).isoformat()


@pytest.mark.parametrize("day", [d for d in _DAYS if d != "Wednesday"])
@pytest.mark.parametrize("report", (
    "Voters chose a new mayor on {day}.",             # a past verb
    "The talks on {day} were tense.",                 # "talks" is the subject, no verb of it
    "Fans had gathered outside the stadium on {day}.",
    "The weapons inspection team resumed work on {day}.",  # a compound noun, then its past verb
))
def test_a_report_of_a_day_gone_still_looks_back(report: str, day: str) -> None:
    assert _value(report.format(day=day), day) < _PAGE.isoformat()


@pytest.mark.parametrize("text", (
    "He plays chess on Sunday.",         # the "-s" word is a singular's verb, not a plural subject
    "The talks on Sunday were tense.",
    "Voters, on Sunday, stayed home.",
    "Choose a new mayor on Sunday.",     # an imperative has no subject: notices read it (tense.py)
))
def test_no_plural_present_is_found_where_there_is_none(text: str) -> None:
    assert plural_presents(text) == []


_NOUN = st.sampled_from(("voters", "farmers", "pupils", "nurses", "drivers", "teams"))
_VERB = st.sampled_from(("choose", "gather", "march", "decide", "walk out", "celebrate"))


@settings(max_examples=examples(40), deadline=None)
@given(_NOUN, _VERB, st.sampled_from(_DAYS))
def test_any_plural_present_is_found_and_its_past_is_not(noun: str, verb: str, day: str) -> None:
    plan = f"The {noun} {verb} on {day}."
    assert plural_presents(plan) == [plan.index(f" {verb} ") + 1]
    past = verb.split()[0]
    past = past + ("d" if past.endswith("e") else "ed")
    assert _value(f"The {noun} {past} on {day}.", day) <= _PAGE.isoformat()


@pytest.mark.parametrize("text", (
    "Voters reject the plan on Sunday",  # a headline (no closing stop) tells news of a day gone
    "Shares fall on Monday.",            # a figure's movement is a report, not a plan
    "Retail sales rise in November.",
))
def test_headlines_and_figures_moving_are_no_plans(text: str) -> None:
    assert plural_presents(text) == []


def test_a_plan_inside_a_longer_text_is_found_in_its_own_sentence() -> None:
    text = "Turnout is low. Voters choose a new mayor on Sunday. Counting starts at once."
    assert _value(text, "Sunday") == _coming("Sunday").isoformat()


@pytest.mark.parametrize("day", [d for d in _DAYS if d != "Wednesday"])
def test_a_verb_whose_past_is_its_bare_form_says_no_tense(day: str) -> None:
    # "beat", "cut", "hit" after a plural may be last week's result: left to the reading around it
    assert plural_presents(f"The visitors beat the hosts 3-1 on {day}.") == []
    assert _value(f"The visitors beat the hosts 3-1 on {day}.", day) < _PAGE.isoformat()
