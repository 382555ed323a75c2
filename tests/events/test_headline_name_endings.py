"""A title's first word read as a name, not as a gerund or an adverb, when no verb follows its phrase
(issue 12, session 21: "Italy declared war on …" and "Keating was released" kept their past in the
events table because "-ly" read as an adverb's ending and "-ing" as a gerund's)."""

from __future__ import annotations

import pytest

from explorer.events.tense import headline_tense
from tests.events.titled import title_at


@pytest.mark.parametrize("past, present", [
    ("Italy declared war on Portugal", "Italy declares war on Portugal"),
    ("Sicily was invaded", "Sicily is invaded"),
    ("Kelly resigned from the board", "Kelly resigns from the board"),
    ("Reading opened a new stadium", "Reading opens a new stadium"),
    ("Harding was elected president", "Harding is elected president"),
    ("Nanjing announced new curfews", "Nanjing announces new curfews"),
])
def test_a_name_ending_in_ly_or_ing_is_the_subject_of_the_verb_after_it(past: str, present: str) -> None:
    assert headline_tense(past) == present


@pytest.mark.parametrize("title", [
    "Using borrowed barges the garrison crossed the river",
    "Having signed the lease the tenants moved in",
])
def test_an_opening_phrase_before_its_clause_keeps_the_title_as_it_is(title: str) -> None:
    assert headline_tense(title) == title


def test_a_phrase_with_its_own_verb_after_the_opener_still_turns_its_verb() -> None:
    assert headline_tense("Freshly trained pilots joined the squadron") == "Freshly trained pilots join the squadron"


def test_titles_made_from_sentences_are_in_the_present() -> None:
    assert title_at("On 3 May 1921, Italy declared war on Portugal.", "3 May 1921") == "Italy declares war on Portugal"
    assert title_at("Harding was released from prison in 1924.", "1924") == "Harding is released from prison"


@pytest.mark.parametrize("past, present", [
    ("Retreating troops burned the bridge", "Retreating troops burn the bridge"),
    ("Using force was ruled out", "Using force is ruled out"),
])
def test_an_ing_word_whose_verb_has_no_other_subject_is_part_of_the_subject(past: str, present: str) -> None:
    assert headline_tense(past) == present
