"""A verb of saying before "that" ends the subject: "Our correspondent in Velika reports that …" has no
relative clause "that mobile internet has been" to drop (the title read "… reports is cut")."""

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.ingest.extract import extract_document


@pytest.mark.parametrize("sentence, kept", [
    ("09:40 Our correspondent in Harlow reports that mobile internet has been cut across the town.", "internet"),
    ("The court was told that Varn was recruited in the spring of 1953.", "Varn"),
])
def test_the_told_clause_stays(sentence: str, kept: str) -> None:
    text = "Live: the floods\n\nUpdated 3 May 2024\n\n" + sentence
    titles = [e.title for e in extract_document(Document("a.txt", text, "a"), dct=date(2024, 5, 3)).events]
    assert any(kept in t for t in titles), titles
    assert not any(" is cut" in t or "reports has" in t or "told was" in t for t in titles), titles
