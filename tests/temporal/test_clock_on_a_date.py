"""A clock, figures with a.m./p.m. or a clock word (noon, midnight), read on the date written after
it: one helper reads that date for both (rules_weekdays._clock_on_date), so both keep the same
reading: the year when written, no time on a day the month lacks, two expressions after "on".
Sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal.tagger import tag

DCT = date(2022, 5, 18)


def _got(text: str) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in tag(text, DCT)]


@pytest.mark.parametrize("clock,value", [("5 p.m.", "17:00"), ("noon", "12:00"), ("midnight", "24:00")])
def test_clock_on_a_yearless_date_takes_the_reports_year(clock: str, value: str) -> None:
    assert _got(f"Applications must be filed by {clock} Nov. 15.") == [(f"{clock} Nov. 15", "TIME", f"2022-11-15T{value}")]


@pytest.mark.parametrize("clock,value", [("5 p.m.", "17:00"), ("noon", "12:00"), ("midnight", "24:00")])
def test_clock_on_a_date_with_its_year_keeps_that_year(clock: str, value: str) -> None:
    assert _got(f"Applications had to be filed by {clock} Dec. 1, 2019.") == [
        (f"{clock} Dec. 1, 2019", "TIME", f"2019-12-01T{value}")]


@pytest.mark.parametrize("clock", ["5 p.m.", "noon", "midnight"])
def test_clock_on_a_day_the_month_lacks_is_no_time_on_it(clock: str) -> None:
    assert not any(t.type == "TIME" and "Feb" in t.text for t in tag(f"Applications must be filed by {clock} Feb. 30.", DCT))


@pytest.mark.parametrize("clock,value", [("5 p.m.", "17:00"), ("noon", "12:00"), ("midnight", "24:00")])
def test_after_on_the_clock_and_the_date_are_two_expressions_on_one_day(clock: str, value: str) -> None:
    assert _got(f"Applications must be filed by {clock} on Nov. 15.") == [
        (clock, "TIME", f"2022-11-15T{value}"), ("Nov. 15", "DATE", "2022-11-15")]
