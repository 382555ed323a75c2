"""Titles that lost their subject, session 46.

* A told clause's second verb: "Her office said on Monday that she had accepted the request and signed
  a decree" titled the signing "Signed a decree" (the shared-subject rule looked for the teller's
  subject, and a "that" before the verb made it give up); the two verbs share the told clause's
  subject: "She signs a decree".
* A career's entry stamped "Since 2021:" or "From 2019:" ("Since 2021: Chairs the staff forum") is a
  dated list entry as "2021:" is, its subject the record's person.

Sentences written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _titles(text: str) -> list[str]:
    return [e.title for e in extract_document(Document("a.txt", text, "A"), date(2025, 2, 4)).events]


@pytest.mark.parametrize(("text", "title"), [
    ("The mayor's office said on Monday that she had accepted the offer and signed a contract with the builders.",
     "She signs a contract with the builders"),
    ("His lawyer said on Friday that he had pleaded guilty and signed a confession.", "He signs a confession"),
])
def test_the_second_verb_of_a_told_clause_takes_its_subject(text: str, title: str) -> None:
    assert title in _titles(text)


@pytest.mark.parametrize(("text", "title"), [
    # no told clause: the sentence's own subject, as before
    ("In 2019 the trust bought the mill and restored the wheel.", "The trust restores the wheel"),
])
def test_the_sentence_subject_stays_without_a_told_clause(text: str, title: str) -> None:
    assert title in _titles(text)


_CV = """Tomas Berg - curriculum vitae

2015: Joined the county council as a senior engineer.
Since 2019: Leads the council's flood defence team.
From 2021: Chairs the regional drainage board.
"""


@pytest.mark.parametrize("title", [
    "Tomas Berg leads the council's flood defence team",
    "Tomas Berg chairs the regional drainage board",
    "Tomas Berg joins the county council as a senior engineer",
])
def test_an_entry_stamped_since_a_year_names_the_record_s_person(title: str) -> None:
    assert title in _titles(_CV)
