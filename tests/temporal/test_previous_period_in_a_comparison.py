"""News sets a figure against "the previous month" (quarter, year): that is the period before the one
the figure is for, named in the sentence or the one before, not the period before the day the
figures were told ("... in May, the bureau said Wednesday. Prices rose 5.2 percent from the previous
month": April). Found in the session-sixteen fresh sentences (batch f); sentences of my own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

D = date(1998, 6, 17)  # a Wednesday


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, D)}


@pytest.mark.parametrize("text, value", [
    ("Inflation reached 46 percent in May, the bureau said Wednesday. Prices rose 5.2 percent from the "
     "previous month.", "1998-04"),
    ("Car sales hit a record in March, the trade group said on Monday. That was 9 percent more than the "
     "previous month.", "1998-02"),
    ("Shipments in the first quarter were the highest since 1990, the agency said Tuesday. They rose 4 percent "
     "over the previous quarter.", "1997-Q4"),
    ("Tourism income in 1997 set a record, the ministry said on Friday. It was up 12 percent compared with the "
     "previous year.", "1996"),
])
def test_the_previous_period_of_a_figure_is_before_the_period_reported(text: str, value: str) -> None:
    found = {k.lower(): v for k, v in _values(text).items()}
    assert found[next(k for k in found if k.startswith("the previous"))] == value


@pytest.mark.parametrize("text, value", [
    # no period named: the month before the report's day, as before
    ("Prices rose 2 percent from the previous month, the bureau said Wednesday.", "1998-05"),
    # no comparison: the month before the day just told
    ("The strike began on Monday. The previous month, talks had failed.", "1998-05"),
])
def test_without_a_period_reported_or_a_comparison_it_counts_from_the_day(text: str, value: str) -> None:
    found = {k.lower(): v for k, v in _values(text).items()}
    assert found["the previous month"] == value


def test_a_period_compared_with_is_not_the_one_reported() -> None:
    text = ("Output rose 8 percent in May from a year earlier, the office said Wednesday. It fell 1 percent from "
            "the previous month.")
    assert _values(text)["the previous month"] == "1998-04"
