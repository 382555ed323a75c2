"""An undated act told after a day of the story belongs to that day, not to the days up to the next date.

Why: ``neighbour_bounds.bound_by_neighbours`` dates an act told with no date of its own by the window
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

:func:`explorer.events.neighbour_bounds.bound_by_neighbours` asks this with the two neighbours it
bounded the act by, as records: the step needs nothing but them and the act.
"""

from __future__ import annotations

import re
from dataclasses import replace

from explorer.events.record import Event

#: A title telling the start of something lasting ("The strike begins", "Voting starts").
_A_START = re.compile(r"(?i)\b(?:begins?|began|begun|starts?|started|commences?|commenced)\b")

#: The widest window (in days) still read as "the story's day, then the next date".
_SHORT_WINDOW_DAYS = 6


def _days(event: Event) -> int | None:
    if event.begin is None or event.end is None:
        return None
    gap = event.end - event.begin
    return gap.days if hasattr(gap, "days") else int(gap)


def on_the_story_day(bounded: Event, first: Event, last: Event) -> Event:
    """``bounded``, an act just dated by the window between its neighbours ``first`` (told before
    it) and ``last`` (after it), takes ``first``'s day when that is a single day, the window is a few
    days and ``last`` is told in a later sentence (see the module's docstring); otherwise it keeps
    the window."""
    width = _days(bounded)
    if (width is None or not 1 <= width <= _SHORT_WINDOW_DAYS or _days(first) != 0 or bounded.begin != first.begin
            or _A_START.search(first.title) or last.sentence_start < bounded.sentence_end):
        return bounded
    return replace(bounded, end=bounded.begin,
                   derivation=f"{bounded.derivation}; on the story's day {first.id}, before the next date")
