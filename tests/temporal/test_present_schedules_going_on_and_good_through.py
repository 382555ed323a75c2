"""A weekday ahead told in the present, two more ways news writes a schedule: a measure or a case
moving on to its next stage ("the bill goes to the Senate Monday", "the case goes to the jury on
Tuesday"), as "the envoy travels to Oslo Friday" already was, and a copula with "through" before the
day ("the offer is good through Friday"), as "is valid until Friday" already was. Both used to fall
back on the past: the Monday just gone. The past ("went to the Senate Monday", "was good through
Friday") still looks back. Sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal.tagger import tag

DCT = date(2024, 10, 16)  # a Wednesday


def _values(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in tag(text, DCT)]


@pytest.mark.parametrize("text,expected", [
    ("The zoning measure goes to the county board Monday.", [("Monday", "2024-10-21")]),
    ("The fraud case goes to the jury on Tuesday, lawyers said.", [("Tuesday", "2024-10-22")]),
    ("The ferry discount is good through Friday.", [("Friday", "2024-10-18")]),
    ("Tickets are free thru Sunday at the gallery.", [("Sunday", "2024-10-20")]),
    ("The harbour bill, approved by the assembly Tuesday, goes to the governor Friday.",
     [("Tuesday", "2024-10-15"), ("Friday", "2024-10-18")]),
])
def test_present_schedule_looks_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The zoning measure went to the county board Monday.", [("Monday", "2024-10-14")]),
    ("The ferry discount was good through Friday.", [("Friday", "2024-10-11")]),
])
def test_the_past_still_looks_back(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text) == expected
