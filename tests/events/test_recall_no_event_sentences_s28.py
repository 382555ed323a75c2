"""Happenings of sentences that gave no event at all (session 28, issue 12): kinds found by tracing
the readable gold's missed events to the stage that lost them. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document

_LEAD = "News in brief\n\n"


def _events(text: str):
    return list(extract_document(Document("a.txt", _LEAD + text, "t"), dct=date(2024, 9, 1)).events)


def _one(events, word: str):
    found = [e for e in events if word in e.title.lower()]
    assert len(found) == 1, [(e.title, e.begin, e.end) for e in events]
    return found[0]


# ------------------------------------------------ a plain act between dates that cannot bound it
# The sentence after it jumps back in time, so the two dated neighbours give it no window: it was left
# out; a reader still lists it, with no date.

@pytest.mark.parametrize(("text", "word"), [
    ("The mill reopened on 14 October 2019 after a long restoration. The miller sold the first sacks of "
     "flour to a bakery in town. In 2012 the trust had bought the building for £1.", "sell"),
    ("Police arrested two men in Harwick on 9 June 2023. Detectives searched a warehouse near the docks. "
     "The thefts had begun in January 2021.", "search"),
    ("The ship was launched at Clydebank on 2 March 1911. The owners renamed the vessel. In 1908 the yard "
     "had signed the contract.", "rename"),
])
def test_a_plain_act_the_neighbours_cannot_bound_is_listed_undated(text: str, word: str) -> None:
    event = _one(_events(text), word)
    assert (event.begin, event.end, event.certainty) == (None, None, "undated")
