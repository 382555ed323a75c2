"""Told news of a completed act takes the act's own date, not the day it was told (session fifteen,
event dates).

"X said on Friday that Y had done Z on Wednesday" is one happening, Z on Wednesday: the telling is a
statement, and the gold set's convention lists the act once, dated by the act. Every sentence here is
written for this file; each kind is checked in several phrasings.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document

_PAGE = "Town news\n\nBy A Writer | 12 June 2026\n\n"


def _events(sentence: str):
    return extract_document(Document("a.txt", _PAGE + sentence, "A")).events


@pytest.mark.parametrize("sentence, act_date, report", [
    ("The port authority said on Friday that its board had dismissed the harbour master at a meeting on Wednesday.",
     date(2026, 6, 10), "Friday"),
    ("The club announced on 3 June that its coach had resigned on 1 June.", date(2026, 6, 1), "3 June"),
    ("The farmers' union said on Tuesday that its members voted on Sunday to end the strike.", date(2026, 6, 7), "Tuesday"),
    ("The regulator told reporters on Thursday that it had fined the airline in January.", date(2026, 1, 1), "Thursday"),
])
def test_told_news_of_a_completed_act_is_one_event_dated_by_the_act(sentence: str, act_date: date, report: str) -> None:
    events = _events(sentence)
    assert [e.begin for e in events] == [act_date], [(e.timex, e.title) for e in events]
    assert f"told on {report}" in events[0].derivation


@pytest.mark.parametrize("sentence, month", [
    ("The tax office confirmed on Wednesday that it had passed three of the invoices to the police in April.", 4),
    ("The bakery's owners confirmed on Monday that they had sold the shop to a rival in March.", 3),
])
def test_a_report_and_its_told_act_titled_alike_keep_the_acts_date(sentence: str, month: int) -> None:
    events = _events(sentence)
    assert len(events) == 1 and events[0].begin == date(2026, month, 1), [(e.timex, e.title) for e in events]


@pytest.mark.parametrize("sentence", [
    "The council said on Tuesday that it had cut 40 jobs.",
    "The museum announced on Monday that its director had resigned.",
])
def test_a_report_whose_told_act_has_no_date_of_its_own_keeps_the_report_date(sentence: str) -> None:
    events = _events(sentence)
    assert len(events) <= 1
    assert all(e.begin is None or e.begin >= date(2026, 6, 6) for e in events), [(e.timex, e.begin) for e in events]


@pytest.mark.parametrize("sentence", [
    "The bank said on Tuesday that it would shut the branch in September.",  # what is to come
    "The dairy said on Monday that it sold more cheese than a year earlier, as exports grew in the spring.",
    "The airline reported on Friday that it had carried more passengers than in any March before.",
])
def test_a_date_that_is_no_told_acts_own_is_not_the_acts(sentence: str) -> None:
    from explorer.events.one_happening import in_told_clause
    events = _events(sentence)
    assert not any(in_told_clause(e) for e in events), [(e.timex, e.title) for e in events]
