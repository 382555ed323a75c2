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
phrase starts (:data:`PART_OF`, headed_dates.py) and cuts the period's days down to the part (:func:`as_part`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from explorer.temporal import lexicon as lx
from explorer.temporal.grammar import Cand
from explorer.temporal.grammar.blocks import NUMW
from explorer.temporal.headed_dates import HeadKind
from explorer.temporal.timex import Timex

#: the ordinals a part is counted by: a month has four whole weeks, so "the fifth week of May" is none;
#: "the opening (closing) days" are its first (last) ones
_ORDINALS = {w: n for w, n in lx.ORDINALS.items() if n in (1, 2, 3, 4, -1)} | {"opening": 1, "closing": -1}
#: "the second week of", "the last two weeks of", "the final days of", "the first ten days of"
_PART = re.compile(
    rf"(?i)\bthe[ \t]+(?P<ord>{lx.alternation(_ORDINALS)})[ \t]+"
    rf"(?:(?P<n>{NUMW}|few|\d{{1,2}})[ \t]+)?"
    r"(?P<unit>weeks?|days)[ \t]+of[ \t]+(?:the[ \t]+month[ \t]+of[ \t]+)?$")
#: how many days "the first days"/"the final days" of a period cover when no number is said: its
#: opening or closing week, the "few days" a reader would draw
_FEW_DAYS = 7
#: how many weeks "the last few weeks"/"the final weeks" of a period cover: a few is about three (a
#: week alone would be "the last week"; two, "the last two weeks"), so not the seven days of "the
#: final days", which drew the happening in one week of the weeks the writer meant
_FEW_WEEKS = 3


def _heads_a_period(c: Cand) -> bool:
    """A month or a year said alone (no range, no "last", no modifier): what a part is said of."""
    sp = c.spec
    return c.kind in ("abs", "under") and sp is not None and sp.gran in ("M", "Y") and not c.parts and c.rel is None \
        and not c.value and c.mod is None


def _fits(m: re.Match[str], c: Cand) -> bool:
    """A single numbered week ("the third week") is a month's; a year's weeks are counted from its
    end or its start only ("the first/last week of 1999")."""
    assert c.spec is not None
    gran = c.spec.gran
    n = _count(m)
    unit = m["unit"].lower()
    if unit.startswith("week") and n is not None and n > (4 if gran == "M" else 52):
        return False
    return not (gran == "Y" and _ORDINALS[m["ord"].lower()] not in (1, -1))


#: "the second week of January", "the final days of 1999": that part of the month or year, read by
#: :func:`as_part`
PART_OF = HeadKind("part_of", _PART, _heads_a_period, _fits)


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
    if n is not None:
        days = n * 7 if weeks else n
    else:
        days = _FEW_WEEKS * 7 if weeks else _FEW_DAYS
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


__all__ = ["PART_OF", "as_part", "as_timeml"]
