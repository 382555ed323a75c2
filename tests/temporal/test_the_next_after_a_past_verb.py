""""the next count", "the next inspection" after a past verb is the one after, in the past, and no
sign of the writer's future: "Guards discovered they were missing at the next count, at 2 a.m.
Thursday" is last Thursday, not the coming one. Without a past verb "the next" still looks ahead
("The next race is in Monaco on Sunday"). Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

MONDAY = date(2026, 10, 12)


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Guards discovered they were missing at the next count, at 2 a.m. Thursday.", "2 a.m. Thursday", "2026-10-08T02:00"),
    ("Staff noticed the leak at the next inspection, on Thursday.", "Thursday", "2026-10-08"),
    ("The crew repaired the pump and sailed for the next port on Friday.", "Friday", "2026-10-09"),
    ("The issue was raised at the next board meeting on 2 October.", "2 October", "2026-10-02"),
    # no past verb: the next one is ahead
    ("The next race is in Monaco on Sunday.", "Sunday", "2026-10-18"),
    ("The treasurer will report at the next meeting on Tuesday.", "Tuesday", "2026-10-13"),
    ("She is standing at the next election in May.", "May", "2027-05"),
])
def test_the_next_one(text: str, expression: str, value: str) -> None:
    assert {t.text: t.value for t in tag(text, MONDAY)}[expression] == value
