"""A report's quarter named by the month it ends in (issue #11, session 21): "the quarter ending in
June", "the quarter that ended in March" are the calendar quarter that month closes, as "the quarter
ended June 30" already was. Without a day after the month the rule fell back to the last quarter
completed before the report (Q3 for a report in late October). Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view

FILL = ("\n\nThe council voted to widen the road near the harbour, and residents of the district said they "
        "welcomed the plan, which the mayor called a sensible compromise between drivers and shopkeepers.")


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in timeml_view(tag(text + FILL, date(2006, 10, 25)))]


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The brewer's profit for the quarter ending in June fell 4% on weaker sales.", "the quarter", "2006-Q2"),
    ("Sales in the quarter that ended in March were the weakest in years, the chain said.", "the quarter", "2006-Q1"),
    ("Analysts expect earnings for the quarter ending in December to rise.", "the quarter", "2006-Q4"),
    # the day said after the month, as before
    ("Revenue for the quarter ended June 30 rose 6%.", "the quarter", "2006-Q2"),
])
def test_the_quarter_ending_in_a_month_is_the_quarter_that_month_closes(text: str, expression: str, value: str) -> None:
    assert (expression, value) in _found(text)


def test_the_quarter_alone_is_the_last_one_completed() -> None:
    assert ("the quarter", "2006-Q3") in _found("Revenue for the quarter rose 6%.")
