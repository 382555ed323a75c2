"""A capitalised plural in "-men" opening a sentence takes a plural verb in the title (session forty-eight,
seen by the titles helper): "Firemen reached the house at 9pm on Monday" was titled "Firemen reaches the
house". A name ending so ("Yemen", "Carmen") keeps its singular."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.events.noun_number import plural_opener
from tests.events.test_precision_kinds_s10 import _events


@pytest.mark.parametrize(("text", "title"), [
    ("Firemen reached the burning house at 9pm on Monday.", "Firemen reach the burning house"),
    ("Policemen sealed off the square on 3 May.", "Policemen seal off the square"),
    ("Seamen walked off the ferry on Friday in a row over pay.", "Seamen walk off the ferry in a row over pay"),
])
def test_a_plural_in_men_takes_a_plural_verb(text: str, title: str) -> None:
    assert title in [e.title for e in _events(text, date(2025, 5, 10))]


@pytest.mark.parametrize(("word", "plural"), [
    ("Firemen", True), ("Councilmen", True), ("Coastmen", True),
    # guards: names and singular nouns ending in "men"
    ("Yemen", False), ("Carmen", False), ("Specimen", False), ("Regimen", False),
])
def test_plural_openers_in_men(word: str, plural: bool) -> None:
    assert plural_opener(word) is plural
