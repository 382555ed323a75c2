"""The reports' "the 2002 first half" as "the first half of 2002" (issue #11, session 19), one
expression, as "the 1988 third quarter" already was; it was a year and a yearless half."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view

FILL = ("\n\nThe council voted to widen the road near the harbour, and residents of the district said they "
        "welcomed the plan, which the mayor called a sensible compromise between drivers and shopkeepers.")


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in timeml_view(tag(text + FILL, date(2003, 5, 14)))]


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Net profit rose 8 percent in the 2001 first half.", "the 2001 first half", "2001-H1"),
    ("Revenue fell in the 2001 second half, the company said.", "the 2001 second half", "2001-H2"),
    ("Revenue fell in the 2001 fiscal second half.", "the 2001 fiscal second half", "2001-H2"),
])
def test_a_year_before_a_half(text: str, expression: str, value: str) -> None:
    assert (expression, "DATE", value) in _found(text)


def test_a_year_before_a_half_that_modifies_a_noun_stays_apart() -> None:
    found = _found("The 2001 first-half profit rose 8 percent.")
    assert ("first-half", "DATE", "2001-H1") in found and ("2001", "DATE", "2001") in found
