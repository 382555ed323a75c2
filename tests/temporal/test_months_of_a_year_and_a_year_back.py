"""Two forms of agency and business news, found broken by the session-sixteen fresh sentences (batch d)
and fixed as kinds, tested in sentences of my own and several phrasings:

* "the first month of this year", "the last month of 1998", "the third month of the year": that month
  of the year named, one expression (as "the first quarter of this year" is);
* "the same month last year", "the same week a year earlier", "the same day last year": the month
  (week, day) just named, a year before it, one expression (as "the same quarter last year" is);
  with nothing named as precisely, the document's month a year before;
* found in batch e: "the same period of last year" (an agency's "of") is the report's "the same period
  last year";
* found in batch h: "the same quarter of 1997", "the same period in 1996": the period just named, in
  that year (the year alone when none was named).
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

D = date(1999, 2, 10)  # a Wednesday


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, D)}


@pytest.mark.parametrize("sentence, expression, value", [
    ("Car sales grew in the first month of this year.", "the first month of this year", "1999-01"),
    ("Output fell in the last month of 1998, the bureau said.", "the last month of 1998", "1998-12"),
    ("Prices peaked in the third month of last year.", "the third month of last year", "1998-03"),
    ("The levy rises in the final month of the year.", "the final month of the year", "1999-12"),
    ("Imports are due to slow in the second month of 2000.", "the second month of 2000", "2000-02"),
])
def test_an_ordinal_month_of_a_year_is_that_month(sentence: str, expression: str, value: str) -> None:
    assert _values(sentence)[expression] == value


@pytest.mark.parametrize("sentence, expression, value", [
    ("Exports in January rose 6 percent from the same month last year.", "the same month last year", "1998-01"),
    # December told in February 1999 is December 1998, so a year before it is December 1997
    ("Bookings in December were below the same month a year earlier.", "the same month a year earlier", "1997-12"),
    ("Rail traffic on Jan. 5 beat the same day last year.", "the same day last year", "1998-01-05"),
    ("Takings in the week of Jan. 4 topped the same week a year ago.", "the same week a year ago", "1998-W01"),
    ("Retail sales rose 3 percent from the same month last year.", "the same month last year", "1998-02"),
])
def test_the_same_unit_a_year_back_is_the_one_just_named_a_year_before(sentence: str, expression: str,
                                                                       value: str) -> None:
    found = _values(sentence)
    assert found[expression] == value
    assert "last year" not in found and "a year earlier" not in found  # one expression, not two


@pytest.mark.parametrize("sentence, expression, value", [
    # an agency's "of last year" is the report's "last year": the quarter reported, a year back (a first
    # quarter whose output is in by February is the reporter's own first quarter, by its label)
    ("Output rose 5 percent in the first quarter over the same period of last year.", "the same period of last year",
     "1998-Q1"),
    ("Profits fell from the corresponding period of last year, the bank said.",
     "the corresponding period of last year", "1997-Q4"),
])
def test_the_same_period_of_last_year_is_the_quarter_a_year_back(sentence: str, expression: str, value: str) -> None:
    assert _values(sentence)[expression] == value


@pytest.mark.parametrize("sentence, expression, value", [
    # found in batch h: "the same quarter of 1997" is the quarter just named, in 1997; one expression
    ("Net income for the third quarter ended Sept. 30 rose from $48.6 million in the same quarter of 1997.",
     "the same quarter of 1997", "1997-Q3"),
    ("Sales in the first half rose from the same period in 1996.", "the same period in 1996", "1996-H1"),
    ("Exports in August fell from the same month of 1997.", "the same month of 1997", "1997-08"),
    ("Profit rose from the same quarter of 1995, the bank said.", "the same quarter of 1995", "1995"),
])
def test_the_same_period_of_a_year_is_the_period_just_named_in_that_year(sentence: str, expression: str,
                                                                         value: str) -> None:
    found = {t.text: t.value for t in tag(sentence, date(1998, 10, 28))}
    assert found[expression] == value
