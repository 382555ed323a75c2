"""Dated texts that tell past days without their years, and transcripts, on texts of our own:

* a headed section that states a year before the document's and then its days without years is an
  account of past events in order ("Background" of a judgment, "What happened" of a report);
* "the following week" names a week;
* "since March" looks back from the reference, even when next March is nearer;
* a transcript's "today", "yesterday" and "Monday" count from the day it was recorded;
* a bare weekday the text has already named with its date is that day;
* both ends of a clock range said of a day ("between 13:07 and 15:49 UTC on Tuesday 21 May") are on it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from explorer.temporal import tag


def _values(text: str, dct: date) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


ACCOUNT = """Decision of the licensing panel

Licence 44/{y}: The Anchor Inn, Quayside

Background

In the spring of {y0} residents complained about late music at the premises. The licensing officer visited on 17 April and again on 2 May, and wrote to the licensee on 9 May. Noise readings taken eight days later exceeded the permitted level.

On 20 June the licensee was warned in writing. A further complaint followed the next week. At a meeting on 14 January the licensee agreed to fit a noise limiter, which was installed on 3 March {y1}.

Decision

The panel decided to keep the licence, with conditions.
"""


@pytest.mark.parametrize("y0", [2019, 2022])
def test_a_headed_past_account_follows_its_own_year(y0: int) -> None:
    text = ACCOUNT.format(y=y0 + 1, y0=y0, y1=y0 + 1)
    dct = date(y0 + 2, 2, 20)
    got = _values(text, dct)
    assert got["17 April"] == f"{y0}-04-17"
    assert got["2 May"] == f"{y0}-05-02"
    assert got["9 May"] == f"{y0}-05-09"
    assert got["eight days later"] == f"{y0}-05-17"
    assert got["20 June"] == f"{y0}-06-20"
    assert got["14 January"] == f"{y0 + 1}-01-14"


def test_the_same_days_in_a_headed_section_of_news_told_with_deictic_words_stay_news() -> None:
    text = """Council notes

Roadworks

Work on the bridge started on Monday and the lane closes again on 17 April. It reopened last year on 2 May, and the council wrote to residents on 9 May 2021.
"""
    got = _values(text, date(2023, 3, 8))
    assert got["17 April"] == "2023-04-17"


def test_the_following_week_is_a_week() -> None:
    got = _values("On 8 November 2023 the firm began an inquiry. He was suspended the following week.", date(2025, 2, 12))
    assert got["the following week"] == "2023-W46"


@pytest.mark.parametrize("dct, want", [(date(2022, 1, 10), "2021-02"), (date(2022, 11, 3), "2022-02"),
                                       (date(2022, 2, 20), "2022-02")])
def test_since_a_month_looks_back(dct: date, want: str) -> None:
    assert _values("The reservoir has been below half since February.", dct)["February"] == want


def test_since_a_month_far_behind_still_looks_back() -> None:
    # next March is nearer to early November than last March, but "since" looks back
    assert _values("The vat is empty for the first time since March.", date(2022, 11, 3))["March"] == "2022-03"


TRANSCRIPT = """Field Notes – episode 9 transcript
Recorded on {rec} and released on {rel}

HOST: Welcome back. You were up at the lake yesterday, I hear?

GUEST: I was, and I'm going back on Monday. Today I am just tired.
"""


def test_a_transcript_counts_its_speakers_days_from_the_recording() -> None:
    text = TRANSCRIPT.format(rec="3 November 2022", rel="10 November 2022")
    got = _values(text, date(2022, 11, 10))
    assert got["yesterday"] == "2022-11-02"
    assert got["Today"] == "2022-11-03"
    assert got["Monday"] == "2022-11-07"


def test_a_transcript_without_a_recording_date_counts_from_the_page() -> None:
    text = TRANSCRIPT.replace("Recorded on {rec} and released on {rel}", "Released on {rel}").format(rel="10 November 2022")
    assert _values(text, date(2022, 11, 10))["yesterday"] == "2022-11-09"


@pytest.mark.parametrize("weekday, day", [("Monday", 20), ("Wednesday", 22), ("Saturday", 25)])
def test_a_weekday_named_with_its_date_is_that_day_later_on(weekday: str, day: int) -> None:
    dct = date(2024, 5, day) + timedelta(days=7)  # a week (to the day) after the named day
    text = (f"The lifts stopped working on {weekday} {day} May. Engineers said on {weekday} that a "
            f"fuse had failed, and the building's manager apologised.")
    got = _values(text, dct)
    assert got[weekday] == f"2024-05-{day}"


@pytest.mark.parametrize("between", ["Between {a} and {b} UTC on {day}", "From {a} to {b} on {day}",
                                     "from {a} until {b} on {day}"])
def test_both_ends_of_a_clock_range_are_on_the_day_said_after_it(between: str) -> None:
    text = "The bridge was closed " + between.format(a="10:15", b="16:40", day="Sunday 2 June") + " for repairs."
    values = [t.value for t in tag(text, date(2024, 6, 10)) for t in (t.parts or (t,))]
    assert "2024-06-02T10:15" in values and "2024-06-02T16:40" in values
