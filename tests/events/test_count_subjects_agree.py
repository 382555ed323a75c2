"""A count of more than one standing alone as a subject ("Two withdrew before the hustings", "12 died",
"Twenty-one fled") takes a plural verb in the title: "Two withdraws" reads as a slip. "One" stays
singular. Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.ingest import extract_document


def _titles(text: str) -> list[str]:
    doc = Document("counts.txt", text, "counts")
    return [e.title for e in extract_document(doc, dct=date(2026, 8, 1)).events]


@pytest.mark.parametrize(("text", "title"), [
    ("Five candidates entered on 2 June; two withdrew before the hustings on 1 July.", "Two withdraw before the hustings"),
    ("Two withdrew on 3 July.", "Two withdraw"),
    ("12 died in the fire on 6 July.", "12 die in the fire"),
    ("Twenty-one fled on 8 July.", "Twenty-one flee"),
    ("Three escaped from the prison on 9 July.", "Three escape from the prison"),
])
def test_a_count_takes_a_plural_verb(text: str, title: str) -> None:
    assert title in _titles(text)


def test_one_stays_singular() -> None:
    assert "One dies" in _titles("One died on 7 July.")


def test_a_count_s_noun_is_no_verb() -> None:
    assert "Two appeals from residents delay the permit" in _titles("Two appeals from residents delayed the permit on 4 July.")
