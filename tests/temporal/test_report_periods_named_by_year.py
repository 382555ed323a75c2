"""A results report names the period it compares with in several ways, each one expression as TimeML
marks "the 1988 period" and "the same quarter of 1988": "the comparable 1988 period", "the
corresponding 1988 period", "the 1988 quarter", "the corresponding quarter of 1988", "the like period
last year". Read apart, only the year (or "last year") was marked, valued as the whole year. The
value is the quarter just reported, in the year said (as for "the 1988 period").
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(1994, 10, 27)
REPORT = ("Brightwater Tools Inc. said its third-quarter profit rose 12%, helped by strong demand for "
          "garden machinery in Canada.\n\n")
CLOSE = "\n\nThe company's shares rose 50 cents in trading on the exchange after the announcement."


def _values(sentence: str, head: str = REPORT) -> list[tuple[str, str]]:
    text = head + sentence + CLOSE
    return [(t.text, t.value) for t in tag(text, DCT) if len(head) <= t.start < len(head) + len(sentence)]


@pytest.mark.parametrize("sentence, expression", [
    ("Net income was $8 million, up from $6 million in the comparable 1993 period.", "the comparable 1993 period"),
    ("Sales rose to $90 million from $81 million in the corresponding 1993 period.", "the corresponding 1993 period"),
    ("Net income was $8 million, against $6 million in the 1993 quarter.", "the 1993 quarter"),
    ("Revenue rose from $81 million in the comparable 1993 quarter.", "the comparable 1993 quarter"),
    ("Profit rose from $6 million in the corresponding quarter of 1993.", "the corresponding quarter of 1993"),
    ("Profit rose from $6 million in the comparable period of 1993.", "the comparable period of 1993"),
    ("Earnings were $8 million, up from $6 million in the like period last year.", "the like period last year"),
])
def test_a_compared_period_is_one_expression_valued_as_the_reported_quarter(sentence: str, expression: str) -> None:
    assert _values(sentence) == [(expression, "1993-Q3")]


@pytest.mark.parametrize("sentence, expected", [
    # as before: the forms these join
    ("Net income was $8 million, up from $6 million in the 1993 period.", [("the 1993 period", "1993-Q3")]),
    ("Profit rose from $6 million in the same quarter of 1993.", [("the same quarter of 1993", "1993-Q3")]),
    ("Profit rose from $6 million in the 1993 third quarter.", [("the 1993 third quarter", "1993-Q3")]),
    # near misses: a day said alike, and a quarter that is no report's, keep their own readings
    ("The storm hit on a similar day in 1990.", [("1990", "1990")]),
])
def test_near_misses(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _values(sentence) == expected


def test_a_quarter_named_by_year_needs_a_report() -> None:
    head = "The school board met on Tuesday to discuss the budget for the coming years.\n\n"
    assert _values("Enrollment in the 1993 quarter of the school year fell.", head) == [("1993", "1993")]
