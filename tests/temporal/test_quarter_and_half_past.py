"""Clock times read aloud as a transcript writes them: "at a quarter to nine" was a quarter of a
year (P1Q) and "half past six" nothing. After a preposition of time, or with a part of the day, they
are a time on the day of the text, as "eight o'clock" is ("last night" the evening before)."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(1999, 5, 12)


@pytest.mark.parametrize(("text", "expected"), [
    ("The vote closes at a quarter to nine.", [("a quarter to nine", "TIME", "1999-05-12T08:45")]),
    ("Rescuers arrived around half past four in the afternoon.",
     [("half past four in the afternoon", "TIME", "1999-05-12T16:30")]),
    ("The alarm sounded at a quarter past eleven last night.",
     [("a quarter past eleven last night", "TIME", "1999-05-11T23:15")]),
])
def test_a_quarter_or_half_past_an_hour_is_a_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type, t.value) for t in tag(text, DCT)] == expected


def test_a_quarter_with_no_time_around_it_is_no_clock() -> None:
    assert [t.type for t in tag("Nearly a quarter to nine of the members voted no.", DCT)] != ["TIME"]
