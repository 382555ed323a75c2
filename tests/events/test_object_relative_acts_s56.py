"""A relative clause at the sentence's end whose pronoun is its verb's object and whose subject is its own
("…, which the board rejected as too low", "…, which the maker submitted") tells that subject's act on the
noun as a happening of its own, at the time of the clause before (session 56, issue 12); not a naming, a
state or a saying, nor a relative in the middle of its sentence."""

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.events.joined_clauses import iter_joined_clauses
from explorer.ingest.extract import extract_document


@pytest.mark.parametrize("sentence, title", [
    ("Hollin first approached the board in January with an offer of 265 pence, which the board rejected as too low.",
     "The board rejects an offer of 265 pence"),
    ("In 1911 the parish drew up a plan for a new hall, which the bishop approved within a month.",
     "The bishop approves a"),
    ("In May the tenants sent the mayor a petition, which Ruth Oduya forwarded to the minister.",
     "Ruth Oduya forwards"),
])
def test_the_subject_s_act_on_the_noun(sentence: str, title: str) -> None:
    titles = [t for _, t in iter_joined_clauses(sentence, 0, len(sentence))]
    assert [t for t in titles if t.startswith(title)], titles


@pytest.mark.parametrize("sentence", [
    # (guards: a naming, a state, a relative inside its sentence)
    "The town built a new quay in 1890, which the fishermen called the Long Wall.",
    "The family bought a farm in 1920, which the children loved.",
    "The hall, which the council bought in 1960, is now a school.",
])
def test_no_act_from_a_naming_a_state_or_a_mid_sentence_relative(sentence: str) -> None:
    titles = [t for _, t in iter_joined_clauses(sentence, 0, len(sentence))]
    assert not [t for t in titles if t.split()[1:2] in (["fishermen"], ["children"], ["council"])], titles


def test_the_act_shares_the_date_before_it() -> None:
    text = "Notes\n\nIn March 1911 the parish drew up a plan for a new hall, which the bishop approved as it stood."
    events = extract_document(Document("a.txt", text, "a"), dct=date(2025, 12, 10)).events
    assert [e for e in events if e.title.startswith("The bishop approves") and e.begin == date(1911, 3, 1)], \
        [(e.title, e.begin) for e in events]
