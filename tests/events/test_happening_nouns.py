"""The nouns of happenings and their headline verbs are one table (explorer.events.happening_nouns):
every rule that reads such a noun finds the nouns the others title, and tells the same verb."""

from __future__ import annotations

import re

import pytest

from explorer.events.after_clauses import iter_after_clauses
from explorer.events.happening_nouns import (ACTIVE, EPISODE_NOUNS, KEPT_AS_PHRASE, NEWS_NOUNS,
                                             NOMINAL_VERBS, OCCURRENCE_NOUNS, PASSIVE, PHRASED, alternation)
from explorer.events.occurrences import TRIGGER
from explorer.events.titles.subjects import nominal_event


@pytest.mark.parametrize("noun", sorted({*ACTIVE, *PASSIVE, *PHRASED}))
def test_every_titled_noun_is_found_after_after(noun: str) -> None:
    """A noun the after-noun titles have a verb for is found inside a dated sentence too."""
    sentence = f"The two deckhands were questioned on Friday, a month after their {noun}."
    found = [occurrence.trigger for occurrence, _ in iter_after_clauses(sentence, 0, len(sentence))]
    assert found == [noun]


@pytest.mark.parametrize("noun", sorted(KEPT_AS_PHRASE))
def test_a_noun_kept_as_a_phrase_keeps_its_phrase(noun: str) -> None:
    sentence = f"The depot reopened on Friday, a month after a {noun}."
    assert [title for _, title in iter_after_clauses(sentence, 0, len(sentence))] == [f"A {noun}"]


@pytest.mark.parametrize("noun", sorted(set(NOMINAL_VERBS) & {*ACTIVE, *PASSIVE}))
def test_a_nominal_title_tells_the_verb_the_after_noun_titles_tell(noun: str) -> None:
    """ "the killing of X" and "after his killing" tell the same verb ("is killed")."""
    title = nominal_event(f"They spoke of the {noun} of Tomas Brenner at length.")
    verb = ACTIVE[noun] if noun in ACTIVE else f"is {PASSIVE[noun]}"
    assert title is not None and title.startswith(f"Tomas Brenner {verb}")


@pytest.mark.parametrize("noun", sorted(NEWS_NOUNS | EPISODE_NOUNS))
def test_an_opening_after_phrase_reads_every_news_noun(noun: str) -> None:
    """ "After the takeover at the works, the owners closed the canteen": the opening "After" phrase reads
    the same news nouns as the "after" inside a sentence, and an episode's besides (it kept a hand list
    of its own, which lacked "takeover", "signing", "leak", "spill", "accident" and "blaze")."""
    sentence = f"After the {noun} at the works, the owners closed the canteen."
    assert [occurrence.trigger for occurrence, _ in iter_after_clauses(sentence, 0, len(sentence))] == [noun]


def test_a_noun_with_a_verb_is_not_kept_as_a_phrase() -> None:
    assert not KEPT_AS_PHRASE & {*ACTIVE, *PASSIVE, *PHRASED}  # a noun with a verb is titled by it


@pytest.mark.parametrize("noun", sorted(OCCURRENCE_NOUNS))
def test_an_owned_occurrence_noun_triggers_an_occurrence(noun: str) -> None:
    assert TRIGGER.search(f"Reporters waited for the minister's {noun} all week.")


def test_the_alternation_tries_the_longest_noun_first() -> None:
    assert re.match(alternation({"visit", "visits", "trip"}), "visits").group() == "visits"
    assert alternation({"b", "a", "cc"}) == "cc|a|b"  # a fixed order, whatever the set's
