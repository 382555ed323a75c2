"""A country opening a clause as its subject acted, as its government or forces did: "Germany invades
Denmark", "Britain imposes sanctions" (issue 12). It is the event's first actor and stays one of its
places; a city that hosts is left as it was. Two countries joined by "and" as the subject both acted
(session 27: they had been left with no actor at all). Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.entities import build_index
from explorer.events.build import build_events


def _labelled(text: str):
    doc = Document("a.txt", text, "", date(2024, 9, 1), "given")
    index = build_index([(doc.path, text)])
    return [index.label(e) for e in build_events(doc, temporal.tag(text, doc.date))]


@pytest.mark.parametrize(("sentence", "country"), [
    ("Portugal signed the treaty in 1386.", "Portugal"),
    ("Germany invaded Denmark on 9 April 1940.", "Germany"),
    ("Sweden closed its border on 3 May 1940.", "Sweden"),
    ("Japan surrendered in August 1945.", "Japan"),
    ("Germany's army crossed the river in June 1941.", "Germany"),
])
def test_a_country_as_the_subject_is_the_first_actor(sentence: str, country: str) -> None:
    event = _labelled("Notes\n\nIt was a long war. " + sentence)[-1]
    assert event.actors[:1] == (country,), (event.title, event.actors)
    assert country in event.places


@pytest.mark.parametrize(("sentence", "countries"), [
    # session 27: two countries joined as the subject both acted (they had no actor at all)
    ("Germany and Italy signed a pact in May 1939.", ("Germany", "Italy")),
    ("Australia and New Zealand withdrew their soldiers in 1971.", ("Australia", "New Zealand")),
    ("France and Spain closed the border crossing on 3 May 1990.", ("France", "Spain")),
])
def test_two_countries_as_the_subject_are_the_first_actors(sentence: str, countries: tuple[str, str]) -> None:
    event = _labelled("Notes\n\nIt was a long war. " + sentence)[-1]
    assert event.actors[:2] == countries, (event.title, event.actors)


@pytest.mark.parametrize("sentence", [
    "The envoy left Germany in May 1939.",  # a country as the object
    "Germany and its allies attacked Poland in September 1939.",  # a country and a description: one subject
])
def test_a_country_that_is_not_the_lone_subject_is_no_actor(sentence: str) -> None:
    event = _labelled("Notes\n\nIt was a long war. " + sentence)[-1]
    assert not any(a in ("Germany", "Italy") for a in event.actors), (event.title, event.actors)
