"""Forms found missing or misread on the readable TimeML slices and in posts: dates that open a
line, lists of weekdays and days, "future" as a noun. Each row is a sentence, a document date and
exactly the expressions (text, type, TIMEX3 value) TimeML marks in it; our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view

D = date(2020, 3, 1)  # a Sunday

CASES: list[tuple[str, date | None, list[tuple[str, str, str]]]] = [
    # a date opening a line after a sentence that ended with "." is the whole day ("$" matched
    # before the newline, so the day looked like the tail of a number "1.9")
    ("Update.\n9 February 2020: the ship docked.", D, [("9 February 2020", "DATE", "2020-02-09")]),
    ("Timeline\n\n12 March 2019: talks began.\n14 March 2019: talks ended.", D,
     [("12 March 2019", "DATE", "2019-03-12"), ("14 March 2019", "DATE", "2019-03-14")]),
    ("The plant closed.\n2016 was a hard year.", D, [("2016", "DATE", "2016")]),
    ("It cost 3.\n9 February", D, [("9 February", "DATE", "2020-02-09")]),
    ("The rate rose to 1.9 in February.", D, [("February", "DATE", "2020-02")]),  # no day "9 February"
]


@pytest.mark.parametrize("text,dct,want", CASES, ids=[c[0][:40] for c in CASES])
def test_expressions(text: str, dct: date | None, want: list[tuple[str, str, str]]) -> None:
    got = [(t.text, t.type, t.value) for t in timeml_view(tag(text, dct))]
    assert got == want
