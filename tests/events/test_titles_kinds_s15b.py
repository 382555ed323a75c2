"""Issue 12, session fifteen (titles and actors, round two): a perfect told as a headline tells it,
in the present. Our own sentences, none from the gold set, the folders, web pages or TimeML."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.tense import headline_tense
from explorer.ingest import extract_document

_LEAD = "Coast news\n\nIt was a wet week on the coast. "
_TAIL = " The council met again later."


def _titles(text: str) -> list[str]:
    return [e.title for e in extract_document(Document("a.txt", _LEAD + text + _TAIL, "t"), dct=date(2024, 9, 1)).events]


@pytest.mark.parametrize(("text", "title"), [
    ("The lifeboat crew has rescued four kayakers off the headland.", "The lifeboat crew rescues four kayakers"),
    ("Railway workers have closed the level crossing at Brackmoor.", "Railway workers close the level crossing"),
    ("The brewery has just reopened its old malt house.", "The brewery reopens its old malt house"),
    ("The museum has since returned the carved panels to the chapel.", "The museum returns the carved panels"),
])
def test_a_perfect_happening_is_titled_in_the_present(text: str, title: str) -> None:
    titles = _titles(text)
    assert any(t.startswith(title) for t in titles), titles


@pytest.mark.parametrize(("title", "expected"), [
    ("The ferry firm has cancelled its night sailings", "The ferry firm cancels its night sailings"),
    ("Two climbers have been found", "Two climbers are found"),
    ("The depot had lost its keys", "The depot loses its keys"),
    ("The garrison had withdrawn from the fort", "The garrison withdraws from the fort"),
    ("The mayor has taken the chair", "The mayor takes the chair"),
])
def test_the_last_pass_puts_a_perfect_in_the_present(title: str, expected: str) -> None:
    assert headline_tense(title, perfect=True) == expected


@pytest.mark.parametrize("title", [
    "The club has never lost at home",  # a negation is no happening to retell
    "Divers say they have found the wreck",  # the told clause's perfect, not the title's verb
    "The town has a new harbour master",  # "has" as a verb of its own
])
def test_what_the_perfect_rule_leaves(title: str) -> None:
    assert headline_tense(title, perfect=True) == title


def test_a_present_perfect_stays_until_the_last_pass() -> None:
    # the folds read "has …" in a title as news whose day is told elsewhere
    assert headline_tense("The ferry firm has cancelled its night sailings") == "The ferry firm has cancelled its night sailings"
