"""How far back a pronoun subject looks for whom it stands for (session sixteen, issue 12). It reached
3,000 characters whatever lay between, so "It closed the yard" four paragraphs on took the last
company named as a subject in the first. A pronoun stands for an actor named in its own paragraph or
the one before (at least the two sentences before its own); further back only for one the reader has
met again since, or the one actor of its kind the story names as a subject (a profile of one person,
a report on one company). Our own sentences."""

from __future__ import annotations

from explorer import temporal
from explorer.documents import Document
from explorer.entities import build_index
from explorer.entities.subject import pronoun_horizon
from explorer.events.build import build_events


def test_the_horizon_is_the_paragraph_before_or_two_sentences_back() -> None:
    paragraphs, sentences = [0, 100, 200], [0, 50, 100, 150, 200, 250]
    assert pronoun_horizon(paragraphs, sentences, 260) == 100  # the paragraph before its own
    assert pronoun_horizon(paragraphs, sentences, 120) == 0
    # a story of one-sentence paragraphs: the two sentences before, across two paragraphs
    assert pronoun_horizon([0, 50, 100, 150], [0, 50, 100, 150], 160) == 50


def _actors(text: str) -> dict[str, tuple[str, ...]]:
    doc = Document("a.txt", text, "t", None, "none")
    index = build_index([(doc.path, text)])
    return {e.timex: index.label(e).actors for e in build_events(doc, temporal.tag(text, None)) if e.timex}


_BETWEEN = ("\n\nThe tides were high that year. Divers checked the footings twice.\n\n"
            "The weather stayed poor. Crews waited for weeks.\n\n")


def test_it_four_paragraphs_on_is_none_of_two_bodies_named_there() -> None:
    text = ("Kelby Harbour Council approved a slipway in March 2015. Marlow Fisheries paid for half of it in "
            "April 2015." + _BETWEEN + "It closed the yard in May 2016.")
    assert "Marlow Fisheries" not in _actors(text)["May 2016"]


def test_it_far_on_is_the_one_body_the_story_names() -> None:
    text = "Marlow Fisheries paid for a slipway in April 2015." + _BETWEEN + "It closed the yard in May 2016."
    assert _actors(text)["May 2016"][:1] == ("Marlow Fisheries",)


def test_she_far_on_is_none_of_two_people_named_there_but_one_met_again_since() -> None:
    opening = "Captain Sasha Holm joined the coastguard in 1979. Captain Robin Marr trained her in 1980."
    far = opening + _BETWEEN + "She retired in 2019."
    assert _actors(far)["2019"][:1] not in (("Sasha Holm",), ("Robin Marr",))
    again = opening + _BETWEEN + "The crews thought highly of Captain Holm. She retired in 2019."
    assert _actors(again)["2019"][:1] == ("Sasha Holm",)
