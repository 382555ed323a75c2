"""Issue 12, session thirteen (the issue audit): who acted. A dateline's town in capitals with no
agency ("TARNBY — …", "TARNBY, June 4 - …") is where the story was filed, a place, never an actor; a
name apposed to a possessive's role noun ("her deputy Ilsa Brand travelled") is who acted, not the
possessive's owner. Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.entities import build_index
from explorer.entities.datelines import dateline_part
from explorer.events.build import build_events


@pytest.mark.parametrize(
    "line",
    [
        "HOLLOWBROOK — The ferry resumed its crossings on Monday, the operator said.",
        "HOLLOWBROOK, June 4 - The ferry resumed its crossings on Monday.",
        "HOLLOWBROOK, 4 June 2021: The ferry resumed its crossings on Monday.",
        "HOLLOWBROOK, Vantshire, June 4, 2021 -- The ferry resumed its crossings on Monday.",
    ],
)
def test_a_datelines_town_in_capitals_is_a_place(line: str) -> None:
    text = "Ferry back\n\n" + line + "\n"
    start = text.index("HOLLOWBROOK")
    assert dateline_part(text, start, start + len("HOLLOWBROOK")) == "place"
    index = build_index([("a.txt", text)])
    shouted = [e for e in index.entities.values() if any("HOLLOWBROOK" in v for v in e.variants)]
    assert shouted and all(e.kind == "place" for e in shouted)


def test_capitals_inside_a_sentence_are_no_dateline() -> None:
    text = "Ferry back\n\nThe ferry resumed its crossings - HOLLOWBROOK said on Monday.\n"
    at = text.index("HOLLOWBROOK")
    assert dateline_part(text, at, at + len("HOLLOWBROOK")) is None


@pytest.mark.parametrize(
    "text, title",
    [
        ("The minister Ada Kell visited Tarnby in June 2021, while her deputy Ilsa Brand travelled to Holm in "
         "August 2021.", "Ilsa Brand travels to Holm"),
        ("Karl Heim retired in 2001. His elder brother Tom Ede sold the farm in 2004.", "Tom Ede sells the farm"),
        ("The firm grew fast. Its chief executive Ana Lind resigned on 3 May 2019.", "Ana Lind resigns"),
        ("The mayor opened the fair on 3 May 2022, and her husband Tom Ede judged the cakes on 4 May 2022.",
         "Tom Ede judges the cakes"),
    ],
)
def test_a_name_apposed_to_a_possessives_role_noun_is_who_acted(text: str, title: str) -> None:
    doc = Document("a.txt", text, "t", date(2023, 1, 1), "given")
    titles = [e.title for e in build_events(doc, temporal.tag(text, doc.date))]
    assert title in titles, titles


def test_a_possessives_own_noun_phrase_stays_the_subject() -> None:
    text = "Karl Heim retired in 2001. His long campaign for the Senate ended in 2004."
    doc = Document("a.txt", text, "t", date(2023, 1, 1), "given")
    assert "His long campaign for the Senate ends" in [e.title for e in build_events(doc, temporal.tag(text, doc.date))]


def test_a_name_inside_a_possessives_noun_phrase_is_no_apposition() -> None:
    """"our new Hallam lifeboat" is a thing the possessive owns: the name is part of its noun phrase."""
    text = "The crew trained all winter. Our new Hallam lifeboat entered service on 9 March 2024 after a long appeal."
    doc = Document("a.txt", text, "t", date(2024, 6, 1), "given")
    titles = [e.title for e in build_events(doc, temporal.tag(text, doc.date))]
    assert any(t.startswith("Our new Hallam lifeboat enters service") for t in titles), titles
