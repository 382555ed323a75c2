"""A yearless month in an "after" clause lies no later than the main clause's date before it (session
fifty-one, the lead's own AGM minutes): told on 20 March 2025, "The new floodlights were switched on in
April, after the council granted permission in February" put February in 2025, after the April of 2024.
Our own sentences; each failed before (the guard marked).
"""

from __future__ import annotations

import pytest

from explorer.documents.document import Document
from explorer.ingest import extract_document


def _values(text: str) -> list[tuple[str, str]]:
    timexes = extract_document(Document("own.txt", "Published 20 March 2025\n\n" + text, "own"), dct=None).timexes
    return [(t.text, t.value) for t in timexes][1:]


@pytest.mark.parametrize("text,values", [
    ("The new floodlights were switched on in April, after the council granted permission in February.",
     [("April", "2024-04"), ("February", "2024-02")]),
    ("The café reopened in June, after a fire gutted its kitchen in January.", [("June", "2024-06"), ("January", "2024-01")]),
    ("The pier closed in October after a storm damaged its supports in December.",
     [("October", "2024-10"), ("December", "2023-12")]),
    # guard: the after clause's month already lies before the main clause's
    ("The pool reopened in February, after engineers fixed the pumps in January.",
     [("February", "2025-02"), ("January", "2025-01")]),
])
def test_the_after_clause_month_comes_first(text: str, values: list[tuple[str, str]]) -> None:
    assert _values(text) == values


def _story_values(text: str) -> list[tuple[str, str]]:
    timexes = extract_document(Document("own.txt", "A life\n\n" + text, "own"), dct=None).timexes
    return [(t.text, t.value) for t in timexes]


@pytest.mark.parametrize("text,values", [
    # (session 56, the lead) an "after" phrase with no verb, then "and" and the main clause's second
    # verb: the later day is that verb's, on in the story, not an "after" clause's day before the main one
    ("Marta Oberholm built her first dam in 1921. She died at her home in May 1950 after a short illness "
     "and was buried in the town cemetery on 4 June.", [("1921", "1921"), ("May 1950", "1950-05"), ("4 June", "1950-06-04")]),
    ("The mill opened in 1880. The workers struck in March 1911 after a long dispute and closed the pit in April.",
     [("1880", "1880"), ("March 1911", "1911-03"), ("April", "1911-04")]),
])
def test_a_second_verb_after_an_after_phrase_moves_on(text: str, values: list[tuple[str, str]]) -> None:
    assert _story_values(text) == values
