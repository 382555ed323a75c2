"""Two forms of broadcast copy the tagger read in pieces or not at all (session seventeen's fresh
passages): "two weeks from today", "a week from Tuesday" are one day each (not a duration and a
day); a stretch after a verb of waiting ("have waited decades", "wait months") is a vague duration, as
after "for" or "spent"."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

MON = date(2000, 4, 3)


def _values(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, MON)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The deadline is two weeks from today.", [("two weeks from today", "2000-04-17")]),
    ("The vote is three days from today, officials said.", [("three days from today", "2000-04-06")]),
    ("A year from today the plant will close.", [("A year from today", "2001-04-03")]),
    ("Six months from today, the law takes effect.", [("Six months from today", "2000-10-03")]),
])
def test_a_count_from_today_is_a_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Many of them have waited decades for a moment like this.", [("decades", "PXDE")]),
    ("Families waited hours in the rain.", [("hours", "PTXH")]),
    ("Patients often wait months for surgery.", [("months", "PXM")]),
    # a count is no vague stretch, and "waits" before no unit is nothing
    ("She waited two hours.", [("two hours", "PT2H")]),
    ("He waits tables at a diner.", []),
])
def test_a_stretch_after_a_verb_of_waiting(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The trial is set to begin a week from Tuesday.", [("a week from Tuesday", "1999-03-23")]),
    ("The vote is two weeks from Friday.", [("two weeks from Friday", "1999-04-02")]),
    ("We leave three days from Monday.", [("three days from Monday", "1999-03-18")]),
    # a stretch that starts on the day, or the start of a dated range, is no day of its own
    ("The fair runs for two weeks from Monday.", [("two weeks", "P2W"), ("Monday", "1999-03-15")]),
    ("The show will run ten days from Friday 19 March to Sunday 28 March.",
     [("ten days", "P10D"), ("Friday 19 March to Sunday 28 March", "1999-03-19")]),
])
def test_a_count_from_a_weekday_is_a_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, date(1999, 3, 15))] == expected
