"""A description that stands for a name ("The band tours Germany") follows that name among the
actors: the clause's own words for who acted (gold articles name "band" as often as the band's name).
A pronoun the rules name gives the name; the weather's and the empty "it" give no actor (a pronoun no
rule names gives none either: see tests/store/test_reopened_relabel.py). Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.entities import build_index
from explorer.events.agents import names_only
from explorer.events.build import build_events


def _events(text: str):
    doc = Document("a.txt", text, "", date(2024, 9, 1), "given")
    index = build_index([(doc.path, text)])
    return [index.label(e) for e in build_events(doc, temporal.tag(text, doc.date))]


def _dated(text: str, timex: str):
    return next(e for e in _events(text) if e.timex == timex)


def test_a_pronoun_the_rules_name_gives_the_name() -> None:
    event = _dated("Lena Ostrova founded the bakery in 1961. She retired on 2 June 1990.", "2 June 1990")
    assert event.actors[:1] == ("Lena Ostrova",), (event.title, event.actors)


@pytest.mark.parametrize(("text", "timex"), [
    ("Diary\n\nIt snowed heavily on 3 May 2019, and the pass closed.", "3 May 2019"),
    ("Diary\n\nIt was a cold, bright day on 3 May 2020.", "3 May 2020"),
])
def test_the_weathers_or_an_empty_it_is_no_actor(text: str, timex: str) -> None:
    assert all("it" not in e.actors[:1] for e in _events(text) if e.timex == timex)


@pytest.mark.parametrize(("text", "timex", "actors"), [
    ("Salt Lanterns formed in Ebbsholm in 2001. The band toured Germany in May 2004.", "May 2004",
     ("Salt Lanterns", "the band")),
    ("Lumen Foods opened a plant in 1990. The company moved to Leeds on 3 May 2004.", "3 May 2004",
     ("Lumen Foods", "the company")),
    ("Harrow Rovers won the cup in 1998. The club was relegated on 2 May 2003.", "2 May 2003",
     ("Harrow Rovers", "the club")),
])
def test_a_description_that_stands_for_a_name_follows_it(text: str, timex: str, actors: tuple[str, ...]) -> None:
    # the name first (it acted); the clause's own words for it next, as the text says them
    event = _dated(text, timex)
    assert event.actors[:2] == actors, (event.title, event.actors)
    assert names_only(event.actors)[:1] == actors[:1]


@pytest.mark.parametrize(("text", "timex", "not_actor", "first"), [
    # (session 55) "the club" or "the team" a firm's name never stands for, though the firm is the one
    # body named as a subject before: a firm owns, buys or sponsors a club and is none
    ("Meldrow Foods bought the club in 2003. In 2008 the club won the regional cup.", "2008",
     "Meldrow Foods", "the club"),
    ("Tarvel Brewing sponsored the team in 2011. The team reached the final on 4 May 2012.", "4 May 2012",
     "Tarvel Brewing", "the team"),
    ("Kelby Rovers were founded in 1890. Orland Holdings bought the club in 2003. The club won the cup on 2 May 2008.",
     "2 May 2008", "Orland Holdings", "Kelby Rovers"),
    # guard: "the company" is the firm
    ("Tarnwell Energy was founded in 1990. The company bought a rival on 3 May 2008.", "3 May 2008",
     "", "Tarnwell Energy"),
])
def test_a_club_or_a_team_is_no_firm_named_before(text: str, timex: str, not_actor: str, first: str) -> None:
    event = _dated(text, timex)
    assert not_actor not in event.actors and event.actors[:1] == (first,), (event.title, event.actors)
