"""Two days of one month written as a range read the same in either order ("3-5 May 2020", "May 3-5,
2020"): one helper (rules_dates._days_of_one_month) builds both, each end its own expression, the year
shared when written; a second day not after the first, or none of the month's, is no such range.
Sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal.tagger import tag

DCT = date(2022, 5, 18)


def _ranges(text: str) -> list[tuple[str, ...]]:
    return [tuple(p.value for p in t.parts) for t in tag(text, DCT) if t.parts]


@pytest.mark.parametrize("day_first,month_first,values", [
    ("The fair ran 3-5 May 2020 on the green.", "The fair ran May 3-5, 2020 on the green.", ("2020-05-03", "2020-05-05")),
    ("The fair ran 12 to 14 March 2019 on the green.", "The fair ran March 12 to 14, 2019 on the green.", ("2019-03-12", "2019-03-14")),
    ("The fair will run 27-29 February 2024 on the green.", "The fair will run February 27-29, 2024 on the green.",
     ("2024-02-27", "2024-02-29")),
])
def test_both_orders_read_one_range(day_first: str, month_first: str, values: tuple[str, str]) -> None:
    assert _ranges(day_first) == _ranges(month_first) == [values]


@pytest.mark.parametrize("text", [
    "The fair ran 5-3 May 2020 on the green.",     # the second day comes first
    "The fair ran May 5-3, 2020 on the green.",
    "The fair ran 29-31 April 2020 on the green.",  # April has no 31st
    "The fair ran April 29-31, 2020 on the green.",
    "The fair ran 27-29 February 2023 on the green.",  # 2023 is no leap year: the year written decides
    "The fair ran February 27-29, 2023 on the green.",
])
def test_no_range_of_days_the_month_cannot_hold(text: str) -> None:
    assert _ranges(text) == []
