"""Which of a clause's dates its event keeps (session 42, issue 12; see ``explorer.events.date_choice``).

A part of the day with no day of its own gives way to the clause's date that names the day ("a
barbecue night … raised £900 on 14 June"), and a date inside a relative aside or brackets gives way to
the main clause's ("The hearing of X, who denies stealing a van on Boxing Day, was put off on Monday").
Passages of our own; each row gives the days its happening can have taken place.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.events.date_choice import bare_part_of_day, in_an_aside, in_an_opening_participle
from tests.events.one_sentence_event import one_sentence_event
from tests.events.passage_windows import assert_in_window, passage_events, window_rows

PASSAGES = [
    ("part-of-day-beside-its-day", date(2025, 3, 20),
     "The club met in March. A barbecue night at the cricket pavilion raised £900 on 14 June.",
     [("raised £900", "raise", "2024-06-14", "2024-06-14")]),
    ("evening-beside-a-date", date(2025, 1, 10),
     "The hall reopened in January. We will hold an open evening in the new gallery on 12 March.",
     [("open evening", "hold", "2025-03-12", "2025-03-12")]),
    ("night-beside-a-weekday", date(2025, 1, 10),
     "The dispute began in December. Negotiators talked through the night on Tuesday and parted without a deal.",
     [("through the night", "talk", "2025-01-07", "2025-01-07")]),
    ("relative-aside", date(2025, 5, 16),
     "The court sat all week. The hearing of Sam Hale, 31, who denies stealing a van from a depot on Boxing "
     "Day, was put off on Monday because the judge was ill.",
     [("was put off", "put", "2025-05-12", "2025-05-12")]),
    ("opening-participle", None,
     "The forge was built in 1820. Restored after a flood in 1911, the forge reopened the following year with "
     "a new hammer.",
     [("the forge reopened", "reopen", "1912-01-01", "1912-12-31")]),
]


@pytest.mark.parametrize("pid,cue,predicate,first,last", list(window_rows(PASSAGES, {})))
def test_clause_keeps_the_right_date(pid: str, cue: str, predicate: str, first: str | None, last: str | None) -> None:
    assert_in_window(passage_events(PASSAGES, pid), cue, predicate, first, last)


@pytest.mark.parametrize("sentence,timex,expected", [
    ("A barbecue night raised £900 on 14 June.", "night", True),
    ("They talked through the night on Tuesday.", "the night", True),
    ("The fire broke out this morning.", "this morning", False),
    ("The fire broke out on Monday evening.", "Monday evening", False),
])
def test_bare_part_of_day(sentence: str, timex: str, expected: bool) -> None:
    assert bare_part_of_day(one_sentence_event(sentence, timex)) is expected


@pytest.mark.parametrize("sentence,timex,expected", [
    ("The trial of Ann Roe, who denies a theft on Boxing Day, was put off on Monday.", "Boxing Day", True),
    ("I read your report (12 May) that the council plans to shut the pool from 1 July.", "12 May", True),
    ("The trial of Ann Roe, who denies a theft on Boxing Day, was put off on Monday.", "Monday", False),
    # a relative clause that runs to the sentence's end is the clause the date belongs to
    ("The mayor thanked the crew, which repaired the bridge on Friday.", "Friday", False),
])
def test_in_an_aside(sentence: str, timex: str, expected: bool) -> None:
    assert in_an_aside(one_sentence_event(sentence, timex)) is expected


@pytest.mark.parametrize("sentence,timex,expected", [
    ("Restored after a flood in 1911, the forge reopened the following year.", "1911", True),
    ("Under the scheme agreed on Monday, the pupils will move in September.", "Monday", True),
    ("Under the scheme agreed on Monday, the pupils will move in September.", "September", False),
    # a plain time opening the sentence frames the main clause
    ("In 1911, the forge reopened after a flood.", "1911", False),
])
def test_in_an_opening_participle(sentence: str, timex: str, expected: bool) -> None:
    assert in_an_opening_participle(one_sentence_event(sentence, timex)) is expected
