""""The week before", "the previous month", "the prior year" name the period before the one just told,
also when that one was counted from the page ("last week", "last month", "last year"). A report's
"a year ago ... a year earlier" names one comparison period twice and stays the same period; the
definite "the year before" does not ("rose 5% last year after 3% the year before" is two years back).
Before, both were read as the comparison period, so "the week before" after "last week" was last week.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(2003, 6, 12)  # a Thursday
HEAD = "The statistics office released the figures in the capital, and officials gave no further comment.\n\n"


def _values(sentence: str) -> list[tuple[str, str]]:
    text = HEAD + sentence + "\n\nThe office publishes its next figures at the end of the quarter, a spokesman said."
    return [(t.text, t.value) for t in tag(text, DCT) if len(HEAD) <= t.start < len(HEAD) + len(sentence)]


@pytest.mark.parametrize("sentence, expected", [
    ("Mortgage rates averaged 5.4% last week, down from 5.6% the week before.",
     [("last week", "2003-W23"), ("the week before", "2003-W22")]),
    ("Rents averaged $900 last week, against $880 the previous week.",
     [("last week", "2003-W23"), ("the previous week", "2003-W22")]),
    ("Prices rose 0.3% last month after rising 0.2% the previous month.",
     [("last month", "2003-05"), ("the previous month", "2003-04")]),
    ("Exports grew 5% last year after a 3% gain the year before.",
     [("last year", "2002"), ("the year before", "2001")]),
    ("Imports fell 2% last year, following a 4% fall the prior year.",
     [("last year", "2002"), ("the prior year", "2001")]),
])
def test_the_one_before_steps_back_from_the_writers_period(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _values(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # near misses: a repeated comparison count names the same period; a named month steps back as before
    ("Profit was $3 a share a year ago, compared with $2 a year earlier.",
     [("a year ago", "2002"), ("a year earlier", "2002")]),
    ("Sales rose 3% in April, after falling 1% the previous month.",
     [("April", "2003-04"), ("the previous month", "2003-03")]),
    ("Exports grew 5% in 2001 after a 3% gain the year before.",
     [("2001", "2001"), ("the year before", "2000")]),
])
def test_near_misses(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _values(sentence) == expected
