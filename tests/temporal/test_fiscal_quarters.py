"""A yearless quarter or half of a fiscal year the text says begins in a month other than January
is the calendar period it covers ("the fourth quarter" of a year beginning in July is April to June),
session thirteen of issue 11, from ``fresh_news_s13``. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.fiscal import fiscal_start_month

DCT = date(2025, 8, 20)


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, DCT)}


@pytest.mark.parametrize("text, start", [
    ("Tarn Mills, whose fiscal year begins in July, said profit rose.", 7),
    ("The group's financial year runs from April to March.", 4),
    ("For the fiscal year ended Sept. 30, sales fell.", 10),
    ("Its fiscal year, which ends on June 30, was a good one.", 7),
    ("Sales rose in the fourth quarter.", None),
    ("Ash Co's fiscal year begins in July; Birch Ltd's fiscal year begins in October.", None),
])
def test_where_the_fiscal_year_begins(text: str, start: int | None) -> None:
    assert fiscal_start_month(text) == start


@pytest.mark.parametrize("text, expression, value", [
    ("Tarn Mills, whose fiscal year begins in July, said sales in the fourth quarter rose 9 percent.",
     "the fourth quarter", "2025-Q2"),
    ("Its fiscal year ends on June 30. Profit in the third quarter was flat.", "the third quarter", "2025-Q1"),
    ("Its fiscal year ends on June 30. It will report first-quarter results in October.", "first-quarter", "2025-Q3"),
    ("The group's financial year runs from April. Sales fell in the second quarter.", "the second quarter", "2025-Q3"),
    ("Tarn Mills, whose fiscal year begins in July, forecast higher profit for fiscal 2026, with most of the "
     "growth in the second half.", "the second half", "2026-H1"),
])
def test_a_fiscal_quarter_is_the_calendar_period_it_covers(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize("text, expression, value", [
    ("Sales in the fourth quarter rose 9 percent.", "the fourth quarter", "2024-Q4"),
    ("Tarn Mills, whose fiscal year begins in July, had a loss in the third quarter of 2024.",
     "the third quarter of 2024", "2024-Q3"),
    ("The group's financial year runs from April. Profit rose in the first half.", "the first half", "2025-H1"),
    ("Tarn Mills, whose fiscal year begins in July, was idle in the fourth quarter of the fiscal year that ended "
     "June 30, 2024.", "the fourth quarter", "2024-Q4"),
])
def test_other_quarters_are_unchanged(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value
