"""A phrase opening a sentence with no comma after it, then a pronoun subject ("After the death of her
husband in 1882 she returned to work", "Following the vote on 3 May they walked out") is cut from the
title, which then names the pronoun's person in the present: left in, the title was the sentence's
past-tense start ("After the death of her husband she returned to work"). Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.ingest import extract_document


def _titles(text: str) -> list[str]:
    return [e.title for e in extract_document(Document("page.txt", text, "page"), dct=date(2026, 8, 1)).events]


@pytest.mark.parametrize(("text", "title"), [
    ("Amalie Vestergaard painted landscapes. After the death of her husband in 1882 she returned to work.",
     "Amalie Vestergaard returns to work"),
    ("Tomas Varga was a miner. During the strike of 1984 he joined the picket lines.", "Tomas Varga joins the picket lines"),
    ("Sofia Marek led the choir. Within a week of the concert on 3 May she resigned.", "Sofia Marek resigns"),
    ("Pieter Holm trained in Leiden. Upon his return to Delft in 1650 he opened a workshop.", "Pieter Holm opens a workshop"),
])
def test_the_phrase_goes_and_the_person_is_named(text: str, title: str) -> None:
    assert title in _titles(text), _titles(text)


def test_a_phrase_without_a_pronoun_after_it_stays_a_subject_s() -> None:
    titles = _titles("After months of talks the two unions merged on 3 May.")
    assert not any(t.startswith(("He ", "She ", "They ")) for t in titles), titles
