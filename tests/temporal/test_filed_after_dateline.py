"""Wire copy dated a day or two after its dateline counts its days from the dateline (dates #11).

An agency story is written on the day its dateline prints ("OSLO, May 4 (Reuters) --") and carries
the day it was filed or archived, often the next one. Given that later day as the document date, the
tagger read the story's "today" as the filing day and its "yesterday" as the dateline's own day. Every
sentence here is written for this file.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag


def _values(text: str, dct: date) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct) for t in (t.parts or (t,))}


@pytest.mark.parametrize("text, dct, word, value", [
    ("OSLO, May 4 (Reuters) -- The fisheries minister said today that the cod quota would be cut, a day "
     "after talks with trawler owners broke down.", date(2023, 5, 5), "today", "2023-05-04"),
    ("OSLO, May 4 (Reuters) -- Talks with trawler owners broke down yesterday, the fisheries minister said.",
     date(2023, 5, 6), "yesterday", "2023-05-03"),
    ("LIMA, 21 September 2019 -- Bus drivers voted to walk out. The strike begins tomorrow, union leaders "
     "told reporters outside the depot.", date(2019, 9, 22), "tomorrow", "2019-09-22"),
    # the dateline's year is the one before the filing day's when the filing crossed the new year
    ("AUCKLAND, Dec. 31 (AP) -- Fireworks over the harbour were cancelled today because of high winds, the "
     "council said.", date(2020, 1, 1), "today", "2019-12-31"),
    # a weekday ahead counts from the dateline's Wednesday, not from the Saturday it was filed
    ("CAIRO, Oct. 9 (AFP) -- The canal authority said its board will meet on Thursday to set new transit "
     "fees.", date(2024, 10, 12), "Thursday", "2024-10-10"),
])
def test_a_story_filed_after_its_dateline_counts_from_the_dateline(text: str, dct: date, word: str, value: str) -> None:
    assert _values(text, dct)[word] == value


@pytest.mark.parametrize("dct, today", [
    (date(2023, 5, 4), "2023-05-04"),   # filed on its dateline's day
    (date(2023, 5, 10), "2023-05-10"),  # a week on: a dateline that old says nothing of the writing
    (date(2023, 5, 2), "2023-05-02"),   # a dateline after the document date is no writing day either
])
def test_a_dateline_far_from_the_document_date_leaves_it(dct: date, today: str) -> None:
    text = "OSLO, May 4 (Reuters) -- The fisheries minister said today that the cod quota would be cut."
    assert _values(text, dct)["today"] == today


def test_a_date_inside_the_first_sentence_is_no_dateline() -> None:
    text = ("The fisheries minister met trawler owners on May 4 and said today that the cod quota would be "
            "cut.")
    assert _values(text, date(2023, 5, 5))["today"] == "2023-05-05"
