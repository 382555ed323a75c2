"""A quarter whose results are still to be reported (session seventeen's fresh sentences): results
come after their quarter ends, so told in January "will report fourth-quarter earnings" is the
quarter that ended weeks ago, not the one eleven months ahead. A quarter not yet ended keeps the
future reading."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

JAN = date(1992, 1, 21)
OCT = date(1989, 10, 12)


@pytest.mark.parametrize(("text", "dct", "expression", "value"), [
    ("Results for the December quarter will be released Feb. 4.", JAN, "the December quarter", "1991-Q4"),
    ("Results for the fourth quarter will be released Feb. 4.", JAN, "the fourth quarter", "1991-Q4"),
    ("The company will report fourth-quarter earnings next week.", JAN, "fourth-quarter", "1991-Q4"),
    ("The bank is expected to post a fourth-quarter loss on Thursday.", JAN, "fourth-quarter", "1991-Q4"),
    # a quarter not yet ended, or ended long ago, keeps the plan's reading
    ("The company will report earnings for the first quarter in April.", JAN, "the first quarter", "1992-Q1"),
    ("The company expects fourth-quarter earnings to improve.", OCT, "fourth-quarter", "1989-Q4"),
    ("The plant will reopen in the fourth quarter.", JAN, "the fourth quarter", "1992-Q4"),
])
def test_a_quarter_whose_results_are_due(text: str, dct: date, expression: str, value: str) -> None:
    assert (expression, value) in [(t.text, t.value) for t in tag(text, dct)]
