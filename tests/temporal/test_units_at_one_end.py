"""A stretch of an unsaid number of units at one end of something (issue #11, session 19): "in the
first hours of the ground war", "the last days of the siege", "the final years of his reign", "in
the early years". TimeML marks them as vague durations (PTXH, PXD, PXY), as it does "for years"; the
grammar read the plural unit only after counts and a few quantity words."""

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
    ("Hundreds of soldiers surrendered in the first hours of the offensive.", "the first hours", "PTXH"),
    ("The last days of the blockade were the hardest.", "The last days", "PXD"),
    ("In the final years of her reign the queen rarely travelled.", "the final years", "PXY"),
    ("In the early years the cooperative barely broke even.", "the early years", "PXY"),
    ("The closing months of the campaign were bitter.", "The closing months", "PXM"),
    ("Rain fell through the opening days of the festival.", "the opening days", "PXD"),
])
def test_units_at_one_end(text: str, expression: str, value: str) -> None:
    assert (expression, "DURATION", value) in _found(text)


def test_the_early_hours_of_a_day_are_no_stretch() -> None:
    assert not [f for f in _found("Police arrested him in the early hours of Thursday.") if f[2] == "PTXH"]
