"""A storm named as people are named ("Storm Agnes", "Hurricane Bastien", "Typhoon Mira") is no person
a later "he" or "she" stands for (session fifty-three, from a rescue team's report of our own: "He was
treated for hypothermia" had become "Storm Agnes is treated"). It stays an actor of its own acts."""

from __future__ import annotations

import pytest

from explorer.documents import Document
from explorer.entities import annotate_corpus
from explorer.ingest import extract_document
from explorer.ingest.extract import Corpus


def _events(text: str):
    """The events with their actors, as the app gives them."""
    corpus = annotate_corpus(Corpus(documents=[extract_document(Document("a.txt", text, "A", date=None))]))
    return corpus.documents[0].events


@pytest.mark.parametrize("text", [
    "On 26 November 2023 Storm Agnes brought winds of 80 mph, and the team searched for a missing runner before "
    "finding him in a sheepfold. He was treated for hypothermia the next morning.",
    "On 4 September 2019 Hurricane Bastien flooded the quay, and a fisherman was swept off it. He was rescued by "
    "a lifeboat crew the next day.",
    "On 12 August 2015 Typhoon Mira cut the island's power, and coastguards found a missing diver. She was taken "
    "to hospital the next day.",
])
def test_a_pronoun_is_not_the_storm(text: str) -> None:
    events = _events(text)
    storm = text.split(" ")[4] + " " + text.split(" ")[5]
    later = [e for e in events if e.sentence.startswith(("He ", "She "))]
    assert later, [e.title for e in events]
    assert all(storm not in e.title and storm not in e.actors for e in later), [(e.title, e.actors) for e in later]
    first = next(e for e in events if e.title.startswith(storm))
    assert storm in first.actors
