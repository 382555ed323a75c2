"""Leftovers of issue 11 seen on real folders (session 15): a lower-case era ("264 bc"), a list's
entries read as one expression ("2009" / "- 2015"), a year before a word that only begins like a
counted unit ("2019 Milestones"), and a small-hours clock time told after a night ("on Tuesday
night ... by 2 a.m."). Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

#: a Wednesday: "Tuesday night" in past reporting is the night of 2021-03-09
DCT = date(2021, 3, 10)


def _found(text: str, dct: date | None = None) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize("text, expression, value", [
    ("The colony was settled in 631 bc by sailors from the islands.", "631 bc", "BC0631"),
    ("The poet died in 8 bce, a year after his patron.", "8 bce", "BC0008"),
    ("Its walls were rebuilt in 410 b.c. after the siege. The town grew.", "410 b.c.", "BC0410"),
    ("The truce of 387 b.c.e. held for a decade.", "387 b.c.e.", "BC0387"),
    ("A coin was struck in April 212 bc to pay the garrison.", "April 212 bc", "BC0212-04"),
    ("The fleet sailed in 218 bc, and in 216 it was lost off the cape.", "216", "BC0216"),
])
def test_lower_case_era_is_read_as_its_capitals(text: str, expression: str, value: str) -> None:
    assert (expression, value) in _found(text)


def test_lower_case_era_has_days_before_year_one() -> None:
    (t,) = [t for t in tag("The harbour silted up in 631 bc.") if t.value == "BC0631"]
    assert str(t.begin) == "-0630-01-01"


@pytest.mark.parametrize("text", [
    "She watched the ad 15 times.",
    "The firm's ce 44 filing was late.",
])
def test_lower_case_ad_and_ce_are_words(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Seasons played:\n- 2001\n- 2004\n", [("2001", "2001"), ("2004", "2004")]),
    ("Posts held\n* 1996\n* 2003\n", [("1996", "1996"), ("2003", "2003")]),
    ("Postings\n- 2009: joins the lab as a technician\n- 2015: leads the lab\n", [("2009", "2009"), ("2015", "2015")]),
    ("Milestones:\n1. May 2009\n2. June 2015\n", [("May 2009", "2009-05"), ("June 2015", "2015-06")]),
    ("Awards\n• 2016\n• 2019\n\nMilestones:\n1. March 2012\n",
     [("2016", "2016"), ("2019", "2019"), ("March 2012", "2012-03")]),
])
def test_a_line_break_before_a_list_marker_ends_an_expression(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_an_entry_after_a_broken_match_is_read_whole() -> None:
    """A range that opens the next entry is found whole, not cut at the year the entry before took."""
    found = _found("Posts\n- 2004: joins the firm as a clerk, promoted in 2009\n- 2010–2015: heads the office\n")
    assert ("2009", "2009") in found and ("2010–2015", "2010") in found


def test_a_range_written_on_one_line_is_still_one() -> None:
    assert ("2001 - 2004", "2001") in _found("He coached the side from 2001 - 2004 and then retired.")


@pytest.mark.parametrize("text, clock, value", [
    ("The fire started on Tuesday night and by 2 a.m. the roof had fallen.", "2 a.m.", "2021-03-10T02:00"),
    ("Crowds gathered on Friday evening; at 1:30 a.m. police cleared the square.", "1:30 a.m.", "2021-03-06T01:30"),
    ("On Monday night the pumps failed. At 3 a.m. the cellar flooded.", "3 a.m.", "2021-03-09T03:00"),
    ("On Monday night the pumps failed. At 3 a.m. the cellar flooded, and at 4:15 a.m. the crews arrived.",
     "4:15 a.m.", "2021-03-09T04:15"),
])
def test_small_hours_after_a_night_are_the_next_morning(text: str, clock: str, value: str) -> None:
    assert (clock, value) in _found(text, DCT)


@pytest.mark.parametrize("text, clock, value", [
    ("On Tuesday morning, at 2 a.m., the alarm sounded.", "2 a.m.", "2021-03-09T02:00"),
    ("The show on Tuesday night ended at 11 p.m.", "11 p.m.", "2021-03-09T23:00"),
])
def test_a_clock_time_of_the_same_day_stays_on_it(text: str, clock: str, value: str) -> None:
    assert (clock, value) in _found(text, DCT)
