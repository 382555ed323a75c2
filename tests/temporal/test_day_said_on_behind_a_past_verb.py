"""A day of a month said "on" it after a past verb is behind the report however far back: told in
May, "the club lost its first match on 12 August" is last August, nine months ago, not the August
three months ahead that a nearest-to-the-report reading took (a news text names a yearless day near
its date, so a reading within four months beat one over half a year away whatever the tense). A
future before the day, or a past participle after it, places nothing: those stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag


def _values(text: str, dct: date) -> list[str]:
    return [t.value for t in tag(text, dct)]


@pytest.mark.parametrize(("text", "dct", "value"), [
    ("The rovers lost their first away match at Dunmere on 12 August.", date(2024, 5, 9), "2023-08-12"),
    ("The harbour board approved the new berth on 23 October.", date(2025, 7, 2), "2024-10-23"),
    ("Rainfall stood at only 61 percent of the average on February 2.", date(2023, 11, 20), "2023-02-02"),
    ("A second flare was recorded from the observatory on 9 January.", date(2022, 9, 14), "2022-01-09"),
])
def test_a_day_told_as_done_is_behind_the_report(text: str, dct: date, value: str) -> None:
    assert _values(text, dct) == [value]


@pytest.mark.parametrize(("text", "dct", "value"), [
    # a future before the day, behind a past aside: the plan's day, ahead
    ("Moss, who has coached the side since 2015, will lead it for the last time on 17 June.",
     date(2024, 2, 20), "2024-06-17"),
    # a past participle after the day: the present's day, ahead
    ("The fair opens on the morning of 14 July with a choir seated on a barge anchored by the quay.",
     date(2023, 5, 3), "2023-07-14TMO"),
])
def test_a_day_no_past_verb_places_stays_ahead(text: str, dct: date, value: str) -> None:
    assert _values(text, dct)[-1] == value


def test_a_past_verb_in_a_relative_aside_places_no_day() -> None:
    text = "The choir, which sang at the abbey in 2012, tours the coast from 9 April."
    assert _values(text, date(2026, 2, 10))[-1] == "2026-04-09"
    text = "The bakery, which closed in 2019, reopens on 3 May."
    assert _values(text, date(2026, 2, 10))[-1] == "2026-05-03"
