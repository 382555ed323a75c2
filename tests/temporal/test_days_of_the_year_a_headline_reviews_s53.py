"""A review whose headline names the year before the page's keeps its yearless days in that year
(session fifty-three, from a rescue team's annual report of our own): "Annual Report 2023", published
on 12 February 2024, "On 3 January two walkers lost their way" is 3 January 2023, not the January just
gone. Not when the headline names a span of years, nor once the review has moved past the day (its
aftermath in the new year), nor for a day still to come."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.month_headings import headline_year_reviewed


def _value(text: str, expression: str, dct: date) -> str:
    return next(t.value for t in tag(text, dct) if t.text == expression)


@pytest.mark.parametrize(("text", "expression", "dct", "value"), [
    ("Westmoor Lifeboat Station: Annual Report 2023\n\nThe crew launched 51 times in 2023. On 3 January a "
     "yacht lost its mast off the point and was towed in.", "3 January", date(2024, 2, 12), "2023-01-03"),
    ("2021 in review\n\nThe choir sang at 14 weddings. In January it lost its organist, and on 20 February "
     "a new one was appointed.", "January", date(2022, 3, 1), "2021-01"),
    ("Our year: 2019\n\nThe shelter rehomed 300 dogs. On 28 February a litter of nine was found in a box "
     "near the canal.", "28 February", date(2020, 4, 2), "2019-02-28"),
])
def test_a_day_of_the_year_reviewed(text: str, expression: str, dct: date, value: str) -> None:
    assert _value(text, expression, dct) == value


@pytest.mark.parametrize(("text", "expression", "dct", "value"), [
    # a span of years reviews no one year
    ("Annual Report 2023-24\n\nThe trust opened a clinic. On 3 January a new ward was opened.", "3 January",
     date(2024, 6, 30), "2024-01-03"),
    # the review has told December; a January after it is the new year's
    ("The 2022 season in review\n\nThe season ended on 30 November. The last race was run on 4 December. "
     "The committee met on 12 January.", "12 January", date(2023, 2, 1), "2023-01-12"),
    # a day still to come is ahead of the page
    ("Annual Report 2023\n\nThe team grew. It will open a new base on 3 March.", "3 March", date(2024, 2, 12),
     "2024-03-03"),
    # a headline that reviews nothing
    ("Council approves budget for 2023\n\nOn 3 January the council met.", "3 January", date(2024, 1, 20),
     "2024-01-03"),
])
def test_guards(text: str, expression: str, dct: date, value: str) -> None:
    assert _value(text, expression, dct) == value


@pytest.mark.parametrize(("text", "year"), [
    ("Harbour Trust Annual Review 2018\n\nText.", 2018),
    ("Highlights of 1998\nText.", 1998),
    ("Annual fair returns to the green in 2024", None),
    ("Annual Report 2022-2023\n", None),
    ("The mill burned down in 1905. It was rebuilt in 1907.", None),
])
def test_headline_year_reviewed(text: str, year: int | None) -> None:
    assert headline_year_reviewed(text) == year
