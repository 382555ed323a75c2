"""A "He"/"She" title names the person the text described just before, when it named no one (issue
12, session twenty-one): police logs, case reports and crew logs tell their people as "a 24-year-old
woman", "the patient", "a deckhand". Sentences of our own, none from the sample, the gold set, the
folders or TimeML."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.entities.title_described_person import described_person
from explorer.ingest.extract import extract_document


def _titles(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    from explorer.entities import build_index

    doc = Document("a.txt", text, "", date(2025, 6, 12), "given")
    events = extract_document(doc).events
    index = build_index([(doc.path, text)])
    return {e.timex: (e.title, index.label(e).actors) for e in events}


@pytest.mark.parametrize(
    "text, expression, title",
    [
        ("Two shops on Kell Street were burgled overnight. A 24-year-old woman was arrested near the bus "
         "station on Tuesday. She was released on bail on Wednesday.", "Wednesday",
         "The 24-year-old woman is released on bail"),
        ("Officers stopped a 40-year-old man on the ring road on Monday, and he was charged with "
         "drink-driving on Tuesday.", "Tuesday", "The 40-year-old man is charged with drink-driving"),
        ("A cyclist was hit by a reversing lorry on Dock Road. On Friday she left hospital.", "Friday",
         "The cyclist leaves hospital"),
        ("In the morning the patient complained of a headache. He took two tablets and went back to bed. "
         "He did not eat. On 4 March he was admitted to the ward.", "4 March", "The patient is admitted to the ward"),
    ],
)
def test_the_described_person_names_the_pronoun(text: str, expression: str, title: str) -> None:
    got, actors = _titles(text)[expression]
    assert got == title
    assert actors[:1] == (title.split(" is ")[0].split(" leaves ")[0].lower(),)


@pytest.mark.parametrize(
    "text, expression",
    [
        # a named person: the name rules' case, never a description
        ("Ruth Kale, a 52-year-old teacher, was hurt in the crash. She left hospital on Friday.", "Friday"),
        # the other sex
        ("A woman was injured in the fire. He was arrested on Monday.", "Monday"),
        # two people of either sex, neither told by the pronoun
        ("A nurse and a porter were praised by the board. A driver was thanked too. She retired in May.", "May"),
    ],
)
def test_no_certain_described_person_leaves_the_pronoun(text: str, expression: str) -> None:
    got, _ = _titles(text)[expression]
    assert not got.startswith("The ")


@pytest.mark.parametrize(
    "text, pronoun, person",
    [
        # the one told of by "her" is the subject the pronoun follows, not the one acted on
        ("A deckhand burned her hand on the stove, and a medic from the port dressed it. ", "she", "The deckhand"),
        ("A pensioner paid £900 to a caller after he promised her a refund. ", "she", "The pensioner"),
        ("A man and a woman were seen. ", "he", None),
    ],
)
def test_the_person_told_of_by_the_pronoun(text: str, pronoun: str, person: str | None) -> None:
    assert described_person(text, 0, len(text), pronoun) == person


def test_a_title_retelling_the_pronoun_clause_second_verb_reads_its_own_subject() -> None:
    """ "He cleaned the cut and finished the watch" titled "The deckhand finishes the watch": the
    title's subject, not the sentence's "He", is who acted."""
    from explorer.events.agents import subject_description

    sentence = "He cleaned the cut with water and finished the watch."
    assert subject_description("The deckhand finishes the watch", sentence, 0) == "the deckhand"
