""""the first half", "the second quarter" with no year: a part of the reference year (the report's in
news, the story's in a history), written ``YYYY-H1`` / ``YYYY-Q2`` as TIMEX3 does. A half is a
period only where the text is about a period's figures; a match's "second half" is no date.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

AUGUST = date(2019, 8, 20)


def _got(text: str, dct: date | None, narrative: bool | None = False) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct, narrative=narrative)}


@pytest.mark.parametrize("text, expression, value", [
    ("Profit rose 12% in the first half, the company said.", "the first half", "2019-H1"),
    ("The chain expects sales to recover in the second half.", "the second half", "2019-H2"),
    ("Net income for the first half was $3 million, up from $2 million.", "the first half", "2019-H1"),
    ("First-half revenue fell 4% as exports slowed.", "First-half", "2019-H1"),
    ("The bank said its earnings in the latter half would be lower.", "the latter half", "2019-H2"),
])
def test_a_yearless_half_in_a_report_is_the_reports_year(text: str, expression: str, value: str) -> None:
    assert _got(text, AUGUST).get(expression) == value


def test_a_past_half_not_yet_begun_is_last_years() -> None:
    got = _got("Revenue rose 8% in the second half, the company said.", date(2019, 3, 10))
    assert got.get("the second half") == "2018-H2"


@pytest.mark.parametrize("text, expression, value", [
    ("In 1987 the firm's sales fell. In the first half, profit rose 2%.", "the first half", "1987-H1"),
    ("In 1987 the firm's sales fell. In the second quarter, profit rose 2%.", "the second quarter", "1987-Q2"),
    ("The mill's output peaked in 1912. In the second half, orders for cloth fell away.", "the second half", "1912-H2"),
])
def test_a_yearless_part_in_a_history_is_the_storys_year(text: str, expression: str, value: str) -> None:
    assert _got(text, None, narrative=True).get(expression) == value


@pytest.mark.parametrize("text", [
    "The first half ended 1-1 after a goal from the captain.",
    "She scored twice in the second half, and the home side won the match.",
    "The first half of the book is slow, but sales of the paperback rose.",
    "He read the first half quickly and put it down.",
    "Revenue rose, and the second half of the plan calls for new stores.",
])
def test_a_half_of_something_else_is_no_date(text: str) -> None:
    assert not [t for t in tag(text, AUGUST, narrative=False) if "half" in t.text.lower()]
