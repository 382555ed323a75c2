"""A done act joined by "and" to a clause of what is to come does not take the plan's date (session 34,
:mod:`explorer.events.relative_plans`). Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document

_PAGE = date(2025, 8, 6)


def _event(text: str, words: str):
    events = extract_document(Document("a.txt", text, "A"), _PAGE).events
    found = [e for e in events if words in e.title.lower()]
    assert len(found) == 1, [(e.title, e.timex, e.begin) for e in events]
    return found[0]


@pytest.mark.parametrize(("text", "words"), [
    ("The ministry has cancelled the eight contracts and will tender them again next year.", "cancel"),
    ("The trust has sold the old depot and is due to open a new one in March.", "sell"),
])
def test_a_done_act_before_a_joined_plan_is_not_dated_by_the_plan(text: str, words: str) -> None:
    event = _event(text, words)
    assert event.begin is None or event.begin <= _PAGE, (event.begin, event.derivation)


def test_a_done_act_with_its_own_date_keeps_it() -> None:
    event = _event("The council closed the pool in May and will reopen it in September.", "close")
    assert (event.begin, event.end) == (date(2025, 5, 1), date(2025, 5, 31))


def test_a_joined_plan_keeps_its_date() -> None:
    event = _event("The council closed the pool in May and will reopen it in September.", "reopen")
    assert (event.begin, event.end) == (date(2025, 9, 1), date(2025, 9, 30))
