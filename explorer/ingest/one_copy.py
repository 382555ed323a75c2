"""One copy of each equal value in a document's expressions and events, before they are kept.

A long document repeats the same few strings and days thousands of times: each expression held its
own "explicit" derivation, its own "2019" value and its own ``date`` objects, each event its own copy
of its sentence (every event of a sentence sliced it again) and of its value. Kept in a project and
sent from the worker processes, the copies were about half of what the expressions and events
weighed. Swapping each for the first equal one changes no value, so nothing downstream can tell.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Hashable, Sequence

from explorer.events.record import Event
from explorer.temporal.timex import Timex

#: The fields whose values repeat (strings and days); keyed by type too, since a ``Day`` may equal a ``date``.
TIMEX_FIELDS = ("text", "value", "derivation", "begin", "end_day")
EVENT_FIELDS = ("doc", "sentence", "timex", "value", "derivation", "begin", "end", "doc_date", "anchor")


class OneCopy:
    """The first copy of each value met, per type."""

    def __init__(self) -> None:
        self._first: dict[tuple[type, Hashable], object] = {}

    def of(self, value: object) -> object:
        if value is None:
            return None
        return self._first.setdefault((type(value), value), value)  # type: ignore[arg-type]

    def timexes(self, timexes: Sequence[Timex]) -> tuple[Timex, ...]:
        return tuple(self._swap(t, TIMEX_FIELDS, parts=self.timexes(t.parts) if t.parts else ()) for t in timexes)

    def events(self, events: Sequence[Event]) -> tuple[Event, ...]:
        return tuple(self._swap(e, EVENT_FIELDS) for e in events)

    def _swap(self, record, fields: tuple[str, ...], **also):  # type: ignore[no-untyped-def]
        changes = dict(also)
        for name in fields:
            value = getattr(record, name)
            first = self.of(value)
            if first is not value:
                changes[name] = first
        if "parts" in changes and changes["parts"] == record.parts and all(
                a is b for a, b in zip(changes["parts"], record.parts)):
            del changes["parts"]
        return replace(record, **changes) if changes else record
