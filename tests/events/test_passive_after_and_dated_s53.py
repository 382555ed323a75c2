"""A passive that tells a happening ("demolished", "destroyed", "pulled down") in a clause of its own after ", and" or ",
but", joined to a dated clause ("The old gaol closed in 1878, and it was demolished within a decade"), takes
the dated clause's time, as any clause joined so does; before, the passive was read alone as an undated
occurrence and the joined clauses' rule never saw it (session 53, h53r; undated_events._read_as_joined).
Not a relative clause's passive ("…, where they were treated"). Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.events.extracted_events import events_of


@pytest.mark.parametrize(
    "text, words, year",
    [
        ("The pier was wrecked by a storm in 1953, and it was demolished soon after.", "demolished", 1953),
        ("The old gaol closed in 1878, and it was demolished within a decade.", "demolished", 1878),
        ("The priory was closed by the crown in 1536, and it was destroyed within a generation.", "destroyed", 1536),
    ],
)
def test_the_joined_passive_takes_the_dated_clause_s_time(text: str, words: str, year: int) -> None:
    events = [e for e in events_of(text) if words in e.title]
    assert events and events[0].begin is not None and events[0].begin.year == year, [(e.title, e.begin) for e in events]
