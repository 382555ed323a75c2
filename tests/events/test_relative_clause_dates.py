"""A second date of a sentence told in a relative clause of its own is that clause's happening, not
folded into the main clause's (``events.relative_clause_dates``, ``events.one_happening``). Sentences
written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.relative_clause_dates import relative_clause_title
from explorer.ingest import extract_document
from tests.events.one_sentence_event import one_sentence_event as _event


@pytest.mark.parametrize("sentence, timex, words", [
    ("In May the board sacked Ivo Brand, a former treasurer of the club who was fined in 2021 for fraud.", "2021",
     ("ivo brand", "is fined")),  # the name the appositive describes
    ("In May the board sacked a former treasurer of the club who was fined in 2021 for fraud.", "2021",
     ("treasurer", "is fined")),
    ("In 1960 the school moved to Ashby, a village that the county had bought in 1948 for its orchards.", "1948",
     ("county", "buys", "village")),
    ("The mill reopened in 2015 with help from volunteers, one of whom had restored the wheel in 2009.", "2009",
     ("one of them", "restores", "wheel")),
])
def test_the_relative_clauses_own_act_is_titled(sentence: str, timex: str, words: tuple[str, ...]) -> None:
    title = relative_clause_title(_event(sentence, timex))
    assert title is not None and all(w in title.lower() for w in words), title


@pytest.mark.parametrize("sentence, timex", [
    ("The museum bought the diaries, which the family kept from 1890 to 1950.", "1890"),  # a state
    ("The council said on Monday that the road would close in May.", "May"),  # no relative clause
    ("The club signed Ada Holt, who will join in July.", "July"),  # a plan
    ("It rained on the fair, which is why it closed in June.", "June"),  # "is": no act of its own
])
def test_no_title_for_a_state_a_plan_or_no_relative_clause(sentence: str, timex: str) -> None:
    assert relative_clause_title(_event(sentence, timex)) is None


def test_the_pipeline_keeps_both_dates_apart() -> None:
    text = ("School notes\n\nIn 1960 the school moved to Ashby, a village that the county had bought in 1948 "
            "for its orchards.")
    events = extract_document(Document("a.txt", text, "t"), dct=date(2025, 6, 30)).events
    years = sorted(e.begin.year for e in events if e.begin is not None)
    assert years == [1948, 1960], [(e.title, e.timex) for e in events]


def test_a_bare_plural_of_a_place_is_the_antecedent() -> None:
    sentence = "Tenants of Mill Lane who were moved out on Friday night can go back from noon on Sunday."
    title = relative_clause_title(_event(sentence, "Friday night"))
    assert title is not None and title.startswith("Tenants of Mill Lane are moved out"), title
