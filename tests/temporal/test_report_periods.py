"""Span boundaries of the periods earnings reports compare with, and of hedged periods ("or so").

TimeML marks "the quarter a year ago", "the corresponding period last year", "last year's quarter",
"the 1987 fourth quarter" and "the 1987 period" as one expression each (TimeBank's reports do), marks
"the quarter" of "the quarter ended June 30" apart from the date it ended, and keeps a hedge that
loosens a period in the span ("the next month or so", "2003 or later"). Sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal.tagger import tag

DCT = date(1996, 8, 14)


def _got(text: str, dct: date | None = DCT) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize("text,expected", [
    ("The grocer earned $4 million, or 12 cents a share, in the quarter a year ago.",
     [("the quarter a year ago", "1995-Q2")]),
    ("Revenue was flat against the corresponding period last year, the chain's earnings release said.",
     [("the corresponding period last year", "1995-Q2")]),
    ("Its European sales for last year's quarter were about $9 million.",
     [("last year's quarter", "1995-Q2")]),
    ("The airline lost $2 million, or 8 cents a share, for the quarter ended June 30.",
     [("the quarter", "1996-Q2"), ("June 30", "1996-06-30")]),
])
def test_the_compared_quarter_is_one_expression(text: str, expected: list[tuple[str, str]]) -> None:
    assert _got(text) == expected


def test_a_year_before_the_period_names_it() -> None:
    got = _got("The bank took a $60 million charge in the 1994 fourth quarter, against a profit in the 1993 period.")
    assert got == [("the 1994 fourth quarter", "1994-Q4"), ("the 1993 period", "1993")]


def test_the_article_of_a_quarter_adjective_stays_with_its_noun() -> None:
    assert _got("Analysts expect the 1997 second-quarter profit to fall.") == [("1997 second-quarter", "1997-Q2")]


def test_a_period_word_without_report_context_is_not_a_quarter() -> None:
    """ "the period a year ago" in a text about no figures at all is no business quarter."""
    got = _got("The garden looked wild in the period a year ago when nobody lived there.")
    assert not any("period" in t for t, _ in got)


@pytest.mark.parametrize("text,expected", [
    ("The depot will be shut over the next month or so, a spokeswoman said.", "the next month or so"),
    ("The talks lasted an hour or so.", "an hour or so"),
    ("The mine will not turn a profit until 2003 or later.", "2003 or later"),
    ("The ferry sank in 1962 or earlier, divers think.", "1962 or earlier"),
])
def test_a_hedge_stays_in_the_span(text: str, expected: str) -> None:
    assert expected in [t for t, _ in _got(text)]


def test_a_hedged_ago_is_still_an_ago() -> None:
    assert _got("A month or so ago, the council voted the budget down.") == [("A month or so ago", "1996-07")]


@pytest.mark.parametrize("text,expected", [
    # "or later" after an offset or a duration is another expression, not a hedge
    ("She came back two years later or earlier than planned.", "two years later"),
    # a rate is no hedged period
    ("Fees rose 4% a year or so.", None),
])
def test_no_hedge_where_it_loosens_nothing(text: str, expected: str | None) -> None:
    texts = [t for t, _ in _got(text)]
    if expected is None:
        assert not any(t.endswith("or so") for t in texts)
    else:
        assert expected in texts and not any(t.endswith(("or later", "or earlier")) for t in texts)


# -- a part said of a whole period, the article of "previous", a leading "toward" --------------------

@pytest.mark.parametrize("text,expected", [
    ("The mill closed at the end of the 18th century.", ("the end of the 18th century", "17", "END")),
    ("Settlers arrived in the middle of the 6th century BC.", ("the middle of the 6th century BC", "BC05", "MID")),
    ("Rents rose steeply in the first half of the 20th century.", ("the first half of the 20th century", "19", "START")),
    ("Output grew through the latter part of the 1970s.", ("the latter part of the 1970s", "197", "END")),
    ("Towards the end of 1992, the strikes spread.", ("the end of 1992", "1992", "END")),
])
def test_a_part_of_a_period_is_one_expression(text: str, expected: tuple[str, str, str]) -> None:
    got = [(t.text, t.value, t.mod) for t in tag(text, DCT)]
    assert got == [expected]


def test_the_article_of_previous_stays_with_the_month_and_weekday() -> None:
    got = [t.text for t in tag("The ferry had sunk the previous March, and the crew met the previous Sunday.", DCT)]
    assert got == ["the previous March", "the previous Sunday"]


def test_a_part_of_something_that_is_no_period_is_left_alone() -> None:
    """ "the end of the strike in 1992": the part is of the strike, not of the year."""
    assert [t.text for t in tag("Talks resumed after the end of the strike in 1992.", DCT)] == ["1992"]
