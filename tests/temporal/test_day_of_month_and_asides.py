"""Issue #11: "the 9th day of September 2024" is a day; an aside between a day and its year keeps
the year on the day.

"the ninth day of September" was read as the month (the words "day of" cut the day off), and
"December 7 (December 8 in Asian time zones), 1941" gave December of the report's year to both days.
Sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(2025, 3, 3)


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, DCT)}


@pytest.mark.parametrize("text, phrase, value", [
    ("It happened on the 9th day of September 2024.", "the 9th day of September 2024", "2024-09-09"),
    ("The lease began on the ninth day of September 2024.", "the ninth day of September 2024", "2024-09-09"),
    ("Parliament rose on the 21st day of July, 1998.", "the 21st day of July, 1998", "1998-07-21"),
    ("The hearing ends on the twenty-first day of June.", "the twenty-first day of June", "2025-06-21"),
    ("Signed this 2nd day of May 2019 at the town hall.", "2nd day of May 2019", "2019-05-02"),
])
def test_ordinal_day_of_a_month(text: str, phrase: str, value: str) -> None:
    assert _values(text).get(phrase) == value


def test_a_count_of_days_is_no_date() -> None:
    # "day" after a bare figure is no ordinal of a month
    assert "3 day of May" not in " ".join(_values("They booked a 3 day of May walking tour.").keys())


@pytest.mark.parametrize("text, expected", [
    ("The raid came on December 7 (December 8 in Asian time zones), 1941, without warning.",
     {"December 7": "1941-12-07", "December 8": "1941-12-08"}),
    ("The treaty was signed on 4 July (a Friday), 1919.", {"4 July": "1919-07-04"}),
    ("The strike began in March (some say April) 1926.", {"March": "1926-03", "April": "1926-04"}),
    ("He reached the coast on June 3 (see the map), 1850.", {"June 3": "1850-06-03"}),
])
def test_aside_between_day_and_year(text: str, expected: dict[str, str]) -> None:
    got = _values(text)
    assert {k: got.get(k) for k in expected} == expected


def test_aside_without_year_after_leaves_day_alone() -> None:
    # no year after the aside: the day is read from the document date as before
    assert _values("The mill shut on 4 July (a Friday), and staff left.")["4 July"] == "2024-07-04"
