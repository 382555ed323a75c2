"""The day spans a user gives an event: the TIMEX3 value written for them, and how an event anchored
on a re-dated one ("two weeks later") moves with it.

Kept apart from the project so the arithmetic on user dates has one home, testable without a project.
"""

from __future__ import annotations

import calendar
from datetime import date


def value_for_span(begin: date, end: date) -> str:
    """A TIMEX3-style value for a user's span: day, month, year or decade, else an ISO interval."""
    if begin == end:
        return begin.isoformat()
    if begin.day == 1 and begin.month == end.month and begin.year == end.year and end.day == calendar.monthrange(end.year, end.month)[1]:
        return f"{begin.year:04d}-{begin.month:02d}"
    if (begin.month, begin.day, end.month, end.day) == (1, 1, 12, 31):
        if begin.year == end.year:
            return f"{begin.year:04d}"
        if begin.year % 10 == 0 and end.year == begin.year + 9:
            return f"{begin.year // 10:03d}"
    return f"{begin.isoformat()}/{end.isoformat()}"


def _whole_months(begin: date, end: date) -> bool:
    return begin.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]


def _add_months(day: date, months: int, last: bool = False) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last_day = calendar.monthrange(year, month)[1]
    return date(year, month, last_day if last else min(day.day, last_day))


def shift_like(begin: date, end: date, old_anchor: date, new_anchor: date) -> tuple[date, date]:
    """Move a span by the anchor's move, in whole months when both are month-aligned, else in days."""
    if _whole_months(begin, end) and old_anchor.day == new_anchor.day == 1:
        months = (new_anchor.year - old_anchor.year) * 12 + new_anchor.month - old_anchor.month
        return _add_months(begin, months), _add_months(end, months, last=True)
    delta = new_anchor - old_anchor
    return begin + delta, end + delta
