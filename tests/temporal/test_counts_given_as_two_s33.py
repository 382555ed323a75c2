"""Counts of time given as two, or as one "or two" (issue #11, session 33), written as the readable
TimeBank gold writes them: "in a year or two" is a vague time ahead (FUTURE_REF); "a day or two ago" and
"two or three years ago" are a date back by the first count, as "two years ago" is, not a duration with
"ago" left over. Near misses: "a month or two" keeps its first count (as the gold marks it), "4-6 months"
and "the next two or three months" stay one vague duration (a range of counts stays whole: see
test_ranges_of_counts_kept_whole.py), "three or more years" keeps its mod. Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view

DCT = date(1998, 3, 11)


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in timeml_view(tag(text, DCT))]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("You may, in a year or two, save a few more lives.", "a year or two", "FUTURE_REF"),
    ("The factory could reopen in a month or two, the union said.", "a month or two", "FUTURE_REF"),
    ("A day or two ago, the rebels attacked the town.", "A day or two ago", "1998-03-10"),
    ("Two or three years ago, the plant closed.", "Two or three years ago", "1996"),
    ("The board met a week or two ago to discuss it.", "a week or two ago", "1998-W10"),
])
def test_a_vague_count_from_now_is_a_time(text: str, span: str, value: str) -> None:
    assert (span, value) in _found(text)


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The appeal could take as long as a month or two.", "a month", "P1M"),
    ("The contract runs 4-6 months.", "4-6 months", "PXM"),
    ("Prices will rise in the next two or three months.", "the next two or three months", "PXM"),
    ("The repairs took two or three days.", "two or three days", "PXD"),
    ("He has lived there three or more years.", "three or more years", "P3Y"),
    ("Results are expected within a week or two.", "a week", "P1W"),
])
def test_near_misses_keep_their_reading(text: str, span: str, value: str) -> None:
    assert (span, value) in _found(text)
