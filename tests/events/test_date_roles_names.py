"""A year inside a proper name dates no event: "A parade honoured the War of 1812" in a history of
the 1960s is not a happening of 1812 (the year's part in narrative time is tested in
tests/temporal/test_years_in_names.py)."""

from __future__ import annotations

import pytest

from explorer.documents.document import Document
from explorer.events.date_roles import date_role
from explorer.ingest import extract_document
from tests.temporal.test_years_in_names import NAMES, PARADE  # the same history, the name in a clause of its own

@pytest.mark.parametrize("name", NAMES)
def test_a_year_in_a_name_dates_no_event(name: str) -> None:
    events = extract_document(Document("history.txt", PARADE.format(name=name), "history")).events
    dated = [e for e in events if e.begin is not None and e.begin.year < 1964]
    assert dated == [], [(e.title, e.timex, e.begin) for e in dated]
    assert {e.timex for e in events} >= {"June 4, 1968", "September", "October"}


def test_a_year_before_a_common_noun_keeps_its_event() -> None:
    text = "Two banks failed in the 2008 crisis."
    at = text.index("2008")
    assert date_role(text, at, at + 4) != "name"
    text = "A parade honoured the War of 1812."
    at = text.index("1812")
    assert date_role(text, at, at + 4) == "name"
