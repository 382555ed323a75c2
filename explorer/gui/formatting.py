"""How dates and labels read on screen. Qt-free so the table, the tooltips and (later) exports agree."""

from __future__ import annotations

import calendar
from datetime import date

from explorer.calendar import year_label
from explorer.events.record import Event

_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
SECONDS_PER_DAY = 86400.0


def day_start_seconds(day: date) -> float:
    """UTC epoch seconds at the start of ``day``; via ordinals so years 1-9999 all work (no OS time)."""
    return (day.toordinal() - _EPOCH_ORDINAL) * SECONDS_PER_DAY


def format_when(begin: date | None, end: date | None) -> str:
    """The shortest honest reading of an inclusive span: a day, a month, a year, or a range."""
    if begin is None:
        return "undated"
    end = end or begin
    if end <= begin:
        return begin.isoformat()
    whole_years = begin.month == 1 and begin.day == 1 and end.month == 12 and end.day == 31
    if whole_years:
        # year_label: a year before 1 reads as historians write it ("264 BC", not astronomical -263)
        return year_label(begin.year) if begin.year == end.year else f"{year_label(begin.year)}\u2013{year_label(end.year)}"
    last_day = calendar.monthrange(end.year, end.month)[1]
    whole_months = begin.day == 1 and end.day == last_day
    if whole_months:
        if (begin.year, begin.month) == (end.year, end.month):
            return f"{begin.year:04d}-{begin.month:02d}"
        return f"{begin.year:04d}-{begin.month:02d}\u2013{end.year:04d}-{end.month:02d}"
    return f"{begin.isoformat()}\u2013{end.isoformat()}"


def event_when(event: Event) -> str:
    return format_when(event.begin, event.end)


def elide(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"
