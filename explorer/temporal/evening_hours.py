"""A clock hour said without its half of the day, told after an afternoon or evening time.

"Guests arrived at seven in the evening. At nine o'clock the band began": "nine o'clock" says no
a.m. or p.m., and a writer who has just put the account in the evening goes on in the same half of
the day; read alone it took the morning (or, moved past midnight after the evening, the next
morning). Only hours read aloud are touched ("nine o'clock", "half past five", "a quarter to
ten"): a figure ("09:30") may be a 24-hour clock, which says its half by itself.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from explorer.number_words import spelled
from explorer.temporal.timex import Timex

#: an hour read aloud with nothing saying its half of the day
_UNMARKED_HOUR = re.compile(
    r"(?i)(?:(?:a\s+)?quarter\s+(?:to|past|after)\s+|half\s+past\s+)?"
    r"(?:1[0-2]|0?[1-9]|" + spelled(1, 12) + r")(?:\s+o['’]clock)?")
_CLOCK_VALUE = re.compile(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)")
_TOLD_VALUE = re.compile(r"(\d{4})-(\d\d)-(\d\d)T(?:(?P<h>\d\d):\d\d|(?P<part>MO|AF|EV|NI))")
#: the hours (as said, 1–11) that go on in each later part of the day: "that afternoon ... at four
#: o'clock", "in the evening ... at nine", "that night ... at ten"; an hour outside them ("at two"
#: after "that night") is the small hours, left to the rules for those
_HOURS_IN_PART = {"AF": range(1, 10), "EV": range(5, 12), "NI": range(7, 12)}
#: how far back the time told may stand, and how many times back are looked at
_REACH = 600
_LOOK_BACK = 4


def in_the_told_half(out: list[Timex], t: Timex) -> Timex | None:
    """``t`` moved into the afternoon or evening of the time told just before it in its paragraph,
    or None when it says its own half, names no hour of a known day or follows no later time."""
    clock = _CLOCK_VALUE.fullmatch(t.value)
    if t.type != "TIME" or clock is None or not 1 <= int(clock[4]) <= 11 or not _UNMARKED_HOUR.fullmatch(t.text):
        return None
    here = date(int(clock[1]), int(clock[2]), int(clock[3]))
    hour = int(clock[4])
    for i in range(len(out) - 1, max(-1, len(out) - 1 - _LOOK_BACK), -1):
        prev = out[i]
        if t.start - prev.end > _REACH or prev.end > t.start:
            return None
        told = _TOLD_VALUE.fullmatch(prev.value)
        if told is None:
            if prev.type in ("DATE", "TIME"):
                return None  # another day or time told since: the run of the day starts again
            continue
        day = date(int(told[1]), int(told[2]), int(told[3]))
        if (here - day).days not in (0, 1):
            return None
        if told["part"] is not None:
            fits = hour in _HOURS_IN_PART.get(told["part"], ())
        else:
            fits = int(told["h"]) >= 12 and hour + 12 >= int(told["h"])
        if not fits:
            return None
        return replace(t, value=f"{day.isoformat()}T{hour + 12:02d}:{clock[5]}", begin=day, end_day=day,
                       certainty="inferred", derivation=f"the later half of the day after {prev.value}", anchor=i)
    return None


__all__ = ["in_the_told_half"]
