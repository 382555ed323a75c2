"""Session 52 (lead): a hyphenated place opened by "Saint", "Port" or "Mont", and a double given name, are
one name.

Capitalised parts joined by hyphens were read as two names joined ("the Khamenei-Soleimani
partnership"), so "growers from Vaulry and Saint-Ombre" gave the actors "Saint" and "Ombre", and
"Anne-Marie" alone gave "Anne" and "Marie" (name_runs._one_double_name). Sentences of our own;
each row of the first test failed before.
"""

from __future__ import annotations

import pytest

from explorer.entities import annotate_corpus
from explorer.documents import Document
from explorer.ingest import extract_document
from explorer.ingest.extract import Corpus


def _names(text: str) -> list[str]:
    corpus = annotate_corpus(Corpus(documents=[extract_document(Document("a.txt", text, "A"))]))
    return [name for event in corpus.events for name in (*event.actors, *event.places)]


ROWS = [
    ("The cooperative was founded in 1911 by growers from Vaulry and Saint-Ombre.", "Saint-Ombre", "Ombre"),
    # (session 61: her given name makes Anne-Marie Duclos a person, whom the lone "Anne-Marie" joins)
    ("Anne-Marie Duclos ran the bakery. In 2001 Anne-Marie left for Lyon.", "Anne-Marie Duclos", "Marie"),
    ("The parish of Mont-Royal built a school in 1911.", "Mont-Royal", "Royal"),
    ("The ferry from Port-Vila sank in March 1952.", "Port-Vila", "Vila"),
    ("Pilgrims walked from Sainte-Anne to the coast in 1890.", "Sainte-Anne", "Anne"),
]


@pytest.mark.parametrize("text, whole, part", ROWS)
def test_the_hyphenated_name_is_one(text: str, whole: str, part: str) -> None:
    names = _names(text)
    assert whole in names and part not in names, names


def test_two_names_joined_before_their_noun_stay_two() -> None:
    # guard: "the Khamenei-Soleimani partnership" names two men
    names = _names("The Khamenei-Soleimani partnership ended in January 2020.")
    assert "Khamenei" in names and "Soleimani" in names, names
