"""A "where" clause after a place, with a subject and a past verb of its own, tells a second act at the
place the main clause reached, at its time; a measure, a habit or a state told there tells none. Our
own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.which_clauses import iter_which_clauses
from explorer.ingest import extract_document


def _titles(sentence: str) -> list[str]:
    return [title for _, title in iter_which_clauses(sentence, 0, len(sentence))]


#: (sentence, the act its where-clause tells, or None: a measure, a habit, an occupation or a state)
_CASES = [
    ("In October the envoy travelled to Varn, the old capital, where she opened a trade office.", "She opens a trade office"),
    ("He was detained in May at a hotel, where officers from the border police seized two phones.",
     "Officers from the border police seize two phones"),
    ("The gale crossed the headland on 3 May, where it flattened barns.", "It flattens barns"),
    ("The choir sang at the cathedral in June, where the bishop was installed.", "The bishop is installed"),
    ("Rent caps came in across the region in 2019, where the number of listed flats fell by a third.", None),
    ("Many of you met her in 2010 at the club, where she greeted everyone by name.", None),
    ("She moved to Lund in 1990, where she worked as a nurse.", None),
    ("They met at the harbour in 1970, where he was still unable to swim.", None),
]


@pytest.mark.parametrize(("sentence", "act"), _CASES)
def test_a_where_clause_tells_an_act_at_the_place_or_none(sentence: str, act: str | None) -> None:
    assert _titles(sentence) == ([act] if act else [])


def test_the_where_act_is_dated_by_its_main_clause() -> None:
    events = extract_document(Document("a.txt", "The envoy travelled to Varn in October 2023, where she opened a trade "
                                                "office.", "t"), dct=date(2025, 6, 12)).events
    opened = [e for e in events if "opens" in e.title]
    assert opened and opened[0].begin == date(2023, 10, 1) and opened[0].end == date(2023, 10, 31)
