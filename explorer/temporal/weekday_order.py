"""Two bare weekdays of one sentence, told in order, are in that order on the calendar.

"Police said the man had entered the house on Monday and returned on Wednesday", read on a Tuesday:
each weekday alone takes the one gone by (Monday the day before, Wednesday six days back), which puts
the return before the entry. Acts joined by "and", "then" or "before" are told in the order they
happened, so the pair is the Monday and Wednesday of the week before (both still before the page's
day). Ahead, "The band will arrive on Sunday and leave on Thursday" is that Sunday and the Thursday
after it, not the Thursday before it. A weekday a report is dated by ("said on Monday that the man
had entered on Wednesday") tells no order: the words between name a saying, and are left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from explorer.temporal.timex import Timex
from explorer.temporal.yearless import told_in

_PAST, _FUTURE = told_in("past"), told_in("future")
#: a weekday alone ("Monday", "on Wednesday"), with no date or part of the day of its own
_BARE_WEEKDAY = re.compile(r"(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day")
#: what joins two acts told in sequence: "and", "then", "before" (not "until": "formed Monday might not
#: clear until Friday" sets a limit, told from another clause)
#: and a verb after it, in lower case ("and returned", "then flew"): "attacks in Kenya and Tanzania
#: Friday" joins two names, no acts
_IN_SEQUENCE = re.compile(r"\b(?i:and|then|before)\s+[a-z]")
#: what makes the first weekday the day of a saying, or the second part of another clause
_NO_SEQUENCE = re.compile(r"(?i)\b(?:that|who|which|whom|whose|while|after|since|said|says|told|tells|reported|announced|"
                          r"but|or)\b|[;:()\"“”]")
_WEEK = timedelta(days=7)
#: how a weekday told in a past perfect, counted back from the story's day, is derived (named_days.py)
_PAST_PERFECT = "told in a past perfect"


def _moved(t: Timex, by: timedelta) -> Timex:
    assert isinstance(t.begin, date)
    day = t.begin + by
    return replace(t, value=day.isoformat(), begin=day, end_day=day, certainty="inferred",
                   derivation=f"{t.derivation}; a week {'back' if by.days < 0 else 'on'}, in the order told")


def _is_page_day(t: Timex) -> bool:
    """Whether ``t`` is the page's own day (its derivation counts it from the document date, no days off)."""
    m = re.match(r"document date (\d{4}-\d\d-\d\d)", t.derivation)
    return m is not None and isinstance(t.begin, date) and t.begin.isoformat() == m[1]


def _tense_told(t: Timex) -> str | None:
    """The tense that chose the weekday gone by or the coming one, from how ``t`` was derived."""
    if t.derivation.endswith(_PAST) or t.derivation.startswith(_PAST_PERFECT):
        return _PAST
    return _FUTURE if t.derivation.endswith(_FUTURE) else None


def in_told_order(out: list[Timex], t: Timex, text: str, sentence_start: int) -> tuple[int | None, Timex] | None:
    """The weekday to move so that ``t`` and the weekday told before it in its sentence keep the
    order told: (index in ``out`` of the earlier weekday, moved) for the past, (None, ``t`` moved)
    ahead; None when nothing moves."""
    if t.type != "DATE" or not _BARE_WEEKDAY.fullmatch(t.text) or not isinstance(t.begin, date):
        return None
    tense = _tense_told(t)
    if tense is None:
        return None
    for i in range(len(out) - 1, -1, -1):
        prev = out[i]
        if prev.start < sentence_start:
            return None
        if prev.type not in ("DATE", "TIME"):
            continue
        if not _BARE_WEEKDAY.fullmatch(prev.text) or _tense_told(prev) != tense \
                or not isinstance(prev.begin, date):
            return None  # the day last told has a date or a part of its own: it is not counted here
        between = text[prev.end:t.start]
        if not _IN_SEQUENCE.search(between) or _NO_SEQUENCE.search(between) or prev.begin <= t.begin:
            return None
        if tense == _PAST:
            # (never the page's own day: "The government Saturday condemned ...", read on a Saturday)
            return None if _is_page_day(prev) \
                else (i, _moved(prev, -_WEEK))
        return None, _moved(t, _WEEK)
    return None


__all__ = ["in_told_order"]
