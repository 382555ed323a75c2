"""A connective opening a title's clause ("But …", "Instead …", "After this …", "Later, …") is left out
by the last step every title shares (issue 12, session 21: "Instead Wilson demands …", "But Madero
establishes …" were titles in the events table, made by the undated acts' path)."""

from __future__ import annotations

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.events.build import build_events
from explorer.events.titles.finish import finish


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
    assert finish(words.split(), "") == title
