"""Session 52 (lead): a listed subject whose last member has names apposed to it.

"On Saturday Kos, Reiter and the two guides, Pemba and Lakpa, left Camp 3" was titled "Reiter and the two
guides leave Camp 3": the names set off by commas after the list read as no list's member, so the list
was taken for an opener and its first member dropped. The apposed names are now read past as an aside
(subjects._listed_subject, past_the_opener). Sentences of our own; each row failed before.
"""

from __future__ import annotations

import pytest

from tests.events.extracted_events import event_by_timex, events_of

ROWS = [
    ("On Saturday morning Kos, Reiter and the two Nepali guides, Pemba and Lakpa, left Camp 3 at 4 a.m.",
     "Saturday morning", "Kos, Reiter and the two Nepali guides leave Camp 3"),
    ("In 1921 Hart, Ames and their two sons, Tom and Will, sailed for Canada.", "1921",
     "Hart, Ames and their two sons sail for Canada"),
    ("On 4 June Vell, Orme and the harbourmaster, Anders Kiel, inspected the breakwater.", "4 June",
     "Vell, Orme and the harbourmaster inspect the breakwater"),
]


@pytest.mark.parametrize("text, timex, title", ROWS)
def test_the_list_keeps_its_first_member(text: str, timex: str, title: str) -> None:
    assert event_by_timex(events_of(text), timex).title == title
