"""A pair joined by "and" after "between" is one noun phrase, not a second predicate: "The quota agreement
between Velmar and Ostry collapsed in 2017" is titled "The quota agreement between Velmar and Ostry
collapses", not "Ostry collapses". A policy brief of our own showed the kind. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


@pytest.mark.parametrize(("text", "title"), [
    ("The 2009 quota agreement between Velmar and Ostry collapsed in 2017.", "The 2009 quota agreement between Velmar and Ostry collapses"),
    ("The border dispute between Norland and Estria ended in 1995.", "The border dispute between Norland and Estria ends"),
    ("Talks between the union and the company broke down on 3 March 2024.", "Talks between the union and the company break down"),
    ("A match between Leeds and Hull was abandoned on 3 March 2024.", "A match between Leeds and Hull is abandoned"),
    ("The ceasefire between the army and the rebels collapsed in May 2019.", "The ceasefire between the army and the rebels collapses"),
    ("The 1992 treaty between Arvia and Belmont lapsed in 2010.", "The 1992 treaty between Arvia and Belmont lapses"),
])
def test_the_pair_stays_in_the_subject(text: str, title: str) -> None:
    events = extract_document(Document("a.txt", text, "A"), date(2025, 1, 1)).events
    assert title in [e.title for e in events], [(e.title, e.timex) for e in events]
    assert not any(e.title.split()[0] in ("Ostry", "Estria", "Hull", "Belmont") for e in events), [e.title for e in events]
