"""A weekday that labels an item of a programme takes its day from the programme's week, not from the
page's date.

"The festival runs from Friday 12 July to Sunday 14 July 2024." then "Friday: opening concert on the
quay", "Saturday: parade through the old town": a festival's, a show week's or a conference's page lists
what happens on each day under a weekday label. The tagger reads a bare weekday against the page's date
(the Friday before a page posted on 2 July), but the label names a day of the span the page announced:
the Friday of 12 to 14 July. So a weekday that opens its line as a label (a colon or a dash after it)
takes the day of that name inside the last span of a few days (at most :data:`_LONGEST_WEEK` days)
told before it, when the span holds a day of that name. A weekday in a sentence ("on Saturday the club
met") and a label with no such span before it are left as they were. Nothing here knows any particular
name, place or date.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Sequence

from explorer.events.record import Event
from explorer.temporal.lexicon import FULL_WEEKDAYS, WEEKDAYS
from explorer.temporal.timex import Timex

#: A weekday label opening its line: "Saturday:", "Sat –", "Friday -".
_LABEL = re.compile(r"\s*(?:[-\u2022*]\s+)?(?P<day>mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
                    r"\s*(?::|\s[-\u2013\u2014])\s", re.IGNORECASE)
#: The longest span read as a programme's week (days, inclusive).
_LONGEST_WEEK = 14


def on_the_programme_s_day(events: Sequence[Event], text: str, timexes: Sequence[Timex]) -> list[Event]:
    """Each event told under a weekday label (see the module's docstring) on that weekday of the last
    short span told before it; the others unchanged."""
    spans = sorted((t for t in timexes if t.type == "DATE" and isinstance(t.begin, date) and isinstance(t.end_day, date)
                    and 1 <= (t.end_day - t.begin).days < _LONGEST_WEEK), key=lambda t: t.start)
    if not spans:
        return list(events)
    out = []
    for e in events:
        line_start = text.rfind("\n", 0, e.sentence_start) + 1
        m = _LABEL.match(text, line_start)
        if m is None or not e.timex or e.timex_start != m.start("day"):
            out.append(e)
            continue
        before = [t for t in spans if t.end <= line_start]
        if not before:
            out.append(e)
            continue
        span = before[-1]
        want = WEEKDAYS[m.group("day").lower()[:3]]
        day = span.begin + timedelta(days=(want - span.begin.weekday()) % 7)
        if day > span.end_day:
            out.append(e)
            continue
        out.append(replace(e, begin=day, end=day, value=day.isoformat(), certainty="inferred",
                           derivation=f"the {FULL_WEEKDAYS[want]} of {span.begin.isoformat()} to {span.end_day.isoformat()}: a programme's day"))
    return out
