"""A happening told in a "that" clause after "told <whom>" is titled by that clause when the date is its:
"Union leaders told the paper that talks broke down on Saturday evening" -> "Talks break down". Whom it
was told was read only as one word ("told reporters"); "told the paper", "told the BBC" kept the teller's
title. Sentences written for this test (a translated press review of our own showed the kind)."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


@pytest.mark.parametrize(("text", "title"), [
    ("Union leaders told the paper that talks broke down on Saturday evening.", "Talks break down"),
    ("A spokesman told the BBC that the plant closed on 3 March.", "The plant closes"),
    ("The coach told a local radio station that the club dismissed its captain on Friday.", "The club dismisses its captain"),
    ("Witnesses told the inquiry that the barrier failed at 2 a.m. on 9 April.", "The barrier fails"),
    ("The minister told her party conference that the treaty was signed on 1 April.", "The treaty is signed"),
    ("She told reporters that the ferry sank on 2 April.", "The ferry sinks"),
])
def test_the_told_clause_is_the_happening(text: str, title: str) -> None:
    events = extract_document(Document("a.txt", text, "A"), date(2025, 4, 14)).events
    assert [e.title for e in events] == [title], [(e.title, e.timex) for e in events]
