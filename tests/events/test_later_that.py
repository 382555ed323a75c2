""""Later that year" dates a happening after the time just told, "earlier that month" one before it
(session 34, :mod:`explorer.events.later_that`). Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _window(text: str, expression: str) -> tuple[date, date]:
    found = [e for e in extract_document(Document("a.txt", text, "A"), None).events if e.timex == expression]
    assert len(found) == 1, [(e.title, e.timex) for e in extract_document(Document("a.txt", text, "A"), None).events]
    return found[0].begin, found[0].end


@pytest.mark.parametrize(("text", "expression", "begin", "end"), [
    ("The first tram ran on the new line in March 1901. Later that year the company extended it to the docks.",
     "Later that year", date(1901, 3, 1), date(1901, 12, 31)),
    ("The regiment landed on 20 August 1915. Earlier that month its commander had fallen ill.",
     "Earlier that month", date(1915, 8, 1), date(1915, 8, 20)),
])
def test_a_side_of_the_period_told_is_cut_at_the_time_told(text: str, expression: str, begin: date, end: date) -> None:
    assert _window(text, expression) == (begin, end)


def test_a_period_named_alone_keeps_its_whole_window() -> None:
    assert _window("The first tram ran on the new line in March 1901. That year the company extended it to the docks.",
                   "That year") == (date(1901, 1, 1), date(1901, 12, 31))
