"""Three kinds from an own page (a family's Christmas letter), with sentences of our own:

- a capitalised preposition opening a sentence before a holiday ("Over Easter we drove …") is no
  person's name: "She insisted on paddling" after it had been titled "Over Easter insists …";
- a kin word before a first name tells the person's sex ("Granny Pat", "Uncle Ted"), and a person an
  earlier "she" stood for is no one a later "he" stands for: "He started work" two sentences after
  "She insisted …" had Granny Pat as its actor;
- a "who"/"which" clause closing the sentence is an aside the main act's title does without ("The club
  signed Ben Tull, who had played for Leeds in 2019" was titled with the aside).
"""

from __future__ import annotations

import pytest

from explorer.entities.pronouns import resolve_pronouns
from explorer.events.gender import FEMALE, MALE, sex_in_text
from tests.entities.test_sex_one_check import _sentences
from tests.events.test_precision_kinds_s10 import _events


@pytest.mark.parametrize(("text", "name"), [
    ("Over Easter we drove to Cornwall with Granny Pat. She insisted on paddling at Polzeath on 18 April.", "Granny Pat"),
    ("Over Christmas we stayed with Aunt Vera Moss. She opened a bakery on 2 January.", "Vera Moss"),
])
def test_an_opening_preposition_is_no_name_a_pronoun_stands_for(text: str, name: str) -> None:
    titles = [e.title for e in _events(text, None)]
    assert not any(t.startswith(("Over ", "Throughout ")) for t in titles), titles


@pytest.mark.parametrize(("name", "text", "sex"), [
    ("Granny Pat", "We drove to Cornwall with Granny Pat.", FEMALE),
    ("Aunt Vera", "Aunt Vera sold the house.", FEMALE),
    ("Uncle Ted", "Uncle Ted mended the fence.", MALE),
    ("Grandad Joe", "Grandad Joe retired in 1990.", MALE),
])
def test_a_kin_word_before_a_name_tells_the_sex(name: str, text: str, sex: str) -> None:
    assert sex_in_text(name, text) == sex


@pytest.mark.parametrize("text", [
    "Dana Mirren opened the forge. She sold it. The shop closed. He retired.",
    "Ines Roe joined the board. She resigned in May. Prices fell. He stayed on.",
])
def test_a_person_a_she_stood_for_is_no_later_he(text: str) -> None:
    people = [(0, 0, "p")]
    resolved = resolve_pronouns(text, _sentences(text), people)
    assert [text[a:b] for a, b, _ in resolved] == ["She"]


def test_guard_a_later_she_still_stands_for_her() -> None:
    text = "Dana Mirren opened the forge. She sold it. The shop closed. She retired."
    resolved = resolve_pronouns(text, _sentences(text), [(0, 0, "p")])
    assert [text[a:b] for a, b, _ in resolved] == ["She", "She"]


@pytest.mark.parametrize(("text", "title"), [
    ("On 3 June the club signed Ben Tull, who had played for Leeds in 2019.", "The club signs Ben Tull"),
    ("In July the council hired Ana Ruiz, who was born in Porto in 1980.", "The council hires Ana Ruiz"),
    ("On 9 May the band hired Kit Lowe, who had toured with Blur in 2016.", "The band hires Kit Lowe"),
])
def test_a_closing_relative_is_no_part_of_the_main_title(text: str, title: str) -> None:
    titles = [e.title for e in _events(text)]
    assert title in titles, titles


@pytest.mark.parametrize(("text", "title"), [
    # guards: the date inside the relative is its own act; a main act told after a verb already read
    ("On 3 June the club signed Ben Tull, who had played for Leeds in 2019.", "Ben Tull plays for Leeds"),
    ("In 2010 the trust bought the mill from Tom Hale, who had built it in 1970.", "The trust buys the mill from Tom Hale"),
    ("On 4 March the board approved the budget, which had been cut in 2023.", "The board approves the budget"),
])
def test_guards_the_relative_own_date_and_titles_already_whole(text: str, title: str) -> None:
    assert title in [e.title for e in _events(text)]
