"""Events as columns: every field of every :class:`Event` of a project packed into one numpy array
(or one text blob) per field, so opening a project reads a few large BLOBs instead of decoding a JSON
object per event (issue 16: decoding each event's JSON was most of opening a 100k-event project).

Layout, per field (``pack`` gives ``{name: bytes}``; ``unpack`` takes it back):

* whole numbers (offsets) as little-endian int64, ``salience`` as float64;
* days (``begin``, ``end``) as int64 proleptic ordinals (any year, BC included), ``NO_DAY`` when none;
* text as one UTF-8 blob of all values end to end plus an int64 array of their lengths in
  characters (``name`` and ``name.len``); optional text adds a bool array ``name.none``;
* text with few distinct values (the document, the type, the certainty...) as those values once
  (as above) plus an int32 code per event (``name.code``);
* name lists (``actors``, ``places``) as text of every name plus ``name.count`` per event;
* ``mentions`` (pairs of offsets) as a flat int64 array plus ``mentions.count`` per event.

The row order is the caller's (the store writes documents in order, each document's events in order).
Decoding builds the records in bulk, one ``map`` over the columns, with each distinct day made once.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from explorer.events.record import Event
from explorer.temporal.timex import Timex

#: The ordinal written for "no day" (an undated event).
NO_DAY = np.iinfo(np.int64).min

_INTS = ("sentence_start", "sentence_end", "timex_start", "timex_end")
_DAYS = ("begin", "end")
_TEXTS = ("id", "title", "sentence", "timex", "value")
_OPTIONAL = ("anchor",)
#: Text (or None) with few distinct values: each distinct value stored once, and a code per event,
#: so that opening makes one string per distinct value (a document's path once, not per event).
_CATEGORIES = ("doc", "type", "certainty", "derivation", "doc_date_source", "mod", "doc_date")
_NAMES = ("actors", "places")

#: Every field of the record is one of the kinds above (a test holds it), so nothing is lost.
KINDS = {**{n: "int" for n in _INTS}, **{n: "day" for n in _DAYS}, **{n: "text" for n in _TEXTS},
         **{n: "optional" for n in _OPTIONAL}, **{n: "category" for n in _CATEGORIES},
         **{n: "names" for n in _NAMES}, "salience": "float", "mentions": "pairs"}


def _text_blob(values: Sequence[str]) -> tuple[bytes, bytes]:
    """(UTF-8 of the values end to end, their lengths in characters). Lone surrogates (names of
    undecodable files) pass through, so the text comes back exactly."""
    return "".join(values).encode("utf-8", "surrogatepass"), np.fromiter(map(len, values), np.int64, len(values)).tobytes()


def _category_blobs(name: str, values: Sequence[str | None]) -> dict[str, bytes]:
    """Distinct values (None among them, as a flag) once, and each value's code."""
    distinct = list(dict.fromkeys(values))
    code_of = {value: i for i, value in enumerate(distinct)}
    blob, lengths = _text_blob([v or "" for v in distinct])
    return {name: blob, f"{name}.len": lengths, f"{name}.none": np.asarray([v is None for v in distinct], bool).tobytes(),
            f"{name}.code": np.fromiter((code_of[v] for v in values), np.int32, len(values)).tobytes()}


def _ordinal(day: object) -> int:
    return NO_DAY if day is None else day.toordinal()  # type: ignore[attr-defined]


def pack(events: Sequence[Event]) -> dict[str, bytes]:
    """The columns of ``events`` (in that order) as named BLOBs."""
    out: dict[str, bytes] = {}
    for name, kind in KINDS.items():
        values = [getattr(e, name) for e in events]
        if kind == "int":
            out[name] = np.asarray(values, np.int64).tobytes()
        elif kind == "float":
            out[name] = np.asarray(values, np.float64).tobytes()
        elif kind == "day":
            out[name] = np.fromiter(map(_ordinal, values), np.int64, len(values)).tobytes()
        elif kind == "text":
            out[name], out[f"{name}.len"] = _text_blob(values)
        elif kind == "optional":
            out[f"{name}.none"] = np.asarray([v is None for v in values], bool).tobytes()
            out[name], out[f"{name}.len"] = _text_blob([v or "" for v in values])
        elif kind == "names":
            out.update(pack_names(name, values))
        elif kind == "category":
            out.update(_category_blobs(name, values))
        else:  # pairs
            out[f"{name}.count"] = np.fromiter(map(len, values), np.int64, len(values)).tobytes()
            out[name] = np.asarray([x for pairs in values for pair in pairs for x in pair], np.int64).tobytes()
    return out


def pack_names(name: str, values: Sequence[tuple[str, ...]]) -> dict[str, bytes]:
    """A column of name lists (``actors``, ``places``) as its three BLOBs: names, lengths, counts."""
    flat = [n for names in values for n in names]
    blob, lengths = _text_blob(flat)
    return {name: blob, f"{name}.len": lengths, f"{name}.count": np.fromiter(map(len, values), np.int64, len(values)).tobytes()}


def unpack_names(name: str, blobs: dict[str, bytes]) -> list[tuple[str, ...]]:
    from explorer.store.stored_events import Grouped, TextColumn

    column = Grouped(TextColumn(blobs[name], blobs[f"{name}.len"], name), np.frombuffer(blobs[f"{name}.count"], np.int64), 1, name)
    return column.values(0, len(column))


def unpack(blobs: dict[str, bytes], count: int) -> list[Event]:
    """The ``count`` records packed by :func:`pack`, in the same order. A column of another length
    (a damaged file) is a ``ValueError``, never events silently dropped."""
    return records(unpack_columns(blobs, count))


def records(columns: dict[str, list]) -> list[Event]:
    """One record per row of ``columns`` (a list per field), built in one pass."""
    order = [f for f in Event.__dataclass_fields__]  # positional, in the record's field order
    return list(map(Event, *(columns[name] for name in order)))


def unpack_columns(blobs: dict[str, bytes], count: int) -> dict[str, list]:
    """Each field's values (a list of ``count``) from the BLOBs of :func:`pack`."""
    from explorer.store.stored_events import StoredEvents

    return StoredEvents(blobs, count).field_values(0, count)


# -- the tagger's expressions --------------------------------------------------------------------

#: Timex fields by kind; ``parts`` (a range's end points, themselves expressions) are rows of their
#: own right after the expression they belong to, counted by ``nparts``.
TIMEX_KINDS = {"start": "int", "end": "int", "text": "text", "type": "category", "value": "text", "mod": "category",
               "begin": "day", "end_day": "day", "certainty": "category", "derivation": "category",
               "anchor": "optional_int", "parts": "nparts"}


def _flatten(timexes: Sequence[Timex], out: list[Timex]) -> None:
    for timex in timexes:
        out.append(timex)
        _flatten(timex.parts, out)


def pack_timexes(per_document: Sequence[Sequence[Timex]], prefix: str = "expr.") -> dict[str, bytes]:
    """Every document's expressions (documents in order) as named BLOBs, ``prefix`` before each name;
    ``{prefix}doc`` holds how many (top-level) expressions each document has."""
    flat: list[Timex] = []
    for timexes in per_document:
        _flatten(timexes, flat)
    out = {f"{prefix}doc": np.fromiter(map(len, per_document), np.int64, len(per_document)).tobytes()}
    for name, kind in TIMEX_KINDS.items():
        values = [getattr(t, name) for t in flat]
        if kind == "int":
            out[prefix + name] = np.asarray(values, np.int64).tobytes()
        elif kind == "optional_int":
            out[prefix + name] = np.asarray([NO_DAY if v is None else v for v in values], np.int64).tobytes()
        elif kind == "nparts":
            out[prefix + name] = np.fromiter(map(len, values), np.int64, len(values)).tobytes()
        elif kind == "day":
            out[prefix + name] = np.fromiter(map(_ordinal, values), np.int64, len(values)).tobytes()
        elif kind == "text":
            out[prefix + name], out[f"{prefix}{name}.len"] = _text_blob(values)
        else:  # category
            out.update(_category_blobs(prefix + name, values))
    return out


def unpack_timexes(blobs: dict[str, bytes], prefix: str = "expr.") -> list[tuple[Timex, ...]]:
    """Each document's expressions, as :func:`pack_timexes` packed them."""
    from explorer.store.stored_events import StoredTimexes

    stored = StoredTimexes(blobs, prefix)
    return [stored.of_document(d) for d in range(len(stored))]
