"""A title opening with "It" names the organisation the pronoun stands for only when the text makes it
certain (session sixteen, issue 12): the body opens the sentence before as its subject and no other
actor is named from there to the pronoun. Our own sentences."""

from __future__ import annotations

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.entities.document_entities import DocumentEntities
from explorer.entities.title_body import name_body_titles
from explorer.events.build import build_events


def _titles(text: str) -> dict[str, str]:
    doc = Document("a.txt", text, "t", None, "none")
    events = build_events(doc, temporal.tag(text, None))
    named = name_body_titles(DocumentEntities.for_titles(doc.path, text, events), events)
    return {e.timex: e.title for e in named if e.timex}


def test_it_after_a_sentence_opened_by_the_body_names_it() -> None:
    text = "The Harl Lighthouse Board reported in 1990 that the light was sound. It withdrew the last keeper in 1991."
    assert _titles(text)["1991"] == "The Harl Lighthouse Board withdraws the last keeper"


@pytest.mark.parametrize("text", [
    # another actor named since the sentence before
    "The Harl Lighthouse Board reported in 1990 that the light was sound, and Kelby Council agreed. "
    "It withdrew the last keeper in 1991.",
    # the body named only as an object
    "Inspectors told the Harl Lighthouse Board in 1990 that the light was sound. It withdrew the last keeper in 1991.",
])
def test_it_stays_when_the_text_does_not_make_the_body_certain(text: str) -> None:
    assert _titles(text)["1991"].startswith("It ")


def test_it_as_a_dummy_subject_is_never_named() -> None:
    text = ("The Harl Lighthouse Board reported in 1990 that the light was sound. It was likely that the keeper "
            "would leave in 1991.")
    assert not _titles(text).get("1991", "").startswith(("Harl", "The Harl"))
