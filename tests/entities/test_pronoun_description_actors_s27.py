"""Issue 12, session twenty-seven: when a title names the description a pronoun stood for ("They
arrested two men" titled "Police arrest two men", "It also reignited the war" titled "The bomb also
reignites the war"), the event's actors hold that description too: the actor lanes and the actor
column name who the title says acted. Two ways it was lost: an adverb between the pronoun and its
verb ("It also …", "They soon …") hid the pronoun, and a one-word collective the title puts first
("Police") was taken for a name the index did not know. Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.entities import build_index
from explorer.events.build import build_events


def _event(text: str, expression: str):
    doc = Document("a.txt", text, "", date(2024, 3, 1), "given")
    index = build_index([(doc.path, text)])
    return next(index.label(e) for e in build_events(doc, temporal.tag(text, doc.date)) if e.timex == expression)


@pytest.mark.parametrize(
    "text, expression, title_word, actor",
    [
        ("The rebels attacked the garrison in 1861. They soon captured the fort in 1862.", "1862", "rebels", "the rebels"),
        ("Troops entered the valley in 1915. They also burned the mill in 1916.", "1916", "Troops", "troops"),
        ("A landslide blocked the pass in May 2003. It also buried two farms in June 2003.", "June 2003",
         "landslide", "the landslide"),
        ("The ferry company cut its fares in 1998. It then sold two of its boats in 1999.", "1999",
         "company", "the ferry company"),
    ],
)
def test_a_pronoun_behind_an_adverb_gives_its_description_as_actor(text, expression, title_word, actor) -> None:
    event = _event(text, expression)
    assert title_word in event.title
    assert event.actors[:1] == (actor,)


@pytest.mark.parametrize(
    "text, expression, title_start, actor",
    [
        ("Police raided a farm near Dunmore on Monday. They arrested two men on Tuesday.", "Tuesday", "Police arrest", "police"),
        ("The army shelled the harbour in 1942. They took the airfield in 1943.", "1943", "The army", "the army"),
        ("Police searched the quarry at dawn on Friday. They found a stolen van on Saturday.", "Saturday",
         "Police find", "police"),
    ],
)
def test_a_collective_the_title_puts_for_a_pronoun_is_the_actor(text, expression, title_start, actor) -> None:
    event = _event(text, expression)
    assert event.title.startswith(title_start)
    assert event.actors[:1] == (actor,)


@pytest.mark.parametrize(
    "text, expression, actor",
    [
        # a one-word name the title opens with stays a name, not a description
        ("Kestria imposed duties on cloth in 1820.", "1820", "Kestria"),
        ("Ana Lind joined the board in 1990. She also founded a school in 1993.", "1993", "Ana Lind"),
    ],
)
def test_a_name_is_still_no_description(text, expression, actor) -> None:
    event = _event(text, expression)
    assert actor in event.actors
    assert not any(a.lower() == actor.lower() and a != actor for a in event.actors)
