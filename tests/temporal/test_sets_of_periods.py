""""annual" / "quarterly" before a noun ("the annual meeting", "quarterly results") are left unmarked.

The TIMEX3 guidelines would make them a SET (``P1Y``, ``P3M``), but the TimeBank and AQUAINT files
never mark them (readable quarters: 0 of 3 "annual", 1 of 8 "quarterly", and that one as a
DURATION). A rule that marked them (with amounts per period and titles left out) was measured in
session six: unopened TBAQ value F1 0.793 -> 0.792; a SET is never an event on the timeline, so it
gave the user nothing for that. These tests hold the decision until the figures say otherwise;
"daily", "weekly", "yearly" and "annually" are the set adverbs' (``set_adverb``).
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(2019, 5, 15)


def _sets(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, DCT, narrative=False) if t.type == "SET"]


@pytest.mark.parametrize("text", [
    "The annual meeting of the society is held in the town hall.",
    "Quarterly earnings rose 5% on strong demand.",
    "The bank will publish its quarterly results on Tuesday.",
    "The group has annual sales of about $2 billion.",
    "The firm cut its quarterly dividend in half.",
])
def test_annual_and_quarterly_before_a_noun_are_left_unmarked_as_timebank_does(text: str) -> None:
    assert _sets(text) == []


@pytest.mark.parametrize("text, expression, value", [
    ("The yearly fair drew 2,000 visitors.", "yearly", "P1Y"),
    ("The report is updated annually.", "annually", "P1Y"),
    ("The ferry sails twice a week.", "twice a week", "P1W"),
])
def test_set_adverbs_stay_sets(text: str, expression: str, value: str) -> None:
    assert _sets(text) == [(expression, "SET", value)]
