"""An undated act told after a dated one, when the next date opens another episode, takes that one's time.

``neighbour_bounds`` dates an act told with no date of its own by the window between the dated
events told before and after it (or between the one before and the page's date). Where the next
date opens a later paragraph and lies more than a season past the earlier one ("On the evening of
13 May the pit exploded. His men cleared the fallen roof and carried eleven miners to the surface.
¶ A memorial was unveiled in 1912"), it opens another episode of the story, not the end of this
one, and a window up to it puts a bar over months or years in which nothing of the act happened: a
reader places the act in the time the story has just told. The page's date more than a season on
is no step of the story either. The earlier neighbour must be a season or finer (a day, a week, a
month, a season): one dated only by a year or a longer span is background as often as it is the
story's time ("Orme, who first won the seat in 2010, conceded"), and the act keeps its window. So
does an act told after the start of something lasting ("The strike began on 3 May"), which may
fall on any day of it, and one told before a dated clause of its own sentence ("The residents
lodged an appeal, and on 9 July the tribunal dismissed it"). Where the next date is near, or told
in the same paragraph ("The keeper moved to the town, married a nurse and opened a shop. The shop
closed in 1999."), the story runs through the window, and an act told in it may fall on any of its
days (:mod:`explorer.events.story_day` narrows only a window of a few days).

Counted on the readable gold (session 34), acts bounded by an earlier neighbour of a season or finer
with the next date more than a season on in a later paragraph (or the page's date): 5 that the window
dated wrong lie in the earlier neighbour's time, none the gold dates by the whole window or
elsewhere, 10 the gold leaves undated (an inferred date either way). With the next date in the same
paragraph or near, the gold splits (some over the whole window, some at the earlier time): left.
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

#: How far (in days) past the earlier neighbour's last day the window must reach for its other end to
#: be a jump to another episode rather than the story running on: more than a season.
_JUMP_DAYS = 92


def _span(begin, end) -> int:
    gap = end - begin
    return gap.days if hasattr(gap, "days") else int(gap)


def in_the_story_s_time(bounded: Event, first: Event, last: Event | None = None, page=None,
                        text: str | None = None) -> Event:
    """``bounded``, an act dated by a window that opens at ``first`` (the dated event told before it)
    and closes at ``last`` (told after it; None for the page's date), narrowed to ``first``'s own time
    when that is a season or shorter and the window reaches more than a season past it. An act told
    before a dated clause of its own sentence ("The residents lodged an appeal, and on 9 July the
    tribunal dismissed it") is ordered by that clause, and keeps its window. ``page``: the page's
    date when ``last`` is a plan ahead of it, no step of the story: the window runs to the page.
    ``text``, the document's: ``last`` must open a later paragraph (with no text, nothing narrows)."""
    if bounded.begin is None or bounded.end is None or first.begin is None or first.end is None \
            or bounded.certainty != "inferred" or bounded.begin != first.begin \
            or last is not None and (last.sentence_start < bounded.sentence_end or text is None
                                     or "\n" not in text[bounded.sentence_end:last.sentence_start]):
        return bounded
    width = _span(first.begin, first.end)
    reach = bounded.end if page is None or page > bounded.end else page
    if width > _STORY_TIME_DAYS or _span(first.end, reach) <= _JUMP_DAYS or _A_START.search(first.title):
        return bounded
    return replace(bounded, end=first.end,
                   derivation=f"{bounded.derivation}; in the story's time {first.id}, the next date a season or more on")
