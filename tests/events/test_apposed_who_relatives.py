"""A date inside a "who" relative that closes the sentence on a person the main clause names is that
person's act: "Detectives have reopened the case of Margaret Lyle, a teacher who vanished from her home
in the autumn of 1994" gives "Margaret Lyle vanishes from her home" in 1994, not "Detectives reopen the
case" in 1994. The person is the name the apposition describes, not a place or firm inside the
description. Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.ingest import extract_document


def _titles(text: str) -> dict[str, str]:
    doc = Document("page.txt", text, "page")
    return {e.timex: e.title for e in extract_document(doc, dct=date(2026, 11, 3)).events}


@pytest.mark.parametrize(("text", "timex", "title"), [
    ("Detectives have reopened the case of Margaret Lyle, a teacher who vanished from her home in the autumn of 1994.",
     "the autumn of 1994", "Margaret Lyle vanishes from her home"),
    ("Police have charged Tom Reed, a farmer who shot a neighbour in March.", "March", "Tom Reed shoots a neighbour"),
    ("The club will miss its captain, Dean Holt, who broke his wrist in training on Thursday.", "Thursday",
     "Dean Holt breaks his wrist in training"),
    ("The board thanked Neil Farrow, the former finance director of Caldmoor Water, who retired from the company last year.",
     "last year", "Neil Farrow retires from the company"),
    ("Ines Kolar, the envoy (a former judge who joined the ministry in 2023), rejected the claim on Monday.", "2023",
     "Ines Kolar joins the ministry"),
    ("Our new coordinator takes up her post, replacing Greta Vos, who left in December.", "December", "Greta Vos leaves"),
    ("The files name Aksel Brun, a clerk in the naval office who was convicted of espionage in February 1955.",
     "February 1955", "Aksel Brun is convicted of espionage"),
])
def test_the_person_s_own_act(text: str, timex: str, title: str) -> None:
    assert _titles(text)[timex] == title


@pytest.mark.parametrize(("text", "timex", "wrong"), [
    # a place inside the description is nobody
    ("The picture passed to a dealer in Tessen, who sold it two years later to a collector.", "two years later", "Tessen"),
    # a description after a copula is the subject's own
    ("Marta Ilves is a Norland politician who served as minister from 2009 to 2013.", "2009 to 2013", "A Norland"),
])
def test_no_wrong_person(text: str, timex: str, wrong: str) -> None:
    assert not _titles(text).get(timex, "").startswith(wrong)
