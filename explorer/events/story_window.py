"""An undated act told after a dated one takes that one's time, not the whole stretch up to the next date.

``neighbour_bounds`` dates an act told with no date of its own by the window between the dated
events told before and after it (or between the one before and the page's date). Where the next
date is far on ("The Elm Street bridge opened in March. Crowds walked across it. … In July the tolls
were cut"), that window covers months the story has not reached yet: a reader places the act in the
time the story has just told, the month of "in March", and moves on only when the text gives the
next date. :mod:`explorer.events.story_day` narrows a window of a few days to the story's day; this
narrows any window to the earlier neighbour's time when that time is no longer than a season: a
day, a week, a month or a season. A neighbour dated only by a year or a longer span is background
as often as it is the story's time ("Orme, who first won the seat in 2010, conceded"), and the act
keeps its window; so does an act told after the start of something lasting ("The strike began on
3 May"), which may fall on any day of it.

Counted on the readable gold (session 34): of the acts so bounded whose earlier neighbour is a
season or finer, 26 that the window dated wrong lie in that neighbour's time, and none that the
window dated right lies outside it (an act the gold leaves undated keeps an inferred date either way).
"""

from __future__ import annotations

import re
from dataclasses import replace

from explorer.events.record import Event

#: A title telling the start of something lasting ("The strike begins", "Voting starts").
_A_START = re.compile(r"(?i)\b(?:begins?|began|begun|starts?|started|commences?|commenced)\b")

#: The longest time (in days, last day minus first) of an earlier neighbour still read as the story's
#: current time: a season ("the summer", 1 June to 31 August, is 91).
_STORY_TIME_DAYS = 92


def _span(begin, end) -> int:
    gap = end - begin
    return gap.days if hasattr(gap, "days") else int(gap)


def in_the_story_s_time(bounded: Event, first: Event) -> Event:
    """``bounded``, an act dated by a window that opens at ``first`` (the dated event told before it),
    narrowed to ``first``'s own time when that is a season or shorter and the window is wider."""
    if bounded.begin is None or bounded.end is None or first.begin is None or first.end is None \
            or bounded.certainty != "inferred" or bounded.begin != first.begin:
        return bounded
    width = _span(first.begin, first.end)
    if width > _STORY_TIME_DAYS or _span(bounded.begin, bounded.end) <= width or _A_START.search(first.title):
        return bounded
    return replace(bounded, end=first.end,
                   derivation=f"{bounded.derivation}; in the story's time {first.id}, the next date further on")
