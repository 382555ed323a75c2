"""Session 49 (actors): an act told in the infinitive after whom it was made, let or persuaded to do ("The
council forced the pub to close in March", "She published a report that persuaded the government to ban
tanker washing") is titled by that act ("The pub closes"), and its actor was the whole title ("the pub
closes"): the sentence holds no past after the title's first words, so the title was read as a noun
phrase. The actor is now the title's words before its verb. Found while reading a page of our own
(session 49) and on the readable part. Our own sentences; guards: a title with no verb keeps its noun
phrase, an act told in the past keeps its subject."""

from __future__ import annotations

import pytest

from tests.events.test_titles_kinds_s15 import _labelled_events


def _actors(text: str, title_words: str) -> list[tuple[str, ...]]:
    return [tuple(e.actors) for e in _labelled_events(text) if title_words in e.title.lower()]


@pytest.mark.parametrize(("sentence", "title_words", "actor"), [
    ("The council forced the pub to close in March.", "closes", "the pub"),
    ("Flooding forced the museum to close on 4 March.", "closes", "the museum"),
    ("Heavy snow forced the library to open late on 3 February.", "opens", "the library"),
    ("The strike forced the ferry to return to port on Friday.", "returns", "the ferry"),
    ("The bank allowed the firm to repay the loan in June.", "repays", "the firm"),
])
def test_the_actor_of_an_act_made_to_be_done_is_whom_it_was_made(sentence: str, title_words: str, actor: str) -> None:
    found = _actors(sentence, title_words)
    assert found and found[0][0] == actor, found


@pytest.mark.parametrize(("sentence", "title_words", "actor"), [
    ("The library closed in March.", "closes", "the library"),
    ("The lantern procession along the towpath on 3 May.", "procession", "the lantern procession"),
])
def test_other_actors_stay(sentence: str, title_words: str, actor: str) -> None:
    found = _actors(sentence, title_words)
    assert found and found[0][0] == actor, found
