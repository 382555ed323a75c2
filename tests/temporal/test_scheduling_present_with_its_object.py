"""A month governed by a scheduling verb in the simple present is the coming one ("the pool opens in
May"), and so it is when the verb has its object between ("the league opens its season in April",
"the army begins its withdrawal in March", "the gallery opens a new wing in June"): the object used to
hide the verb, and the month fell back on the one gone. A past verb ("opened its season in April")
still looks back. Sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal.tagger import tag

DCT = date(2023, 10, 11)


def _values(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in tag(text, DCT)]


@pytest.mark.parametrize("text,expected", [
    ("The netball league opens its season in April.", [("April", "2024-04")]),
    ("The garrison begins its withdrawal in March, the ministry said.", [("March", "2024-03")]),
    ("The county gallery opens a new wing in June.", [("June", "2024-06")]),
    ("The ferry line ends the old timetable in May.", [("May", "2024-05")]),
])
def test_scheduling_present_with_an_object_looks_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The netball league opened its season in April.", [("April", "2023-04")]),
    ("The county gallery had opened a new wing in June.", [("June", "2023-06")]),
])
def test_the_past_with_an_object_still_looks_back(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text) == expected
