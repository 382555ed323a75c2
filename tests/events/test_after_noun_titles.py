"""A happening named by a noun after "after"/"before" is titled as a reader would: who (the possessor,
"his"/"her" resolved to the person the main clause names, the main clause's subject for a doer's own
act with "a") and the noun's verb in the headline's present, never the bare noun phrase."""

from __future__ import annotations

import pytest

from explorer.events.after_clauses import iter_after_clauses
from explorer.events.after_noun_titles import noun_title
from explorer.ingest import extract_paths


def _titles(sentence: str) -> dict[str, str]:
    return {found.word: title for found, title in iter_after_clauses(sentence, 0, len(sentence))}


@pytest.mark.parametrize(("sentence", "noun", "expected"), [
    ("Lena Voss, a retired pilot, was freed on parole on Friday, six months after her arrest.",
     "arrest", "Lena Voss is arrested"),
    ("A tribunal in Ostrava acquitted the former mayor Pavel Krejci on Tuesday, a year after his arrest.",
     "arrest", "Pavel Krejci is arrested"),
    ("The bus drivers in Marlow won a new contract in June after a three-week strike.",
     "strike", "The bus drivers in Marlow strike for three weeks"),
    ("Oskar Lind died on Sunday, ten days after a fall on the ice.", "fall", "Oskar Lind falls on the ice"),
    ("Three fans were banned in April after a brawl at the derby.", "brawl", "Three fans brawl at the derby"),
    ("The club appointed a caretaker on Monday after Hallam's dismissal.", "dismissal", "Hallam is dismissed"),
])
def test_the_noun_after_after_is_titled_with_its_doer(sentence: str, noun: str, expected: str) -> None:
    assert _titles(sentence)[noun] == expected


def test_a_subject_that_is_no_person_is_not_her() -> None:
    s = "A panel in Hadley cleared the council on Monday, weeks after her resignation."
    assert noun_title(s, s.index("her resignation"), "resignation", "her resignation") is None
    assert _titles(s)["resignation"] == "Her resignation"  # the phrase stays when no one is found


def test_what_befalls_no_doer_keeps_its_phrase() -> None:
    s = "The bakery reopened in May after a fire in its kitchen."
    assert noun_title(s, s.index("a fire"), "fire", "a fire in its kitchen") is None


def test_an_arrest_with_a_is_not_the_subjects() -> None:
    s = "The shop was closed on Friday after an arrest."
    assert noun_title(s, s.index("an arrest"), "arrest", "an arrest") is None


def test_one_doer_and_many_agree() -> None:
    one = "Mira Holt resigned from the board in May, a week after a fall at home."
    assert _titles(one)["fall"] == "Mira Holt falls at home"
    many = "The nurses returned to work on Monday after a two-day strike."
    assert _titles(many)["strike"] == "The nurses strike for two days"


@pytest.mark.parametrize(("sentence", "noun", "expected"), [
    ("After her resignation, Ada Moreno moved to Porto in 2012.", "resignation", "Ada Moreno resigns"),
    ("After a six-week strike, the dockers went back to work in May 1951.", "strike", "The dockers strike for six weeks"),
    # ("the … of …": the one "of" names, see test_nominal_of_titles; never "The collapses")
    ("After the collapse of the bank, the state took control in 2008.", "collapse", "The bank collapses"),
])
def test_an_opening_after_phrase_takes_the_main_clauses_doer(sentence: str, noun: str, expected: str) -> None:
    assert _titles(sentence)[noun] == expected


def test_a_pronoun_subject_stands_for_his_and_is_named_later() -> None:
    # the title keeps "He", which the document pass names as it names any undated act's pronoun
    assert _titles("He was freed on Monday, a year after his arrest.")["arrest"] == "He is arrested"


def test_a_pronoun_subject_is_named_in_the_document(tmp_path) -> None:
    (tmp_path / "a.txt").write_text("Ferry captain freed\n\nIvo Marsh, a ferry captain, came home on Sunday. "
                                    "He was freed on Monday, a year after his arrest.\n", encoding="utf-8")
    events = extract_paths([str(tmp_path)], jobs=1).events
    arrest = [e for e in events if e.title.endswith("arrested")]
    assert [e.title for e in arrest] == ["Ivo Marsh is arrested"]
    assert "Ivo Marsh" in arrest[0].actors  # the record's actor, read from its title's subject


@pytest.mark.parametrize(("sentence", "noun", "expected"), [
    ("The chapel bell was rung on Friday, a week after Hollis's funeral.", "funeral", "Hollis’s funeral is held"),
    ("Rosa Quint was cleared in May 2019, two years after her trial.", "trial", "Rosa Quint goes on trial"),
])
def test_a_noun_told_in_words_of_its_own(sentence: str, noun: str, expected: str) -> None:
    assert _titles(sentence)[noun] == expected


def test_his_or_her_goes_only_to_a_person_of_that_sex() -> None:
    # the main clause's man is no "her": the arrest is someone else's, so no title names him
    s = "Paul Hart, a retired fisherman, was freed on Friday, six months after her arrest."
    assert noun_title(s, s.index("her arrest"), "arrest", "her arrest") is None
    s = "Paul Hart, a retired fisherman, was freed on Friday, six months after his arrest."
    assert noun_title(s, s.index("his arrest"), "arrest", "his arrest") == "Paul Hart is arrested"
