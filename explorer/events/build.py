"""From tagged expressions to events: one event per dated (or anchored) occurrence in a document."""

from __future__ import annotations

import re
from typing import Sequence

from explorer.documents.document import Document
from explorer.events.record import Event
from explorer.events.titles import make_title
from explorer.sentences import SentenceIndex
from explorer.temporal.timex import Timex


def document_key(doc: Document) -> str:
    """A readable, stable prefix for event ids: the file name without its extension."""
    stem = doc.name.rsplit(".", 1)[0]
    return re.sub(r"[^A-Za-z0-9_-]+", "-", stem).strip("-") or "doc"


def event_id(doc: Document, timex: Timex) -> str:
    """Ids depend on the document and the expression's offset, not on row numbers, so they stay
    put when other documents are added or the extractor changes elsewhere in the text."""
    return f"{document_key(doc)}#{timex.start}"


def is_event_worthy(timex: Timex) -> bool:
    """Durations and sets are tagged but are not events; an anchored but undated expression is."""
    if timex.type in ("DURATION", "SET"):
        return False
    return timex.begin is not None or timex.anchor is not None


def _line_at(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end == -1 else end


def header_end(text: str) -> int:
    """Where the article body begins: the first line long enough to be prose (20+ words).

    Headlines, bylines and datelines sit above it; a date there that equals the document's own date
    is the publication date, not something that happened.
    """
    offset = 0
    for line in text.split("\n"):
        if len(line.split()) >= 20:
            return offset
        offset += len(line) + 1
    return 0


def is_dateline(doc: Document, timex: Timex, body_start: int) -> bool:
    """A publication date in page furniture: alone on its line, or the document date in the header."""
    line_start, line_end = _line_at(doc.text, timex.start)
    rest = doc.text[line_start:timex.start] + doc.text[timex.end:line_end]
    if not re.search(r"[A-Za-z]{2,}", rest):
        return True
    return (
        timex.start < body_start
        and doc.date is not None
        and timex.begin == doc.date
        and timex.end_day == doc.date
    )


def build_events(doc: Document, timexes: Sequence[Timex]) -> list[Event]:
    sentences = SentenceIndex(doc.text)
    body_start = header_end(doc.text)
    events: list[Event] = []
    for timex in timexes:
        if not is_event_worthy(timex) or is_dateline(doc, timex, body_start):
            continue
        sentence = sentences.at(timex.start)
        s_start, s_end = (sentence.start, sentence.end) if sentence else (timex.start, timex.end)
        s_end = max(s_end, timex.end)
        text = doc.text[s_start:s_end]
        anchor = timexes[timex.anchor] if timex.anchor is not None and 0 <= timex.anchor < len(timexes) else None
        events.append(
            Event(
                id=event_id(doc, timex),
                doc=doc.path,
                title=make_title(text, timex.start - s_start, timex.end - s_start),
                sentence=text,
                sentence_start=s_start,
                sentence_end=s_end,
                timex=timex.text,
                timex_start=timex.start,
                timex_end=timex.end,
                value=timex.value,
                type=timex.type,
                begin=timex.begin,
                end=timex.end_day if timex.begin is not None else None,
                certainty=timex.certainty if timex.begin is not None else "undated",
                mod=timex.mod,
                derivation=timex.derivation,
                anchor=event_id(doc, anchor) if anchor is not None else None,
            )
        )
    return events
