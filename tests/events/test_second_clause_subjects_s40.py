"""A second clause after ", and" with a subject and a date of its own is a happening of its own: a bare
plural told by where it is ("…, and clinics in the county will start using it in May"), a count with an
auxiliary ("…, and two more cranes are due to arrive in June"), a passive whose verb is "added" (no
verb of saying: "…, and a second platform was added in 2019")."""

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.ingest.extract import extract_document


@pytest.mark.parametrize("sentence, first, second", [
    ("The regulator approved the scanner in November, and clinics in the county will start using it in May.",
     ("The regulator approves the scanner", date(2025, 11, 1)), ("Clinics in the county will start using it", date(2026, 5, 1))),
    ("In August the board approved the expansion, and two more cranes are due to arrive in June.",
     ("The board approves the expansion", date(2025, 8, 1)), ("Two more cranes are due to arrive", date(2026, 6, 1))),
    ("A new station building was opened in 2012, and a second platform was added in 2019.",
     ("A new station building is opened", date(2012, 1, 1)), ("A second platform is added", date(2019, 1, 1))),
])
def test_two_happenings(sentence: str, first: tuple[str, date], second: tuple[str, date]) -> None:
    events = extract_document(Document("a.txt", "News\n\n" + sentence, "a"), dct=date(2025, 12, 10)).events
    assert {(e.title, e.begin) for e in events} >= {first, second}, [(e.title, e.begin) for e in events]
