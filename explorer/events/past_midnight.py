"""A happening told "after midnight" lies on the day that midnight opens.

TimeML writes a bare "midnight" as the end of the day it closes ("Saturday evening … Shortly after
midnight, crews had the fire under control": 2025-03-15T24:00), and the tagger keeps that value, which
the TimeML scores read and which the clock times told after it run on from ("… the roof fell in at
about 1am" is on the 16th). What happens after that midnight happens on the next day, as a reader dates
it: the event's window, not the expression, moves on by one day. Only a midnight that ends an evening
or a night told before it: one dated by a day alone may open that day. A midnight named with its own day
("shortly after midnight on Sunday") is left to that day, and so is one reached "by" or "until" (the
evening's own end, "By midnight the roof had fallen in").
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Sequence

from explorer.temporal.lexicon import DAY_AND_MONTH_WORDS
from explorer.temporal.normalize import MAX_DAY
from explorer.temporal.timex import Timex

#: Right before "midnight": what puts the happening past it ("after", "shortly after", "just past",
#: "soon after", "a little after"); also inside the expression when the tagger took it in.
_AFTER_BEFORE = re.compile(r"(?i)\b(?:after|past)\s+(?:about\s+|around\s+)?$")

#: Right after "midnight": a day of its own ("on Sunday", ", Saturday 4 May", "that night", "last night").
_OWN_DAY_AFTER = re.compile(
    rf"(?i)\s*,?\s*(?:on\s+|of\s+)?(?:the\s+)?(?:(?:{DAY_AND_MONTH_WORDS})\b|\d|(?:that|this|last|next|"
    rf"yesterday|today|tonight|tomorrow)\b)")

#: a midnight value: the end of the day it closes
_MIDNIGHT_VALUE = re.compile(r"\d{4}-\d\d-\d\dT24:00")


#: an evening's or a night's value, or a clock time from 18:00: what a midnight told after it ends
_EVENING_VALUE = re.compile(r"\d{4}-\d\d-\d\dT(?:EV|NI|1[89]:\d\d|2[0-3]:\d\d)")


def after_midnight(text: str, timex: Timex, told_before: Sequence[Timex]) -> tuple[date, date] | None:
    """The next day's window for a happening told after a bare "midnight" (``timex``) that ends the
    evening or the night told before it (``told_before``: the time the tagger took its day from, and
    the last time of day told before it), or None.
    A midnight whose day is a day named alone ("Fri 6th … just after midnight", the page's own day)
    may open that day as well as close it, and is left as it is."""
    if timex.type != "TIME" or not _MIDNIGHT_VALUE.fullmatch(timex.value) or timex.parts \
            or not isinstance(timex.begin, date) or timex.begin != timex.end_day or timex.begin >= MAX_DAY:
        return None
    if not any(_EVENING_VALUE.fullmatch(t.value) and t.begin == timex.begin for t in told_before):
        return None
    words = timex.text.lower()
    head = words[: words.rfind("midnight")] if "midnight" in words else None
    if head is None:
        return None
    if not (_AFTER_BEFORE.search(head) or not head.strip() and _AFTER_BEFORE.search(text, max(0, timex.start - 30), timex.start)):
        return None
    if _OWN_DAY_AFTER.match(text, timex.end):
        return None
    day = timex.begin + timedelta(days=1)
    return day, day
