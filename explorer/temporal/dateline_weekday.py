"""The year of a yearless dateline, from the weekdays its lead names.

Wire copy prints its dateline without the year ("BRESKA, Aug 6 (Tidewire) -") and, by the agencies'
style, names the days of its news by weekday, not by "today": "... reported a loss on Wednesday". The
story's own day is then one of the weekdays its lead names. A month and day falls on a given weekday
only one year in six or seven, so among the few years around the latest year the text writes out ("a
forecast for 2025", "4 percent in 2027", "a moratorium in 1997") the weekday may pick one: only when
exactly one year fits (a lead naming Monday and Thursday often fits two, and then says nothing), and
never a year before something the text reports as past.

Nothing here knows the document: :mod:`explorer.temporal.document_date` passes in the lead, the
dateline's month and day, the years the text states and the bounds the rest of the text sets.
"""

from __future__ import annotations

from datetime import date

from explorer.temporal.grammar import find_candidates
from explorer.temporal.normalize import valid_day

#: How many years before and after the latest year the text writes out the story's own year may be:
#: a story states its year or the next ("profit for 2025", "a rise of 4 percent in 2027"), or looks
#: back a year or two to the last thing of note ("a moratorium on new farms in 1997", told in 1999).
YEARS_BEFORE_LATEST = 1
YEARS_AFTER_LATEST = 2


def lead_weekdays(lead: str) -> frozenset[int]:
    """The bare weekdays a lead names ("sued on Monday ... and on Wednesday ordered": Monday and
    Wednesday), as ``date.weekday()`` numbers; a counted one ("last Monday", "next Friday") or one
    with its own month and day ("Monday, March 9") names another week's day or dates itself."""
    found = set()
    for c in find_candidates(lead):
        spec = c.spec
        if spec is None or c.parts or spec.weekday is None or spec.month is not None or spec.day is not None:
            continue
        if c.rel is None:
            found.add(spec.weekday)
    return frozenset(found)


def year_by_lead_weekday(month: int, day: int, weekdays: frozenset[int], years: frozenset[int],
                         today: date, not_before: date | None = None, past_years: frozenset[int] = frozenset()) -> date | None:
    """The day ``month``/``day`` in the one year, near the latest of ``years``, in which it falls on
    one of the lead's ``weekdays``. None when no year fits or more than one does (a lead naming
    Monday and Thursday fits two years as readily as one: the weekday no longer says which), when the
    text states no year, or when the one that fits lies after ``today`` or before ``not_before`` (what
    the text reports as past, whatever its granularity: "the mill closed in June 2025" is never told
    in a story filed the March before).

    Nor is it one of ``past_years``, the years the text writes out for what it tells as past: wire
    style leaves the year off the current year's dates ("the dike gave way on July 17") and writes it
    only for another year's ("a moratorium on new farms in 1997"), so a lead naming Monday and
    Wednesday over "Aug 11" is from 1999, not from the 1997 it tells as past, where Monday fits too."""
    if not weekdays or not years:
        return None
    latest = max(years)
    fits: list[date] = []
    for y in range(latest - YEARS_BEFORE_LATEST, latest + YEARS_AFTER_LATEST + 1):
        if not 1 <= y <= 9999 or not valid_day(y, month, day) or y in past_years:
            continue
        then = date(y, month, day)
        if then.weekday() in weekdays:
            fits.append(then)
    if len(fits) != 1:
        return None  # no year, or two: the weekday does not say which
    then = fits[0]
    if then > today or not_before is not None and then < not_before:
        return None
    return then
