"""Day words as posts spell them (:mod:`explorer.temporal.grammar.rules_informal_spellings`): a letter
held for emphasis ("tomorrowww", "fridayyy"), the possessive typed without its apostrophe ("todays
news"), a vague count before a short unit ("a few hrs") and a short weekday after "on" that ends its
clause ("catch up on mon?"). Formal text (a plural "yesterdays", "today's world", "the www site",
"sat"/"wed" the verbs) stays untouched. Sentences of our own; the document date is a Thursday.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings, strategies as st
from tests.property_examples import examples

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view

D = date(2023, 3, 16)  # a Thursday


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in timeml_view(tag(text, D))]


@pytest.mark.parametrize("text, expected", [
    ("cant wait for tomorrowww", [("tomorrowww", "2023-03-17")]),
    ("TODAYYY is the day!!", [("TODAYYY", "2023-03-16")]),
    ("gig toniiiight, who's in", [("toniiiight", "2023-03-16TNI")]),
    ("ugh yesterdayyy was long", [("yesterdayyy", "2023-03-15")]),
    ("see u tommmorow x", [("tommmorow", "2023-03-17")]),
])
def test_a_held_letter_is_the_day_word(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_a_held_weekday_is_the_weekday() -> None:
    found = _found("finally friiiday, pizza time")
    assert [t for t, _ in found] == ["friiiday"]
    assert date.fromisoformat(found[0][1]).weekday() == 4
    assert abs((date.fromisoformat(found[0][1]) - D).days) <= 7


@pytest.mark.parametrize("text, expected", [
    ("todays forecast says rain", [("todays", "2023-03-16")]),
    ("tonights set list is wild", [("tonights", "2023-03-16TNI")]),
    ("tmrws match starts early", [("tmrws", "2023-03-17")]),
    ("yesterdays game was a mess", [("yesterdays", "2023-03-15")]),
])
def test_a_possessive_without_its_apostrophe_is_the_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "all our yesterdays lit the way",
    "brighter tomorrows are promised to the young",
    "in todays world nobody waits",
    "todays kids never saw a payphone",
    "the www site was down",
    "zzz so sleepy",
    "He spent his todays and tomorrows on the farm.",
])
def test_plurals_and_formal_words_are_no_day(text: str) -> None:
    assert _found(text) == []


def test_standard_spellings_are_unchanged() -> None:
    assert _found("See you tomorrow, not today.") == [("tomorrow", "2023-03-17"), ("today", "2023-03-16")]
    assert _found("in 2days we fly") == [("2days", "P2D")]


@pytest.mark.parametrize("text, expected", [
    ("we land in a few hrs", [("a few hrs", "PTXH")]),
    ("only a couple of hrs of sleep", [("a couple of hrs", "PT2H")]),
    ("several wks of rain", [("several wks", "PXW")]),
    ("give me a few mins", [("a few mins", "PTXM")]),
])
def test_a_vague_count_before_a_short_unit(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text, day", [
    ("coffee on mon?", 0), ("lunch on wed.", 2), ("drinks on Mon!", 0), ("free on sat?", 5),
])
def test_a_short_weekday_ending_its_clause_after_on(text: str, day: int) -> None:
    found = _found(text)
    assert len(found) == 1 and date.fromisoformat(found[0][1]).weekday() == day


@pytest.mark.parametrize("text", ["put sun cream on sun", "she sat on the bench", "they wed in a barn"])
def test_the_words_stay_words(text: str) -> None:
    assert all(t.lower() not in ("sun", "sat", "wed") for t, _ in _found(text))


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(["today", "tonight", "tomorrow", "yesterday", "friday", "sunday"]),
       st.integers(min_value=0, max_value=7), st.integers(min_value=2, max_value=6))
def test_holding_any_letter_keeps_the_reading(word: str, at: int, extra: int) -> None:
    """However long a letter is held, the day read is the plain word's."""
    at = at % len(word)
    if at == 0:
        at = 1  # the first letter stays single (see the rule's trigger)
    held = word[:at] + word[at] * extra + word[at:]
    plain = _found(f"see you {word} then")
    stretched = _found(f"see you {held} then")
    assert [v for _, v in stretched] == [v for _, v in plain]
    assert stretched[0][0] == held


@pytest.mark.parametrize("text, expected", [
    ("pick me up @ 9 outside the station", [("9", "2023-03-16T09:00")]),
    ("brunch @11?", [("11", "2023-03-16T11:00")]),
    ("drinks @ 6.15 then the film", [("6.15", "2023-03-16T06:15")]),
    ("back home at 4ish, promise", [("4ish", "2023-03-16T04:00")]),
])
def test_an_hour_after_the_at_sign_or_with_ish(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "3 for 10 @ 2.49 each",
    "Bonds closed at 4.15 after a quiet session.",
    "the rate held at 3.75 percent",
    "Tickets for the ferry are sold at 7.40 from pier two.",
    "follow @5secondsofsummer for news",
    "we got there at 5, then left",
    "output grew at 2.5 a year",
])
def test_prices_counts_and_handles_are_no_clock(text: str) -> None:
    assert not any(":" in v for _, v in _found(text))
