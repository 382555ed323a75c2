"""A clause of its own after ", and", ", but" or a semicolon, its subject a noun phrase with "the" or a
possessive, that tells an act or a mishap with no object ("…, and the bells of the abbey rang soon
afterwards", "…, but the monsoon broke early") is a happening of its own at the time of the clause before
(session 56, issue 12: three in four such clauses on the opened sets hold an event); not a saying, a
state, an act counted by times, a plan told with an auxiliary, nor "the two" of the clause before."""

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.events.joined_clauses import iter_joined_clauses
from explorer.ingest.extract import extract_document


@pytest.mark.parametrize("sentence, title", [
    ("White smoke rose from the chimney at 5 p.m., and the bells of the abbey rang soon afterwards.",
     "The bells of the abbey ring soon afterwards"),
    ("The climbers reached the ridge on 2 July, but the monsoon broke early.", "The monsoon breaks early"),
    ("The river rose all week in March, and the old bridge collapsed in the night.",
     "The old bridge collapses in the night"),
    ("The storm hit the harbour at dawn; its breakwater collapsed within an hour.", "Its breakwater collapses within an hour"),
])
def test_an_objectless_clause_of_its_own(sentence: str, title: str) -> None:
    assert title in [t for _, t in iter_joined_clauses(sentence, 0, len(sentence))]


@pytest.mark.parametrize("sentence", [
    # (guards: a saying, a state, a count of times, a plan, the clause before's people)
    "Tenants welcomed the pledge, but the landlords' association warned on Sunday that rents would rise.",
    "Residents may return from 6 a.m. on Thursday; the road stays closed to visitors.",
    "The canal opened in 1800, and the company ran out of money twice.",
    "The draw will be made on Monday, and the ties will be played on 18 April.",
    "The envoys met in Brell on 2 May, and the two talked until midnight.",
])
def test_no_act_of_its_own(sentence: str) -> None:
    assert [t for _, t in iter_joined_clauses(sentence, 0, len(sentence))] == []


def test_the_clause_shares_the_date_before_it() -> None:
    text = "Notes\n\nThe climbers reached the ridge on 2 July 1953, but the monsoon broke early."
    events = extract_document(Document("a.txt", text, "a"), dct=date(2025, 12, 10)).events
    assert ("The monsoon breaks early", date(1953, 7, 2)) in {(e.title, e.begin) for e in events}, \
        [(e.title, e.begin) for e in events]
