"""Session 49 (titles and actors): what "it" stands for after a subject that is not a bare name.

* "Mara Quinn's play opened in Leeds. It transferred …": "it" is the thing the name owns, not its
  owner; the title was "Mara Quinn transfers to the West End";
* "Her play Salt Houses opened …. It toured Canada": a name apposed to a possessive's noun is the
  sentence's subject, which the actor of the "it" clause is (it was the body named as a subject before).
Every sentence here is written for this file.
"""

from __future__ import annotations

import pytest

from tests.events.test_titles_kinds_s10 import _labelled_events
from explorer.documents.document import Document
from explorer.ingest.extract import extract_document


def _titles(text: str) -> list[str]:
    return [e.title for e in extract_document(Document("a.txt", "A history\n\n" + text, "a")).events]


@pytest.mark.parametrize("text, title", [
    ("Mara Quinn's play opened in Leeds in 1990. It transferred to the West End in 1991.",
     "Mara Quinn's play transfers to the West End"),
    ("Harlow & Sons' first steamer was launched in 1892. It carried coal to Hamburg in 1893.",  # (was 'until 1912': a state, no event since session 59)
     "Harlow & Sons' first steamer carries coal to Hamburg"),
    ("Ines Varga's atlas appeared in 1971. It sold out within a month in 1972.",
     "Ines Varga's atlas sells out within a month"),
])
def test_it_is_the_thing_the_subject_s_name_owns(text: str, title: str) -> None:
    assert title in _titles(text), _titles(text)


def test_a_body_opening_the_sentence_is_still_it() -> None:
    # guard: the name itself is the subject
    assert "Velmar Foods closes" in _titles("Velmar Foods opened a plant in 1990. It closed in 1995.")


@pytest.mark.parametrize("text, expression, actor", [
    ("The Arts Council cut its grant in April. Her play Salt Houses opened at the Lyric in October 1999. "
     "It toured Canada in 2000.", "2000", "Salt Houses"),
    ("The Dock Board met in May. Their first album Night Roads came out in 1998. It reached the charts in 1999.",
     "1999", "Night Roads"),
])
def test_it_stands_for_a_name_apposed_to_a_possessive_s_noun(text: str, expression: str, actor: str) -> None:
    event = next(e for e in _labelled_events(text) if e.timex == expression)
    assert event.actors[:1] == (actor,), (event.title, event.actors)
