"""A relative clause that tells an amount with a thousands comma ("…, which lent the club £40,000 in
June") still dates its own act (``events.relative_dates``), and a verb-like noun after "the" ("awards
the project £18,500") is no forecast (``events.modality``): the act is kept. Sentences
written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.modality import is_non_happening
from explorer.events.relative_dates import relative_telling
from explorer.ingest import extract_document


@pytest.mark.parametrize("sentence, when, told", [
    ("The roof will be repaired next spring with help from the Heritage Fund, which gave the parish £18,500 in March.",
     "March", "The Heritage Fund gave the parish £18,500 in March"),
    ("Rowers train at the new boathouse, paid for by the county, which raised 1,250,000 crowns in 2019.",
     "2019", "The county raised 1,250,000 crowns in 2019"),
])
def test_a_thousands_comma_stays_inside_the_relative_clause(sentence: str, when: str, told: str) -> None:
    at = sentence.index(when)
    found = relative_telling(sentence, at, at + len(when))
    assert found is not None and found[0].rstrip(".") == told


def test_a_comma_between_clauses_still_ends_it() -> None:
    sentence = "The board thanked the Heritage Fund, which gave advice, in March."
    at = sentence.index("March")
    assert relative_telling(sentence, at, at + len("March")) is None


@pytest.mark.parametrize("title, forecast", [
    ("The Heritage Fund awards the project £18,500", False),
    ("The bakery raises its forecast for the year", True),  # guidance, left out as before
    ("The agency projects growth of 2 per cent", True),
    ("The board forecasts a loss", True),
])
def test_a_noun_after_a_determiner_is_no_forecast(title: str, forecast: bool) -> None:
    assert is_non_happening(title) is forecast


def test_the_pipeline_keeps_the_clause_act_with_its_own_date() -> None:
    text = ("Parish notes\n\nThe roof will be repaired next spring with help from the Heritage Fund, "
            "which awarded the project £18,500 in March.")
    events = extract_document(Document("a.txt", text, "t"), dct=date(2025, 6, 30)).events
    awarded = [e for e in events if e.timex == "March"]
    assert len(awarded) == 1 and "awards the project" in awarded[0].title, [(e.title, e.timex) for e in events]
