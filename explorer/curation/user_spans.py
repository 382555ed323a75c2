"""The day spans a user gives an event: the TIMEX3 value written for them, and how an event anchored
on a re-dated one ("two weeks later") moves with it.

Kept apart from the project so the arithmetic on user dates has one home, testable without a project.
A span's ends are ``date`` within years 1-9999 and :class:`~explorer.calendar.Day` outside them (the
event record's convention, :func:`~explorer.calendar.calendar_day`), so everything here counts on
day ordinals and the proleptic calendar of :mod:`explorer.calendar`: "264 BC" re-dated by a user
spans, shifts and writes its value (``BC0264``) like any other year.
"""

from __future__ import annotations

from datetime import date
from typing import Callable, TypeVar

from explorer.calendar import Day, calendar_day, civil, days_in_month, ordinal

#: A calendar day of the event record: ``date`` for years 1-9999, ``Day`` beyond.
AnyDay = TypeVar("AnyDay", date, Day)

#: Days in 400 Gregorian years: weekdays and leap years repeat after it, so a reference moved by
#: whole cycles reads a relative phrase ("the spring", "two weeks later") exactly as the old one.
_CYCLE_DAYS = 146097
_CYCLE_YEARS = 400


def _ymd(day: date | Day) -> tuple[int, int, int]:
    return civil(day.toordinal())  # type: ignore[no-any-return]


def _year(year: int) -> str:
    """TIMEX3's year: four digits, or "BC" and the historians' year before 1 (-263 is "BC0264")."""
    return f"{year:04d}" if year >= 1 else f"BC{1 - year:04d}"


def _coarse(first: int, last: int) -> str | None:
    """The decade or century value of whole years ``first``..``last`` (astronomical), if they are one."""
    if first >= 1:
        return f"{first // 10:03d}" if first % 10 == 0 and last == first + 9 else None
    bc_first, bc_last = 1 - first, 1 - last  # historians' years: 479 .. 470 BC is the decade "BC047"
    if bc_first % 100 == 0 and bc_last == bc_first - 99:
        return f"BC{bc_first // 100 - 1:02d}"
    if bc_first % 10 == 9 and bc_last == bc_first - 9:
        return f"BC{bc_first // 10:03d}"
    return None


def value_for_span(begin: date | Day, end: date | Day) -> str:
    """A TIMEX3-style value for a user's span: day, month, year, decade (or a century before year 1),
    else an ISO interval. Years before 1 take TimeML's "BC" form, as the tagger writes them."""
    (by, bm, bd), (ey, em, ed) = _ymd(begin), _ymd(end)
    if begin == end:
        return begin.isoformat() if by >= 1 else f"{_year(by)}-{bm:02d}-{bd:02d}"
    if bd == 1 and (bm, by) == (em, ey) and ed == days_in_month(ey, em):
        return f"{_year(by)}-{bm:02d}"
    if (bm, bd, em, ed) == (1, 1, 12, 31):
        if by == ey:
            return _year(by)
        coarse = _coarse(by, ey)
        if coarse is not None:
            return coarse
    return f"{begin.isoformat()}/{end.isoformat()}"


def _whole_months(begin: date | Day, end: date | Day) -> bool:
    (_, _, bd), (ey, em, ed) = _ymd(begin), _ymd(end)
    return bd == 1 and ed == days_in_month(ey, em)


def _add_months(day: date | Day, months: int, last: bool = False) -> date | Day:
    y, m, d = _ymd(day)
    year, month = divmod(y * 12 + m - 1 + months, 12)
    month += 1
    last_day = days_in_month(year, month)
    return calendar_day(ordinal(year, month, last_day if last else min(d, last_day)))


def shift_like(begin: date | Day, end: date | Day, old_anchor: date | Day, new_anchor: date | Day) -> tuple[date | Day, date | Day]:
    """Move a span by the anchor's move, in whole months when both are month-aligned, else in days.
    The result may cross year 1 either way (an anchor re-dated from 1941 to 264 BC)."""
    (oy, om, od), (ny, nm, nd) = _ymd(old_anchor), _ymd(new_anchor)
    if _whole_months(begin, end) and od == nd == 1:
        months = (ny - oy) * 12 + nm - om
        return _add_months(begin, months), _add_months(end, months, last=True)
    delta = new_anchor.toordinal() - old_anchor.toordinal()
    return calendar_day(begin.toordinal() + delta), calendar_day(end.toordinal() + delta)


def read_from(
    read: Callable[[str, date], tuple[date | Day, date | Day] | None], phrase: str, reference: date | Day
) -> tuple[date | Day, date | Day] | None:
    """``read(phrase, reference)`` (the tagger's reading of a relative phrase) for a reference on any
    year: a reference before year 1, which ``date`` cannot hold, is moved forward by whole 400-year
    cycles, read there, and the days found are moved back by as many cycles."""
    if isinstance(reference, date):
        return read(phrase, reference)
    year = _ymd(reference)[0]
    cycles = (2000 - year) // _CYCLE_YEARS  # lands in 1601-2000, clear of year 1 both ways
    moved = calendar_day(reference.toordinal() + cycles * _CYCLE_DAYS)
    if not isinstance(moved, date):
        return None
    found = read(phrase, moved)
    if found is None:
        return None
    back = cycles * _CYCLE_DAYS
    return calendar_day(found[0].toordinal() - back), calendar_day(found[1].toordinal() - back)
