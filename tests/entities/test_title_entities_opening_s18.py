"""Issue 12, session eighteen (actors): the entities a title rule reads hold the document's opening.

The title rules' index holds only the names in the stretch before each pronoun title (800 characters),
so a person named in full at the top ("Lead: Ada Brenn against …") and by surname further on was two
entities there, the surname alone a stranger, and a "she" after it stood for whoever else the stretch
named in full. The opening is read too. Our own text, none from the gold set, the folders or TimeML."""

from __future__ import annotations

from datetime import date

from explorer import temporal
from explorer.documents import Document
from explorer.entities.document_entities import DocumentEntities
from explorer.events.build import build_events

_FILLER = " ".join(f"The committee met again in session {n} and heard reports from the regions." for n in range(1, 31))


def test_a_surname_far_from_the_opening_is_the_person_named_there_in_full() -> None:
    text = ("Complaint file\n\nLead: Ada Brenn against the Kelland Water Board, lodged in 2019.\n\n" + _FILLER +
            "\n\nBrenn wrote to the board in May. Brenn says the bill was wrong. She resigned from the panel in October 2012.\n")
    doc = Document("a.txt", text, "", date(2024, 3, 1), "given")
    entities = DocumentEntities.for_titles(doc.path, text, build_events(doc, temporal.tag(text, doc.date)))
    at = text.index("Brenn says")
    named = {entity.name for _, entity in entities.index.named_before(doc.path, at + 20, 200)}
    assert named == {"Ada Brenn"}


def test_a_document_without_pronoun_titles_reads_no_stretch() -> None:
    text = "The Kelland Water Board raised its charges in May 2019."
    doc = Document("a.txt", text, "", date(2024, 3, 1), "given")
    assert DocumentEntities.for_titles(doc.path, text, build_events(doc, temporal.tag(text, doc.date))).stretches == []
