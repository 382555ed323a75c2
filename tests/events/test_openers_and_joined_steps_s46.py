"""Two faults seen on a painter's life of our own: a possessive happening after an opening preposition
("After Brandt's death in 1882 she returned to work") was titled "After Brandt dies", the preposition
taken into the name; and a second verb with its own date between "and" and itself ("she returned to
work and in 1884 opened a painting school") lost its subject ("Opened a painting school"). Sentences
of our own."""

from __future__ import annotations

import re
from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.events.titles import make_title
from explorer.ingest import extract_document


def _title(sentence: str, date_text: str) -> str:
    at = sentence.index(date_text)
    others = [(m.start(), m.end()) for m in re.finditer(r"\b\d{4}\b", sentence) if m.start() != at]
    return make_title(sentence, at, at + len(date_text), others=others)


@pytest.mark.parametrize(("sentence", "date_text", "title"), [
    ("After Brandt's death in the cholera epidemic of 1882 she returned to work.", "1882", "Brandt dies"),
    ("Following Ruiz's arrest in May 2020 the club suspended him.", "May 2020", "Ruiz is arrested"),
    ("Anna Berg's visit to Oslo in 1990 was short.", "1990", "Anna Berg visits Oslo"),
])
def test_the_opening_preposition_is_no_part_of_the_name(sentence: str, date_text: str, title: str) -> None:
    assert _title(sentence, date_text) == title


@pytest.mark.parametrize(("sentence", "date_text", "title"), [
    ("The company moved to Leeds in 1990 and in 1995 opened a second plant.", "1995", "The company opens a second plant"),
    ("The choir toured Norway in 2004 and in 2006 recorded its first album.", "2006", "The choir records its first album"),
    ("After the flood of 1953 she left the farm and in 1955 bought a shop in Hull.", "1955", "She buys a shop in Hull"),
    ("The council met twice and voted for the bridge on 3 May.", "3 May", "The council votes for the bridge"),
])
def test_a_step_after_and_and_its_date_keeps_the_subject(sentence: str, date_text: str, title: str) -> None:
    assert _title(sentence, date_text) == title


def test_a_possessor_opening_the_sentence_is_no_antecedent() -> None:
    """"After Brandt's death …, which she ran until 1897": "she" is the woman the page is about, not the
    possessor of the death (the title read "Brandt's runs")."""
    text = ("Amalie Vestergaard was a painter. In 1871 she married the physician Carl Brandt. After Brandt's "
            "death in the cholera epidemic of 1882 she returned to work, and she opened a school for women, "
            "which she ran until she sold it in 1897.")  # (was "ran until 1897": a state, no event since session 59)
    events = extract_document(Document("life.txt", text, "life"), dct=date(2026, 1, 1)).events
    title = next(e.title for e in events if e.timex == "1897")
    assert title.startswith("Amalie Vestergaard"), title


@pytest.mark.parametrize(("text", "timex", "title"), [
    ("Amalie Vestergaard painted the coast. In 1871 she married Carl Brandt. After Brandt's death in 1882 she "
     "returned to work and in 1884 opened a painting school.", "1884", "Amalie Vestergaard opens a painting school"),
    ("Tomas Berg trained as a joiner. After the war of 1945 he left the village and in 1948 opened a workshop in Hull.",
     "1948", "Tomas Berg opens a workshop in Hull"),
    ("The Arden company was founded in 1921. It moved to Leeds in 1950 and in 1955 opened a second plant.",
     "1955", "The Arden company opens a second plant"),
])
def test_a_shared_pronoun_subject_is_named(text: str, timex: str, title: str) -> None:
    """"… she returned to work and in 1884 opened a school": the subject the two verbs share is a pronoun,
    named as any title's opening pronoun is (it read "She opens a painting school")."""
    events = extract_document(Document("life.txt", text, "life"), dct=date(2026, 1, 1)).events
    assert next(e.title for e in events if e.timex == timex) == title
