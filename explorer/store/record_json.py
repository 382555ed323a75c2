"""Records to the values of a project file's columns and back: dates and days (BC included),
paths and titles that are not UTF-8, JSON that stays readable, and an event or an expression as a
JSON object read off the record's fields, so a field added to a record is saved and opened without
touching the file's code. Also the checks that a value read from a damaged file has its type.
"""

from __future__ import annotations

import json
import os
from dataclasses import fields
from datetime import date
from typing import Any

from explorer.calendar import Day, parse_day
from explorer.events.record import FIELDS, Event
from explorer.temporal.timex import Timex


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _day(text: str | None) -> date | Day | None:
    return parse_day(text) if text else None  # "-0263-01-01" (264 BC) comes back as a Day


def _name(text: str) -> str | bytes:
    """A path (or title) for a TEXT column: as it is, or, when it holds bytes that are not UTF-8 (a
    file name kept with surrogates), those exact bytes as a BLOB, so the name survives a save."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(text)
    return text


def _unname(value: str | bytes) -> str:
    return os.fsdecode(value) if isinstance(value, bytes) else value


def _json(value: Any, **options: Any) -> str:
    """JSON readable as UTF-8; lone surrogates (undecodable file names) are kept as ``\\udcNN`` escapes,
    which ``json.loads`` turns back into the same characters."""
    text = json.dumps(value, ensure_ascii=False, **options)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(value, ensure_ascii=True, **options)
    return text


def event_to_json(event: Event) -> str:
    return _json(event.to_dict(), separators=(",", ":"))


#: The record's field types as written (``from __future__ import annotations``: strings).
_EVENT_TYPES = {f.name: str(f.type) for f in fields(Event)}


def _field_from_json(kind: str, value: Any) -> Any:
    """A JSON value back to the record's type, read off the field's annotation, so a field added to
    the record (a day, a list of names) is saved and opened without touching this file."""
    if value is None:
        return None
    if isinstance(value, list):
        return tuple(tuple(item) if isinstance(item, list) else item for item in value)  # pairs stay pairs
    if isinstance(value, str) and ("date" in kind or "Day" in kind):
        try:
            return date.fromisoformat(value)  # years 1-9999: a date, as the record holds them
        except ValueError:
            if "Day" not in kind:
                raise
            from explorer.calendar import Day

            return Day.parse(value)  # before year 1 ("-0263-03-01"): a Day
    return value


def event_from_json(text: str) -> Event:
    raw = json.loads(text)
    data = {name: _field_from_json(_EVENT_TYPES[name], raw[name]) for name in FIELDS if name in raw and name in _EVENT_TYPES}
    for name in ("actors", "places"):
        data[name] = tuple(data.get(name) or ())
    for name in ("sentence_start", "sentence_end", "timex_start", "timex_end"):  # offsets index the text
        if name in data and (not isinstance(data[name], int) or isinstance(data[name], bool)):
            raise TypeError(f"event {name} is {type(data[name]).__name__}, not a number")
    for name in ("id", "doc", "sentence", "title", "timex"):
        if name in data and not isinstance(data[name], str):
            raise TypeError(f"event {name} is {type(data[name]).__name__}, not text")
    return Event(**data)


_TIMEX_FIELDS = {f.name: str(f.type) for f in fields(Timex)}


def _plain(value: Any) -> Any:
    if isinstance(value, Timex):
        return _timex_to_dict(value)
    if isinstance(value, (date, Day)):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    return value


def _timex_to_dict(timex: Timex) -> dict[str, Any]:
    """Generic over the fields, so a tagger that grows fields (e.g. nested ``parts``) still saves."""
    return {name: _plain(getattr(timex, name)) for name in _TIMEX_FIELDS}


def _timex_from_dict(raw: dict[str, Any]) -> Timex:
    """Fields this version does not know are dropped; dates and nested expressions come back."""
    data: dict[str, Any] = {}
    for name, kind in _TIMEX_FIELDS.items():
        if name not in raw:
            continue
        value = raw[name]
        if isinstance(value, list):
            value = tuple(_timex_from_dict(v) if isinstance(v, dict) else v for v in value)
        elif isinstance(value, str) and "date" in kind and name not in ("text", "value"):
            value = parse_day(value)
        data[name] = value
    return Timex(**data)


def _loads(text: str, kind: type) -> Any:
    """A JSON column that must hold a ``kind`` (a damaged file may hold anything). ``{}`` (most
    documents' sidecar and metadata) is made without the parser."""
    if text == "{}" and kind is dict:
        return {}
    value = json.loads(text)
    if not isinstance(value, kind):
        raise TypeError(f"expected a JSON {kind.__name__}, found {type(value).__name__}")
    return value


def _expect(record: object, kind: type, *names: str) -> None:
    for name in names:
        value = getattr(record, name)
        if not isinstance(value, kind):
            raise TypeError(f"{name} is {type(value).__name__}, not {kind.__name__}")
