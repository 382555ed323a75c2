"""Whom "he"/"she" opening a title stands for when the sentences before name two people (issue 12,
session nineteen): whom the pronoun's own clause names after it is what the subject acted on, not a
rival ("He married Ada Brun in 1907"); the subject of a clause that acted on someone of the pronoun's
sex ("After Jan Rask wrote to him, he …") is not whom the pronoun stands for. Our own sentences."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.entities.document_entities import DocumentEntities
from explorer.entities.title_person import name_pronoun_titles
from explorer.events.build import build_events

from explorer.events.titles.pronouns import acts_on_the_pronoun
from explorer.ingest import extract_paths


def _titles(tmp_path: Path, text: str) -> dict[str, str]:
    (tmp_path / "notes.txt").write_text(text)
    return {e.timex: e.title for e in extract_paths([str(tmp_path)], jobs=1).events if e.timex}


def test_a_person_named_after_the_pronoun_is_no_rival() -> None:
    # the entities' rule alone, on the title as the clause tells it
    text = ("Harbour notes\n\nTomas Vell and his cousin Jan left the island in 1901. Jan found work in a mill. "
            "Tomas moved north. He married Ada Brun, a teacher, in Leith in 1907.\n")
    doc = Document("a.txt", text, "t", None, "none")
    events = [replace(e, title="He marries Ada Brun") if e.timex == "1907" else e
              for e in build_events(doc, temporal.tag(text, None))]
    named = name_pronoun_titles(DocumentEntities.for_titles(doc.path, text, events), events)
    assert next(e.title for e in named if e.timex == "1907") == "Tomas Vell marries Ada Brun"


def test_the_subject_of_a_clause_acting_on_him_is_not_he(tmp_path: Path) -> None:
    text = ("Harbour notes\n\nTomas Vell left the island in 1901. Tomas moved north. After Jan Rask wrote to "
            "him, he married Ada Brun in Leith in 1907.\n")
    assert _titles(tmp_path, text)["1907"].startswith("Tomas Vell marries")


def test_an_opening_clauses_subject_acting_on_no_one_is_still_he(tmp_path: Path) -> None:
    text = ("Harbour notes\n\nTomas Vell left the island in 1901. After Jan Rask defeated the harbour board, "
            "he married Ada Brun in Leith in 1907.\n")
    assert _titles(tmp_path, text)["1907"].startswith("Jan Rask marries")


@pytest.mark.parametrize(("before", "pronoun", "acts"), [
    ("After Jan Rask wrote to him, ", "he", True),
    ("When Jan Rask sent for him again, ", "he", True),
    ("After Ana Berg thanked her, ", "she", True),
    ("After Ana Berg sold her house, ", "she", False),  # a possessive "her": no one acted on
    ("After Jan Rask defeated the board, ", "he", False),
])
def test_a_clause_acting_on_the_pronouns_sex(before: str, pronoun: str, acts: bool) -> None:
    name = " ".join(before.split()[1:3])
    assert acts_on_the_pronoun(name, before, pronoun) is acts


def test_a_section_heading_does_not_break_the_chain_to_the_name(tmp_path: Path) -> None:
    # session 22: "Career" between the sentences that tell of her is a heading, which a reader passes over
    text = ("Ada Brun\n\nAda Brun was born in Leith in 1890. She trained as a chemist in Glasgow, and she "
            "qualified in 1913.\n\nCareer\nUnable to find a post in Scotland, she moved to Oslo in 1915.\n")
    assert _titles(tmp_path, text)["1915"] == "Ada Brun moves to Oslo"


def test_a_run_of_capitals_after_the_is_no_rival_person(tmp_path: Path) -> None:
    # session 22: "the Second Balkan War" in her own sentence is an event named in passing, not someone
    # "she" might stand for
    text = ("Ada Brun\n\nAda Brun was born in Leith in 1880. She trained as a chemist in Glasgow.\n\nCareer\n"
            "Unable to find work in Scotland during the Second Balkan War, she moved to Oslo in 1912.\n")
    assert _titles(tmp_path, text)["1912"] == "Ada Brun moves to Oslo"
