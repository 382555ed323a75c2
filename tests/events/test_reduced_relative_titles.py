"""A reduced relative after the subject ("An address listed on forms will cost …") is not the title's
verb: the finite verb after it is (``explorer.events.titles.reduced_relatives``)."""

from __future__ import annotations

import pytest

from explorer.events.titles.finish import verb_at
from explorer.events.titles.make import make_title
from explorer.events.titles.reduced_relatives import reduced_relative_at


def _title(sentence: str, expression: str) -> str:
    start = sentence.index(expression)
    return make_title(sentence, start, start + len(expression))


@pytest.mark.parametrize("sentence, expression, title", [
    ("A forged receipt listed on the filing for an overseas donor will cost the party about 500,000 marks, "
     "the court said Friday.", "Friday", "A forged receipt will cost the party"),
    ("The viaduct opened in 1932 carried trams until 1960.", "1960", "The viaduct carries trams"),
    ("Guards stationed near the gate were withdrawn in June.", "June", "Guards are withdrawn"),
    ("The pact signed in 1920 ended the war in 1921.", "1921", "The pact ends the war"),
    ("Shares traded in Paris fell sharply on Monday.", "Monday", "Shares fall sharply"),
    ("Strikers detained in the north said on Tuesday they would go on.", "Tuesday", "Strikers say they would go"),
])
def test_the_verb_after_a_reduced_relative_titles(sentence: str, expression: str, title: str) -> None:
    assert _title(sentence, expression).startswith(title)


@pytest.mark.parametrize("sentence, expression, title", [
    ("Troops landed on the shore and took the port on Monday.", "Monday", "Troops take the port"),
    ("The minister resigned on Friday.", "Friday", "The minister resigns"),
    ("The plane landed in Oslo on Friday after a long delay.", "Friday", "The plane lands in Oslo"),
    ("Police said on Sunday masked gunmen killed two guards.", "Sunday", "Police say masked gunmen killed"),
    ("He landed in Lisbon on Friday and met the envoy.", "Friday", "He lands in Lisbon"),
    ("Troops landed on the shore unopposed on 6 June.", "6 June", "Troops land on the shore unopposed"),
    ("The army attacked on 3 May the fort held by rebels.", "3 May", "The army attacks the fort"),
])
def test_a_main_verb_stays_the_verb(sentence: str, expression: str, title: str) -> None:
    assert _title(sentence, expression).startswith(title)


def test_reduced_relative_at_reads_what_follows() -> None:
    words = "A receipt listed on the filing for a donor will cost the party".split()
    assert reduced_relative_at(words, 2) and verb_at(words) == 9
    assert not reduced_relative_at("Troops landed on the shore and took the port".split(), 1)
    assert not reduced_relative_at("Police said on Sunday the deal was off".split(), 1)
    assert not reduced_relative_at("The army said in a statement it was ready".split(), 2)
    assert not reduced_relative_at("Troops landed in the north armed with rifles".split(), 1)


@pytest.mark.parametrize("sentence, expression, title", [
    ("A woman arrested in April over a run of car thefts will appear in court on 3 June.", "April",
     "A woman is arrested over a run of car thefts"),
    ("A woman arrested in April over a run of car thefts will appear in court on 3 June.", "3 June",
     "A woman will appear in court"),
    ("The viaduct opened in 1932 carried trams until 1960.", "1932", "The viaduct is opened"),
    ("Strikers detained in the north on Tuesday said they would go on.", "Tuesday", "Strikers are detained in the north"),
    ("An otter that escaped from Brindle Zoo on Friday has been found in a garden.", "Friday",
     "An otter escapes from Brindle Zoo"),
])
def test_a_date_inside_the_relative_titles_its_own_happening(sentence: str, expression: str, title: str) -> None:
    assert _title(sentence, expression).startswith(title)
