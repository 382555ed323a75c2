"""TimelineJS 3 JSON: a file TimelineJS renders as it is (``new TL.Timeline(id, 'events.json')``).

Dates carry only the precision the event has: a day gives year/month/day, a month year/month, a year
just the year; other spans get an end date, and that end is always the span's last day in full
(TimelineJS reads ``{"year": 2004}`` as 1 January 2004, which would cut a span short by a year).
``display_date`` is written from the event's dates, not from its words: "May" alone hides the year,
and would survive the user's re-dating; a year before 1 is written as a reader writes it ("264 BC",
not the astronomical "-263" that ``year`` carries, as JavaScript's ``Date`` numbers years). Undated events cannot be placed and are left out.
Text fields are HTML in TimelineJS, so sentences and notes are escaped. Each slide also carries the
event's full record (``record``: the fields of ``extract --format jsonl``), which TimelineJS ignores.
"""

from __future__ import annotations

import calendar
import json
from datetime import date
from html import escape
from typing import Any, Iterable, Mapping, TextIO

from explorer.calendar import Day, days_in_month, year_label
from explorer.curation.model import Curation
from explorer.events.record import Event


def _date(day: date | Day, precision: str) -> dict[str, Any]:
    out: dict[str, Any] = {"year": day.year}
    if precision in ("month", "day"):
        out["month"] = day.month
    if precision == "day":
        out["day"] = day.day
    return out


def _precision(begin: date | Day, end: date | Day) -> tuple[str, bool]:
    """(precision of the start, whether an end date is needed)."""
    if begin == end:
        return "day", False
    if begin.day == 1 and end.day == days_in_month(end.year, end.month):
        if (begin.year, begin.month) == (end.year, end.month):
            return "month", False
        if begin.month == 1 and end.month == 12:
            return ("year", begin.year != end.year)
        return "month", True
    return "day", True


def _day_text(day: date | Day, precision: str) -> str:
    year = year_label(day.year)
    if precision == "year":
        return year
    if precision == "month":
        return f"{calendar.month_name[day.month]} {year}"
    return f"{day.day} {calendar.month_name[day.month]} {year}"


def display_date(begin: date | Day, end: date | Day) -> str:
    """How a reader writes the span: "12 May 2019", "May 2019", "2019", "2001 – 2004",
    "March – May 2019", "11 – 17 March 2019", "264 BC – 241 BC"."""
    precision, spans = _precision(begin, end)
    first = _day_text(begin, precision)
    if not spans:
        return first
    if precision == "year":
        return f"{year_label(begin.year)} – {year_label(end.year)}"
    if precision == "month" and begin.year == end.year:
        return f"{calendar.month_name[begin.month]} – {_day_text(end, precision)}"
    if precision == "day" and (begin.year, begin.month) == (end.year, end.month):
        return f"{begin.day} – {_day_text(end, precision)}"
    return f"{first} – {_day_text(end, precision)}"


def timeline_slide(event: Event, curation: Curation | None = None) -> dict[str, Any] | None:
    if event.begin is None:
        return None
    end = event.end or event.begin
    precision, spans = _precision(event.begin, end)
    body = escape(event.sentence)
    if curation and curation.note:
        body += f"<p><em>{escape(curation.note)}</em></p>"
    body += f"<p><small>{escape(event.doc)}</small></p>"
    slide: dict[str, Any] = {
        "unique_id": event.id,
        "start_date": {**_date(event.begin, precision), "display_date": display_date(event.begin, end)},
        "text": {"headline": escape(event.title), "text": body},
    }
    if spans:
        slide["end_date"] = _date(end, "day")  # the last day in full: a bare year means its 1 January
    if curation is not None and curation.lane:
        slide["group"] = curation.lane
    if curation is not None and curation.tags:
        slide["tags"] = list(curation.tags)  # ignored by TimelineJS, kept for readers of the file
    slide["record"] = {**event.to_dict(), **(curation.to_dict() if curation is not None else {})}
    return slide


def to_timelinejs(events: Iterable[Event], curations: Mapping[str, Curation] | None = None, title: str = "Timeline") -> dict[str, Any]:
    slides = []
    for event in events:
        slide = timeline_slide(event, (curations or {}).get(event.id))
        if slide is not None:
            slides.append(slide)
    return {"title": {"text": {"headline": escape(title), "text": f"{len(slides)} events"}}, "events": slides}


def write_timelinejs(
    events: Iterable[Event], out: TextIO, curations: Mapping[str, Curation] | None = None, title: str = "Timeline"
) -> None:
    json.dump(to_timelinejs(events, curations, title), out, ensure_ascii=False, indent=2)
    out.write("\n")
