"""A part of a day said with "the" and no day of its own ("in the morning", "by the evening",
"during the night") is a part of the day the report has just named, in its sentence or the one
before; with no day named there it is the document's day, as before.

Sentences of my own; the document date is a Monday, 1989-10-30.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

D = date(1989, 10, 30)  # a Monday


def _value(text: str, expression: str) -> str:
    return next(t.value for t in tag(text, D) if t.text == expression)


@pytest.mark.parametrize("text, expression, value", [
    ("Bond prices slipped on Thursday. Traders sold in the afternoon after the auction.", "the afternoon",
     "1989-10-26TAF"),
    ("The ferry left port on Oct. 24 and ran aground in the evening.", "the evening", "1989-10-24TEV"),
    ("Voting began on Saturday. By the evening, turnout had passed 40 percent.", "the evening", "1989-10-28TEV"),
    ("The summit opens on Wednesday, and the leaders will sign the accord in the afternoon.", "the afternoon",
     "1989-11-01TAF"),
    ("Firefighters arrived on Friday. They worked through the night to save the mill.", "the night",
     "1989-10-27TNI"),
    ("The plant was shut on Sunday; early in the morning, workers found the leak.", "the morning",
     "1989-10-29TMO"),
])
def test_a_part_of_the_day_just_named(text: str, expression: str, value: str) -> None:
    assert _value(text, expression) == value


@pytest.mark.parametrize("text, expression", [
    ("Trading was light in the morning, dealers said.", "the morning"),
    ("Stocks closed higher on Friday. Volume was thin. Traders were cautious in the afternoon.", "the afternoon"),
])
def test_with_no_day_named_just_before_it_is_the_document_day(text: str, expression: str) -> None:
    # the second: "Friday" is two sentences back, too far to be the day meant
    assert _value(text, expression).startswith("1989-10-30T")
