"""A "when" clause right after the date it shares, telling an act or a mishap with no object ("…, when
the pass reopened", "when the ferry capsized"), is a happening of its own at that date, titled with its
own subject and verb; not where the main clause only frames the time ("The worst day came on …, when"),
nor an adjective after a pronoun object ("kept it shut")."""

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.events.joined_clauses import iter_joined_clauses
from explorer.ingest.extract import extract_document


@pytest.mark.parametrize("sentence, title", [
    ("The two field clinics resumed their rounds on 9 February, when the mountain road reopened.",
     "The mountain road reopens"),
    ("The warden drowned on 4 March 1882 when the island's boat capsized off the jetty.",
     "The island's boat capsizes off the jetty"),
    ("The ferry service ended in June 1962, when the old paddle steamer sank.", "The old paddle steamer sinks"),
])
def test_an_objectless_when_clause_after_its_date(sentence: str, title: str) -> None:
    assert title in [t for _, t in iter_joined_clauses(sentence, 0, len(sentence))]


@pytest.mark.parametrize("sentence", [
    "The worst night in the town's history came on 2 February 1958, when the lifeboat capsized.",
    "The baths were last closed for a long period in 2019, when a leaking tank kept it shut for a month.",
])
def test_no_second_happening_beside_a_framed_time(sentence: str) -> None:
    assert [t for _, t in iter_joined_clauses(sentence, 0, len(sentence))] == []


def test_the_when_clause_shares_the_date() -> None:
    text = "News\n\nThe two field clinics resumed their rounds on 9 February 2025, when the mountain road reopened."
    events = extract_document(Document("a.txt", text, "a"), dct=date(2025, 12, 10)).events
    assert ("The mountain road reopens", date(2025, 2, 9)) in {(e.title, e.begin) for e in events}, \
        [(e.title, e.begin) for e in events]
