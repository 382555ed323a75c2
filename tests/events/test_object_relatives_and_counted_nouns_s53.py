"""Titles from a bill's path through parliament, a page of our own (session fifty-three):

* an object relative after a dated object clause: "The Lords added two amendments in May, which MPs
  accepted on 14 June" -> "MPs accept two amendments" (was "MPs May"): the date of the object's own
  clause is passed over to find the noun, and a count opens a noun phrase as a determiner does;
* an initialism's plural is plural ("MPs accept", "NGOs warn");
* an ordinal before a plural noun and its phrase is that noun's ("The first prosecutions under the
  act were brought" kept its words; it had become "The first amendment prosecutions");
* "houses" is "house" when an ordinal takes the noun counted before it."""

from __future__ import annotations

import pytest

from explorer.events.tense import headline_tense
from explorer.events.titles.counts import ordinal_named, singular
from explorer.events.titles.make import make_title


def _title(sentence: str, expression: str, other: str) -> str:
    i, j = sentence.find(expression), sentence.find(other)
    return make_title(sentence, i, i + len(expression), "", [(j, j + len(other))])


@pytest.mark.parametrize(("sentence", "expression", "other", "title"), [
    ("The Lords added two amendments in May, which MPs accepted on 14 June.", "14 June", "May",
     "MPs accept two amendments"),
    ("The board drew up three plans in 2019, which the council rejected in March 2020.", "March 2020", "2019",
     "The council rejects three plans"),
    # guard: a year between the noun and its relative was already passed over
    ("The town bought the old mill in 1921, which the army had used in 1915.", "1915", "1921",
     "The army uses the old mill"),
])
def test_an_object_relative_after_a_dated_clause(sentence: str, expression: str, other: str, title: str) -> None:
    assert _title(sentence, expression, other) == title


@pytest.mark.parametrize(("past", "present"), [
    ("MPs accepted two amendments", "MPs accept two amendments"),
    ("NGOs warned of famine", "NGOs warn of famine"),
    ("GPs voted to strike", "GPs vote to strike"),
    # guard: an initialism alone is one body
    ("NATO warned of famine", "NATO warns of famine"),
])
def test_an_initialisms_plural(past: str, present: str) -> None:
    assert headline_tense(past) == present


@pytest.mark.parametrize(("title", "context", "named"), [
    ("The first prosecutions under the act were brought.", "The Lords added two amendments in May.",
     "The first prosecutions under the act were brought."),
    ("The second trials of the engine were held.", "Engineers built four prototypes.",
     "The second trials of the engine were held."),
    ("The first goes to the bidder who was late.", "They sold two houses.", "The first house goes to the bidder who was late."),
    # guard: an ordinal alone still takes the noun counted
    ("The third was accepted", "Rovers had two bids turned down.", "The third bid was accepted"),
])
def test_ordinal_before_a_noun_and_its_phrase(title: str, context: str, named: str) -> None:
    assert ordinal_named(title, "", context) == named


@pytest.mark.parametrize(("plural", "one"), [("houses", "house"), ("causes", "cause"), ("buses", "bus"), ("ferries", "ferry")])
def test_singular(plural: str, one: str) -> None:
    assert singular(plural) == one
