"""The act of a relative clause that holds the sentence's date, told of the clause's own subject.

Two kinds the title step read from the main clause, session 46:

* a "who"/"which" clause (no comma) on the object of a main clause told as now, in the present perfect
  or progressive: "Police have named the man who died in the crash last night" is the death's date, not
  the naming's (which is today): "The man dies in the crash", not "Police name the man"; a progressive
  main clause read the relative's verb as its own ("Officers are crashed into a shop");
* a contact relative whose subject is a pronoun: "the plan it announced in May" was titled "The plan it
  is announced"; it is "It announces the plan", the pronoun named as a title's opening pronoun is ("The
  company announces the plan"), a person's only from the sentences before (the main clause's subject
  is often someone else: "Wren uses the version she published").

Sentences written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.titles.pronouns import subject_people
from explorer.events.titles.subject_relatives import object_relative_title
from explorer.ingest import extract_document


def _titles(text: str) -> list[str]:
    return [e.title for e in extract_document(Document("a.txt", text, "A"), date(2025, 2, 4)).events]


@pytest.mark.parametrize(("text", "title"), [
    ("Police have named the man who died in the crash on the ring road last night.", "The man dies in the crash on the ring road"),
    ("Officers are questioning a driver who crashed into a shop window on Friday.", "A driver crashes into a shop window"),
    ("The museum has bought a painting which was stolen from a chapel in 1985.", "A painting is stolen from a chapel"),
    ("Detectives have arrested two teenagers who were seen near the depot on Monday night.", "Two teenagers are seen near the depot"),
    ("The club has banned the fans who invaded the pitch on Saturday.", "The fans invade the pitch"),
    ("Engineers are still inspecting the crane which toppled over in high winds last month.", "The crane topples over in high winds"),
])
def test_a_relative_on_the_object_of_a_main_clause_told_as_now(text: str, title: str) -> None:
    assert _titles(text) == [title]


@pytest.mark.parametrize(("text", "title"), [
    # the main clause in the past: its act may well be the date's; the main clause keeps the title
    ("On Friday police arrested a man who lived nearby.", "Police arrest a man who lived nearby"),
    # a comma before "who": the aside rules' case, unchanged
    ("The council has thanked the volunteers, who cleared the beach last weekend.", "The volunteers clear the beach"),
])
def test_guards_of_the_now_main_clause(text: str, title: str) -> None:
    assert _titles(text) == [title]


def test_a_told_clause_is_no_object_with_its_relative() -> None:
    sentence = "Police have said the man who was hurt on Sunday is recovering."
    start = sentence.index("Sunday")
    assert object_relative_title(sentence, start, start + len("Sunday")) is None
    sentence = "Police have named the man who was hurt on Sunday."
    start = sentence.index("Sunday")
    assert object_relative_title(sentence, start, start + len("Sunday")) == "The man is hurt"


@pytest.mark.parametrize(("text", "title"), [
    ("The company has dropped the plan it announced in May 2023.", "The company announces the plan"),
    ("The council has scrapped the scheme we backed in 2019.", "We back the scheme"),
    ("The band still plays the songs they wrote in 1999.", "They write the songs"),
    ("The trust has restored the mill it bought in 1988.", "The trust buys the mill"),
])
def test_a_contact_relative_with_a_pronoun_subject(text: str, title: str) -> None:
    assert _titles(text) == [title]


def test_a_person_pronoun_in_a_contact_relative_is_not_the_main_subject() -> None:
    text = ("Nora Vance, who died in 2009, rewrote the last act twice. "
            "Tomas Brandt uses the version she published in 1990.")
    titles = _titles(text)
    assert "Tomas Brandt publishes the version" not in titles
    assert "Nora Vance publishes the version" in titles


def test_a_subordinator_opens_no_name() -> None:
    text = "When Miriam Hale's first novel appeared, critics ignored it. Hale, who was then forty, kept writing."
    assert "When Miriam Hale" not in subject_people(text)
