"""An age said of someone after a copula is a duration, "old" included (issue #11, session 24):
"my niece is 16 days old" P16D, as the WikiWars and tweets annotators mark it; an age before a noun
("a 6-year-old boy"), in an apposition ("The suspect, 37 years old,") or compared ("200 years older")
stays unmarked, as TimeBank's ages are."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

D = date(2016, 9, 14)


@pytest.mark.parametrize("text, span, value", [
    ("my niece is 16 days old and already bossy", "16 days old", "P16D"),
    ("The lighthouse keeper was seventy years old when the storm came.", "seventy years old", "P70Y"),
    ("omg im 30 years old today", "30 years old", "P30Y"),
    ("our kitten's only 9 weeks old!!", "9 weeks old", "P9W"),
    ("She turned 2.5 years old in the spring.", "2.5 years old", "P2Y6M"),
    ("The oak in the square is about 300 years old.", "about 300 years old", "P300Y"),
])
def test_an_age_after_a_copula_is_a_duration(text: str, span: str, value: str) -> None:
    found = [(t.text, t.value) for t in tag(text, D) if t.type == "DURATION"]
    assert (span, value) in found


@pytest.mark.parametrize("text", [
    "A 9-year-old pupil won the prize.",
    "The keeper, 70 years old, retired.",
    "The wall is 300 years older than the tower.",
    "The 40-year-old bridge was closed.",
])
def test_other_ages_stay_unmarked(text: str) -> None:
    assert [t.text for t in tag(text, D) if "old" in t.text] == []
