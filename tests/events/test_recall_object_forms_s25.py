"""Events recall, session twenty-five (issue 12): plain acts refused for the form of their object alone.

Found in twelve articles written for this session (a police blotter, a succession history …): the
plain-past rule, which reads an undated sentence told by its subject and a past verb acting on
something, refused

- a reflexive pronoun with what the subject made itself ("He proclaimed himself duke");
- a plea in court ("The landlord pleaded guilty at the first hearing"), an act without an object.

(A phrasal verb opening the sentence, "Volunteers handed out blankets", was tried too and left out: on
the never-opened gold it added one event no reader listed and none they did.) Sentences written for
this test; none names anything from a gold article or a corpus."""

from __future__ import annotations

import pytest

from tests.events.plain_acts import middle_titles as _middle_titles
from tests.events.plain_acts import plain_title as _plain


@pytest.mark.parametrize(("sentence", "words"), [
    ("Rebel leader Osk Varr proclaimed himself regent.", "proclaim"),
    ("The ferry company declared itself insolvent.", "declare"),
    ("The skipper pleaded guilty at the first hearing.", "plead"),
    ("Both deckhands pleaded not guilty to theft.", "plead"),
])
def test_an_act_with_a_reflexive_or_a_plea_is_a_plain_act(sentence: str, words: str) -> None:
    title = _plain(sentence)
    assert title is not None and all(w in title.lower() for w in words.split()), title


@pytest.mark.parametrize(("sentence", "words"), [
    ("The skipper pleaded guilty at the first hearing.", "plead"),
    ("Rebel leader Osk Varr proclaimed himself regent.", "proclaim"),
])
def test_such_an_act_between_dated_sentences_is_an_event(sentence: str, words: str) -> None:
    titles = _middle_titles(sentence)
    assert any(all(w in t.lower() for w in words.split()) for t in titles), titles


@pytest.mark.parametrize("sentence", [
    # a reflexive before a preposition tells a manner, not a thing made
    "She threw herself into the campaign.",
    "He busied himself with the accounts.",
    # a demonstrative object is not read (a court's reasoning: "rejected that account")
    "The panel rejected that account.",
    # "pleaded" with anything but a plea tells a request
    "The skipper pleaded with the coastguard.",
])
def test_a_manner_a_reasoning_or_a_request_stays_out(sentence: str) -> None:
    assert _plain(sentence) is None
