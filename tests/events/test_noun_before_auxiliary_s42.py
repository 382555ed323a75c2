"""A noun spelled as a verb's form ("cut", "set", "sets") that an auxiliary follows at once is the
subject's noun, not its verb: "A rough cut was shown" -> "A rough cut is shown", never "A rough cuts
was shown"; "a gift set of …" is a noun before "of" too."""

import pytest

from explorer.events.tense import headline_tense, noun_before_its_verb
from explorer.events.titles import make_title
from explorer.events.titles.finish import verb_at


def _title(sentence: str, date: str) -> str:
    at = sentence.index(date)
    return make_title(sentence, at, at + len(date))


@pytest.mark.parametrize("title, told", [
    ("The rough cut was shown to the producers", "The rough cut is shown to the producers"),
    ("The new chess set was carved from walnut", "The new chess set is carved from walnut"),
    ("The data sets will be published online", "The data sets will be published online"),
])
def test_the_auxiliary_after_the_noun_is_the_verb(title: str, told: str) -> None:
    assert headline_tense(title) == told


def test_a_noun_before_of() -> None:
    assert _title("A gift set of four mugs will be sold from 3 May.", "3 May") == "A gift set of four mugs will be sold"


@pytest.mark.parametrize("words, verb", [
    ("A rough cut was shown".split(), 3),
    ("The council cut the budget".split(), 2),       # a verb with its object stays the verb
    ("The committee set up a fund".split(), 2),
    ("Fishermen who had blocked the harbour left".split(), 2),  # "who" is no verb's form
])
def test_verb_at(words: list[str], verb: int) -> None:
    assert verb_at(words) == verb


def test_a_verb_before_its_object_is_no_noun() -> None:
    assert not noun_before_its_verb("The council cut the budget".split(), 2)
    assert noun_before_its_verb("The rough cut was shown".split(), 2)


def test_a_relative_clause_verb_before_the_auxiliary_stays_a_verb() -> None:
    assert not noun_before_its_verb("The hall she designed was opened".split(), 3)
    assert not noun_before_its_verb("The man arrested was released".split(), 2)


# session 61: a noun spelled as another verb's irregular past ("bore", "saw", "wound") after a determiner
# and one or two modifiers, before the clause's own past verb, is the subject's head: "The northbound bore
# reopened" was "The northbound bears reopened"
@pytest.mark.parametrize("title, told", [
    ("The northbound bore reopened after repairs", "The northbound bore reopens after repairs"),
    ("The southbound tunnel bore closed for repairs", "The southbound tunnel bore closes for repairs"),
    # guards: a head read right already ("wound" after "chest"), and the past with its object is the verb
    ("A chest wound healed slowly", "A chest wound heals slowly"),
    ("The council bore the cost of the repairs", "The council bears the cost of the repairs"),
    ("The new owners bore the cost", "The new owners bear the cost"),
    ("The team saw the new stadium", "The team sees the new stadium"),
])
def test_a_noun_spelled_as_a_past_before_the_clauses_verb(title: str, told: str) -> None:
    assert headline_tense(title) == told
