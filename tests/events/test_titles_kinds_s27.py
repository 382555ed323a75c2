"""Title kinds of session 27 (issue 12), our own sentences.

A participle in "-ed" after a count ("Two armed men", "Three masked raiders", "4 escaped prisoners") is
the adjective of the noun after it, as after a determiner: it read as the verb ("Two arms men robbed a
jeweller", "Four escapes prisoners were caught"), and the actor became the bare count ("two").

A title the word cut leaves on a preposition that takes an object ("… pour into", "… consolidate
information under") loses that preposition, as it loses a dangling "in" or "of"; "over", "up", "off"
and "out" stay, since they end phrasal verbs ("The new owner takes over").
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.entities import build_index
from explorer.events.build import build_events
from explorer.events.titles.make import without_dangling
from tests.events.titled import title_at


@pytest.mark.parametrize(("sentence", "expression", "title"), [
    ("Two armed men robbed a jeweller in Leeds on Sunday.", "Sunday", "Two armed men rob a jeweller"),
    ("Three masked raiders smashed the window of a bank in Ghent on 4 May.", "4 May", "Three masked raiders smash the window"),
    ("Four escaped prisoners were caught near the border on Monday.", "Monday", "Four escaped prisoners are caught"),
    ("Several injured miners reached the surface on Monday.", "Monday", "Several injured miners reach the surface"),
])
def test_a_participle_after_a_count_is_an_adjective(sentence: str, expression: str, title: str) -> None:
    assert title_at(sentence, expression).startswith(title)


@pytest.mark.parametrize(("sentence", "expression", "actor"), [
    ("Two armed men robbed a jeweller in Leeds on Sunday.", "Sunday", "two armed men"),
    ("Three masked raiders smashed the window of a bank in Ghent on 4 May.", "4 May", "three masked raiders"),
])
def test_the_counted_group_is_the_actor_not_the_count(sentence: str, expression: str, actor: str) -> None:
    doc = Document("a.txt", sentence, "", date(2024, 3, 1), "given")
    index = build_index([(doc.path, sentence)])
    event = next(index.label(e) for e in build_events(doc, temporal.tag(sentence, doc.date)) if e.timex == expression)
    assert event.actors[:1] == (actor,)


@pytest.mark.parametrize(("title", "whole"), [
    ("Two robbers empty their pistols into", "Two robbers empty their pistols"),
    ("Freeh orders the inquiry to consolidate its files under", "Freeh orders the inquiry to consolidate its files"),
    ("Fans from both clubs pour across", "Fans from both clubs pour"),
    ("The ferry company merges two routes without", "The ferry company merges two routes"),
    # phrasal verbs keep their particle
    ("The new owner takes over", "The new owner takes over"),
    ("The pier is finally paid off", "The pier is finally paid off"),
    # s58: a share of a time whose "of <date>" the cut took
    ("Heavy rain falls across the district for most", "Heavy rain falls across the district"),
    ("The band plays through much", "The band plays"),
    ("Pickets block the gates for the best part", "Pickets block the gates"),
    # guard: "most" that ends its own phrase
    ("The town suffers the most", "The town suffers the most"),
])
def test_a_title_never_ends_on_a_preposition_without_its_object(title: str, whole: str) -> None:
    assert without_dangling(title) == whole


def test_a_cut_title_loses_its_dangling_preposition() -> None:
    got = title_at("Fans from both northern clubs poured into Derby's Old Market Place on Saturday to watch the parade.",
                   "Saturday")
    assert got.startswith("Fans from both northern clubs pour") and not got.endswith(" into")
