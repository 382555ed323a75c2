"""Issue 12, session twelve (titles-two and actors): a country, body or firm named only as a
sentence's capitalised first word is still who acted, and a participle narrowing a description's head
is no part of it. Our own sentences, none from the gold set, the folders or TimeML."""

from __future__ import annotations

import pytest

from explorer.events.agents import subject_description, unknown_name_subject
from tests.entities.test_actor_kinds import _actors


@pytest.mark.parametrize(
    "text, expression, actor",
    [
        ("Trade with the north grew. Norland imposed duties on cloth in March 1820.", "March 1820", "Norland"),
        ("The embargo failed. Kessaria lifted the ban on 2 May 2024.", "2 May 2024", "Kessaria"),
        ("Prices rose. Brenmark raised its tariffs on 4 June 2021.", "4 June 2021", "Brenmark"),
        # a passive whose subject is no name: the subject, not the place the clause names
        ("The war dragged on for years. Peace was signed at Orvel in May 1712.", "May 1712", "Peace"),
    ],
)
def test_a_capitalised_subject_the_index_did_not_know_is_the_actor(text: str, expression: str, actor: str) -> None:
    assert _actors(text)[expression][:1] == (actor,)


@pytest.mark.parametrize(
    "title, sentence",
    [
        ("Police arrest two men", "Police arrested two men on Monday."),  # a collective noun
        ("Unemployment reaches 12 percent", "Unemployment reached 12 percent in May."),  # a common noun
        ("They march on the capital", "They marched on the capital in 1702."),  # a pronoun
        ("In May the council meets", "In May the council met."),  # framing, not a subject
    ],
)
def test_no_unknown_name_is_made_of_common_words(title: str, sentence: str) -> None:
    assert unknown_name_subject(title, sentence, 0) is None


@pytest.mark.parametrize(
    "title, sentence, actor",
    [
        ("A team led by the geologist Ivo Brandt drills the first core",
         "A team led by the geologist Ivo Brandt drilled the first core in June 2021.", "a team"),
        ("A unit run by two nurses opens", "A unit run by two nurses opened in May.", "a unit"),
        # a participle with no "by" opens a reduced relative too, no part of who (session 34; was "the ship sunk")
        ("The ship sunk in the storm is raised", "The ship sunk in the storm was raised in 1990.", "the ship"),
    ],
)
def test_a_participle_and_its_agent_narrow_the_description(title: str, sentence: str, actor: str) -> None:
    assert subject_description(title, sentence, 0) == actor


@pytest.mark.parametrize(
    "title, sentence",
    [
        ("Previously tested plans are replaced", "Previously tested plans were replaced in 1915."),
        ("Further declares war on the duchy", "Further, it declared war on the duchy in 1702."),
    ],
)
def test_an_adverb_opening_the_sentence_is_no_one(title: str, sentence: str) -> None:
    assert unknown_name_subject(title, sentence, 0) is None


def test_an_office_before_a_known_name_adds_no_second_actor() -> None:
    text = "Marta Olsen was elected in 2019. President Olsen resigned on 3 May 2023."
    assert _actors(text)["3 May 2023"][:1] == ("Marta Olsen",)
