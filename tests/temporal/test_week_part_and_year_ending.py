"""A part of the week the text is in, and a fiscal year named by a relative last day (session seven
of issue 11). Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(1998, 3, 11)  # a Wednesday of ISO week 11


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, DCT, narrative=False)]


@pytest.mark.parametrize("text, expression", [
    ("The union wants an answer by the end of the week.", "the end of the week"),
    ("A ruling is expected at week's end.", "week's end"),
    ("Shipments resume at the beginning of the week.", "the beginning of the week"),
])
def test_part_of_this_week(text: str, expression: str) -> None:
    assert (expression, "DATE", "1998-W11") in _found(text)


def test_the_end_of_the_week_before_is_not_this_week() -> None:
    assert not any(v == "1998-W11" for _, _, v in _found("At the end of the week before, he resigned."))


@pytest.mark.parametrize("text", [
    "The brewer expects a loss for the year ending tomorrow.",
    "Sales for the fiscal year ending next month will be flat.",
])
def test_a_year_ending_on_a_relative_day_is_a_year_long(text: str) -> None:
    assert any(x.endswith("year") and (ty, v) == ("DURATION", "P1Y") for x, ty, v in _found(text))
