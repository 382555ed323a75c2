"""A relative clause without "that" ("the bridge she designed", "the army he led") belongs to the
subject: the title's verb is the one after it, a shared subject loses the pronoun, and the actor is
the noun. Also irregular past forms the headline tense did not know ("ate", "slept", "drank").
Made-up sentences."""

from __future__ import annotations

import pytest

from explorer.events.agents import subject_description
from explorer.events.tense import headline_tense
from explorer.events.titles import make_title


@pytest.mark.parametrize("title, present", [
    ("The bridge she designed was completed", "The bridge she designed is completed"),
    ("The house they built burned down", "The house they built burns down"),
    ("The army he led was defeated", "The army he led is defeated"),
    ("The goats ate the hedge", "The goats eat the hedge"),
    ("The guests drank the well dry", "The guests drink the well dry"),
])
def test_the_verb_after_a_contact_relative_is_the_titles(title: str, present: str) -> None:
    assert headline_tense(title) == present


def test_a_shared_subject_loses_the_relative_pronoun() -> None:
    sentence = "The bridge she designed was opened in 1972 and was pulled down in 2011."
    start = sentence.index("2011")
    assert make_title(sentence, start, start + 4) == "The bridge is pulled down"


def test_the_actor_is_the_noun_before_the_relative_clause() -> None:
    assert subject_description("The bridge she designed is opened", "The bridge she designed was opened in 1972.", 0) \
        == "the bridge"


def test_a_pronoun_after_a_fronted_phrase_is_the_subject() -> None:
    assert headline_tense("Against wooden ships she seemed unstoppable") == "Against wooden ships she seems unstoppable"


@pytest.mark.parametrize("sentence, expression, title", [
    # (session 60, a court report of our own) a contact relative inside the subject's own "who" clause:
    # its pronoun opens no clause of the sentence, and the main clause's auxiliary still follows
    ("A roofer who took £18,000 for work he never finished was jailed on Thursday.", "Thursday", "A roofer is jailed"),
    ("A builder who kept deposits for jobs he never started was fined on 3 May.", "3 May", "A builder is fined"),
    ("A nurse who stole drugs she had signed for was struck off on Monday.", "Monday", "A nurse is struck off"),
])
def test_a_contact_relative_inside_a_subject_s_clause_is_left_out(sentence: str, expression: str,
                                                                   title: str) -> None:
    start = sentence.index(expression)
    assert make_title(sentence, start, start + len(expression)) == title
