"""A plain act told by its subject where no dated sentence is near (session thirteen, issue 12,
recall): measured on the readable gold, most events a reader lists and the app missed had no candidate
in their sentence at all, and the plain acts that did match there were dropped because no dated
neighbour on both sides could bound them. Such an act is now kept, undated, with the acts joined to it
by "and" or listed with it. Sentences written for this test; none names anything from a gold article
or a corpus."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document

_LEAD = "Local notes\n\n"


def _events(text: str):
    return list(extract_document(Document("a.txt", _LEAD + text, "t"), dct=date(2024, 9, 1)).events)


def _one(events, word: str):
    found = [e for e in events if word in e.title.lower()]
    assert len(found) == 1, [(e.title, e.begin, e.end) for e in events]
    return found[0]


@pytest.mark.parametrize(("text", "word"), [
    # an undated article's one act
    ("The parish council bought the old forge. The building needs a new roof.", "forge"),
    # the act that closes an article, a sentence away from the last date
    ("The club opened its new stand on 2 March 2024. Crowds have been larger since then. "
     "Supporters raised £80,000 for a second stand.", "raise"),
])
def test_a_plain_act_with_no_dated_neighbours_is_kept_undated(text: str, word: str) -> None:
    event = _one(_events(text), word)
    assert event.begin is None and event.certainty == "undated"


def test_an_act_after_the_dated_story_is_kept_and_not_exact() -> None:
    # an act told after the dated story, with nothing dated after it: kept; since session eighteen it
    # takes the last day told, inferred (story_day.undated_acts_on_the_story_day), never an exact date
    event = _one(_events("The ferry ran aground on 3 May 2023. Divers inspected the hull on 5 May 2023. "
                         "Much of the town watched from the quay. The owners sold the vessel to a breaker."), "vessel")
    assert event.certainty != "exact"


def test_the_acts_listed_with_a_loose_act_are_kept_too() -> None:
    events = _events("The bakery also hired two apprentices, repainted its shopfront and donated loaves to "
                     "the shelter. The owners are pleased.")
    for word in ("hire", "repaint", "donate"):
        assert _one(events, word).begin is None


@pytest.mark.parametrize("text", [
    # a state, a saying or a thought told by its subject is no act
    "The parish council owned the old forge. The building needs a new roof.",
    "The parish council said the forge was unsafe. The building needs a new roof.",
    # a measure of a period
    "The bakery's sales rose 4 percent. The owners are pleased.",
    # a pronoun subject in a portrait: a quality, not an act to list
    "She created chances for her team. Her style was admired.",
    # quoted speech
    "“The council bought the forge,” a neighbour said. The building needs a new roof.",
])
def test_no_loose_act_where_the_sentence_tells_no_act(text: str) -> None:
    assert [e.title for e in _events(text) if e.begin is None] == []
