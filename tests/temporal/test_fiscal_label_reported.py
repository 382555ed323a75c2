"""A quarter told as results already in, though its calendar quarter is not over at the report
("reported a drop in fourth-quarter profit", told in November), is the company's fiscal quarter by
its label; "the latest period", "the quarter" and a comparison's "last year" after it are that
quarter (or it a year back), not the last calendar quarter completed. TBAQ's annotators value them
so. A quarter told in a forecast ("will mean a fourth-quarter charge") is the one under way and
moves nothing. Sentences are our own: a wire brief, a trade weekly and a shareholder letter."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(2023, 11, 8)  # the last calendar quarter completed is 2023-Q3


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, DCT)}


@pytest.mark.parametrize("text, expression, value", [
    ("Harrow Mills reported a 30% drop in fourth-quarter profit. It earned $12 million, against $17 million "
     "a year earlier. Sales in the latest period were $410 million.", "the latest period", "2023-Q4"),
    ("The seed supplier posted a loss for its fiscal fourth quarter. Revenue in the quarter fell to $88 million, "
     "the trade weekly reported.", "the quarter", "2023-Q4"),
    ("Our fourth-quarter results were disappointing. Sales in the latest quarter were $31 million, compared with "
     "$36 million last year.", "last year", "2022-Q4"),
])
def test_a_quarter_reported_under_its_label_is_the_period_after_it(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value, _values(text)


@pytest.mark.parametrize("text, expression, value", [
    ("The flood last month will mean a fourth-quarter charge of $5 million. Sales in the latest quarter "
     "rose 6%.", "the latest quarter", "2023-Q3"),
    ("Analysts expect fourth-quarter profit to slip. Earnings in the quarter rose 9%, the bank said.",
     "the quarter", "2023-Q3"),
    ("Third-quarter profit rose 5%. Sales in the latest period were $2 billion.", "the latest period", "2023-Q3"),
])
def test_a_forecast_quarter_moves_nothing(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value, _values(text)
