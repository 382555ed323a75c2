"""An "after" or "before" clause whose subject is set off by an apposition or an aside tells a
happening of its own, even with no object, ordered against its main clause; an opening "After the
war" phrase followed by an apposed subject is the main clause's. Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.after_clauses import iter_after_clauses
from explorer.events.clause_order import subordinator
from explorer.ingest import extract_document


def _events(text: str):
    return extract_document(Document("a.txt", text, "t"), dct=date(2025, 6, 12)).events


def _clause_titles(sentence: str) -> list[str]:
    return [title for _, title in iter_after_clauses(sentence, 0, len(sentence))]


@pytest.mark.parametrize(("sentence", "title"), [
    ("Marsh took over the bakery in 2015 after the owner's niece, Petra Lund, emigrated.", "Petra Lund emigrates"),
    ("The ferry company told staff on Monday, a month after its biggest client, the retailer Hollin, ended a "
     "contract worth half its trade.", "Hollin ends a contract worth half its trade"),
    ("He joined the army in 1950, a year after his brother, who had worked at the mill since 1931, retired from it.",
     "His brother retires from it"),
    ("The mill opened a second shed in 1990, two years after its owner, Ida Marsh, passed control to her son.",
     "Ida Marsh passes control to her son"),  # a bare noun before its preposition
    ("A van was stolen from the depot on 4 June, a week after its driver, a trainee, had parked it there.",
     "Its driver parks it there"),
])
def test_an_apposed_subject_tells_its_own_act(sentence: str, title: str) -> None:
    assert title in _clause_titles(sentence)


@pytest.mark.parametrize("sentence", [
    "After the war Albert's son, Michael, designed the lightweight frame in 1950.",  # an opening phrase
    "The hall reopened in May after the roof, which leaked, was mended.",  # a state aside, a passive
    "The match went ahead in May after the pitch, a mess of mud, seemed playable.",  # no happening verb
])
def test_no_apposed_clause_act(sentence: str) -> None:
    assert not [t for t in _clause_titles(sentence) if "frame" in t or "roof" in t.lower() or "pitch" in t.lower()]


def test_the_apposed_act_is_dated_from_its_main_clause() -> None:
    events = _events("He joined the army in 1950, a year after his brother, who had worked at the mill since 1931, "
                     "retired from it.")
    retired = [e for e in events if "retires" in e.title]
    assert retired and retired[0].begin == date(1949, 1, 1) and retired[0].end == date(1949, 12, 31)


def test_subordinator_reads_across_an_apposition() -> None:
    assert subordinator("a week after its driver, a trainee, had ") == ("after", 7)
