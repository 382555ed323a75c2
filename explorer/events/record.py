"""The event record.

One frozen dataclass carries an event from the extractor through the corpus to the Qt model, the
timeline, the command line and the exports; nothing downstream keeps a parallel structure. Offsets
(``sentence_*``, ``timex_*``) index into the document text exactly as the source pane shows it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from explorer.temporal.timex import Certainty, TimexType

#: Field order of the tabular exports (CSV) and of ``to_dict``.
FIELDS = (
    "doc", "id", "title", "sentence", "sentence_start", "sentence_end", "timex", "timex_start",
    "timex_end", "value", "type", "mod", "begin", "end", "certainty", "derivation", "anchor",
    "actors", "places", "salience",
)


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    doc: str
    title: str
    sentence: str
    sentence_start: int
    sentence_end: int
    timex: str
    timex_start: int
    timex_end: int
    value: str
    type: TimexType
    begin: date | None
    end: date | None
    certainty: Certainty
    mod: str | None = None
    derivation: str = "explicit"
    anchor: str | None = None
    actors: tuple[str, ...] = field(default=())
    places: tuple[str, ...] = field(default=())
    #: How much a zoomed-out timeline should show this event, 0 (background) to 1 (central): see
    #: ``explorer.events.salience``. Labels compete for room in this order.
    salience: float = 0.0

    @property
    def is_dated(self) -> bool:
        return self.begin is not None

    @property
    def is_span(self) -> bool:
        """More than one day: drawn as a bar rather than a point."""
        return self.begin is not None and self.end is not None and self.end > self.begin

    def to_dict(self) -> dict[str, Any]:
        raw = asdict(self)
        out: dict[str, Any] = {}
        for name in FIELDS:
            value = raw[name]
            if isinstance(value, date):
                value = value.isoformat()
            elif isinstance(value, tuple):
                value = list(value)
            out[name] = value
        return out
