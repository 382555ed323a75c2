"""Every rule that reads a zone after a clock word knows the same zones (``lexicon.CLOCK_ZONES``).

The am/pm and noon rules kept lists of their own that lacked CET, BST, MST, ...: "9 a.m. CET
Friday" left the clock on the report's day and the weekday apart, where "9 a.m. EST Friday" was one
time on that Friday. Sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal.grammar.blocks import plausible_year
from explorer.temporal.tagger import tag

DCT = date(2022, 5, 18)  # a Wednesday

#: the zones the clock rules promise to read, written out (not parsed from the pattern under test)
ZONES = ["UTC", "GMT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "BST", "CET", "CEST"]


def _got(text: str) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in tag(text, DCT)]


@pytest.mark.parametrize("zone", ZONES)
def test_clock_with_a_zone_before_a_weekday_is_one_time_on_that_day(zone: str) -> None:
    assert _got(f"The ministers will resume their talks at 9 a.m. {zone} Friday.") == [
        (f"9 a.m. {zone} Friday", "TIME", "2022-05-20T09:00")]


@pytest.mark.parametrize("zone", ZONES)
def test_noon_with_a_zone_before_a_date_is_one_time_on_that_date(zone: str) -> None:
    assert _got(f"Bids must reach the agency by noon {zone} June 3.") == [
        (f"noon {zone} June 3", "TIME", "2022-06-03T12:00")]


def _year_at(text: str, number: str) -> bool:
    start = text.index(number)
    return plausible_year(text, start, start + len(number))


@pytest.mark.parametrize("zone", [*ZONES, "Z"])
def test_a_four_figure_clock_before_a_zone_is_no_year(zone: str) -> None:
    # the year judge itself, not the tagger (whose clock rule already takes "1945 CET"); the
    # military "Z" ("1945 Z") is a zone too
    assert not _year_at(f"The ferry left port at 1945 {zone} with 300 aboard.", "1945")


@pytest.mark.parametrize("text", ["The mill shut in 1987 ESTATE AGENTS SAID", "Founded in 1991 CETACEAN RESCUE grew",
                                  "The lease ran out in 2003 BSTAR kept the site"])
def test_a_capitalised_word_that_begins_like_a_zone_leaves_the_year(text: str) -> None:
    # a zone is a whole word: "ESTATE" is no Eastern time after a year
    assert _year_at(text, next(w for w in text.split() if w.isdigit()))


def test_a_word_that_only_begins_like_a_zone_is_no_zone() -> None:
    # "ESTATE" is no Eastern time: the clock ends at "p.m."
    assert _got("The auction opens at 2 p.m. ESTATE agents said on Wednesday.")[0][:2] == ("2 p.m.", "TIME")


#: the US zones as agencies spell them out (session thirty-one): read as the abbreviations are
SPELLED_ZONES = ["Eastern time", "Pacific time", "Central Standard Time", "Mountain Daylight Time"]


@pytest.mark.parametrize("zone", SPELLED_ZONES)
def test_a_spelled_zone_before_a_weekday_keeps_the_clock_on_that_day(zone: str) -> None:
    assert _got(f"The polls close at 7 p.m. {zone} Tuesday.") == [
        (f"7 p.m. {zone} Tuesday", "TIME", "2022-05-24T19:00")]


@pytest.mark.parametrize("zone", SPELLED_ZONES)
def test_a_spelled_zone_before_tonight_keeps_the_evening_hour(zone: str) -> None:
    assert _got(f"The governor speaks at eight o'clock {zone} tonight.") == [
        (f"eight o'clock {zone} tonight", "TIME", "2022-05-18T20:00")]
    assert _got(f"The debate starts at 9 p.m. {zone} tonight.") == [
        (f"9 p.m. {zone} tonight", "TIME", "2022-05-18T21:00")]
