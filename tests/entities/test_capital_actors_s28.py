"""A country's capital opening a clause before a verb of an act stands for its government, as the
country's name does ("Hanoi authorizes the insurgency", "Moscow protests"): it is the event's first
actor (session 28: such events on the WikiWars histories had no actor at all). A capital that
undergoes something ("Hue falls" is no capital; "Rome is taken", "Athens hosts the games") is the
place, not who acted. Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.entities import build_index
from explorer.events.build import build_events


def _last(sentence: str):
    text = "Notes\n\nIt was a long war. " + sentence
    doc = Document("a.txt", text, "", date(2024, 9, 1), "given")
    index = build_index([(doc.path, text)])
    return [index.label(e) for e in build_events(doc, temporal.tag(text, doc.date))][-1]


@pytest.mark.parametrize(("sentence", "capital"), [
    ("Hanoi authorized the rebels in the south to begin an insurgency in December 1956.", "Hanoi"),
    ("Moscow protested the expulsion of its diplomats on 3 May 1990.", "Moscow"),
    ("Ankara recalled its ambassador on 12 June 2001.", "Ankara"),
    ("Lima rejected the border proposal in March 1995.", "Lima"),
])
def test_a_capital_that_acts_is_the_first_actor(sentence: str, capital: str) -> None:
    event = _last(sentence)
    assert event.actors[:1] == (capital,), (event.title, event.actors)
    assert capital in event.places


@pytest.mark.parametrize(("sentence", "capital"), [
    ("Rome was captured on June 4, 1944.", "Rome"),
    ("Ankara was shaken by an earthquake on 3 May 1999.", "Ankara"),
    ("Lima hosted the summit in November 2008.", "Lima"),
    ("The envoy reached Moscow on 3 May 1990.", "Moscow"),
])
def test_a_capital_that_undergoes_or_is_the_object_is_no_actor(sentence: str, capital: str) -> None:
    event = _last(sentence)
    assert capital not in event.actors[:1], (event.title, event.actors)
