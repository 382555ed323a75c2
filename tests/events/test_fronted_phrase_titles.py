"""A title that is only the phrase fronting its sentence gives way to the clause it leads into
(issue 12, session 21: "Emboldened by …", "Under the guise of …", "In the former capital city of …"
were titles in the events table, naming nobody and no act)."""

from __future__ import annotations

import pytest

from explorer.events.titles import make_title
from explorer.events.titles.fronted_phrases import fronted_phrase_end


def _title(sentence: str, expression: str) -> str:
    start = sentence.index(expression)
    return make_title(sentence, start, start + len(expression))


@pytest.mark.parametrize("sentence, expression, title", [
    ("Emboldened by the easy win at the ford, the duke marched his army north on 5 May.", "5 May",
     "The duke marches his army north"),
    ("Under cover of a thick sea fog, the smugglers' fleet slipped out of the harbour that night.", "that night",
     "The smugglers' fleet slips out of the harbour"),
    ("Not wishing to face a second winter, the garrison surrendered the fort on 9 November.", "9 November",
     "The garrison surrenders the fort"),
    ("In the old market town of Brellow, striking weavers occupied the guildhall in March 1841.", "March 1841",
     "Striking weavers occupy the guildhall"),
])
def test_the_clause_after_a_fronted_phrase_is_the_title(sentence: str, expression: str, title: str) -> None:
    assert _title(sentence, expression) == title


@pytest.mark.parametrize("sentence", [
    "Reading beat Swansea two goals to one, and the crowd went home happy.",  # a name, not a participle
    "When the river rose, the ferry stopped.",  # a clause of its own, not a phrase
    "The duke, emboldened by the win, marched north.",  # no phrase before the subject
    "After the vote was counted, the mayor resigned.",  # a finite verb in the phrase
])
def test_no_fronted_phrase_is_read_where_none_opens_the_sentence(sentence: str) -> None:
    assert fronted_phrase_end(sentence) is None


def test_the_phrase_end_is_where_the_subject_begins() -> None:
    sentence = "Shortly after the harvest, the mill closed."
    assert sentence[fronted_phrase_end(sentence):] == "the mill closed."
