"""A month that ends a reported stretch ("exports rose 6% in the 12 months to June", "the year
through June 30"), told in the past, is behind the report: the figure was given for a stretch that
has run out. Written in early spring, the June three months ahead won as the nearer June, as a
month after "in" with a past verb no longer does. A future verb still looks ahead."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

SPRING = date(2005, 3, 10)


def _month_values(text: str) -> list[str]:
    return [t.value for t in tag(text, SPRING) if t.type == "DATE"]


@pytest.mark.parametrize(("text", "value"), [
    ("Exports rose 6% in the 12 months to June, the ministry said.", "2004-06"),
    ("House prices climbed 9% in the year through June.", "2004-06"),
    ("Output fell in the three months to May.", "2004-05"),
    ("Losses widened in the year to June 30.", "2004-06-30"),
])
def test_a_month_ending_a_past_stretch_is_behind_the_report(text: str, value: str) -> None:
    assert _month_values(text) == [value]


def test_a_month_ending_a_stretch_ahead_is_ahead() -> None:
    assert _month_values("Exports will grow in the 12 months to June.") == ["2005-06"]
