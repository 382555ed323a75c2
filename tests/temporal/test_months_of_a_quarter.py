"""A quarter or half named by its first and last months (issue #11, session 19): "the April-June
quarter", "the January-March period", "the July-September quarter of 2002", "the January-June
period of 2002". Reports, wire copy especially, name a quarter so; it was read as two months."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view

FILL = ("\n\nThe council voted to widen the road near the harbour, and residents of the district said they "
        "welcomed the plan, which the mayor called a sensible compromise between drivers and shopkeepers.")


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in timeml_view(tag(text + FILL, date(2003, 8, 20)))]


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Exports rose 4 percent in the April-June quarter.", "the April-June quarter", "2003-Q2"),
    ("Exports rose 4 percent in the January-March period.", "the January-March period", "2003-Q1"),
    ("Exports rose in the July-September quarter of 2002.", "the July-September quarter of 2002", "2002-Q3"),
    ("Exports rose in the January-June period of 2002.", "the January-June period of 2002", "2002-H1"),
    ("Exports rose in the Jan.-March quarter.", "the Jan.-March quarter", "2003-Q1"),
])
def test_a_quarter_named_by_its_months(text: str, expression: str, value: str) -> None:
    assert _found(text) == [(expression, "DATE", value)]


def test_months_that_make_no_quarter_stay_months() -> None:
    assert not [f for f in _found("Exports rose in the February-April period.") if "period" in f[0]]
