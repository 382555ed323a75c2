"""An undated act told after a day of the story belongs to that day, not to the days up to the next date.

Why: ``undated_events.bound_by_neighbours`` dates an act told with no date of its own by the window
between the dated events before and after it, which is honest when the two are far apart. When the
one before is a single day and the one after is a later sentence a few days on ("On Sunday the river
burst its banks. Firefighters evacuated a care home. On Tuesday the water fell"), the act is told as
part of the day the story has reached, and the next date is where the story moves on: a window over
the following days puts the mark on days nothing happened. Counted on the readable gold (session
seventeen): of 12 such windows of one to six days, 11 were the earlier neighbour's day, one the window.
An act before a dated clause of its own sentence ("tabled a motion, and on 4 December passed it") is
bounded by that clause, and keeps its window; so is an act told after the start of something lasting
("The strike began on 3 May. A farmer was injured. Talks resumed on 9 May"), which may fall on any day
of it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from explorer.events.record import Event

#: The neighbours named by ``bound_by_neighbours`` in an event's derivation.
_BOUNDED = re.compile(r"bounded by neighbours (?P<first>\S+) and (?P<last>[^\s;]+)")

#: A title telling the start of something lasting ("The strike begins", "Voting starts").
_A_START = re.compile(r"(?i)\b(?:begins?|began|begun|starts?|started|commences?|commenced)\b")

#: The widest window (in days) still read as "the story's day, then the next date".
_SHORT_WINDOW_DAYS = 6


def _days(event: Event) -> int | None:
    if event.begin is None or event.end is None:
        return None
    gap = event.end - event.begin
    return gap.days if hasattr(gap, "days") else int(gap)


def on_the_story_day(events: Sequence[Event]) -> list[Event]:
    """Acts bounded by a single day before them and a date a few days on in a later sentence take the
    earlier day (see the module's docstring); every other event is returned as it was."""
    by_id = {e.id: e for e in events}
    out: list[Event] = []
    for event in events:
        found = _BOUNDED.search(event.derivation) if event.certainty == "inferred" else None
        first = by_id.get(found.group("first")) if found else None
        last = by_id.get(found.group("last")) if found else None
        width = _days(event)
        if (first is None or last is None or width is None or not 1 <= width <= _SHORT_WINDOW_DAYS
                or _days(first) != 0 or event.begin != first.begin or _A_START.search(first.title)
                or last.sentence_start < event.sentence_end):
            out.append(event)
            continue
        out.append(replace(event, end=event.begin,
                           derivation=f"{event.derivation}; on the story's day {first.id}, before the next date"))
    return out
