"""A happening told by a count from another the text has dated ("Two years after the wedding the couple
moved to the coast"): the tagger keeps the count a duration, so the happening had taken the year of the
one it counts from; it lies the count away from it (see events.counted_from_happenings). An event dated
by its own clause, and the named happening itself ("his death"), keep their dates. Sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.ingest import extract_document


def _window(text: str, words: str) -> tuple[date | None, date | None]:
    events = extract_document(Document("life.txt", text, "life"), dct=date(2026, 1, 1)).events
    found = next(e for e in events if words in e.title)
    return found.begin, found.end


@pytest.mark.parametrize("text,words,window", [
    ("Ida Lorne married the surveyor Paul Fenn in 1921. Three years after the wedding the couple bought a farm near Tarbet.",
     "farm", (date(1924, 1, 1), date(1924, 12, 31))),
    ("The poet Anselm Roe died in 1967; his letters were sold to a library in Leeds two years after his death.",
     "letters", (date(1969, 1, 1), date(1969, 12, 31))),
    ("The old quay burned down in 1899. The harbour board rebuilt the pier a year after the fire.",
     "rebuild", (date(1900, 1, 1), date(1900, 12, 31))),
])
def test_a_count_from_a_dated_happening_moves_the_event(text: str, words: str, window: tuple[date, date]) -> None:
    assert _window(text, words) == window


def test_an_event_dated_by_its_own_clause_keeps_its_date() -> None:
    text = "Ida Lorne married Paul Fenn in 1921. Their son was born in 1923, two years after the wedding."
    assert _window(text, "born") == (date(1923, 1, 1), date(1923, 12, 31))
