"""Issue 12, session twenty (actors): "the judge", "the ambassador" in a report naming only one person
is someone else, not that person.

A court report names its defendant and then tells "The judge sets a trial date"; a profile of a
minister tells "The ambassador returns to the capital". The fallback that takes the one person named
before for a description by role ("the artist" in a profile of an artist) must not take the defendant
or the minister for the judge or the ambassador: the description itself is then the actor. Our own
names, none from the gold set, the folders or TimeML."""

from __future__ import annotations

import pytest

from explorer.entities.index import Entity
from explorer.entities.subject import resolve_subject


def _before(name: str = "Ivo Marsh") -> list[tuple[int, Entity]]:
    return [(10, Entity("p1", name, "person"))]


@pytest.mark.parametrize("title", ["The judge sets a trial date", "The ambassador returns to Kelby",
                                   "The prosecutor asks for a longer sentence"])
def test_a_role_that_deals_with_the_story_person_is_not_that_person(title: str) -> None:
    assert resolve_subject(title, _before(), lambda at: True) is None


@pytest.mark.parametrize("title", ["The artist moves to Paris", "The coach resigns"])
def test_a_role_of_the_story_person_is_still_that_person(title: str) -> None:
    assert resolve_subject(title, _before(), lambda at: True).name == "Ivo Marsh"


def test_a_judge_named_with_the_role_is_the_judge() -> None:
    before = [(10, Entity("p1", "Ivo Marsh", "person")), (40, Entity("p2", "Ada Lund", "person"))]
    roles = {10: frozenset(), 40: frozenset({"judge"})}
    assert resolve_subject("The judge sets a trial date", before, lambda at: True, lambda at: roles[at]).name == "Ada Lund"


@pytest.mark.parametrize(("title", "written"), [
    # (session 55) an office the one person named was never written with, who is written with a trade:
    # "the engineer Hugo Marsh …. The premier resigned" is someone else
    ("The premier resigns", "engineer"),
    ("The mayor opens the bridge", "architect"),
    ("The king signs the charter", "painter"),
])
def test_an_office_is_not_the_one_person_written_with_a_trade(title: str, written: str) -> None:
    roles = {10: frozenset({written})}
    assert resolve_subject(title, _before(), lambda at: True, lambda at: roles[at]) is None


@pytest.mark.parametrize(("title", "written"), [
    # guards: a trade for a trade ("the painter …. The artist"), an office for an office
    ("The artist moves to Paris", "painter"),
    ("The premier resigns", "minister"),
])
def test_a_role_like_the_one_written_is_still_that_person(title: str, written: str) -> None:
    roles = {10: frozenset({written})}
    assert resolve_subject(title, _before(), lambda at: True, lambda at: roles[at]).name == "Ivo Marsh"
