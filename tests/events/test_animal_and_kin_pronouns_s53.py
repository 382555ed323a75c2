"""An animal a text calls "she" or "he" by its noun ("the mare", "the filly", "the colt"): a pronoun
subject after a sentence whose subject is that animal, and which names no one, stands for the animal, not
for a person named further back; through sentences whose subject is the same pronoun too (session 53, h53t;
events.gender's animal nouns, titles.opening_pronoun._sexed_description_before). A person's description
("the widow") may be an epithet of the person named before it, and still waits for the names. And a kin
just named as the subject ("Her daughter Ingrid took over …. She opened …") goes before the story's person
even when a firm bearing that person's surname ("Brandt & Lowe") stands in the sentences between
(titles.pronouns._someone_else_lately). Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.events.extracted_events import titles_of


@pytest.mark.parametrize(
    "text, title",
    [
        ("The vet, Clara Moss, examined the pony on 2 May. The mare stood quietly but would not eat. "
         "On 4 May she developed a cough.", "The mare develops a cough"),
        ("The trainer Ruth Lang saddled three runners at Ripon. The filly was slowly away and finished last. "
         "In June she won at York.", "The filly wins at York"),
        ("Joan Pell bought a young horse in 1998. The colt was lame for a year. In 2001 he won the Derby.",
         "The colt wins the Derby"),
        ("Dr Anna Vos treated the ewe on Monday. The ewe collapsed and refused water. On Tuesday she lambed; "
         "the shepherd kept watch overnight. By Thursday she was grazing again.", "The ewe is grazing again"),
    ],
)
def test_a_pronoun_after_an_animal_is_the_animal(text: str, title: str) -> None:
    titles = titles_of(text)
    assert any(t.startswith(title) for t in titles), titles


def test_a_persons_description_still_waits_for_the_name() -> None:
    # (guard) "the widow" is Mary Hale here: the name, read as before
    titles = titles_of("Mary Hale ran the farm until 1950. The widow sold the herd in 1952. In 1953 she moved to Leeds.")
    assert "Mary Hale moves to Leeds" in titles, titles


@pytest.mark.parametrize(
    "text, title",
    [
        ("Amos Clegg founded the builders Clegg & Hart in 1920. Clegg married Edna Shaw in 1925. The firm built "
         "the town hall in 1931, and the council paid Clegg & Hart in full. His son Daniel joined the firm in 1934. "
         "He opened a yard in Hull in 1946.", "Daniel opens a yard in Hull"),
        ("Olga Brandt set up a weaving shop in 1950. Brandt won a design prize in 1953. Her shawls sold well, and "
         "in 1957 a London store ordered 500 from Brandt & Lowe. Her daughter Ingrid took over the looms in 1961. "
         "She opened a second shop in Bath in 1964.", "Ingrid opens a second shop in Bath"),
    ],
)
def test_a_pronoun_after_a_kin_subject_is_the_kin_though_a_firm_bears_the_story_persons_name(
        text: str, title: str) -> None:
    # the kin just named as the subject goes before the story's person, whose surname in a firm's name
    # ("Clegg & Hart") is no mention of that person (titles.pronouns._someone_else_lately)
    titles = titles_of(text)
    assert title in titles, titles
