"""A participle with its agent in a title's subject ("A column led by the colonel reached the river")
describes the subject; the clause's later verb is the one told in the present. Sentences of our own."""

from __future__ import annotations

import pytest

from explorer.events.tense import headline_tense
from explorer.events.titles import make_title


@pytest.mark.parametrize(
    ("title", "told"),
    [
        ("A patrol led by two sergeants reached the ridge", "A patrol led by two sergeants reaches the ridge"),
        ("A strike called by the dockers was called off", "A strike called by the dockers is called off"),
        ("Volunteers trained by the coastguard rescued a walker", "Volunteers trained by the coastguard rescue a walker"),
    ],
)
def test_the_verb_after_the_agent_is_the_titles(title, told):
    assert headline_tense(title) == told


@pytest.mark.parametrize(
    ("title", "told"),
    [
        # "by" as an active verb's measure: no later verb of the same clause
        ("The motion passed by four votes", "The motion passes by four votes"),
        # a later verb after "and" is a second predicate, not the subject's verb
        ("The board voted by nine to two and approved the budget", "The board votes by nine to two and approves the budget"),
    ],
)
def test_an_active_verb_before_by_is_still_the_titles(title, told):
    assert headline_tense(title) == told


def test_a_dated_sentence_with_an_opening_date_keeps_the_participle():
    sentence = "In 1799 a party led by the harbour master sighted the wreck."
    start = sentence.index("1799")
    assert make_title(sentence, start, start + 4) == "A party led by the harbour master sights the wreck"


@pytest.mark.parametrize(
    "title",
    [
        "Mostly paid by a county grant awarded",  # an adverb, no subject, before the participle
        "Sales boosted by the deal they signed",  # the later verb is a clause's inside the agent
    ],
)
def test_no_later_verb_of_the_subject_is_taken_from_inside_the_agent(title):
    words = headline_tense(title).split()
    assert words[-1] == title.split()[-1]
