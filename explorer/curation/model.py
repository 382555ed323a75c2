"""What the user changed, keyed so that it survives re-extraction.

An edit never points at a row number or an event id: it points at the expression's span in a document
identified by the hash of its text (:class:`SpanKey`). Re-extracting the same text, with a newer tagger
or another document date, finds the same spans and the edits apply again; an edit whose span is gone
is kept and reported as orphaned, never dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import date
from typing import Any, NamedTuple

from explorer.calendar import Day, parse_day


class SpanKey(NamedTuple):
    """An event's expression in a document, and which of the acts told on it.

    One date can carry two acts ("raided the post on 4 May and took one prisoner"): ``act`` tells
    them apart, counted from the LAST act the extractor gives on the span. Before it existed the store
    kept only that last act under the plain key, so an edit saved then stays on the event it was made on.
    """

    doc_hash: str
    start: int
    end: int
    act: int = 0

    def to_json(self) -> list[Any]:
        return [self.doc_hash, self.start, self.end, *((self.act,) if self.act else ())]

    @classmethod
    def from_json(cls, raw: list[Any]) -> "SpanKey":
        return cls(str(raw[0]), int(raw[1]), int(raw[2]), int(raw[3]) if len(raw) > 3 else 0)


@dataclass(frozen=True, slots=True)
class EventEdit:
    """Everything the user set on one event; the defaults mean "as extracted"."""

    begin: date | Day | None = None  # a user date (begin and end together) replaces the extracted one
    end: date | Day | None = None
    date_text: str | None = None  # the words the user typed, kept for the edit dialog
    title: str | None = None
    lane: str | None = None
    rejected: bool = False
    starred: bool = False
    tags: tuple[str, ...] = ()
    note: str = ""
    added: bool = False  # the event was added by hand from a selection, not by the extractor
    merged_into: SpanKey | None = None  # hidden: folded into that event
    absorbed: tuple[SpanKey, ...] = ()  # events folded into this one (their sources are kept)

    @property
    def is_empty(self) -> bool:
        return self == EventEdit()

    @property
    def has_date(self) -> bool:
        return self.begin is not None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value == f.default or (f.name == "tags" and not value) or (f.name == "absorbed" and not value):
                continue
            if isinstance(value, (date, Day)):
                value = value.isoformat()  # a year before 1 as "-0263-01-01", which from_json reads back
            elif f.name == "merged_into":
                value = value.to_json()
            elif f.name == "absorbed":
                value = [key.to_json() for key in value]
            elif isinstance(value, tuple):
                value = list(value)
            out[f.name] = value
        return out

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> "EventEdit":
        known = {f.name for f in fields(cls)}
        data = {k: v for k, v in raw.items() if k in known}  # fields from a newer version are ignored
        for name in ("begin", "end"):
            if data.get(name):
                data[name] = parse_day(data[name])  # "-0263-01-01" (264 BC, a merge's date) as a Day
        if data.get("merged_into"):
            data["merged_into"] = SpanKey.from_json(data["merged_into"])
        data["absorbed"] = tuple(SpanKey.from_json(k) for k in data.get("absorbed", ()))
        data["tags"] = tuple(data.get("tags", ()))
        return cls(**data)

    def with_(self, **changes: Any) -> "EventEdit":
        return replace(self, **changes)


@dataclass(frozen=True, slots=True)
class Curation:
    """The curation state of one shown event, beside its :class:`~explorer.events.record.Event`.

    ``sources`` lists the ids of every event this one stands for (itself first, then merged ones);
    ``edited`` names the fields the user changed ("date", "title", ...), for the GUI to mark them.
    """

    lane: str | None = None
    starred: bool = False
    tags: tuple[str, ...] = ()
    note: str = ""
    rejected: bool = False
    added: bool = False
    sources: tuple[str, ...] = ()
    source_docs: tuple[str, ...] = ()
    edited: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "lane": self.lane, "starred": self.starred, "tags": list(self.tags), "note": self.note,
            "rejected": self.rejected, "added": self.added, "sources": list(self.sources),
            "source_docs": list(self.source_docs), "edited": list(self.edited),
        }


#: Columns the data exports add after the event record's own fields.
CURATION_FIELDS = ("lane", "starred", "tags", "note", "rejected", "added", "sources", "source_docs", "edited")
