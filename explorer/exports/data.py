"""Events as JSON Lines, JSON or CSV, all from ``Event.to_dict`` so every format carries the same fields."""

from __future__ import annotations

import csv
import json
from typing import Callable, Iterable, TextIO

from explorer.events.record import FIELDS, Event
from explorer.exports.safe_text import csv_cell


def write_jsonl(events: Iterable[Event], out: TextIO) -> None:
    for event in events:
        out.write(json.dumps(event.to_dict(), ensure_ascii=False))
        out.write("\n")


def write_json(events: Iterable[Event], out: TextIO) -> None:
    json.dump([event.to_dict() for event in events], out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_csv(events: Iterable[Event], out: TextIO) -> None:
    """Lists (actors, places) are JSON arrays, so each row stays one flat record that reads back
    unambiguously. A cell that a spreadsheet would run as a formula (``=HYPERLINK(…)`` in a sentence)
    is neutralised."""
    writer = csv.DictWriter(out, fieldnames=list(FIELDS), lineterminator="\n")
    writer.writeheader()
    for event in events:
        row = event.to_dict()
        writer.writerow({
            k: csv_cell(json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v) for k, v in row.items()
        })


def write_timelinejs(events: Iterable[Event], out: TextIO) -> None:
    from explorer.exports.timelinejs import write_timelinejs as write

    write(events, out)


def write_ics(events: Iterable[Event], out: TextIO) -> None:
    from explorer.exports.ics import write_ics as write

    write(events, out)


FORMATS: dict[str, Callable[[Iterable[Event], TextIO], None]] = {
    "jsonl": write_jsonl,
    "json": write_json,
    "csv": write_csv,
    "timelinejs": write_timelinejs,
    "ics": write_ics,
}


def write_events(events: Iterable[Event], out: TextIO, fmt: str) -> None:
    try:
        writer = FORMATS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}") from None
    writer(events, out)
