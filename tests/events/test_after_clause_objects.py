"""An "after" clause whose verb is an irregular past or acts on an object with no determiner is a
happening of its own (``events.after_clauses._AFTER_CLAUSE_OBJECT``). Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.after_clauses import iter_after_clauses
from explorer.ingest import extract_document


def _found(sentence: str) -> dict[str, str]:
    return {found.trigger: title for found, title in iter_after_clauses(sentence, 0, len(sentence))}


@pytest.mark.parametrize("sentence, verb, words", [
    ("The museum bought the painting in 2011, three years after it won a prize in Ghent.", "won", ("wins", "prize")),
    ("The quarry was closed on 4 May after inspectors found cracks in the face.", "found", ("inspectors", "find")),
    ("The school shut on Monday after tests confirmed asbestos in the roof.", "confirmed", ("tests", "confirm")),
    ("The vet was called at noon after the groom found her lying in the box.", "found", ("groom", "finds")),
])
def test_an_irregular_past_or_a_bare_object_tells_the_clauses_act(sentence: str, verb: str, words: tuple[str, ...]) -> None:
    found = _found(sentence)
    assert verb in found, found
    assert all(w in found[verb].lower() for w in words), found


@pytest.mark.parametrize("sentence", [
    "The match was abandoned on Saturday after the rain fell for an hour.",  # no object: a cause
    "The line reopened in June after the council said it was safe.",  # a saying
    "The ferry sailed on Tuesday after the crew ran late.",  # no object
    "Rents rose in 2019 after years of delay.",  # a length of time, no clause
])
def test_no_act_without_an_object_or_with_a_saying(sentence: str) -> None:
    assert not {v for v in _found(sentence) if v in ("fell", "said", "ran", "rose")}


def test_the_pipeline_lists_the_after_clauses_act() -> None:
    # (not the opening sentence, whose cause a news body tells again: see undated_filters.a_ledes_cause)
    text = ("Quarry notes\n\nThe Holt quarry opened in 1961. "
            "It was closed on 4 May 2024 after inspectors found cracks in the face.")
    events = extract_document(Document("a.txt", text, "t"), dct=date(2025, 6, 30)).events
    assert any("find cracks" in e.title for e in events), [e.title for e in events]


@pytest.mark.parametrize("sentence", [
    "In May the two kingdoms made an alliance and shortly after jointly invaded the duchy.",
    "The firm was sold in 2001 and soon after quietly closed its mill.",
])
def test_shortly_after_is_an_adverb_not_a_clause(sentence: str) -> None:
    assert not {v for v in _found(sentence) if v in ("invaded", "closed")}
