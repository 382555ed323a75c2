"""Kinds of bad titles found in session six (issue 12), each with our own sentences: a determiner
read inside a word ("the an of American"), verbs in "-ore", and more below."""

from __future__ import annotations

import pytest

from explorer.events.clauses import relative_antecedent
from explorer.events.tense import present_of
from explorer.events.titles import make_title


def _title(sentence: str, expression: str) -> str:
    start = sentence.index(expression)
    return make_title(sentence, start, start + len(expression))


def test_a_relative_clause_tells_of_its_noun_never_of_a_determiner_inside_a_word() -> None:
    sentence = "Senior Danish and American engineers drew up plans that led to the opening of the tunnel in 1994."
    assert _title(sentence, "1994") == "Plans lead to the opening of the tunnel"
    left = sentence.index("led")
    assert relative_antecedent(sentence, left) == "plans"
    other = "Canadian officials held talks that ended in 2001."
    assert relative_antecedent(other, other.index("ended")) == "talks"


@pytest.mark.parametrize("past, present", [
    ("scored", "scores"), ("restored", "restores"), ("ignored", "ignores"), ("explored", "explores"),
    ("stored", "stores"), ("timed", "times"), ("anchored", "anchors"), ("monitored", "monitors"),
    ("sponsored", "sponsors"), ("poured", "pours"), ("claimed", "claims"),
])
def test_verbs_in_ore_keep_their_e_and_nouns_made_verbs_take_none(past, present) -> None:
    assert present_of(past) == present
