"""The second act of a subject set off by an aside ("Pym, who had been born in 1889, retired in 1950 and
bought a farm", "The Harlow brothers, two carpenters who had served in the navy, founded the yard in
1902 and built …") is the subject's, at the main clause's date; a date inside the aside is the aside's,
not the joined act's, and a denied act ("has not confirmed") is none."""

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.events.joined_clauses import iter_joined_clauses
from explorer.ingest.extract import extract_document


@pytest.mark.parametrize("sentence, title", [
    ("Pym, who had been born in 1889, retired in 1950 and bought a farm in Kent.", "Pym buys a farm in Kent"),
    ("The Harlow brothers, two carpenters who had served in the navy, founded the yard in 1902 and built a trawler.",
     "The Harlow brothers build a trawler"),
    ("Marta Quell, a chemist who had trained in Lyon, opened a pharmacy in 1931 and hired two assistants.",
     "Marta Quell hires two assistants"),
])
def test_the_joined_act_of_a_subject_with_an_aside(sentence: str, title: str) -> None:
    assert title in [t for _, t in iter_joined_clauses(sentence, 0, len(sentence))]


def test_a_denied_act_is_none() -> None:
    sentence = ("The paper said that the minister, who took office in June, will resign, but the ministry has not "
                "confirmed the report.")
    assert not [t for _, t in iter_joined_clauses(sentence, 0, len(sentence)) if "confirm" in t]


def test_the_joined_act_takes_the_main_clause_date_not_the_asides() -> None:
    text = "History\n\nPym, who had been born in 1889, retired in 1950 and bought a farm in Kent."
    events = extract_document(Document("a.txt", text, "a"), dct=date(2025, 12, 10)).events
    assert ("Pym buys a farm in Kent", date(1950, 1, 1)) in {(e.title, e.begin) for e in events}, \
        [(e.title, e.begin) for e in events]


def test_a_date_in_the_subjects_aside_dates_no_joined_act() -> None:
    text = ("Sport\n\nDunn, who coached the club in the 1990s, moved the training to the evenings and brought in "
            "a physiotherapist.")
    events = extract_document(Document("a.txt", text, "a"), dct=date(2025, 12, 10)).events
    assert not [e for e in events if "physiotherapist" in e.title and e.begin is not None and e.begin.year < 2000], \
        [(e.title, e.begin) for e in events]
