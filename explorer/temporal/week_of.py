"""A week or a weekend named by one of its days: "the week of 13 May", "the week beginning Monday 3
June", "the week ending 7 June", "w/c 10 June", "the weekend of 4 May".

School newsletters, rotas and trade figures name a week by a day in it. The day is read as any day
is (its year, its tense); the expression is then the ISO week that holds it (``2024-W20``), spanning
Monday to Sunday, with the phrase as its text. Read as the day alone, "sports day is in the week of 13
May" put the event on the Monday.

A weekend is named the same way ("the fair is on the weekend of 4 May", "we met the weekend of the
3rd"), and TimeML values it as that week's weekend (``2024-W18-WE``). Read apart, "the weekend" went
to the weekend nearest the document date and the day to a day of its own: two expressions, the first
one wrong. The weekend of a day is the Saturday and Sunday nearest it: the one after a Wednesday to a
Friday, the one just past for a Monday or a Tuesday ("the weekend of Monday 6 May" is the long weekend
a bank holiday closes).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from explorer.temporal.grammar import Cand
from explorer.temporal.headed_dates import HeadKind
from explorer.temporal.normalize import iso_week_span
from explorer.temporal.timex import Timex

_WEEK_OF = re.compile(r"(?i)\b(?:the[ \t]+(?P<we>(?:long[ \t]+|holiday[ \t]+|bank[ \t]+holiday[ \t]+)?weekend[ \t]+of"
                      r"|week[ \t]+(?:of|beginning|starting|commencing|ending|ended)(?:[ \t]+on)?)"
                      r"|w/c|w\.c\.)[ \t]+$")
_WEEKEND_START = re.compile(r"(?i)the[ \t]+(?:long[ \t]+|holiday[ \t]+|bank[ \t]+holiday[ \t]+)?weekend\b")


def _heads_a_day(c: Cand) -> bool:
    """A day said by its number or its weekday, with no clock or part of day: what "the week of" heads."""
    sp = c.spec
    return c.kind in ("abs", "under") and sp is not None and sp.gran == "D" and not c.parts and sp.clock is None \
        and sp.part_of_day is None and (sp.day is not None or sp.weekday is not None)


#: "the week of" (or beginning, ending ..., or "the weekend of") before a day: the week or weekend
#: that holds it, read by :func:`as_week`
WEEK_OF = HeadKind("week_of", _WEEK_OF, _heads_a_day)


def _weekend_nearest(day: date) -> date:
    """The Saturday of the weekend nearest ``day``: the one just past for a Monday or a Tuesday."""
    back = day.weekday() + 2 if day.weekday() <= 1 else day.weekday() - 5
    return day - timedelta(days=back)


def as_week(text: str, start: int, day: Timex) -> Timex:
    """``day`` read as the week (or the weekend) that holds it, its span the whole phrase from ``start``."""
    if not isinstance(day.begin, date) or day.begin != day.end_day:
        return day
    weekend = _WEEKEND_START.match(text, start) is not None
    try:
        anchor = _weekend_nearest(day.begin) if weekend else day.begin
        year, week, _ = anchor.isocalendar()
        first, last = iso_week_span(year, week)
    except (OverflowError, ValueError):
        return day  # the calendar's first or last week runs past its edge: the day alone, as said
    if weekend:
        first = first + timedelta(days=5)
    kind = "weekend" if weekend else "week"
    return replace(day, start=start, text=text[start:day.end], type="DATE",
                   value=f"{year:04d}-W{week:02d}{'-WE' if weekend else ''}", begin=first, end_day=last,
                   derivation=f"the {kind} of {day.value} ({day.derivation})")


__all__ = ["WEEK_OF", "as_week"]
