"""A year joined by a hyphen to a word ("the 2004-built vessel", "a 1960s-era radar", "its
2019-vintage fleet") describes a thing: it dates no happening of its sentence and stays whole in the
title. A port's detention notice gave an event "Built vessel arrives from Santos" in 2004 and titled
the arrival "The -built vessel arrives". Sentences of our own, through the app's route."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.ingest import extract_document

PAGE = "Halvik, 21 March 2026 – The directorate detained a ship on Thursday.\n\n{body}\n"


def _events(body: str) -> tuple:
    return extract_document(Document("notice.txt", PAGE.format(body=body), "notice")).events


@pytest.mark.parametrize(("body", "year", "title"), [
    ("The 2004-built vessel arrived from Santos on Wednesday evening.", "2004", "The 2004-built vessel arrives from Santos"),
    ("A 1960s-era radar failed on Monday.", "1960s", "A 1960s-era radar fails"),
    ("Its 2019-vintage fleet was grounded on Tuesday.", "2019", "Its 2019-vintage fleet is grounded"),
    ("Two 1998-registered trawlers sank on Friday.", "1998", "Two 1998-registered trawlers sink"),
])
def test_the_year_dates_no_event_and_stays_in_the_title(body: str, year: str, title: str) -> None:
    events = _events(body)
    assert not any(e.timex == year for e in events), [(e.timex, e.title) for e in events]
    assert title in [e.title for e in events], [e.title for e in events]


def test_a_year_range_is_no_adjective() -> None:
    events = _events("The 2004-05 season ended badly.\n\nThe club was relegated in 2005.")
    assert any(e.begin == date(2005, 1, 1) for e in events)
