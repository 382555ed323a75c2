"""How dates and labels read on screen. Qt-free so the table, the tooltips and (later) exports agree."""

from __future__ import annotations

from datetime import date

from explorer.calendar import EPOCH_ORDINAL, MONTH_NAMES, SECONDS_PER_DAY, days_in_month, year_label
from explorer.events.record import Event


def day_start_seconds(day: date) -> float:
    """UTC epoch seconds at the start of ``day``; via ordinals so years 1-9999 all work (no OS time)."""
    return (day.toordinal() - EPOCH_ORDINAL) * SECONDS_PER_DAY


def format_when(begin: date | None, end: date | None) -> str:
    """The shortest honest reading of an inclusive span: a day, a month, a year, or a range. Works on
    ``datetime.date`` and on :class:`explorer.calendar.Day` (any year: "264 BC", "Aug 216 BC")."""
    if begin is None:
        return "undated"
    end = end or begin
    bc = begin.year < 1 or end.year < 1
    if end <= begin:
        return _day_bc(begin) if bc else begin.isoformat()
    whole_years = begin.month == 1 and begin.day == 1 and end.month == 12 and end.day == 31
    if whole_years:
        if begin.year == end.year:
            return year_label(begin.year)
        return f"{year_label(begin.year)}\u2013{year_label(end.year)}"
    last_day = days_in_month(end.year, end.month)
    whole_months = begin.day == 1 and end.day == last_day
    if whole_months:
        if bc:
            first = f"{MONTH_NAMES[begin.month - 1][:3]} {year_label(begin.year)}"
            if (begin.year, begin.month) == (end.year, end.month):
                return first
            return f"{first}\u2013{MONTH_NAMES[end.month - 1][:3]} {year_label(end.year)}"
        if (begin.year, begin.month) == (end.year, end.month):
            return f"{begin.year:04d}-{begin.month:02d}"
        return f"{begin.year:04d}-{begin.month:02d}\u2013{end.year:04d}-{end.month:02d}"
    if bc:
        return f"{_day_bc(begin)}\u2013{_day_bc(end)}"
    return f"{begin.isoformat()}\u2013{end.isoformat()}"


def _day_bc(day) -> str:
    return f"{day.day} {MONTH_NAMES[day.month - 1][:3]} {year_label(day.year)}"


def event_when(event: Event) -> str:
    return format_when(event.begin, event.end)


def elide(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"
