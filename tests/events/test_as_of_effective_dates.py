"""A date after "as of" that follows a past act on an object is the day the act took effect ("The airline
suspended flights to the island as of 4 March 2022"), an event; after a list, a count or a state it stays
a cut-off that picks what counts ("the register as at 31 March", "had 300 staff as of June"), no event.
Sentences written for this test (a filing of our own showed the kind)."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _events(text: str):
    return extract_document(Document("a.txt", text, "A"), date(2025, 1, 1)).events


@pytest.mark.parametrize(("text", "title", "day"), [
    ("The airline suspended flights to the island as of 4 March 2022.", "The airline suspends flights to the island", date(2022, 3, 4)),
    ("The council raised parking fees as of 1 April 2023.", "The council raises parking fees", date(2023, 4, 1)),
    ("The regulator revoked the firm's licence as of 9 May 2024.", "The regulator revokes the firm's licence", date(2024, 5, 9)),
    ("The school dropped its uniform rule as of 1 September 2021.", "The school drops its uniform rule", date(2021, 9, 1)),
])
def test_an_act_taking_effect_is_an_event(text: str, title: str, day: date) -> None:
    assert [(e.title, e.begin) for e in _events(text)] == [(title, day)]


@pytest.mark.parametrize("text", [
    "The register of members as at 31 March 2024 lists 412 names.",
    "The firm had 300 staff as of June 2021.",
    "Shareholders of record as of 5 May 2020 are entitled to vote.",
])
def test_a_cut_off_is_no_event(text: str) -> None:
    assert not [e for e in _events(text) if e.timex]
