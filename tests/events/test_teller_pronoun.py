"""A teller telling of their own act in the perfect says "he", "she", "they" or "it" for themselves:
"The curator said on Monday that she had found the letters in May" is the curator's finding. Our own
sentences, in several registers (a local paper, a club bulletin, a business brief, a police report)."""

from __future__ import annotations

import pytest

from explorer.events.titles.said import teller_for_pronoun
from tests.events.titled import title_at


@pytest.mark.parametrize(("sentence", "expression", "title"), [
    ("The curator said on Monday that she had found the letters in May.", "May", "The curator finds the letters"),
    ("The groundsman said on Friday that he had relaid the pitch in March.", "March", "The groundsman relays the pitch"),
    ("Ana Vell said on Tuesday that she had sold the bakery in 2019.", "2019", "Ana Vell sells the bakery"),
])
def test_the_tellers_pronoun_is_the_teller(sentence: str, expression: str, title: str) -> None:
    assert title_at(sentence, expression) == title


@pytest.mark.parametrize(("told", "teller"), [
    ("He flees the county", "Police said on Friday "),  # a plural teller speaks of someone else
    ("She resigns", "The council said on Monday that "),  # a body is no "she"
    ("They close the gates", "The miller said that "),  # one person is no "they"
    ("It closes the gates", "The miller said that "),  # a person is no "it"
    ("He resigns", "Sources close to the club, who asked not to be named, said "),  # no short teller
    ("It closes the gates", "Ruth Amos said that "),  # a given name: a person, though her surname ends in "s"
    ("It rains heavily", "The harbour board said that "),  # the weather's "it" is no teller (guard: "rains" was no perfect)
    ("It has snowed all week", "Harlow Buses said "),
])
def test_a_pronoun_that_does_not_agree_with_the_teller_stays(told: str, teller: str) -> None:
    assert teller_for_pronoun(told, teller) is None


def test_agreeing_tellers_of_each_kind() -> None:
    assert teller_for_pronoun("They open an inquiry", "Detectives said ") == "Detectives open an inquiry"
    assert teller_for_pronoun("It closes the depot", "Harlow Buses said on Monday that ") == "Harlow Buses closes the depot"


@pytest.mark.parametrize(("sentence", "expression", "title"), [
    # a bare name that is no one's given name, telling of itself as "it", is a firm or a body
    ("Halden said it had replaced the supplier of one ingredient in August.", "August",
     "Halden replaces the supplier of one ingredient"),
    ("Vossberg Freight said it cut 200 jobs in June.", "June", "Vossberg Freight cuts 200 jobs"),
])
def test_a_name_that_is_it_is_a_body(sentence: str, expression: str, title: str) -> None:
    assert title_at(sentence, expression) == title
