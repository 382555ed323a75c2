"""A subject told by a description and then its name ("The buyer, a property developer named Graham
Shute, moved … and sold …", "The first storm, Adela, formed … and dissipated …", "a cavalry officer
called Demaros seized … and declared …") is titled by the name in every act it does, not only the first:
"The buyer sells the old ground" and "The first storm dissipates" name nobody a reader knows, and "A
young clerk names Arthur Penn joined the firm" read "named" as the verb. Every sentence here is
written for this file, in several genres."""

import pytest

from explorer.documents.document import Document
from explorer.ingest.extract import extract_document
from explorer.events.clauses import apposed_name


def _titles(text: str) -> set[str]:
    return {e.title for e in extract_document(Document("a.txt", "A story\n\n" + text, "a")).events}


@pytest.mark.parametrize("text, title", [
    ("The buyer, a property developer named Graham Shute, moved the club to a new stadium in 1990 and sold the old "
     "ground in 1992.", "Graham Shute sells the old ground"),
    ("The first storm, Adela, formed on 9 June and dissipated two days later.", "Adela dissipates"),
    ("In 1990 the club, the Vale Rovers, moved to a new ground and won the league in 1992.", "The Vale Rovers win the league"),
    ("After the empire broke up, a cavalry officer called Demaros seized the coastal cities and declared himself "
     "king in about 301 BC.", "Demaros declares himself king"),
    ("In 1911 a young clerk named Arthur Penn joined the firm and became its manager in 1925.", "Arthur Penn joins the firm"),
    ("Then a woman named Clara Voss walked into the shop on 9 May and bought the painting.", "Clara Voss walks into the shop"),
    ("The ship's cook, a Welshman named Evan Pugh, jumped ship at Valparaíso on 3 March and was never seen again.",
     "Evan Pugh jumps ship at Valparaíso"),
])
def test_the_apposed_name_is_the_subject(text: str, title: str) -> None:
    assert title in _titles(text), _titles(text)


@pytest.mark.parametrize("subject, name", [
    ("The buyer, a property developer named Graham Shute, ", "Graham Shute"),
    ("The twelfth, the small Heron Press, ", "Heron Press"),
    # no name of hers: a place in the description
    ("Her mother, a nurse from Leeds, ", None),
    # one word after a described "the" is a make or a kind, not a name
    ("His car, the red Ford, ", None),
    # a day
    ("The meeting, Tuesday, ", None),
])
def test_which_asides_name_the_subject(subject: str, name: str | None) -> None:
    assert apposed_name(subject) == name


def test_a_named_object_is_no_subject() -> None:
    titles = _titles("He hired a clerk in 1920, a man named Joe Bloggs who kept the books, and sacked him in 1922.")
    assert not any(t.startswith("Joe Bloggs") for t in titles), titles


@pytest.mark.parametrize("text, title", [
    # (session 55) an office written in capitals after the subject, with the body it is held in, is no name
    # apposed to the subject: a court circular's "The Queen, Patron, visited …", a society's notice
    ("The Queen, Patron, this afternoon visited the Royal Hospital for Children in Carrick.",
     "The Queen visits the Royal Hospital for Children in Carrick"),
    ("The King, Colonel-in-Chief, the Royal Rifles, today presented new Colours to the First Battalion.",
     "The King presents new Colours to the First Battalion"),
    ("The Prince of Aldene, President, the Royal Geographical Trust, this evening attended a dinner at the Guildhall.",
     "The Prince of Aldene attends a dinner at the Guildhall"),
    ("Lady Marr, Chairman of the Trustees, opened the new wing on 4 May 1990.", "Lady Marr opens the new wing"),
])
def test_an_office_after_the_subject_is_no_name(text: str, title: str) -> None:
    assert title in _titles(text), _titles(text)
