"""A look back from the date just told does not move the story (issue #11, session 19): "She came
to us on 2 June 2024. A walker had found her the evening before. Our vet operated two days later":
two days after 2 June, not after the evening before. Histories already kept their time on "the
previous year"; a post, a blog or a news story tells its flashbacks the same way."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

FILL = ("\n\nThe council voted to widen the road near the harbour, and residents of the district said they "
        "welcomed the plan, which the mayor called a sensible compromise between drivers and shopkeepers.")


def _value(text: str, expression: str) -> str:
    return next(t.value for t in tag(text + FILL, date(2025, 3, 4)) if t.text == expression)


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The ferry reached port on 12 May 2024. A storm had damaged it the night before. Divers inspected the hull "
     "two days later.", "two days later", "2024-05-14"),
    ("The mill reopened on 3 April 2024. Its owner had signed the lease the day before. Orders arrived the next day.",
     "the next day", "2024-04-04"),
    # the look back itself is still read from the date told
    ("The ferry reached port on 12 May 2024. A storm had damaged it the night before.", "the night before",
     "2024-05-11TNI"),
])
def test_a_look_back_moves_no_story(text: str, expression: str, value: str) -> None:
    assert _value(text, expression) == value
