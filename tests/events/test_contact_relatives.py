"""A date right after the verb of a contact relative clause (an object relative with no "that") is that
clause's act on its head: "She sold the car Tom bought in 2019" -> "Tom buys the car", not "The car Tom
is bought". A head that tells a time or a way is no object: those keep the old titles (a pronoun subject,
once left alone too, is read since session 46: ``test_relative_acts_s46``). Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _titles(text: str) -> list[str]:
    return [e.title for e in extract_document(Document("a.txt", text, "A"), date(2025, 2, 4)).events]


@pytest.mark.parametrize(("text", "title"), [
    ("She sold the car Tom bought in 2019.", "Tom buys the car"),
    ("He praised the report the committee released on 4 March 2021.", "The committee releases the report"),
    ("The council demolished the stand the club built in 1923.", "The club builds the stand"),
    ("The museum returned a statue Napoleon took in 1798.", "Napoleon takes a statue"),
    ("Auditors questioned the loans the bank made in 2008.", "The bank makes the loans"),
    ("Fans still sing the song the band wrote in 1979.", "The band writes the song"),
])
def test_the_relatives_own_act(text: str, title: str) -> None:
    assert _titles(text) == [title]


@pytest.mark.parametrize(("text", "not_title"), [
    ("We remember the day the war ended in 1945.", "The war ends the day"),
    ("A spokeswoman said the harbour master Karl Voss left Tuesday for talks.", "Karl Voss leaves the harbour master"),
    ("It was the heaviest fighting since a ceasefire collapsed in January 2020.", "A ceasefire collapses the heaviest fighting since"),
    ("The fund follows an emergency payment of £2,000 a farm that the ministry made in May 2024.", "The ministry makes a farm that"),
])
def test_no_object_read_where_there_is_none(text: str, not_title: str) -> None:
    assert not_title not in _titles(text)
