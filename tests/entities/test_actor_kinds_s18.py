"""Issue 12, session eighteen (titles and actors): a plural subject's title is in the plural present
("Divers begin", not "Divers begins"), and the subject is still found where the sentence writes it
after an opening time or phrase, past a perfect's "had"; a crowd's size ("hundreds of tenants") is no
one, its plural is who acted. Our own sentences, none from the gold set, the folders or TimeML."""

from __future__ import annotations

import pytest

from explorer.events.agents import subject_description
from tests.entities.test_actor_kinds import _actors


@pytest.mark.parametrize(
    "title, sentence, actor",
    [
        # an opening time or clause before a bare plural: the title retells "began" as "begin"
        ("Divers begin searching the harbour", "06:30 Divers began searching the harbour near the slipway.", "divers"),
        ("Volunteers find the missing dog", "On the third night volunteers found the missing dog.", "volunteers"),
        # a perfect in a clause opening the sentence
        ("Surveyors mark the new boundary", "After surveyors had marked the new boundary, the fence went up.",
         "surveyors"),
        ("Nurses bring the ward back into use", "Once nurses have brought the ward back into use, visits resume.",
         "nurses"),
        # a crowd's size before its bare plural
        ("Hundreds of tenants march on the town hall", "Hundreds of tenants marched on the town hall.", "tenants"),
        ("Dozens of fishermen block the harbour mouth", "In March dozens of fishermen blocked the harbour mouth.",
         "fishermen"),
    ],
)
def test_a_plural_subject_is_read_where_the_sentence_writes_it(title: str, sentence: str, actor: str) -> None:
    assert subject_description(title, sentence, 0) == actor


@pytest.mark.parametrize(
    "title, sentence, actor",
    [
        # the singular present is retold as before
        ("The ferry resumes its crossings", "In April the ferry resumed its crossings.", "the ferry"),
        # a count of a named group is left to the quantifier rule: "two of the guards"
        ("Two of the guards are hurt", "Two of the guards were hurt.", "the guards"),
    ],
)
def test_singular_subjects_and_shares_are_read_as_before(title: str, sentence: str, actor: str) -> None:
    assert subject_description(title, sentence, 0) == actor


@pytest.mark.parametrize(
    "text, expression, actor",
    [
        ("The river rose all night. 04:10 Firefighters began moving families out of Mill Row.", "04:10", "firefighters"),
        ("Prices fell again. On 3 May thousands of growers blocked the ring road.", "3 May", "growers"),
    ],
)
def test_the_plural_subject_is_the_events_actor(text: str, expression: str, actor: str) -> None:
    assert _actors(text)[expression][:1] == (actor,)


def test_an_aside_after_the_crowds_plural_is_no_part_of_it() -> None:
    title = "Scores of lorries, many with flags, roll into the port"
    assert subject_description(title, "Scores of lorries, many with flags, rolled into the port on Monday.", 0) == "lorries"
