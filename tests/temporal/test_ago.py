""""N years ago" as the TIMEX3 guidelines write it: a DATE counted back from the document date at the
granularity of its unit ("two years ago" in 2019 is 2017, "six weeks ago" a week, "five months ago" a
month); a vague count ("a few years ago", "years ago") is PAST_REF. The readable TimeBank files mostly
agree (1996, 1984, 1958 for years ago); the few that write "1949-XX" or a day are the minority.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(2019, 5, 15)


def _values(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, DCT, narrative=False)]


@pytest.mark.parametrize("text, expression, value", [
    ("The mill closed 30 years ago and never reopened.", "30 years ago", "1989"),
    ("The mill closed some 30 years ago.", "some 30 years ago", "1989"),
    ("Twenty-five years ago, the port closed.", "Twenty-five years ago", "1994"),
    ("She left the firm a couple of years ago.", "a couple of years ago", "2017"),
    ("The pact lapsed three decades ago.", "three decades ago", "1989"),
    ("The river froze 200 years ago.", "200 years ago", "1819"),
    ("They met five months ago in Lyon.", "five months ago", "2018-12"),
    ("The rules changed six weeks ago.", "six weeks ago", "2019-W14"),
    ("The shop reopened 11 days ago.", "11 days ago", "2019-05-04"),
])
def test_a_counted_ago_is_a_date_at_its_units_granularity(text: str, expression: str, value: str) -> None:
    assert (expression, "DATE", value) in _values(text)


@pytest.mark.parametrize("text, expression, value", [
    ("The church burned down half a century ago.", "half a century ago", "1969"),
    ("The quarry shut half a decade ago.", "half a decade ago", "2014"),
])
def test_half_a_century_ago_is_a_date(text: str, expression: str, value: str) -> None:
    assert _values(text) == [(expression, "DATE", value)]


@pytest.mark.parametrize("text, expression", [
    ("He arrived years ago and stayed.", "years ago"),
    ("The treaty was signed decades ago.", "decades ago"),
    ("The firm, which just months ago was nearly bankrupt, is hiring.", "months ago"),
    ("The well ran dry centuries ago.", "centuries ago"),
    ("Several years ago the plant was sold.", "Several years ago"),
    ("They met a few months ago.", "a few months ago"),
])
def test_an_uncounted_ago_is_a_past_reference(text: str, expression: str) -> None:
    assert _values(text) == [(expression, "DATE", "PAST_REF")]

