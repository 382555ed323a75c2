"""A week named by one of its days: "the week of 13 May", "the week beginning Monday 3 June", "the
week ending 7 June", "w/c 10 June".

School newsletters, rotas and trade figures name a week by a day in it. The day is read as any day
is (its year, its tense); the expression is then the ISO week that holds it (``2024-W20``), spanning
Monday to Sunday, with the phrase as its text. Read as the day alone, "sports day is in the week of 13
May" put the event on the Monday.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from explorer.temporal.grammar import Cand
from explorer.temporal.normalize import iso_week_span
from explorer.temporal.timex import Timex

_WEEK_OF = re.compile(r"(?i)\b(?:the[ \t]+week[ \t]+(?:of|beginning|starting|commencing|ending|ended)(?:[ \t]+on)?"
                      r"|w/c|w\.c\.)[ \t]+$")


def mark_weeks_of(text: str, cands: list[Cand]) -> None:
    """Note, on each day said after "the week of" (or beginning, ending ...), where that phrase starts."""
    for c in cands:
        sp = c.spec
        if c.kind not in ("abs", "under") or sp is None or sp.gran != "D" or c.parts or sp.clock is not None \
                or sp.part_of_day is not None or (sp.day is None and sp.weekday is None):
            continue
        m = _WEEK_OF.search(text, max(0, c.start - 32), c.start)
        if m is not None:
            c.week_of = m.start()


def as_week(text: str, start: int, day: Timex) -> Timex:
    """``day`` read as the week that holds it, its span the whole phrase from ``start``."""
    if not isinstance(day.begin, date) or day.begin != day.end_day:
        return day
    year, week, _ = day.begin.isocalendar()
    try:
        first, last = iso_week_span(year, week)
    except (OverflowError, ValueError):
        return day  # the calendar's last week runs past 31 December 9999: the day alone, as said
    return replace(day, start=start, text=text[start:day.end], type="DATE", value=f"{year:04d}-W{week:02d}",
                   begin=first, end_day=last, derivation=f"the week of {day.value} ({day.derivation})")


__all__ = ["mark_weeks_of", "as_week"]
