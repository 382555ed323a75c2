"""The last day (week, year) of an event is no "yesterday" and no stretch up to now (session thirty-one,
own sentences).

"On the last day of his visit" and "her final day in office" count a day within an event, as "the first
day of the trial" does: TimeML marks it as a date, the day the text is at (the document's when it told
none), never the day before the document. "The last week of the campaign" or "its last year of
growth" is the final unit of an event the text may never date: no duration of one week and no value.
"The last day of the month" is a calendar day left to the month's own expression. "In the last week",
"over the last year" still read as before."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(2024, 5, 15)  # a Wednesday


def _values(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, DCT, narrative=False)]


@pytest.mark.parametrize("text, expression", [
    ("On the last day of her tour, the singer visited a hospice.", "the last day"),
    ("The final day of the fair drew the largest crowd.", "The final day"),
    ("It was his last day in charge of the orchestra.", "last day"),
    ("Rain spoiled the last day of the regatta.", "the last day"),
])
def test_the_last_day_of_an_event_is_the_day_told_not_yesterday(text: str, expression: str) -> None:
    found = _values(text)
    assert (expression, "DATE", "2024-05-15") in found
    assert not any(value == "2024-05-14" for _, _, value in found)


@pytest.mark.parametrize("text, word", [
    ("The last week of the campaign was the most bitter.", "week"),
    ("Its last year of growth was 2019.", "year"),
    ("Prices rose in the last month of the auction season.", "month"),
])
def test_the_last_unit_of_an_event_is_no_stretch(text: str, word: str) -> None:
    assert not any(word in expr and kind == "DURATION" for expr, kind, _ in _values(text))


def test_the_last_day_of_the_month_is_not_yesterday() -> None:
    assert not any(value == "2024-05-14" for _, _, value in _values("Rents are due on the last day of the month."))


@pytest.mark.parametrize("text, expression, value", [
    ("Shares fell 4% in the last week.", "the last week", "2024-W19"),
    ("The council met last week.", "last week", "2024-W19"),
    ("He resigned last month.", "last month", "2024-04"),
])
def test_the_unit_before_this_one_keeps_its_reading(text: str, expression: str, value: str) -> None:
    assert (expression, "DATE", value) in _values(text)


def test_the_last_unit_of_a_life_spent_is_still_a_stretch() -> None:
    assert ("the last decade", "DURATION", "P10Y") in _values("She spent the last decade of her life in Lisbon.")
