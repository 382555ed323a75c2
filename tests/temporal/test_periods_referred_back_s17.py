"""Periods a wire story names once and refers back to (session seventeen's fresh stories): "the
period" just after a quarter is that quarter; "the end of the month" after a year told in news is
the document's month (a year has no month to give); a verb of change before a preposition
("continued through the weekend") is a past verb, not the adjective of "continued growth"."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

NOV = date(1989, 11, 2)  # a Thursday
FEB = date(1990, 2, 14)
FRI = date(1989, 10, 27)


def _values(text: str, dct: date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize("text", [
    "The grocer said its third-quarter net income rose 18%. Sales in the period increased 9%.",
    "Profit in the third quarter fell to $3 million. Revenue for the period was flat.",
    "The bank's third-quarter loss widened; in the period it set aside $40 million for bad loans.",
])
def test_the_period_after_a_quarter(text: str) -> None:
    assert ("the period", "1989-Q3") in _values(text, NOV)


def test_the_period_with_no_quarter_before_is_no_date() -> None:
    assert _values("The period of mourning ended. Sales rose.", NOV) == []


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("He took bribes between 1984 and 1987. His lawyer said he would appeal by the end of the month.",
     "the end of the month", "1990-02"),
    ("The firm sold the unit in 1987. It will close the plant by the end of the month.",
     "the end of the month", "1990-02"),
    ("The mill opened in 1962. Repairs should be finished by the middle of the week.",
     "the middle of the week", "1990-W07"),
    # a month told before gives its own end
    ("Sales rose in March, and by the end of the month the plant was full.", "the end of the month", "1989-03"),
])
def test_a_part_of_a_month_after_a_year_in_news(text: str, expression: str, value: str) -> None:
    assert (expression, value) in _values(text, FEB)


@pytest.mark.parametrize(("text", "value"), [
    ("Aftershocks continued through the weekend.", "1989-W42-WE"),
    ("Heavy selling continued over the weekend.", "1989-W42-WE"),
    ("Rain will continue through the weekend.", "1989-W43-WE"),
])
def test_continued_before_a_preposition_is_a_past_verb(text: str, value: str) -> None:
    assert [v for _, v in _values(text, FRI)] == [value]
