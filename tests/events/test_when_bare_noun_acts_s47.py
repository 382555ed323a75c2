"""A "when" clause right after the date it shares, whose subject is a bare noun of a substance or a
force acting on something ("…, when silt blocked the entrance channel", "in 1965, when lava buried the
village"), tells a happening of its own at that date; not a state, a price or a measure told for the
time ("when beer cost twopence a pint", "when wool paid the rent", "when water reached the stairs"), nor a word that names no thing
("when nobody wanted the square")."""

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.events.joined_clauses import iter_joined_clauses
from explorer.ingest.extract import extract_document


@pytest.mark.parametrize("sentence, title", [
    ("The old harbour was abandoned in 1822, when silt blocked the entrance channel.", "Silt blocks the entrance channel"),
    ("The line closed for a week in February 1947, when snow buried the cuttings near Alston.",
     "Snow buries the cuttings near Alston"),
    ("The crossing was shut on 8 January, when ice trapped two ferries at the quay.", "Ice traps two ferries at the quay"),
    ("The school moved to the town hall in the spring of 1931, when fire gutted its east wing.",
     "Fire guts its east wing"),
])
def test_a_bare_noun_acting_in_a_when_clause_after_its_date(sentence: str, title: str) -> None:
    assert title in [t for _, t in iter_joined_clauses(sentence, 0, len(sentence))]


@pytest.mark.parametrize("sentence", [
    "The inn changed hands in 1931, when beer cost twopence a pint.",
    "The farm was sold in 1890, when wool paid the rent.",
    "The mill flourished in the 1870s, when cotton prices rose to record levels.",
    "The market moved indoors in 1890, when nobody wanted the square.",
    "The bakery opened in 1950, when bread made the family's living.",
    "The cellar flooded again on 3 March, when water reached the stairs.",
])
def test_no_happening_in_a_state_told_for_the_time(sentence: str) -> None:
    assert [t for _, t in iter_joined_clauses(sentence, 0, len(sentence))] == []


def test_the_bare_noun_act_shares_the_date() -> None:
    text = "News\n\nThe old harbour was abandoned in March 1822, when silt blocked the entrance channel."
    events = extract_document(Document("a.txt", text, "a"), dct=date(2025, 12, 10)).events
    assert ("Silt blocks the entrance channel", date(1822, 3, 1)) in {(e.title, e.begin) for e in events}, \
        [(e.title, e.begin) for e in events]
