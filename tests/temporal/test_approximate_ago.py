"""A count with any approximation before "ago"/"earlier" is still a date back from the reference,
and a count before "before"/"after" an action is a stretch of time (session seven of issue 11).
Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(1998, 3, 11)


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, DCT, narrative=False)]


@pytest.mark.parametrize("text, expression, value", [
    ("The mine closed over a year ago.", "over a year ago", "1997"),
    ("The mine closed just over a year ago.", "just over a year ago", "1997"),
    ("The mine closed well over a decade ago.", "well over a decade ago", "1988"),
    ("The mine closed just under a year ago.", "just under a year ago", "1997"),
    ("The mine closed at least two years ago.", "at least two years ago", "1996"),
])
def test_approximate_counts_back(text: str, expression: str, value: str) -> None:
    assert (expression, "DATE", value) in _found(text)


@pytest.mark.parametrize("text, expression, value", [
    ("Buyers must wait at least 30 days before closing the sale.", "at least 30 days", "P30D"),
    ("Each crew stays about a week before rotating out.", "about a week", "P1W"),
])
def test_a_count_before_an_action_is_a_duration(text: str, expression: str, value: str) -> None:
    assert (expression, "DURATION", value) in _found(text)
