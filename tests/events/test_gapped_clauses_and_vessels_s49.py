"""Session 49 (titles and actors): clauses a reader fills in, and who a "she" or "he" is.

* a second subject told without its verb ("Anna took the silver in 2019, and Tom the bronze in 2021")
  takes the first clause's verb: titles were "Tom the bronze", "Edith" or the first clause run on
  ("The Skua arrives and the Tern"), and the actor of "the Tern in 1926" was "the Tern arrives";
* a gapped object after a comma alone ("our first son in 1986, our second in 1988") is read as one
  after "and" is, and the first object's title stops before the gapped one;
* a vessel named in apposition to her noun ("Its first steamer, the Gannet, was launched") is what a
  later "she" stands for;
* a sentence that opens with a name and tells of another person ("… to her former assistant, Tomasz
  Reyes. He …") says nothing of that name's sex.
Every sentence here is written for this file.
"""

from __future__ import annotations

import pytest

from explorer.events import gender
from tests.events.test_titles_kinds_s10 import _labelled_events


def _event(text: str, expression: str):
    return next(e for e in _labelled_events(text) if e.timex == expression)


@pytest.mark.parametrize("text, expression, title, actor", [
    ("Anna Berg took the silver in 2019, and Tom Hale the bronze in 2021.", "2021",
     "Tom Hale takes the bronze", "Tom Hale"),
    ("The Skua arrived in 1924 and the Tern in 1926.", "1926", "The Tern arrives", "Tern"),
    ("The Gull was launched at Leith in 1931, and the Wren in 1933.", "1933", "The Wren is launched at Leith", "Wren"),
    ("Arthur Pellow died in 2003, and Edith two years later.", "two years later", "Edith dies", "Edith"),
    ("Karl Moser opened a bakery in 1950 and Marta Vos a dairy in 1952.", "1952", "Marta Vos opens a dairy",
     "Marta Vos"),
    # session fifty-four: beside a first subject that is no name, a bare name after the joint is the
    # verb's second object ("It toured Germany in 1992 and Canada in 2008" was "Canada tours Germany")
    ("The quartet was formed in 1985. It toured Norway in 1992 and Chile in 2008.", "2008",
     "The quartet tours Chile", "the quartet"),
    ("The club signed Ferreira in 1990 and Mendes in 1993.", "1993", "The club signs Mendes", "the club"),
    ("The band visited Ghana in 2001, and Peru in 2004.", "2004", "The band visits Peru", "the band"),
])
def test_a_gapped_subject_takes_the_first_verb(text: str, expression: str, title: str, actor: str) -> None:
    event = _event(text, expression)
    assert (event.title, event.actors[:1]) == (title, (actor,))


@pytest.mark.parametrize("text, expression, title", [
    # guards: a gapped phrase or object, not a subject, keeps its own rule
    ("Reisz was elected to the city council in 1978 and to parliament five years later.", "five years later",
     "Reisz is elected to parliament"),
    ("We lost our first son in 1986 and our second in 1988.", "1988", "We lose our second son"),
    # the first clause's own title is unchanged
    ("Anna Berg took the silver in 2019, and Tom Hale the bronze in 2021.", "2019", "Anna Berg takes the silver"),
])
def test_gapped_guards(text: str, expression: str, title: str) -> None:
    assert _event(text, expression).title == title


@pytest.mark.parametrize("text, titles", [
    ("We lost our first son in 1986, our second in 1988.", ("We lose our first son", "We lose our second son")),
    ("The club lost its first final in 1990, its second in 1994.",
     ("The club loses its first final", "The club loses its second final")),
    ("She won her first title in 2001, her second in 2004.", ("She wins her first title", "She wins her second title")),
])
def test_a_gapped_object_after_a_comma(text: str, titles: tuple[str, str]) -> None:
    assert tuple(e.title for e in _labelled_events(text)) == titles


@pytest.mark.parametrize("text, expression, title, actor", [
    ("The firm was founded by James Harlow in 1890. Its first steamer, the Gannet, was launched in 1892. "
     "She carried coal to Hamburg, and she was sold to a Norwegian owner in 1912.", "1912",
     "The Gannet is sold to a Norwegian owner", "Gannet"),
    ("Harlow & Sons ordered a ship in 1960. The firm's last new ship, the Petrel, was launched in 1962. "
     "She was scrapped in 1989.", "1989", "The Petrel is scrapped", "Petrel"),
    ("Marsh Lines was set up by Tom Grey. In 1950 its new ferry, the Kittiwake, entered service. "
     "She ran aground off Mull in 1957.", "1957", "The Kittiwake runs aground off Mull", "Kittiwake"),
])
def test_she_is_the_vessel_named_in_apposition(text: str, expression: str, title: str, actor: str) -> None:
    event = _event(text, expression)
    assert (event.title, event.actors[:1]) == (title, (actor,))


@pytest.mark.parametrize("text, expression, wrong", [
    # session 54: a state or a body the article opens by defining is never a later "she" or "he", its
    # name's head standing before an "of" ("The Kingdom of Orsa … She came to the throne" named the kingdom)
    ("The Kingdom of Ravel was a state on the northern coast.\n\nThe kingdom grew under a young queen. "
     "She came to the throne in 212 BC.", "212 BC", "The Kingdom of Ravel"),
    ("The Republic of Tamsk was a small state in the hills.\n\nIts last leader was a lawyer. "
     "He fled abroad in 1921.", "1921", "The Republic of Tamsk"),
    # guard: already no "she" here
    ("The Society of Vellum Binders is a guild of craftsmen.\n\nIts founder was a printer. "
     "She opened the first workshop in 1890.", "1890", "The Society of Vellum Binders"),
])
def test_a_state_or_body_opening_the_article_is_no_she(text: str, expression: str, wrong: str) -> None:
    assert not _event(text, expression).title.startswith(wrong)


@pytest.mark.parametrize("text, name, sex", [
    ("Quinn stepped down in 2009 and handed the company to her former assistant, Tomasz Reyes. "
     "He rejected the plan.", "Quinn", None),
    ("Sasha Amis retired in 1990 and left the farm to her son. He sold it in 1995.", "Sasha Amis", None),
    ("Ida Kell sold the mill to her nephew, Ole Brand. He closed it.", "Ida Kell", None),
    # guards: nobody else in the name's sentence, and another person of the other sex
    ("Tom Vale joined the navy in 1940. He served on a destroyer.", "Tom Vale", "he"),
    ("Tom Vale married his wife, Ann Vale, in 1950. He served on a destroyer.", "Tom Vale", "he"),
])
def test_an_opening_name_beside_another_person_tells_no_sex(text: str, name: str, sex: str | None) -> None:
    assert gender.sex_in_text(name, text) == sex


@pytest.mark.parametrize("text, expression, title", [
    ("The crew lifted the first pump at 10:15 and the second at 10:40.", "10:40", "The crew lifts the second pump"),
    ("The tug freed the first barge at 6.10 and the second at 6.55.", "6.55", "The tug frees the second barge"),
])
def test_a_gapped_object_after_a_clock_time(text: str, expression: str, title: str) -> None:
    assert _event(text, expression).title == title
