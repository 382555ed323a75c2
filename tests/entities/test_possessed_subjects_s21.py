"""An owned thing as a title's subject is who acted (issue 12, session twenty-one): "Ivo Marsh's
daughter opened the shop", "The trust's board sacked him". The owner's name, found first in the
clause, was the event's first (often only) actor; a reader asked "who?" names the daughter, the board.
The owner stays among the actors after it; an owned thing ("Her novel appeared") comes after its
owner, whose lane it is. The owned one makes no lane.
Sentences of our own, none from the sample, the gold set, the folders or TimeML."""

from __future__ import annotations

from datetime import date

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.entities import build_index
from explorer.events.agents import is_description, names_only
from explorer.events.build import build_events
from explorer.events.possessed import possessed_subject


def _events(text: str):
    doc = Document("a.txt", text, "", date(2024, 3, 1), "given")
    index = build_index([(doc.path, text)])
    return {e.timex: index.label(e) for e in build_events(doc, temporal.tag(text, doc.date))}


@pytest.mark.parametrize(
    "text, expression, first, owner",
    [
        ("Ivo Marsh ran a bakery in Tollby for thirty years. Ivo Marsh's daughter opened a second shop in "
         "May 2019.", "May 2019", "Ivo Marsh's daughter", "Ivo Marsh"),
        ("The Harlow Canal Trust restored the lock in 2001. The trust's board dismissed its director in "
         "June 2005.", "June 2005", "the trust's board", None),
        ("Pella Rovers lost the cup final in 2012. Pella Rovers' captain broke his ankle in March 2013.",
         "March 2013", "Pella Rovers' captain", None),
    ],
)
def test_the_owned_thing_is_the_first_actor(text: str, expression: str, first: str, owner: str | None) -> None:
    event = _events(text)[expression]
    assert event.actors[0] == first
    if owner is not None:
        assert owner in event.actors[1:]


@pytest.mark.parametrize(
    "text, expression, owner, owned",
    [
        ("Greta Vinter wrote poems all her life. Her first novel appeared in 1987.", "1987", "Greta Vinter",
         "her first novel"),
        ("Ivo Marsh ran a bakery in Tollby. Ivo Marsh's recipe book was published in 2003.", "2003", "Ivo Marsh",
         "Ivo Marsh's recipe book"),
    ],
)
def test_an_owned_thing_follows_its_owner(text: str, expression: str, owner: str, owned: str) -> None:
    """A thing or an act of the owner's ("her first novel appears") keeps the owner's lane first."""
    assert _events(text)[expression].actors[:2] == (owner, owned)


def test_a_name_after_the_owned_thing_is_the_actor() -> None:
    text = "Ivo Marsh ran a bakery in Tollby. Ivo Marsh's brother Anton Marsh sold it in 1999."
    event = _events(text)["1999"]
    assert event.actors[0] == "Anton Marsh"


def test_the_owned_thing_makes_no_lane() -> None:
    assert is_description("Ivo Marsh's daughter") and is_description("Pella Rovers' first team")
    assert not is_description("Lloyd's of London") and not is_description("St Mary's Church")
    assert names_only(("Ivo Marsh's daughter", "Ivo Marsh")) == ("Ivo Marsh",)


@pytest.mark.parametrize(
    "subject, title, owned",
    [
        ("The league's awards committee", "The league's awards committee meets", "the league's awards committee"),
        ("The union's members", "The union's members vote to strike", "the union's members"),
        ("Their boat sinks off the point", "Their boat sinks off the point", "their boat"),
        ("Tarn Mills' owner briefly closes the plant", "Tarn Mills' owner briefly closes the plant",
         "Tarn Mills' owner"),
        ("Her film opens two festivals", "Her film opens two festivals", "her film"),
        ("The firm's three lorries", "The firm's three lorries leave the depot", "the firm's three lorries"),
    ],
)
def test_the_owned_thing_ends_before_its_verb(subject: str, title: str, owned: str) -> None:
    assert possessed_subject(subject, title) == owned


@pytest.mark.parametrize(
    "subject, title",
    [
        ("The harbour master", "The harbour master resigns"),
        ("Ivo Marsh", "Ivo Marsh resigns"),
        ("The mayor's", "The mayor's resigns"),
        ("Anna's cousin Per", "Anna's cousin Per wins the race"),
    ],
)
def test_no_owner_or_a_named_head_gives_none(subject: str, title: str) -> None:
    assert possessed_subject(subject, title) is None


@pytest.mark.parametrize(
    "subject, title, owned",
    [
        ("Its two technicians", "Its two technicians are interviewed", "its two technicians"),
        ("Their three guides", "Their three guides were paid", "their three guides"),
    ],
)
def test_a_plural_before_an_auxiliary_is_the_head_and_its_count_is_told(subject: str, title: str, owned: str) -> None:
    assert possessed_subject(subject, title) == owned
