"""Tagger edge cases from issue 15: nothing is dated on a day the words do not name."""

from __future__ import annotations

from datetime import date

import pytest

from explorer import temporal
from explorer.temporal.normalize import MAX_DAY, MIN_DAY, beyond_calendar, shift

DCT = date(2020, 1, 1)


def _tags(text: str):
    return [(t.text, t.value, t.begin, t.end_day, t.certainty) for t in temporal.tag(text, DCT)]


@pytest.mark.parametrize("text", ["It happened 9999 years ago.", "The city was founded 3000 years ago."])
def test_an_offset_beyond_year_1_is_undated_not_year_1_exact(text: str) -> None:
    ((words, value, begin, end, certainty),) = _tags(text)
    assert words.endswith("years ago") and begin is None and end is None and certainty == "undated"


def test_a_near_offset_is_still_dated() -> None:
    assert _tags("He left 20 years ago.") == [("20 years ago", "2000", date(2000, 1, 1), date(2000, 12, 31), "exact")]


@pytest.mark.parametrize("text, words", [("The meeting on February 30, 2019 was cancelled.", "February 30, 2019"),
                                         ("On 31 April 2019 it rained.", "31 April 2019")])
def test_an_impossible_day_keeps_the_month_and_year_the_writer_gave(text: str, words: str) -> None:
    tags = _tags(text)
    assert len(tags) == 1 and tags[0][0] == words and tags[0][1] == words.split()[-1] + ("-02" if "February" in words else "-04")


def test_the_month_after_the_last_month_never_goes_backwards() -> None:
    assert shift(date(9999, 12, 15), "M", 1) == MAX_DAY  # was 9999-01-15
    assert shift(date(1, 1, 15), "M", -1) == MIN_DAY
    assert beyond_calendar(date(9999, 12, 15), "M", 1) and not beyond_calendar(date(9999, 11, 15), "M", 1)
    assert beyond_calendar(date(2020, 1, 1), "Y", -9999) and not beyond_calendar(date(2020, 1, 1), "Y", -2019)
