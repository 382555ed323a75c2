"""A clock time written before a weekday counted from the page ("at 01:20 GMT last Saturday") is a
time of that day, as one before "on Tuesday" is; so is the same moment given again for other readers
in brackets ("at 05:42 local time (03:42 GMT) last Thursday"). Read against the page's own day, the
ship of a wire story ran aground on the day the story was filed. Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

MONDAY = date(2026, 10, 12)


def _values(text: str, dct: date) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


@pytest.mark.parametrize(("text", "clock", "value"), [
    ("The plane vanished from radar at 01:20 GMT last Saturday.", "01:20 GMT", "2026-10-10T01:20"),
    ("The ship ran aground at 05:42 local time (03:42 GMT) last Thursday.", "05:42", "2026-10-08T05:42"),
    ("The ship ran aground at 05:42 local time (03:42 GMT) last Thursday.", "03:42 GMT", "2026-10-08T03:42"),
    ("The ship ran aground at 05:42 local time (03:42 GMT) on Thursday.", "05:42", "2026-10-08T05:42"),
    ("The blast happened at 9.40am this Monday, police said.", "9.40am", "2026-10-12T09:40"),
    ("Polls close at 21:00 next Friday.", "21:00", "2026-10-16T21:00"),
    ("The first tremor came at 14:05 UTC last Wednesday.", "14:05 UTC", "2026-10-07T14:05"),
])
def test_the_clock_is_of_the_day(text: str, clock: str, value: str) -> None:
    assert _values(text, MONDAY)[clock] == value


def test_a_clock_in_another_sentence_keeps_its_own_day() -> None:
    values = _values("We met at 10:00. Last Thursday was different.", MONDAY)
    assert values["10:00"] == "2026-10-12T10:00"
