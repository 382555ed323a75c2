"""How dates and labels read on screen. Qt-free so the table, the tooltips and (later) exports agree."""

from __future__ import annotations

import re
from datetime import date

from explorer.calendar import EPOCH_ORDINAL, MONTH_NAMES, SECONDS_PER_DAY, days_in_month, year_label
from explorer.events.record import Event


def day_start_seconds(day: date) -> float:
    """UTC epoch seconds at the start of ``day``; via ordinals so years 1-9999 all work (no OS time)."""
    return (day.toordinal() - EPOCH_ORDINAL) * SECONDS_PER_DAY


#: Days and months before this year are worded ("21 Jul 365", "Jul 793"), as BC ones are.
WORDED_BEFORE_YEAR = 1000


def format_when(begin: date | None, end: date | None) -> str:
    """The shortest honest reading of an inclusive span: a day, a month, a year, or a range. Works on
    ``datetime.date`` and on :class:`explorer.calendar.Day` (any year: "264 BC", "Aug 216 BC")."""
    if begin is None:
        return "undated"
    end = end or begin
    # worded before AD 1000 as before AD 1: "21 Jul 365", not "0365-07-21" between "163" and "411"
    # in the Date column (an ISO year of four digits reads as a code there, h37g review)
    bc = begin.year < WORDED_BEFORE_YEAR or end.year < WORDED_BEFORE_YEAR
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


_ISO_PART = re.compile(r"^-?\d{4}(?:-\d\d){0,2}$")
_ERA = re.compile(r"\s(BC|AD)$")


def narrower_whens(text: str) -> list[str]:
    """Shorter readings of a range :func:`format_when` wrote, widest first, for a cell too narrow for
    it: the end's part shared with the beginning left out ("1990-08-10–16", "1984-07–09",
    "12 Aug 216–3 Sep 215 BC"), then, for a range across years, the years alone ("216–215 BC").
    Each still says where the range begins and ends (an elided middle, "1990-08…0-08-16", does not)."""
    if "–" not in text:
        return []
    first, last = text.split("–", 1)
    forms: list[str] = []
    if _ISO_PART.match(first) and _ISO_PART.match(last) and first.count("-") == last.count("-"):
        a, b = first.split("-"), last.split("-")
        shared = 0
        while shared < len(b) - 1 and a[shared] == b[shared]:
            shared += 1
        if shared:
            forms.append(f"{first}\u2013{'-'.join(b[shared:])}")
        if a[0] != b[0] and len(a) > 1:
            forms.append(f"{a[0]}\u2013{b[0]}")
        return forms
    era_a, era_b = _ERA.search(first), _ERA.search(last)
    if era_a and era_b and era_a[1] == era_b[1]:
        first = first[:era_a.start()]
        forms.append(f"{first}\u2013{last}")
    years = [first.split()[-1], last.split()[-2 if era_b else -1]]
    if all(y.isdigit() for y in years) and years[0] != years[1] and " " in first:
        forms.append(f"{years[0]}\u2013{years[1]}" + (f" {era_b[1]}" if era_b else ""))
    return forms


def event_when(event: Event) -> str:
    return format_when(event.begin, event.end)


def elide(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"
