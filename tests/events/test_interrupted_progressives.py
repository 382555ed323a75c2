"""A past progressive interrupted by a "when" clause is titled from the "when" clause's happening
(``explorer.events.interrupted_progressives``), on sentences written for these tests, beside
progressives and "when" clauses of other kinds that keep their titles."""

from __future__ import annotations

import pytest

from tests.events.test_precision_kinds_s28 import _titles


@pytest.mark.parametrize(("sentence", "title"), [
    ("The 43-year-old man was riding home from work when he was struck by a dark blue estate car near the "
     "junction with Tanner Street at about 7.40pm on 9 March.", "The 43-year-old man is struck by a dark blue estate car"),
    ("In the summer of 1958 a geologist, Ada Kessel, was sampling a cold spring in the hills when she saw a "
     "green film on the rocks.", "Ada Kessel sees a green film on the rocks"),
    ("On 3 September 2025 the gardener was spraying roses when a hose coupling failed and soaked his sleeve.",
     "A hose coupling fails"),
    ("Tomas Reyn had been working for a mine clearance group when he was kidnapped with his driver in March 1996.",
     "Tomas Reyn is kidnapped with his driver"),
    ("The survey team was clearing mines near the border when it was attacked.", "The survey team is attacked"),
    ("Mara Quell was running for the bus on Monday when she fell.", "Mara Quell falls"),
])
def test_the_when_clause_titles_the_happening(sentence: str, title: str) -> None:
    assert _titles(sentence) == [title]


@pytest.mark.parametrize(("sentence", "title"), [
    # a "when" clause of a state or an age; a progressive of going; no "when" clause
    ("She was living in Leeds in 1990 when she was nine.", "living in Leeds"),
    ("The minister was going to resign on Friday when the vote was called off.", "going to resign"),
    ("On Monday the ferry was crossing the bay.", "crossing the bay"),
])
def test_other_progressives_keep_their_titles(sentence: str, title: str) -> None:
    assert any(title in t for t in _titles(sentence)), _titles(sentence)


def test_a_pronoun_with_an_object_of_its_own_is_not_the_progressives_subject() -> None:
    titles = _titles("Ines Valk was driving to work on Tuesday when he overtook her.")
    assert titles == ["He overtakes her"], titles
