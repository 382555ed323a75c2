"""Issue #11: a date after a reporting verb and its audience dates the telling.

"The mill will close, its owner told reporters on Friday" (written on a Wednesday) took the coming
Friday from "will"; the Friday is when the owner spoke, so the one before. The audience or setting
between verb and date ("told a news conference", "said in a statement") is a short noun phrase; a
reported clause there ("told staff the shop will shut on Monday") still says its own tense.
Sentences are our own.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from explorer.temporal import tag

WEDNESDAY = date(2025, 3, 5)
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _day(text: str, dct: date) -> str:
    found = [t for t in tag(text, dct) if t.text.strip() in DAYS]
    assert len(found) == 1, [(t.text, t.value) for t in tag(text, dct)]
    return found[0].value


def _last(weekday: int, dct: date) -> str:
    """The day of that weekday on or before ``dct`` (the telling is never after the report)."""
    return (dct - timedelta(days=(dct.weekday() - weekday) % 7)).isoformat()


@pytest.mark.parametrize("weekday", range(7))
@pytest.mark.parametrize("frame", [
    "The mill will close, its owner told reporters on {d}.",
    "The line will reopen next month, the operator said in a statement on {d}.",
    "Fares will rise, the minister told a news conference on {d}.",
    "The school is to be rebuilt, the council told parents at a meeting on {d}.",
    "The depot will shut, the firm said in an email to the staff on {d}.",
    "Prices will go up, the chain wrote to Reuters on {d}.",
])
def test_telling_is_past_whatever_the_report_says(frame: str, weekday: int) -> None:
    for dct in (WEDNESDAY, date(2025, 3, 9)):
        assert _day(frame.format(d=DAYS[weekday]), dct) == _last(weekday, dct)


@pytest.mark.parametrize("text, expected", [
    ("The owner told staff the shop will shut on Monday.", "2025-03-10"),
    ("The owner told reporters it will close on Friday.", "2025-03-07"),
    ("Officials said the bridge reopens on Saturday.", "2025-03-08"),
    ("The owner told staff to expect the closure on Friday.", "2025-03-07"),
    ("The owner said to the staff it will close on Friday.", "2025-03-07"),
])
def test_reported_clause_keeps_its_tense(text: str, expected: str) -> None:
    assert _day(text, WEDNESDAY) == expected
