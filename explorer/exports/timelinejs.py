"""TimelineJS 3 JSON: a file TimelineJS renders as it is (``new TL.Timeline(id, 'events.json')``).

Dates carry only the precision the event has: a day gives year/month/day, a month year/month, a year
just the year; other spans get an end date. Undated events cannot be placed and are left out.
Text fields are HTML in TimelineJS, so sentences and notes are escaped.
"""

from __future__ import annotations

import calendar
import json
from datetime import date
from html import escape
from typing import Any, Iterable, Mapping, TextIO

from explorer.curation.model import Curation
from explorer.events.record import Event


def _date(day: date, precision: str) -> dict[str, Any]:
    out: dict[str, Any] = {"year": day.year}
    if precision in ("month", "day"):
        out["month"] = day.month
    if precision == "day":
        out["day"] = day.day
    return out


def _precision(begin: date, end: date) -> tuple[str, bool]:
    """(precision of the start, whether an end date is needed)."""
    if begin == end:
        return "day", False
    if begin.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]:
        if (begin.year, begin.month) == (end.year, end.month):
            return "month", False
        if begin.month == 1 and end.month == 12:
            return ("year", begin.year != end.year)
        return "month", True
    return "day", True


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
        "start_date": {**_date(event.begin, precision), "display_date": event.timex},
        "text": {"headline": escape(event.title), "text": body},
    }
    if spans:
        slide["end_date"] = _date(end, precision)
    if curation is not None and curation.lane:
        slide["group"] = curation.lane
    if curation is not None and curation.tags:
        slide["tags"] = list(curation.tags)  # ignored by TimelineJS, kept for readers of the file
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
