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


@pytest.mark.parametrize("text,values", [
    # the year that ends the first full date is no day of a range ("2023 and 28 February": the "23"
    # of 2023 had been read as a first day, leaving "1 November 20")
    ("The tenant paid no rent between 9 October 2011 and 15 January 2012.", ("2011-10-09", "2012-01-15")),
    ("2.4 Between 1 July 2018 and 30 June 2021 the fund lent £3m.", ("2018-07-01", "2021-06-30")),
    ("The roadworks will last from 6 May 2024 to 28 September 2024.", ("2024-05-06", "2024-09-28")),
    ("She was abroad from 12 August 2017 to 19 August 2017.", ("2017-08-12", "2017-08-19")),
])
def test_a_year_ending_a_date_starts_no_range_of_days(text: str, values: tuple[str, str]) -> None:
    assert _ranges(text) == [values]
