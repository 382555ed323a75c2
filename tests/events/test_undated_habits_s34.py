"""An undated act told as a habit ("She fed the starter every morning before dawn", "My grandmother let
me knead the dough on Saturdays") is no happening (``undated_habits``); an act in another clause of the
sentence, and a dated act with a habit in its clause, stay. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _titles(text: str) -> list[str]:
    return [e.title for e in extract_document(Document("a.txt", text, "t"), dct=date(2026, 5, 22)).events]


@pytest.mark.parametrize("habit", [
    "She fed the starter every morning before dawn.",
    "My grandmother let me knead the dough on Saturdays.",
    "On Sundays the family walked to the harbour.",
    "The Saturday market has filled it every week since the war.",
    "The keeper climbed the tower twice a day to wind the clock.",
    "We always walked home along the canal.",
])
def test_an_undated_habit_is_no_event(habit: str) -> None:
    titles = _titles("Greta Lund opened her bakery in 1986. " + habit)
    assert titles == ["Greta Lund opens her bakery"], titles


def test_an_act_of_another_clause_stays() -> None:
    titles = _titles("After that failure Kalnins moved to Holm, took a job at the harbour café and swam in "
                     "the strait every morning.")
    assert any("takes a job" in t for t in titles), titles
    titles = _titles("The storm sank the ferry, and divers now check the wreck every spring.")
    assert any(t.startswith("The storm sinks the ferry") for t in titles), titles
    # the habit of what was applied for, not of the applying
    titles = _titles("Notice is given that The Old Bell has applied to the council for a licence to sell "
                     "alcohol until midnight on Fridays and Saturdays.")
    assert any("applies" in t for t in titles), titles


@pytest.mark.parametrize("text, timex", [
    ("From 2015 to 2021 the team surveyed the corals twice a year.", "2015 to 2021"),
    ("In 2019 the council began collecting bins every fortnight.", "2019"),
])
def test_a_dated_act_with_a_habit_is_left_to_the_date_rules(text: str, timex: str) -> None:
    events = extract_document(Document("a.txt", text, "t"), dct=date(2026, 5, 22)).events
    assert [e.timex for e in events] == [timex], [(e.timex, e.title) for e in events]
