"""A stretch of time told by its two ends, each a clock time on its day ("between 10pm on Friday and 7am
on Saturday"), dates one happening somewhere in it: one event spanning the days, not one at each end
(issue 12: duplicates within a sentence). Sentences written for this test (crime, utilities, police,
a newsletter); two clock times not opened by "between" or "from" stay two happenings."""

from datetime import date

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.events.build import build_events

TODAY = date(2026, 3, 11)


def _events(sentence: str):
    doc = Document("a.txt", sentence, "t", TODAY, "given")
    return [e for e in build_events(doc, temporal.tag(sentence, doc.date)) if e.timex]


@pytest.mark.parametrize("sentence, begin, end", [
    ("A bicycle was stolen from a shed on Mill Road between 10pm on Friday and 7am on Saturday.", 6, 7),
    ("Thieves broke into the cricket pavilion between 6pm on 3 March and 8am on 4 March.", 3, 4),
    ("Power was cut to 300 homes between 9 p.m. on Tuesday and 2 a.m. on Wednesday.", 10, 11),
    ("Officers believe the van was driven away from Elm Street between 7pm on Sunday and 6am on Monday.", 8, 9),
    ("Someone damaged the bus shelter between about 11pm on Saturday and 5am on Sunday, the parish council said.", 7, 8),
])
def test_a_range_of_two_clock_times_is_one_happening(sentence: str, begin: int, end: int) -> None:
    events = _events(sentence)
    assert len(events) == 1
    assert (events[0].begin, events[0].end) == (date(2026, 3, begin), date(2026, 3, end))


@pytest.mark.parametrize("sentence", [
    "The ferry left at 9 a.m. on Friday and returned at 6 p.m. on Sunday.",
    "The alarm sounded at 10pm on Friday, and police arrived at 1am on Saturday.",
])
def test_two_clock_times_of_two_acts_stay_apart(sentence: str) -> None:
    assert len({e.end for e in _events(sentence)}) >= 2
