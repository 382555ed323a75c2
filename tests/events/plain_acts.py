"""Helpers shared by the recall tests of plain past acts (sessions 25 and 30): one sentence read by the
plain-past clause reader, or set between two dated sentences of a local page and extracted whole."""

from __future__ import annotations

from datetime import date

from explorer.documents import Document
from explorer.events.plain_past import plain_past_clause
from explorer.ingest import extract_document


def plain_title(sentence: str, writer: bool = False) -> str | None:
    """The title the plain-past reader gives the whole sentence, or None when it reads no act."""
    found = plain_past_clause(sentence, 0, len(sentence), writer=writer)
    return found[1] if found else None


def middle_titles(sentence: str) -> list[str]:
    """The titles of the events told in ``sentence``, set between two dated sentences of a local page."""
    before, after = "Local news\n\nThe ferry sank on 2 March 2025. ", " The harbour reopened on 9 March 2025."
    doc = Document("a.txt", before + sentence + after, "t")
    events = extract_document(doc, dct=date(2025, 3, 20)).events
    return [e.title for e in events if len(before) <= e.sentence_start < len(before) + len(sentence)]
