"""iCalendar (RFC 5545): one all-day VEVENT per dated event, readable by calendar programs.

Our events are days or spans of days, so every VEVENT is all-day (``VALUE=DATE``) with the RFC's
exclusive end. Text is escaped (``\\\\ ; , newline``) and lines are folded at 75 octets without splitting
a UTF-8 character. Undated events are left out. The file is written with CRLF line ends, so open the
output in binary or with ``newline=""``. Each VEVENT also carries the event's full record
(``X-TIMELINE-RECORD``: the JSON of ``extract --format jsonl``), so no field is lost on the way.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import Iterable, Mapping, TextIO

from explorer import __version__
from explorer.curation.model import Curation
from explorer.events.record import Event
from explorer.exports.safe_text import ics_text

CRLF = "\r\n"


def escape_text(text: str) -> str:
    """RFC 5545 TEXT: backslash, ``;``, ``,`` and newlines escaped, other control characters dropped
    (as U+FFFD), an undecodable file name's bytes shown as ``\\xNN``."""
    return ics_text(
        printable_surrogates(text).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
        .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")
    )


def printable_surrogates(text: str) -> str:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", errors="surrogateescape").decode("utf-8", errors="backslashreplace")
    return text


def fold(line: str, limit: int = 75) -> str:
    """Split a content line into CRLF + space continuations of at most ``limit`` octets each."""
    pieces: list[str] = []
    current, size = "", 0
    budget = limit
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > budget:
            pieces.append(current)
            current, size = "", 0
            budget = limit - 1  # continuation lines start with a space
        current += char
        size += width
    pieces.append(current)
    return (CRLF + " ").join(pieces)


def _day(day) -> str:  # type: ignore[no-untyped-def]
    return day.strftime("%Y%m%d") if day.year >= 1000 else f"{day.year:04d}{day.month:02d}{day.day:02d}"


def fits_ics(event: Event) -> bool:
    """Whether iCalendar can hold ``event``: a day to put it on, in a year from 0001 (its dates have
    four-digit years and no era)."""
    return event.begin is not None and event.begin.year >= 1


def left_out_of_ics(events: Iterable[Event]) -> tuple[int, int]:
    """(undated, before year 1): the events an iCalendar export cannot hold, so the caller can say
    so instead of a calendar that is silently shorter than every other export."""
    undated = before_one = 0
    for event in events:
        if event.begin is None:
            undated += 1
        elif event.begin.year < 1:
            before_one += 1
    return undated, before_one


def to_ics(
    events: Iterable[Event], curations: Mapping[str, Curation] | None = None, name: str = "Timeline",
    stamp: datetime | None = None,
) -> str:
    stamp = (stamp or datetime.now(timezone.utc)).astimezone(timezone.utc)
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:-//Timeline Explorer//{__version__}//EN", "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{escape_text(name)}",
    ]
    for event in events:
        if not fits_ics(event):
            continue
        curation = (curations or {}).get(event.id)
        end = (event.end or event.begin) + timedelta(days=1)
        description = event.sentence
        if curation and curation.note:
            description += f"\n\nNote: {curation.note}"
        description += f"\n\nSource: {event.doc} ({event.timex!r})"
        lines += [
            "BEGIN:VEVENT",
            f"UID:{escape_text(event.id)}@timeline-explorer",
            f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M%SZ')}",
            f"DTSTART;VALUE=DATE:{_day(event.begin)}",
            f"DTEND;VALUE=DATE:{_day(end)}",
            f"SUMMARY:{escape_text(event.title)}",
            f"DESCRIPTION:{escape_text(description)}",
        ]
        if curation and curation.tags:
            lines.append("CATEGORIES:" + ",".join(escape_text(tag) for tag in curation.tags))
        if curation and curation.starred:
            lines.append("PRIORITY:1")
        if event.certainty != "exact":
            lines.append(f"X-TIMELINE-CERTAINTY:{escape_text(event.certainty)}")
        record = {**event.to_dict(), **(curation.to_dict() if curation is not None else {})}
        lines.append(f"X-TIMELINE-RECORD:{escape_text(json.dumps(record, ensure_ascii=False))}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + CRLF for line in lines)


def write_ics(events: Iterable[Event], out: TextIO, curations: Mapping[str, Curation] | None = None, name: str = "Timeline") -> None:
    out.write(to_ics(events, curations, name))
