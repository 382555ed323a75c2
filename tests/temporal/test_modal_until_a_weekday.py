"""A modal's state that may run up to a weekday looks ahead (issue #11, session 19): "the strike that
began Monday could last until Friday", "the ban should remain in force until Saturday". The nearest
verb ("began") read the Friday as last week's; "until" after a modal sets a limit still to come, as
"gave them until Friday to respond" does. "Could have lasted until Friday" is told of the past."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

WED = date(2003, 5, 14)
FILL = ("\n\nThe council voted to widen the road near the harbour, and residents of the district said they "
        "welcomed the plan, which the mayor called a sensible compromise between drivers and shopkeepers.")


def _value(text: str, expression: str) -> str:
    return next(t.value for t in tag(text + FILL, WED) if t.text == expression)


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The stoppage that began Monday could last until Friday, union leaders warned.", "Friday", "2003-05-16"),
    ("The curfew, imposed Monday, should remain in force until Saturday.", "Saturday", "2003-05-17"),
    ("The queues that formed Monday might not clear until Friday.", "Friday", "2003-05-16"),
    # told of the past
    ("The stoppage could have lasted until Friday.", "Friday", "2003-05-09"),
    ("The stoppage lasted until Friday.", "Friday", "2003-05-09"),
])
def test_modal_until_a_weekday(text: str, expression: str, value: str) -> None:
    assert _value(text, expression) == value


def test_a_weekday_before_the_modal_may_is_still_a_day() -> None:
    # "Monday, may ...": the modal, no "Monday, May 12"; the weekday rule's month is capitalised only
    text = "The plant, which closed Monday, may stay shut until Sunday."
    assert _value(text, "Monday") == "2003-05-12"
    assert _value("The plant closed Monday, May 12.", "Monday, May 12") == "2003-05-12"
