"""Two yearless months read together, told in the past a little before the second comes round:
"held the town from April to June", written in March, read April as last April (the past verb) and
June alone as the June ahead, a range of fourteen months; "closed in April and May" put May ahead
of the report although the same "in" and past verb govern it. A range runs to the first such month
on or after its first end, and a month listed after "in <month> and" is read as that month is.
("April, May and June" also lost its May, read as the modal: a month listed with a month is one.)"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view

MARCH = date(2007, 3, 6)


def _values(text: str) -> list[str]:
    return [t.value for t in timeml_view(tag(text, MARCH))]


@pytest.mark.parametrize(("text", "expected"), [
    ("The strikers occupied the plant from April to June.", ["2006-04", "2006-06"]),
    ("The pool stayed shut from May until July, the council said.", ["2006-05", "2006-07"]),
    ("The ferry stopped running in April and May.", ["2006-04", "2006-05"]),
    ("Arrivals fell sharply during April, May and June.", ["2006-04", "2006-05", "2006-06"]),
])
def test_yearless_months_told_together_in_the_past_stay_together(text: str, expected: list[str]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The strikers will occupy the plant from April to June.", ["2007-04", "2007-06"]),
    ("The lifts ran from December to April, the resort said.", ["2005-12", "2006-04"]),
])
def test_ranges_ahead_or_across_the_new_year_are_unchanged(text: str, expected: list[str]) -> None:
    assert _values(text) == expected
