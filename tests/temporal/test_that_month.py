""""That December" names the December of the year just told, as "that winter" already did; "that"
before a month is a conjunction after a verb ("said that March sales rose"), which names no year."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCTS = [date(2004, 11, 17), date(2019, 2, 1)]


def _values(text: str, dct: date) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


@pytest.mark.parametrize("dct", DCTS, ids=[d.isoformat() for d in DCTS])
def test_that_month_after_a_told_year_is_in_it(dct: date) -> None:
    got = _values("A flood swept the valley in 1983. That October, the county built its first levee.", dct)
    assert got["That October"] == "1983-10", got
    got = _values("The mill burned down in 1921. In that same April the owners sold the land.", dct)
    assert got["that same April"] == "1921-04", got


@pytest.mark.parametrize("dct", DCTS, ids=[d.isoformat() for d in DCTS])
def test_that_as_a_conjunction_is_no_part_of_the_date(dct: date) -> None:
    got = _values("The ferry operator reported in 1996 that June bookings had doubled.", dct)
    assert "that June" not in got, got
