"""A standing page's "Still current at" stamp is the day it was checked; the "Updated" or "Published"
line beside it is the day its words were written, and the page's date. Pages written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _page(text: str):
    return extract_document(Document("page.txt", text, "Page"), None)


@pytest.mark.parametrize(("text", "day"), [
    ("Travel advice: Norland\n\nStill current at: 22 October 2025\nUpdated: 20 October 2025\n\n"
     "Protests took place in the capital on Saturday.\n", date(2025, 10, 20)),
    ("Travel advice: Norland\n\nUpdated: 20 October 2025\nStill current at: 22 October 2025\n\n"
     "Protests took place in the capital on Saturday.\n", date(2025, 10, 20)),
    ("How to renew a fishing licence\n\nLast checked: 3 March 2024\nPublished: 12 January 2024\n\n"
     "The fee rose last month.\n", date(2024, 1, 12)),
    ("Flood warnings: the Ardel valley\n\nCurrent at 14 February 2026\nIssued 13 February 2026\n\n"
     "The river peaked on Tuesday.\n", date(2026, 2, 13)),
])
def test_the_written_day_beats_the_checked_day(text: str, day: date) -> None:
    assert _page(text).document.date == day


def test_a_checked_day_alone_is_still_the_pages_date() -> None:
    page = _page("Travel advice: Norland\n\nStill current at: 22 October 2025\n\nProtests took place in the capital on Saturday.\n")
    assert page.document.date == date(2025, 10, 22)
    assert [e.begin for e in page.events] == [date(2025, 10, 18)]


def test_relative_days_count_from_the_written_day() -> None:
    page = _page("Travel advice: Norland\n\nStill current at: 27 October 2025\nUpdated: 20 October 2025\n\n"
                 "Protests took place in the capital on Saturday.\n")
    assert [e.begin for e in page.events] == [date(2025, 10, 18)]  # not the 25th, before the checking day
