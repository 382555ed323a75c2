"""A quarter or half owned by a year is one expression (issue #11, session 33): "1990's first quarter",
"the year's second half", "next year's first half" are the year's part (1990-Q1), not a year followed
by a yearless part. Near misses: a company's quarter keeps its owner out, "the 1990's" is a decade,
"the decade's first half" is no calendar half. Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view

DCT = date(1989, 11, 2)


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in timeml_view(tag(text, DCT))]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The company expects profit to rise in 1990's first quarter.", "1990's first quarter", "1990-Q1"),
    ("Output during 1988's fourth quarter fell 10%, the ministry said.", "1988's fourth quarter", "1988-Q4"),
    ("Analysts see 1991's second half as the turning point for sales.", "1991's second half", "1991-H2"),
    ("Sales fell in the year's second half, the company said.", "the year's second half", "1989-H2"),
    ("Earnings in last year's third quarter were $3 million.", "last year's third quarter", "1988-Q3"),
    ("Revenue for next year's second half should improve.", "next year's second half", "1990-H2"),
    ("Profit for the previous year's first half fell.", "the previous year's first half", "1988-H1"),
    ("Profit rose in the fiscal year's first quarter.", "the fiscal year's first quarter", "1989-Q1"),
    ("The company's 1990's first-quarter profit rose.", "1990's first-quarter", "1990-Q1"),
])
def test_a_part_owned_by_a_year_is_one_expression(text: str, span: str, value: str) -> None:
    found = _found(text)
    assert (span, value) in found
    assert len(found) == 1, found


@pytest.mark.parametrize(("text", "expected"), [
    ("The firm's first quarter was weak, with sales down.", [("first quarter", "1989-Q1")]),
    ("Prices rose sharply in the 1990's, the report said.", [("the 1990's", "199")]),
    ("The decade's first half was quiet.", []),
])
def test_near_misses_keep_their_reading(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected
