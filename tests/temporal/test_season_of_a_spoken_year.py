"""Broadcast transcripts write years as words: "the winter of nineteen ninety-four" was read as two
expressions, the season against the document date (the last winter) and the year apart. A season of
a spoken year is that year's season, as "the winter of 1994" is."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(2001, 4, 2)


@pytest.mark.parametrize(("text", "expected"), [
    ("The levee failed in the spring of nineteen eighty-three.", [("the spring of nineteen eighty-three", "1983-SP")]),
    ("By the summer of two thousand, the mill had closed.", [("the summer of two thousand", "2000-SU")]),
    ("Talks began in late autumn of nineteen ninety-eight.", [("late autumn of nineteen ninety-eight", "1998-FA")]),
])
def test_a_season_of_a_spoken_year_is_that_year_s(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, DCT)] == expected
