"""A run of weeks or days named as a part of a month or a year: "the second week of January", "the last
week of August", "the first two weeks of May 2010", "the final days of 1999".

TimeML (the readable WikiWars histories: "the last week of August", "the last two weeks of February
1951") writes the phrase as one duration with the period inside its span (``P1W``, ``P2W``; ``PXD``
for "days"), and our reading split it in two: "the last week" counted back from the page as a week
of its own, and "August" a whole month. On the timeline the happening then took the whole month, or
the week before the report. Read as one, the phrase keeps TimeML's value and gets the days of that
part (the second week of January is its 8th to 14th; the last week of August its last seven days;
"the final days" of a period its last week), so an event in it is drawn where it happened.

The period is read as any month or year is (its year, its tense); this module only notes where the
phrase starts (:func:`mark_parts`) and cuts the period's days down to the part (:func:`as_part`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from explorer.temporal import lexicon as lx
from explorer.temporal.grammar import Cand
from explorer.temporal.timex import Timex

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "opening": 1, "last": -1, "final": -1,
             "closing": -1}
#: "the second week of", "the last two weeks of", "the final days of", "the first ten days of"
_PART = re.compile(
    r"(?i)\bthe[ \t]+(?P<ord>first|second|third|fourth|opening|last|final|closing)[ \t]+"
    r"(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|few|\d{1,2})[ \t]+)?"
    r"(?P<unit>weeks?|days)[ \t]+of[ \t]+(?:the[ \t]+month[ \t]+of[ \t]+)?$")
#: how many days "the first days"/"the final days" of a period cover when no number is said: its
#: opening or closing week, the "few days" a reader would draw
_FEW_DAYS = 7


def mark_parts(text: str, cands: list[Cand]) -> list[Cand]:
    """Note, on each month or year said after "the <ordinal> week(s)/days of", where that phrase
    starts; a candidate inside the phrase ("the last week", "two weeks" read alone) goes."""
    inside: set[int] = set()
    for k, c in enumerate(cands):
        sp = c.spec
        if c.kind not in ("abs", "under") or sp is None or sp.gran not in ("M", "Y") or c.parts or c.rel is not None \
                or c.value or c.mod is not None or c.week_of is not None:
            continue
        m = _PART.search(text, max(0, c.start - 40), c.start)
        if m is None or not _fits(m, sp.gran):
            continue
        c.part_of = m.start()
        inside.update(j for j in range(max(0, k - 3), k) if m.start() <= cands[j].start and cands[j].end <= c.start)
    return [c for k, c in enumerate(cands) if k not in inside] if inside else cands


def _fits(m: re.Match[str], gran: str) -> bool:
    """A single numbered week ("the third week") is a month's; a year's weeks are counted from its
    end or its start only ("the first/last week of 1999")."""
    n = _count(m)
    unit = m["unit"].lower()
    if unit.startswith("week") and n is not None and n > (4 if gran == "M" else 52):
        return False
    return not (gran == "Y" and _ORDINALS[m["ord"].lower()] not in (1, -1))


def _count(m: re.Match[str]) -> int | None:
    """The number of weeks or days said, 1 for "week", None for a vague "days"/"few"."""
    if m["n"] is None:
        return 1 if m["unit"].lower() == "week" else None
    value = lx.number_value(m["n"])  # None for "few", as for no number at all
    return int(value) if value is not None else None


def as_part(text: str, start: int, period_start: int, period: Timex) -> tuple[Timex, str | None]:
    """``period`` (a month or a year said at ``period_start``, resolved) read as the part the phrase
    at ``start`` names: the period's value with the part's days and the whole phrase as its span, and
    TimeML's duration value for it (None when no part could be read).

    WHY two: the story stands in the part as in a date ("Two days later" after "the last week of
    August" counts from that August), so the resolver keeps the date while it walks the text and
    writes the duration only at the end (:func:`as_timeml`)."""
    m = _PART.search(text, start, period_start)
    if m is None or not isinstance(period.begin, date) or not isinstance(period.end_day, date):
        return period, None
    weeks = m["unit"].lower().startswith("week")
    n = _count(m)
    days = n * 7 if weeks and n is not None else n if n is not None else _FEW_DAYS
    which = _ORDINALS[m["ord"].lower()]
    try:
        if which == -1:
            last = period.end_day
            first = last - timedelta(days=days - 1)
        else:
            first = period.begin + timedelta(days=7 * (which - 1) if weeks and n == 1 else 0)
            last = first + timedelta(days=days - 1)
    except OverflowError:
        return period, None
    first, last = max(first, period.begin), min(last, period.end_day)
    part = replace(period, start=start, text=text[start:period.end], begin=first, end_day=last,
                   derivation=f"{m.group(0).strip()} {period.value} ({period.derivation})")
    return part, f"P{n if n is not None else 'X'}{'W' if weeks else 'D'}"


def as_timeml(t: Timex, duration: str) -> Timex:
    """The part as TimeML writes it: a duration of its weeks or days, its days kept for the timeline."""
    return replace(t, type="DURATION", value=duration, mod=None)


__all__ = ["mark_parts", "as_part", "as_timeml"]
