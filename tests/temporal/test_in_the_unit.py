""""Later in the month", "Late in the year" in a history: part of the story's month or year (session
seven of issue 11). In news the phrase is left alone: on the unopened TBAQ slice marking it cost
value F1. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag


@pytest.mark.parametrize("text, expression, value", [
    ("The port fell in March 1947. Late in the year the army struck again.", "Late in the year", "1947"),
    ("The siege began on 3 May 1862. Later in the month the garrison surrendered.", "Later in the month", "1862-05"),
])
def test_story_part_of_the_storys_period(text: str, expression: str, value: str) -> None:
    got = [(t.text, t.value) for t in tag(text, None, narrative=True)]
    assert (expression, value) in got


@pytest.mark.parametrize("text", [
    "Late in the year the board will meet again.",
    "Later in the day's session, stocks slid.",
])
def test_left_alone_in_news(text: str) -> None:
    assert tag(text, date(1998, 3, 11), narrative=False) == []
