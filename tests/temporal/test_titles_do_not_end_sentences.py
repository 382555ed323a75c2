"""Issue #11: a rank or title before a name does not end the sentence a date reads its tense from.

"Brig.", "Cpl.", "Pvt.", "Det.", "Insp.", "Supt.", "Rt. Hon.", "Fr.", "Messrs." ended the sentence,
so "Wreaths will be laid for Pvt. Lowe on Sunday" left "Lowe on Sunday." with no verb, and the
Sunday was read back from the report instead of ahead with "will". Sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.sentences import split_sentences
from explorer.temporal import tag


def _sentences(text: str) -> list[str]:
    return [s.text(text) for s in split_sentences(text)]


@pytest.mark.parametrize("text", [
    "On Friday Brig. Gen. Ross met Cpl. Hay and Pvt. Lowe.",
    "Det. Insp. Clark and Supt. Ames spoke on Friday.",
    "The Rt. Hon. member and Fr. Doyle met on Tuesday.",
    "Messrs. Black and White met on Friday.",
    "Lt. Col. Marsh and Gen. Dunn arrived at 6 p.m. Monday.",
    "Flight No. 7 left at 9 a.m. Sunday.",
    "In 216 B.C. a general crossed the Alps.",
])
def test_one_sentence(text: str) -> None:
    assert _sentences(text) == [text]


@pytest.mark.parametrize("text, split", [
    ("The last bus left at 11 p.m. The driver went home.", 2),
    ("Caesar was born in 100 B.C. In his youth he travelled.", 2),
])
def test_abbreviation_that_ends_a_sentence_still_does(text: str, split: int) -> None:
    assert len(_sentences(text)) == split


@pytest.mark.parametrize("text, expected", [
    ("Wreaths will be laid for Pvt. Lowe on Sunday.", "2025-03-09"),
    ("The council will honour Cpl. Hay on Friday.", "2025-03-07"),
    ("The parish will say farewell to Fr. Doyle on Saturday.", "2025-03-08"),
    ("Supt. Ames will brief the press on Thursday.", "2025-03-06"),
])
def test_the_future_verb_before_a_title_reaches_the_day(text: str, expected: str) -> None:
    days = [t for t in tag(text, date(2025, 3, 5)) if t.type == "DATE"]
    assert [d.value for d in days] == [expected]
