"""Session 51 (issue 12, actors): a plural possessive inside a body's name ("the Harrowgate Mechanics'
Institute", "the Mothers' Union") cut the name in two, and the actor was the possessive's noun ("Mothers",
"Harrowgate Mechanics"; found on the opened and readable parts and on ``own_texts_s51p``'s "Renters' Rights
Act"). A group's plural with its bare apostrophe is a word of the name, as "the Workers' Party" was; a
singular owner ("Velmark's Foreign Ministry") still ends the name before it. Our own sentences."""

from __future__ import annotations

import pytest

from explorer.entities import build_index


def _variants(sentence: str) -> list[str]:
    index = build_index([("a.txt", "News\n\n" + sentence + "\n")])
    return [v for e in index.entities.values() for v in e.variants]


@pytest.mark.parametrize("sentence, name", [
    ("The Nurses' Union called a strike on 2 March.", "Nurses' Union"),
    ("The Dockers' Benevolent Fund paid out £4,000 on Monday.", "Dockers' Benevolent Fund"),
    ("The Carvell Miners' Institute was opened in 1871.", "Carvell Miners' Institute"),
    ("Members of the Farmers’ Cooperative Bank voted on Friday.", "Farmers’ Cooperative Bank"),
])
def test_a_plural_possessive_is_a_word_of_its_name(sentence: str, name: str) -> None:
    assert name in _variants(sentence)


def test_a_singular_owner_still_ends_a_name() -> None:
    variants = _variants("Velmark's Foreign Ministry summoned the ambassador on Friday.")
    assert "Foreign Ministry" in variants and not any("Velmark's" in v for v in variants)
