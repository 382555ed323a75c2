"""A document with no headline is named by its first sentence (session 33): three kinds of lead that
gave a weak label on real no-date news, each with sentences of our own, and near misses.

- a subject narrowed by a relative clause with its own verb ("A farmer who was mending a fence …
  was injured"): the sentence's verb is the auxiliary after the clause, not the clause's;
- a label cut right after its verb, before the preposition the verb takes ("has formally called |
  for", "is leaving | for"): the preposition and its short noun phrase go with it;
- a statement cut after a modal's verb ("said it would investigate"): what was said keeps its
  object, shortened at a phrase's end to fit."""

import pytest

from explorer.documents.headline import lead_label


@pytest.mark.parametrize("line, label", [
    ("HULL _ A farmer who was mending a fence near the river was injured on Monday when a bull charged him.",
     "A farmer was injured"),
    ("The city council has formally asked for Harwood Estates, the site's owner, to repair the wall.",
     "The city council has formally asked for Harwood Estates"),
    ("Veteran skipper Ann Morrow is leaving for New Zealand to coach a racing crew next season.",
     "Veteran skipper Ann Morrow is leaving for New Zealand"),
    ("The regional transport board said Monday it would review the timetable of every rural bus route in the county.",
     "The regional transport board said it would review the timetable"),
])
def test_lead_label_names_the_happening(line: str, label: str) -> None:
    assert lead_label(line) == label


@pytest.mark.parametrize("line, label", [
    # a relative clause after a comma is an aside, left to the aside rules
    ("The mayor, who was elected in May, opened the new bridge on Friday.", "The mayor opened the new bridge"),
    # the verb's object is there already: nothing is added
    ("The ferry company cancelled all sailings to the islands because of the storm.",
     "The ferry company cancelled all sailings"),
    # a preposition after the verb that opens a date, not the verb's phrase
    ("Thousands of nurses have been striking since Monday over pay.", "Thousands of nurses have been striking"),
])
def test_lead_label_near_misses(line: str, label: str) -> None:
    assert lead_label(line) == label
