""""Midnight" said with the night it closes ("midnight last night", "at midnight tonight", "midnight
tomorrow night") is one TIME, the midnight at the end of that night's day (T24:00), as "11 p.m. last
night" and "midnight tomorrow" already were. The night word used to stand apart and the clock fell on
the writer's own day, so "midnight last night" came out a day late. Noon is no part of a night: it
stays alone. Sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal.tagger import tag

DCT = date(2023, 3, 9)  # a Thursday


def _got(text: str) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in tag(text, DCT)]


@pytest.mark.parametrize("text,expected", [
    ("The ferry strike began at midnight last night, the union said.",
     [("midnight last night", "TIME", "2023-03-08T24:00")]),
    ("Voting closes at midnight tonight in every district.",
     [("midnight tonight", "TIME", "2023-03-09T24:00")]),
    ("The tolls will be lifted at midnight tomorrow night.",
     [("midnight tomorrow night", "TIME", "2023-03-10T24:00")]),
    ("Guards heard the first shots shortly after Midnight Last Night.",
     [("Midnight Last Night", "TIME", "2023-03-08T24:00")]),
])
def test_midnight_with_its_night_is_one_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _got(text) == expected


def test_noon_before_a_night_word_stays_alone() -> None:
    got = _got("The market closed at noon tonight's concert was cancelled.")
    assert got[0] == ("noon", "TIME", "2023-03-09T12:00")
