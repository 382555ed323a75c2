"""A new full name is matched against the people a stored index already has (the first piece of
annotating only new documents, docs/incremental-annotation.md): the person a whole annotation would
give it when only one fits, every candidate when it links several (a cross-link to report)."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings, strategies as st
from tests.property_examples import examples

from explorer.entities import build_index
from explorer.entities.aliases import compatible, name_key
from explorer.entities.incremental import PeopleByName, full_name_key
from explorer.entities.index import Entity

OLD = [
    ("a.txt", "The minister Maria Kowal said on Monday that the bridge would open. Kowal spoke in Warsaw.\n"),
    ("b.txt", "Elena Kowal, the mayor, said the port would close. Mayor Elena Kowal added that she was sorry.\n"),
]
NEW = ("d.txt", "Maria Kowal said on Friday the plan was final. Tomas Berg said so too.\n")


def _owner_of_old_mentions(index, name: str) -> set[tuple[str, int]]:
    entity = next(e for e in index.people() if e.name == name)
    return {(r.doc, r.start) for r in entity.mentions if r.doc != NEW[0] and not r.derived}


def test_a_new_full_name_goes_to_the_person_a_whole_annotation_gives_it():
    stored = build_index(OLD)
    people = PeopleByName.of(stored)
    [fit] = people.fits(["Maria", "Kowal"])
    whole = build_index([*OLD, NEW])
    owner = next(e for e in whole.people() if any(r.doc == NEW[0] and r.start == 0 for r in e.mentions))
    # the same person: the whole run's owner of the new mention owns exactly the stored one's old mentions
    assert {(r.doc, r.start) for r in owner.mentions if r.doc != NEW[0] and not r.derived} == \
        {(r.doc, r.start) for r in fit.mentions if not r.derived}
    assert people.fits(["Tomas", "Berg"]) == ()  # a new person
    assert _owner_of_old_mentions(whole, "Tomas Berg") == set()


def test_a_name_fitting_two_existing_people_is_a_cross_link_not_a_guess():
    people = PeopleByName.of(build_index(OLD))
    assert [e.name for e in people.fits(["Maria", "Elena", "Kowal"])] == ["Elena Kowal", "Maria Kowal"]
    assert people.fits(["Kowal"]) == ()  # a surname alone is not a full name: the document decides it


def test_a_second_surname_left_out_and_particles_still_match():
    maduro = Entity("person:Nicolás Maduro Moros", "Nicolás Maduro Moros", "person", Counter({"Nicolás Maduro Moros": 3}))
    assad = Entity("person:Bashar al-Assad", "Bashar al-Assad", "person", Counter({"Bashar al-Assad": 2}))
    people = PeopleByName([maduro, assad])
    assert people.fits(["Nicolás", "Maduro"]) == (maduro,)
    assert people.fits(["Bashar", "al", "Assad"]) == (assad,)
    assert people.fits(["Ana", "Maduro"]) == ()


_GIVEN = ["Anna", "Ana", "Karl", "Carl", "Maria", "Elena", "J.", "Tomas", "Ivo", "Sten"]
_SURNAMES = ["Kowal", "Kovac", "Berg", "Burg", "Lind", "Maduro", "Moros", "Haas", "Hass"]
_names = st.lists(st.sampled_from(_GIVEN), min_size=1, max_size=2).flatmap(
    lambda given: st.lists(st.sampled_from(_SURNAMES), min_size=1, max_size=2).map(lambda s: " ".join(given + s)))


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(st.lists(_names, min_size=1, max_size=3), min_size=1, max_size=8), _names)
def test_the_surname_blocks_find_every_person_comparing_all_would(spellings, query):
    """The blocking is exact: the people found are those whose every full spelling the name is
    compatible with, as trying every person finds them (second surnames and initials included)."""
    people = [Entity(f"person:{n}", s[0], "person", Counter(s)) for n, s in enumerate(spellings)]
    found = PeopleByName(people).fits(query.split())
    key = name_key(query.split())
    expected = [p for p in people
                if all(compatible(key, k) for k in {full_name_key(s) for s in p.variants})]
    assert sorted(p.id for p in found) == sorted(p.id for p in expected)
