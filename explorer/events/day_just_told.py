"""An undated act told in the very sentence after a dated day belongs to that day.

Two readers ask it: ``story_day.on_the_story_day`` of an act bounded by the window between two dated
neighbours, and ``story_time.carry_story_time`` of an act carried at a history's current time (which
otherwise widens a day to the rest of its month). Both put an act told straight after a day, telling no
time passing, on that day, as a reader does ("Shortly after midnight on the 12th the wall slid away.
Sixty-one people died."). It lives apart so that both can read it without importing each other.
"""

from __future__ import annotations

import re

from explorer.events.record import Event


def span_days(event: Event) -> int | None:
    """The days from an event's first to its last (0 for one day); None when it is undated."""
    if event.begin is None or event.end is None:
        return None
    gap = event.end - event.begin
    return gap.days if hasattr(gap, "days") else int(gap)


#: Words by which a sentence tells its act as coming some time after what was told before it
#: ("later", "within weeks", "eventually", "by the summer"): no act of the day the story stands at.
_TIME_PASSES = re.compile(
    r"(?i)\b(?:later|then|afterwards?|eventually|subsequently|soon|finally|ultimately|within|after|until|till|"
    r"by\s+(?:the|then|now)|next|following|meanwhile|since|days|weeks|months|years|once|through|throughout|over|"
    r"during)\b")


#: A list of three acts or more ("moved to the town, married a nurse and opened a shop"): acts in a row,
#: over days or years (two clauses joined by "and" are one day's as often: "One was killed, and three
#: were airlifted", "They were released on bail, and the case was sent to the Crown Court").
_SEVERAL_CLAUSES = re.compile(r"\b[a-z]+ed\b[^.,;]*,\s+[a-z]+ed\b[^.,;]*,?\s+and\s+[a-z]+ed\b")

#: A day that opens a state lasting up to the next date ("The harbour closed on 2 June", "Work was
#: halted"): what is told in it may fall on any day of it.
_A_CLOSURE = re.compile(r"(?i)(?<!\bto )\b(?:closes|closed|shuts|suspends|suspended|halts|halted)\b")

#: The widest window (in days) an act told in the very next sentence is narrowed from: a season's
#: story; across years the next sentence may sum up a life ("moved to the town and opened a shop").
_NEXT_SENTENCE_WINDOW_DAYS = 62


def told_in_the_next_sentence(text: str | None, bounded: Event, first: Event) -> bool:
    """Whether ``bounded``'s sentence comes straight after ``first``'s in the same paragraph and tells
    one act with no word of time passing: "The fire started at 02:40 on 9 April, when the pipe split.
    Two operators were killed as they tried to close a valve." A reader puts it on that day though the
    next date is weeks off (the six-day window in :func:`explorer.events.story_day.on_the_story_day` is
    for any sentence after).
    Counted on the readable and opened gold (session 52): the rule dates 9 more acts right (the gold's
    day is the earlier one) and none wrong; a window of years, a list of three acts or a word of time
    passing ("through an appeal", "within weeks") keeps the window."""
    if text is None or not 0 <= bounded.sentence_start - first.sentence_end <= 3 \
            or span_days(bounded) > _NEXT_SENTENCE_WINDOW_DAYS or _A_CLOSURE.search(first.title):
        return False
    between = text[first.sentence_end:bounded.sentence_start]
    return "\n" not in between and _TIME_PASSES.search(bounded.sentence) is None \
        and _SEVERAL_CLAUSES.search(bounded.sentence) is None
