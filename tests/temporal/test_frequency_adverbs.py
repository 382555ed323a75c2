"""A frequency adverb that ends its clause after a subject with "the" is a set ("The board meets
monthly."), while "the daily tally" and "the party weekly" stay no time (session seven of issue 11).
Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(1998, 3, 11)


@pytest.mark.parametrize("text, word, value", [
    ("The council meets monthly.", "monthly", "P1M"),
    ("The fees are collected weekly, the clerk said.", "weekly", "P1W"),
    ("The patrol boats sail daily from the harbour.", "daily", "P1D"),
])
def test_adverb_of_frequency_is_a_set(text: str, word: str, value: str) -> None:
    assert (word, "SET", value) in [(t.text, t.type, t.value) for t in tag(text, DCT, narrative=False)]


@pytest.mark.parametrize("text", ["The daily tally of arrests rose.", "The party weekly said so.",
                                  "The monthly report came late."])
def test_adjective_or_noun_is_no_set(text: str) -> None:
    assert tag(text, DCT, narrative=False) == []
