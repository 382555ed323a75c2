""""They" opening a sentence takes up a collective noun after "the" in the last clause before it ("…,
and the choir toured Norway the next year. They won the gold medal in 1998" -> "The choir wins the
gold medal"), as it takes up a plural."""

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.ingest.extract import extract_document


def _titles(text: str) -> list[str]:
    return [e.title for e in extract_document(Document("a.txt", "Headline\n\n" + text, "a"), dct=date(2025, 6, 1)).events]


@pytest.mark.parametrize("text, title", [
    ('"Low Water" sold well in the spring of 1996, and the choir toured Norway the next year. '
     "They won the gold medal at the Bergen festival in 1998.", "The choir wins the gold medal at the Bergen festival"),
    ("The first album came out in 2001, and the band toured the coast that summer. "
     "They signed with a London label in 2003.", "The band signs with a London label"),
])
def test_they_names_the_collective(text: str, title: str) -> None:
    assert title in _titles(text)
