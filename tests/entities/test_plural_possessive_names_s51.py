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


@pytest.mark.parametrize("sentence, name", [
    # session 54 (multi-word names split): a singular possessive after a saint, or before a landmark's
    # word, is a word of one place's name; joiners between a town and its river or region; an "of"
    # after a house, a gallery, a chamber or a temple
    ("The fair was held at St Aldric's Green on 3 May.", "St Aldric's Green"),
    ("Patients were moved to St Edwin's Hospital on Friday.", "St Edwin's Hospital"),
    ("Workers dug out Hollin's Well in 1820.", "Hollin's Well"),
    ("The choir sang in Kingston upon Hull in 1988.", "Kingston upon Hull"),
    ("The bank moved to Frankfurt am Main in 2004.", "Frankfurt am Main"),
    ("The bill reached the House of Lords on 4 May.", "House of Lords"),
    ("Her work was shown at the Gallery of Modern Art in 1974.", "Gallery of Modern Art"),
    ("The Chamber of Trade met on Monday.", "Chamber of Trade"),
])
def test_a_place_or_body_name_is_not_split(sentence: str, name: str) -> None:
    assert name in _variants(sentence)


@pytest.mark.parametrize("sentence, kept, cut", [
    # guards: an owner before a body's part, a landmark's word as a surname, a joiner-like word elsewhere
    ("Ostland's Court of Appeal ruled on 2 May.", "Court of Appeal", "Ostland's Court of Appeal"),
    ("Britain's Green Party met on Friday.", "Green Party", "Britain's Green Party"),
    ("Anna Cross said on Monday that she was leaving.", "Anna Cross", "Anna Cross said"),
])
def test_an_owner_still_ends_a_name(sentence: str, kept: str, cut: str) -> None:
    variants = _variants(sentence)
    assert kept in variants and cut not in variants, variants

