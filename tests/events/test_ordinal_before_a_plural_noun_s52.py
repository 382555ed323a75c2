"""Session 52 (lead): "The first houses flooded" has its noun; only an ordinal standing alone takes one.

counts.ordinal_named gives an ordinal with no noun of its own the noun counted just before ("two
electric ferries. The first arrives" -> "The first electric ferry arrives"). A plural noun in "-s"
after the ordinal ("The first houses flooded") was read as a present verb, and the title got a second
noun: "The first home houses flood". A word in "-s" followed by its own verb is the ordinal's noun.
Sentences of our own; each row of the first test failed before.
"""

from __future__ import annotations

import pytest

from tests.events.extracted_events import event_by_timex, events_of

ROWS = [
    ("She won permission for 140 homes on a flood plain. The first houses flooded in January 2021.",
     "January 2021", "The first houses flood"),
    ("The trust bought six ambulances in 2019. The first vans broke down in March 2020.", "March 2020",
     "The first vans break down"),
    ("The yard built four trawlers for the firm. The last boats were launched in May 1961.", "May 1961",
     "The last boats are launched"),
]


@pytest.mark.parametrize("text, timex, title", ROWS)
def test_the_ordinal_keeps_its_own_noun(text: str, timex: str, title: str) -> None:
    assert event_by_timex(events_of(text), timex).title == title


def test_an_ordinal_alone_still_takes_the_counted_noun() -> None:
    # guard
    events = events_of("The operator ordered two electric ferries. The first arrives in May 2026.")
    assert event_by_timex(events, "May 2026").title == "The first electric ferry arrives"
