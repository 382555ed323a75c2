"""Session 60 (h60d, issue 11: event dates on unseen text), three kinds found on own probe pages
(a wedding report, a weekend police round-up, a council's road-works notice):

* a lone "overnight" told in the past in a report ("the river rose overnight") is the night that
  ended on the page's day, which began the day before it (TimeML dates a night by its evening); told
  ahead ("will close overnight") it is the coming night. A clock time after it is of the page's day.
* a clock hour said without a.m. or p.m. ("nine o'clock", "half past ten") after an afternoon or
  evening time goes on in that half of the day ("Guests arrived at seven in the evening. At nine
  o'clock the band began": 21:00, read as 09:00 before).
* "12 May of 1999": the day kept with the month and year ("of" between them dropped the day).

Every sentence here is written for this file.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from tests.temporal.sentence_between_fillers import tagged_sentence

TUESDAY = date(2025, 10, 14)


def _tagged(sentence: str, dct: date = TUESDAY) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tagged_sentence(sentence, dct)]


@pytest.mark.parametrize("sentence", [
    "The river rose overnight and flooded two fields by the mill.",
    "Crews repaired the burst water main overnight.",
    "Police have arrested three men overnight in the town centre.",
])
def test_overnight_told_in_the_past_is_the_night_before_the_page(sentence: str) -> None:
    assert ("overnight", "2025-10-13TNI") in _tagged(sentence)


@pytest.mark.parametrize("sentence", [
    # guard rows (pass on 692b3d58 too): a night still ahead is the page's own
    "The bypass will close overnight for resurfacing.",
    "Engineers are to work overnight on the signals.",
])
def test_overnight_told_ahead_is_the_coming_night(sentence: str) -> None:
    assert ("overnight", "2025-10-14TNI") in _tagged(sentence)


@pytest.mark.parametrize("sentence, value", [
    ("The storm hit the coast on Monday. It weakened overnight and moved north.", "2025-10-13TNI"),
    ("On Thursday the foreman kept the whole crew on site overnight.", "2025-10-09TNI"),
    ("The first tremors came at 19:40 yesterday and went on overnight.", "2025-10-13TNI"),
])
def test_overnight_after_a_day_told_in_its_paragraph_is_that_day_s_night(sentence: str, value: str) -> None:
    assert ("overnight", value) in _tagged(sentence)


def test_overnight_under_a_day_s_heading_is_the_night_before_it() -> None:
    """Guard (passes on 692b3d58 too): the heading's day stays the morning after the night."""
    text = ("Bridge works: site diary\n\nIssued: 12 March 2026, 15:00\n\nTuesday 10 March\nThe crane arrived "
            "in the afternoon.\n\nWednesday 11 March (to 12:00)\nThe deck cured overnight. A second crew began "
            "work this morning.\n")
    got = [(t.text, t.value) for t in tag(text, date(2026, 3, 12))]
    assert ("overnight", "2026-03-10TNI") in got, got


def test_a_clock_after_the_night_gone_is_of_the_page_s_day() -> None:
    """Guard row for the night's day: the inspection in the morning after it stays on the page's day."""
    got = _tagged("Groundsmen took the covers off overnight, and the course passed an inspection at 7.30am.")
    assert ("overnight", "2025-10-13TNI") in got and ("7.30am", "2025-10-14T07:30") in got, got


@pytest.mark.parametrize("sentence, clock, value", [
    ("Guests arrived at seven in the evening. At nine o'clock the band began.", "nine o'clock", "2025-10-14T21:00"),
    ("The fire started at 8pm. By half past ten the roof had fallen in.", "half past ten", "2025-10-14T22:30"),
    ("The road was closed yesterday afternoon. At four o'clock it reopened.", "four o'clock", "2025-10-13T16:00"),
])
def test_an_unmarked_hour_after_an_evening_is_in_the_evening(sentence: str, clock: str, value: str) -> None:
    assert (clock, value) in _tagged(sentence)


@pytest.mark.parametrize("sentence, clock, value", [
    # guard rows (pass on 692b3d58 too): after a morning, or a 24-hour figure, the hour stays
    ("The meeting opened at 8 a.m. and at eleven o'clock the vote was taken.", "eleven o'clock", "2025-10-14T11:00"),
    ("The ferry left at 19:30 and docked at 09:15.", "09:15", "2025-10-15T09:15"),
])
def test_an_hour_that_says_its_half_or_follows_a_morning_stays(sentence: str, clock: str, value: str) -> None:
    got = _tagged(sentence)
    assert any(text == clock and v[11:] == value[11:] for text, v in got), got


@pytest.mark.parametrize("sentence, expression, value", [
    ("They got engaged on 12 May of 1999 in Paris.", "12 May of 1999", "1999-05-12"),
    ("On the 3rd of June of 2001 the school opened.", "the 3rd of June of 2001", "2001-06-03"),
    ("The deeds were signed 21 March of 1887, a Monday.", "21 March of 1887", "1887-03-21"),
])
def test_a_day_of_a_month_of_a_year_keeps_its_day(sentence: str, expression: str, value: str) -> None:
    assert (expression, value) in _tagged(sentence)
