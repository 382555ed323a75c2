"""A title that is only the phrase fronting its sentence gives way to the clause it leads into
(issue 12, session 21: "Emboldened by …", "Under the guise of …", "In the former capital city of …"
were titles in the events table, naming nobody and no act)."""

from __future__ import annotations

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.events.build import build_events
from explorer.events.titles.finish import _finish
from explorer.events.titles.fronted_phrases import fronted_phrase_end
from tests.events.titled import title_at


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
    assert title_at(sentence, expression) == title


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


def _undated_titles(text: str) -> list[str]:
    doc = Document("strike.txt", text, "", None, "unknown")
    return [e.title for e in build_events(doc, temporal.tag(text, doc.date)) if not e.timex]


def test_a_connective_opening_an_undated_acts_clause_is_left_out_of_its_title() -> None:
    # the undated acts are titled by the last step every title shares, not by make_title's own openers
    text = ("The Harbour Strike\n\nIn May 1921 the dockers of Brellow struck for higher pay. Instead Mayor Marta "
            "Lind hired a new crew from the mainland. But Lind established a new harbour board.")
    assert _undated_titles(text) == ["Mayor Marta Lind hires a new crew", "Lind establishes a new harbour board"]


@pytest.mark.parametrize("words, title", [
    ("After this the striking dockers returned to work", "The striking dockers return to work"),
    ("Later, a second relief convoy reached the valley", "A second relief convoy reaches the valley"),
    ("Then came the great flood", "Then comes the great flood"),  # no subject after the connective
    ("But captured the town", "But captures the town"),  # a verb, no subject, after it
])
def test_the_last_step_of_every_title_leaves_out_a_connective_before_a_clause(words: str, title: str) -> None:
    assert _finish(words.split(), "") == title
