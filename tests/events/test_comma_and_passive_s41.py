"""After a dated clause, ", and" and a passive of the same subject with its own auxiliary and its own
date tell a second happening ("won the prize in 2011, and was given a professorship in 2016"), titled
with the shared subject; the first clause's title ends at the break."""

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.ingest.extract import extract_document


@pytest.mark.parametrize("sentence, first, second", [
    ("Tomas Brede won the regional prize in 2011, and was given a professorship in 2016.",
     ("Tomas Brede wins the regional prize", date(2011, 1, 1)), ("Tomas Brede is given a professorship", date(2016, 1, 1))),
    ("The old mill burned in May 1901, and was rebuilt in 1903.",
     ("The old mill burns", date(1901, 5, 1)), ("The old mill is rebuilt", date(1903, 1, 1))),
])
def test_two_happenings(sentence: str, first: tuple[str, date], second: tuple[str, date]) -> None:
    events = extract_document(Document("a.txt", "News\n\n" + sentence, "a"), dct=date(2025, 12, 10)).events
    assert {(e.title, e.begin) for e in events} >= {first, second}, [(e.title, e.begin) for e in events]


@pytest.mark.parametrize("sentence", [
    "The old mill burned in May 1901, and was never rebuilt.",
    "The old mill burned in May 1901, and was rebuilt by the parish.",
])
def test_a_passive_with_no_date_of_its_own_stays_part_of_the_happening(sentence: str) -> None:
    events = extract_document(Document("a.txt", "News\n\n" + sentence, "a"), dct=date(2025, 12, 10)).events
    assert len(events) == 1 and events[0].begin == date(1901, 5, 1), [(e.title, e.begin) for e in events]
