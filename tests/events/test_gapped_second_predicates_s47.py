"""A second predicate told without its verb, by its preposition's phrase and its own date ("was elected
to the city council in 1978 and to parliament five years later"), is a happening of its own: the two
dates folded into one event titled "… elected to the city council and to parliament" (an own page, a
politician's life). Days apart, the gold reads such a pair as one happening told to two parties
("Tickets go on sale to members on 12 March and to the public a week later"). Sentences of our own."""

from __future__ import annotations

import pytest

from tests.events.test_precision_kinds_s10 import _events


@pytest.mark.parametrize(("text", "titles"), [
    ("Reisz was elected to the city council in 1978 and to parliament five years later.",
     {"Reisz is elected to the city council", "Reisz is elected to parliament"}),
    ("The firm opened a shop in Leeds in 1990 and in York in 1995.",
     {"The firm opens a shop in Leeds", "The firm opens a shop in York"}),
    ("She served as mayor from 2001 and as senator from 2009.", {"She serves as mayor", "She serves as senator"}),
    # guard: days apart, one happening told to two parties
    ("Tickets go on sale to members on Tuesday 12 March 2024 and to the general public a week later.",
     {"Tickets go on sale to members and to the general public"}),
])
def test_a_gapped_second_predicate_is_its_own_happening(text: str, titles: set[str]) -> None:
    assert {e.title for e in _events(text, None)} == titles
