"""A "he"/"she" never goes to a person the text gives the other sex, by one check
(``events.gender.agrees``) shared by the pronoun mentions, the actor index and the titles."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.entities.index import Entity
from explorer.entities.pronouns import resolve_pronouns
from explorer.entities.subject import resolve_subject
from explorer.events.gender import FEMALE, MALE, agrees, noun_sex, sex_in_text
from explorer.ingest import extract_paths


@pytest.mark.parametrize(("sex", "pronoun", "ok"), [
    (MALE, "He", True), (MALE, "she", False), (MALE, "Her", False), (FEMALE, "his", False),
    (FEMALE, "She", True), (None, "He", True), (None, "she", True), (FEMALE, "It", True),
])
def test_agrees(sex, pronoun, ok):
    assert agrees(sex, pronoun) is ok


@pytest.mark.parametrize(("noun", "sex"), [
    ("ferryman", MALE), ("policeman", MALE), ("postwoman", FEMALE), ("woman", FEMALE),
    ("human", None), ("pilot", None),
])
def test_compounds_of_man_and_woman_are_sexed(noun, sex):
    assert noun_sex(noun) == sex


def test_an_apposed_compound_tells_the_sex():
    assert sex_in_text("Oskar Pell", "Oskar Pell, a veteran lifeboatman, rowed out.") == MALE
    assert sex_in_text("Ruth Imber", "Ruth Imber, the town's first policewoman, retired.") == FEMALE


def _sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for part in text.split(". "):
        out.append((start, start + len(part) + 1))
        start += len(part) + 2
    return out


def test_a_pronoun_mention_goes_only_to_a_person_of_its_sex():
    text = "Dana Mirren opened the forge. He sold it later."
    people = [(0, 0, "dana")]
    assert resolve_pronouns(text, _sentences(text), people) == [(30, 32, "dana")]  # unknown: as before
    assert resolve_pronouns(text, _sentences(text), people, {"dana": FEMALE}.get) == []
    assert resolve_pronouns(text, _sentences(text), people, {"dana": MALE}.get) == [(30, 32, "dana")]
    she = "Dana Mirren opened the forge. She sold it later."
    assert resolve_pronouns(she, _sentences(she), people, {"dana": FEMALE}.get) == [(30, 33, "dana")]
    assert resolve_pronouns(she, _sentences(she), people, {"dana": MALE}.get) == []


def test_two_people_in_the_sentence_before_still_leave_the_pronoun():
    text = "Dana Mirren met Hugo Fenn. He left."
    people = [(0, 0, "dana"), (0, 16, "hugo")]
    assert resolve_pronouns(text, _sentences(text), people, {"dana": FEMALE, "hugo": MALE}.get) == []


def _person(name: str) -> Entity:
    return Entity(f"person:{name}", name, "person")


@pytest.mark.parametrize(("title", "sex", "named"), [
    ("He repairs the roof", FEMALE, False), ("She repairs the roof", FEMALE, True),
    ("She repairs the roof", MALE, False), ("He repairs the roof", MALE, True),
    ("His boat sinks", FEMALE, False), ("Her boat sinks", FEMALE, True),
    ("He repairs the roof", None, True), ("She repairs the roof", None, True),
])
def test_a_title_pronoun_stands_for_no_subject_of_the_other_sex(title, sex, named):
    who = _person("Lior Vance")
    found = resolve_subject(title, [(0, who)], lambda at: True, sex_of=lambda e: sex)
    assert (found is who) is named


@pytest.mark.parametrize(("title", "expected"), [
    ("She kept the shop", "Rana Tull"), ("He kept the shop", "Piet Osk"),
])
def test_a_title_pronoun_passes_over_the_nearest_subject_of_the_other_sex(title, expected):
    # "Rana Tull … Piet Osk, a ferryman, … (died). She kept the shop": the reader passes over him
    rana, piet = _person("Rana Tull"), _person("Piet Osk")
    sexes = {"Rana Tull": None, "Piet Osk": MALE}
    found = resolve_subject(title, [(0, rana), (50, piet)], lambda at: True, sex_of=lambda e: sexes[e.name])
    assert found is not None and found.name == expected


def test_two_people_of_the_other_sex_leave_no_one():
    a, b = _person("Rana Tull"), _person("Mina Vos")
    assert resolve_subject("He left", [(0, a), (9, b)], lambda at: True, sex_of=lambda e: FEMALE) is None


def test_the_actor_of_a_pronoun_title_is_never_the_other_sex(tmp_path: Path):
    (tmp_path / "a.txt").write_text(
        "Harbour notes, 4 June 2024.\n\n"
        "Greta Solberg founded the rowing club in 1951. She was its captain until 1966. "
        "He rebuilt the boathouse in 1975.\n\n"
        "Anton Brevik, a retired ferryman, painted the jetty in 1980. He tarred the hull in 1982.\n"
    )
    events = extract_paths([str(tmp_path)], jobs=1).events
    by_title = {e.title: e for e in events}
    rebuilt = next(e for t, e in by_title.items() if t.endswith("rebuilds the boathouse"))
    assert "Greta Solberg" not in rebuilt.actors[:1] and not rebuilt.title.startswith("Greta")
    tarred = next(e for t, e in by_title.items() if t.endswith("tars the hull"))
    assert tarred.title.startswith("Anton Brevik") and tarred.actors[:1] == ("Anton Brevik",)


# The two described-person rules ask one vocabulary and one sex check (events.described_people).

from explorer.entities.title_described_person import described_person  # noqa: E402
from explorer.events.described_people import is_described_person  # noqa: E402
from explorer.events.titles.described_subject import described_subject  # noqa: E402


@pytest.mark.parametrize("noun", ["pensioner", "hiker", "clerk", "trustee", "widow", "ferryman"])
def test_one_vocabulary_of_described_people(noun):
    assert is_described_person(noun)


def test_a_role_only_the_other_rule_knew_is_read_by_both():
    # a noun of the report roles, read by the entity rule too; one of the entity rule's, by the title rule
    text = "A trustee was suspended on Monday. She repaid the money."
    assert described_person(text, 0, text.index("She"), "she") == "The trustee"
    assert described_subject("he", "The hiker was found on Tuesday.") == "The hiker"


@pytest.mark.parametrize(("pronoun", "expected"), [("he", "The lifeboatman"), ("she", None)])
def test_both_rules_refuse_a_sexed_noun_of_the_other_sex(pronoun, expected):
    text = "A lifeboatman was fined on Monday. X paid."
    assert described_person(text, 0, text.index("X"), pronoun) == expected
    assert described_subject(pronoun, "The lifeboatman was fined on Monday.") == expected
