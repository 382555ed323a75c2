"""Two kinds seen on own pages (a hijacking timeline, a family firm's history), with sentences of our own:

- a participle aside on a noun, with a phrase of place between the participle and its date, tells the
  noun's happening (", seized off the coast of West Africa last month,"; "stolen from a gallery in
  Leeds in 1990"), also for irregular participles;
- a happening told in a clause measured from the main clause by a length of three or four figures
  ("closed in March 2022, 170 years after Josiah opened his saddlery") is dated by that length: it had
  been spread from the story's last date to the main clause's.
"""

from __future__ import annotations

import pytest

from explorer.events.titles import make_title
from tests.events.test_precision_kinds_s10 import _events


def _title(sentence: str, date_text: str) -> str:
    at = sentence.index(date_text)
    return make_title(sentence, at, at + len(date_text))


@pytest.mark.parametrize(("sentence", "date_text", "title"), [
    ("The tanker, seized off the coast of West Africa last month, was freed on Wednesday.", "last month",
     "The tanker is seized"),
    ("The painting, stolen from a gallery in Leeds in 1990, was found on Monday.", "1990", "The painting is stolen"),
    ("The wreck, sunk off Malta in 1917, was found in May.", "1917", "The wreck is sunk"),
    ("The bell, cast at a foundry near Bristol in 1702, cracked in 1890.", "1702", "The bell is cast"),
    # guards: an agent after the participle is read by the passive rules; the main clause's own date
    ("The levy, proposed by the finance committee in February, passed on Monday.", "February",
     "The levy is proposed by the finance committee"),
    ("The painting, stolen from a gallery in Leeds in 1990, was found on Monday.", "Monday", "The painting is found"),
])
def test_a_participle_aside_with_a_place_tells_the_nouns_happening(sentence: str, date_text: str, title: str) -> None:
    assert _title(sentence, date_text) == title


@pytest.mark.parametrize(("text", "title", "begin"), [
    ("The Market Square shop closed in March 2022, 170 years after Josiah Harlan opened his saddlery.",
     "Josiah Harlan opens his saddlery", "1852-03-01"),
    ("The bridge was demolished in 1990, 125 years after the town council built it.",
     "The town council builds it", "1865-01-01"),
    # guard: a length of one or two figures, read as before
    ("The choir gave its last concert in 2020, 12 years after Ada Holm founded it.", "Ada Holm founds it",
     "2008-01-01"),
])
def test_a_long_measured_length_dates_the_clauses_happening(text: str, title: str, begin: str) -> None:
    found = {e.title: e for e in _events(text, None)}
    assert title in found
    assert str(found[title].begin) == begin


@pytest.mark.parametrize(("text", "titles"), [
    # a clock time and its day are one date: the first act's title stops before "and" the second act
    ("The airport at Kessa closed at 06:00 on 12 May 2024 and reopened two days later.",
     {"The airport at Kessa closes", "The airport at Kessa reopens"}),
    ("The polls opened at 07:00 on 4 July 2024 and closed at 22:00.",
     {"The polls open", "The polls close"}),
    ("The bridge was shut on 3 March 2023, at 14:30, and reopened a week later.",
     {"The bridge is shut", "The bridge is reopened"}),
])
def test_a_clock_time_and_its_day_are_one_date(text: str, titles: set[str]) -> None:
    assert {e.title for e in _events(text, None)} == titles
