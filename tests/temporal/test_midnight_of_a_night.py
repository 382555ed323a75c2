""""Midnight" said with the night it closes ("midnight last night", "at midnight tonight", "midnight
tomorrow night") is one TIME, the midnight at the end of that night's day (T24:00), as "11 p.m. last
night" and "midnight tomorrow" already were. The night word used to stand apart and the clock fell on
the writer's own day, so "midnight last night" came out a day late. Noon is no part of a night: it
stays alone. Sentences are our own.
"""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest

from explorer.temporal.tagger import tag

DCT = date(2023, 3, 9)  # a Thursday


def _got(text: str) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in tag(text, DCT)]


@pytest.mark.parametrize("text,expected", [
    ("The ferry strike began at midnight last night, the union said.",
     [("midnight last night", "TIME", "2023-03-08T24:00")]),
    ("Voting closes at midnight tonight in every district.",
     [("midnight tonight", "TIME", "2023-03-09T24:00")]),
    ("The tolls will be lifted at midnight tomorrow night.",
     [("midnight tomorrow night", "TIME", "2023-03-10T24:00")]),
    ("Guards heard the first shots shortly after Midnight Last Night.",
     [("Midnight Last Night", "TIME", "2023-03-08T24:00")]),
])
def test_midnight_with_its_night_is_one_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _got(text) == expected


def test_noon_before_a_night_word_stays_alone() -> None:
    got = _got("The market closed at noon tonight's concert was cancelled.")
    assert got[0] == ("noon", "TIME", "2023-03-09T12:00")


def _clock_values(text: str, dct: date | None, inferred: bool) -> dict[str, str | None]:
    return {t.text: t.value for t in tag(text, dct, dct_inferred=inferred) if t.type == "TIME"}


@pytest.mark.parametrize("text, clock, value", [
    # the page's day is inferred from the day the text tells: its evening runs on into the night after it
    ("The count took most of the night on 6 May 2025. The polls closed at 10pm. The result came at 3.15am.",
     "3.15am", "2025-05-07T03:15"),
    ("The count took most of the night on 6 May 2025. The polls closed at 10pm. The result came at 3.15am, "
     "and the mayor thanked her supporters at 3.40am.", "3.40am", "2025-05-07T03:40"),
    ("On 2 March 2024 the storm reached the coast. The sea wall gave way at 11.20pm. Crews sealed the breach "
     "at 4am.", "4am", "2024-03-03T04:00"),
    ("The gala was held on 14 June 2023. Guests arrived at 7pm. The last of them left at 1.30am.",
     "1.30am", "2023-06-15T01:30"),
    # guard: a later time of the same day stays on it
    ("The count took place on 6 May 2025. The polls opened at 7am. The result came at 10pm.",
     "10pm", "2025-05-06T22:00"),
    # guard: a morning time after a morning one is no night
    ("The race was run on 6 May 2025. The leaders set off at 9am. The first runner collapsed at 8.50am.",
     "8.50am", "2025-05-06T08:50"),
])
def test_small_hours_after_an_evening_of_the_inferred_page_day_are_the_next_day(text: str, clock: str, value: str) -> None:
    """The app route infers a page's day from the latest day it tells; a run of clock times past that
    day's evening goes on past midnight, as it does for a day before a printed page date (issue 11)."""
    told_day = re.search(r"\d{1,2} \w+ \d{4}", text)
    assert told_day is not None
    page_day = datetime.strptime(told_day[0], "%d %B %Y").date()  # as the app route infers it
    assert _clock_values(text, page_day, True)[clock] == value


@pytest.mark.parametrize("text, clock, value", [
    ("3 February 1912. We marched fourteen miles over hard snow. At 9pm we turned in. At 2am the wind tore "
     "the outer tent.", "2am", "1912-02-04T02:00"),
    ("4 February 1912. A late start. We lunched at 1pm and camped at 7pm. At 4am a sledge dog broke loose.",
     "4am", "1912-02-05T04:00"),
    ("9 August 1850. The ship anchored in the bay at 8pm. At half past three the anchor cable parted, and "
     "by 5am we were aground.", "5am", "1850-08-10T05:00"),
    # guard: told in a past perfect the time looks back
    ("5 February 1912. Fog. At 10pm we found the dog. We had fed the team at 5am.", "5am", "1912-02-05T05:00"),
    # guard: an afternoon is no evening the night runs on from
    ("12 January 1911. At 4pm we pitched camp. At 2am the tent poles gave way.", "2am", "1911-01-12T02:00"),
])
def test_a_storys_small_hours_after_its_evening_are_the_next_day(text: str, clock: str, value: str) -> None:
    """A diary's or a story's day runs forward past midnight: "At 9pm we turned in. At 2am the wind tore
    the tent" is the night after the entry's day, not its early morning (issue 11)."""
    assert _clock_values(text, None, False)[clock] == value
