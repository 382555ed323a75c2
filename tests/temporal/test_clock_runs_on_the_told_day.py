"""A bare clock time told in the past goes on from the day the report last named with a time, not
from the day it was published (session twenty-one, event dates #12 / #11).

Incident logs, fire and rescue summaries and accident stories name their day once ("At 02:10 on
Sunday 4 May", "on Friday evening", "11 March, 16:20") and then go on by the clock ("The roof fell in
at 03:40"). Those times are the account's day; a morning time after the day's night or evening is the
next day. Not moved: a day named without a time ("reported missing on Sunday"), a plan ("would leave
at 06:30"), the page's own day or a day after it. Every sentence here is written for this file.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(2026, 5, 7)  # a Thursday


def _value(text: str, expression: str, dct: date = DCT) -> tuple[str, str]:
    found = [t for t in tag(text, dct) if t.text == expression]
    assert found, [(t.text, t.value) for t in tag(text, dct)]
    return found[-1].value, found[-1].derivation


@pytest.mark.parametrize("text, expression, value", [
    # a fire service's summary: the day with its first time, then the clock over two paragraphs
    ("At 02:10 on Sunday 3 May a neighbour reported smoke from a workshop on Mill Lane. Two engines "
     "arrived at 02:22.\n\nCrews pumped water from a hydrant across the road.\n\nThe roof fell in at 03:40.",
     "03:40", "2026-05-03T03:40"),
    # a log entry: the day and its time, then the next time in the entry
    ("3 May, 16:20. A cyclist came off her bike on the forest track. Volunteers carried her to the road "
     "at 18:05.", "18:05", "2026-05-03T18:05"),
    # a part of a day starts the run too
    ("The hikers set off on Monday afternoon and lost the path in fog. They sheltered behind a wall. Their "
     "friend called the police at 10pm.", "10pm", "2026-05-04T22:00"),
    # the morning after the night told: the next day
    ("The yacht lost its mast at about 9 p.m. on Saturday. Lifeboats searched through the night. A "
     "helicopter winched the sailors aboard at 6.50 a.m.", "6.50 a.m.", "2026-05-03T06:50"),
    # a time said of a day ("at 11pm on Monday") and a morning time after it: the next morning
    ("A driver was stopped at 11pm on Monday on the ring road. Officers took him to the station. He was "
     "charged at 9am with drink driving.",
     "9am", "2026-05-05T09:00"),
    # a stretch of the day told that runs on "until" a small hour ends in the night after it (session 54)
    ("Protesters have held the square since Wednesday. On Friday they stayed until two in the morning.",
     "two in the morning", "2026-05-02T02:00"),
    ("The 3rd of May 2026 was polling day. The count went on until 3 a.m.", "3 a.m.", "2026-05-04T03:00"),
    ("On Monday the crew worked on the pumps till 1am.", "1am", "2026-05-05T01:00"),
    # the next day after a night's small hours is the day after the night's day (the first row is a guard
    # on 1f404ffb, which read no clock in "two in the morning")
    ("On the night of 2 May the frost came down. We lit the burners at two in the morning. We rang the "
     "insurer the next day.", "the next day", "2026-05-03"),
    ("At 11 p.m. on Saturday 2 May the pumps failed. By 3 a.m. the cellar was flooded. The day after, "
     "the council sent a tanker.", "The day after", "2026-05-03"),
    # an hour read aloud with its part of day is one clock time (session 54)
    ("On Saturday 2 May the band came on at nine in the evening.", "nine in the evening", "2026-05-02T21:00"),
    ("The last guests left on Sunday at eleven at night.", "eleven at night", "2026-05-03T23:00"),
    # (guards, session 54) a small hour not after "until" stays on the day told; so does "until midnight"
    ("On Monday the bakery opened at 4 a.m. for the first time.", "4 a.m.", "2026-05-04T04:00"),
    ("On Monday the crew danced until midnight.", "midnight", "2026-05-04T24:00"),
])
def test_a_clock_time_told_in_the_past_is_on_the_day_last_named(text: str, expression: str, value: str) -> None:
    got, derivation = _value(text, expression)
    assert got == value, derivation


@pytest.mark.parametrize("text, expression", [
    # a day named without a time starts no run of clock times
    ("The boy was reported missing on Monday. Neighbours searched the fields. Officers found him at 07:15 "
     "in a garden shed.", "07:15"),
    # a plan for the day named is no time of the account
    ("The operator said on Monday that the first ferry would leave at 06:30. Crews painted the pier. The "
     "first sailing left at 06:45.", "06:45"),
    # the page's own day: the clock is on it anyway
    ("The storm reached the coast this morning at 05:30. Power came back at 08:10.", "08:10"),
])
def test_a_clock_time_without_a_told_day_stays_on_the_page_s_day(text: str, expression: str) -> None:
    got, derivation = _value(text, expression)
    assert got.startswith(DCT.isoformat()), (got, derivation)


@pytest.mark.parametrize("text", [
    "We counted two in the morning and three in the evening.",
    "She taught one in the morning session and two after lunch.",
])
def test_a_count_before_a_part_of_day_is_no_clock_time(text: str) -> None:
    """(guards, session 54) a number read aloud before "in the morning" is a clock time only after a
    preposition of time."""
    assert not any(t.type == "TIME" and t.text[0].isalpha() and t.text.split()[0] in ("two", "one", "three")
                   for t in tag(text, DCT)), [(t.text, t.value) for t in tag(text, DCT)]
