"""A happening named by a noun with "the … of …" ("After the death of his brother in 1971, …") is
titled by its noun's verb, told of the one "of" names ("His brother dies"), and an opening "After"
phrase with such a noun is a happening of its own (``events.after_noun_titles``,
``events.after_clauses``). Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.after_noun_titles import noun_title
from explorer.ingest import extract_document


@pytest.mark.parametrize("sentence, noun, phrase, expected", [
    ("After the death of his brother in 1971, Oskar ran the farm alone.", "death", "the death of his brother in 1971",
     "His brother dies in 1971"),
    ("After the removal of the splint, the dog walked again.", "removal", "the removal of the splint",
     "The splint is removed"),
    ("After the collapse of the co-operative, the growers sold to Ridley.", "collapse", "the collapse of the co-operative",
     "The co-operative collapses"),
    ("After the retirement of Ada Pell, the choir closed.", "retirement", "the retirement of Ada Pell",
     "Ada Pell retires"),
])
def test_the_one_of_names_is_who_did_or_underwent_it(sentence: str, noun: str, phrase: str, expected: str) -> None:
    main = sentence[sentence.index(",") + 2:]
    assert noun_title(sentence, sentence.index(phrase), noun, phrase, main) == expected


@pytest.mark.parametrize("sentence, noun, phrase", [
    ("After the invasion of the island, the fishermen left.", "invasion", "the invasion of the island"),  # its object
    ("After the sudden death, the club closed.", "death", "the sudden death"),  # no one named
    ("After the death in March, the club closed.", "death", "the death in March"),
])
def test_no_doer_when_of_names_an_object_or_no_one(sentence: str, noun: str, phrase: str) -> None:
    main = sentence[sentence.index(",") + 2:]
    assert noun_title(sentence, sentence.index(phrase), noun, phrase, main) is None


def test_the_pipeline_lists_the_dated_death_and_the_main_act() -> None:
    text = "Farm notes\n\nAfter the death of his brother in 1971, Oskar Lind ran the farm alone."
    events = extract_document(Document("a.txt", text, "t"), dct=date(2025, 6, 30)).events
    titles = {e.title: e for e in events}
    assert "His brother dies" in titles, list(titles)
    assert titles["His brother dies"].begin == date(1971, 1, 1)
    assert any(t.startswith("Oskar Lind runs the farm") for t in titles), list(titles)
