"""The event record.

One frozen dataclass carries an event from the extractor through the corpus to the Qt model, the
timeline, the command line and the exports; nothing downstream keeps a parallel structure. Offsets
(``sentence_*``, ``timex_*``) index into the document text exactly as the source pane shows it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Callable, Literal, Sequence

from explorer.calendar import Day
from explorer.temporal.timex import Certainty, TimexType

#: Field order of the tabular exports (CSV) and of ``to_dict``.
FIELDS = (
    "doc", "id", "title", "sentence", "sentence_start", "sentence_end", "timex", "timex_start",
    "timex_end", "value", "type", "mod", "begin", "end", "certainty", "derivation", "anchor",
    "actors", "places", "doc_date", "doc_date_source", "salience", "mentions",
)

#: Where a document's date came from: given on the command line or by the user, a sidecar file, a
#: header or dateline line at the top, the file format's metadata, a full date in the file's name,
#: inferred from what the text reports, or unknown.
DocDateSource = Literal["given", "sidecar", "header", "dateline", "metadata", "filename", "inferred", "unknown"]


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
    #: first and last day, inclusive: a ``date`` for years 1-9999, a ``Day`` before year 1 ("264 BC");
    #: the two order and subtract together, and both write ISO 8601 ("-0263-01-01" for 264 BC)
    begin: date | Day | None
    end: date | Day | None
    certainty: Certainty
    mod: str | None = None
    derivation: str = "explicit"
    anchor: str | None = None
    actors: tuple[str, ...] = field(default=())
    places: tuple[str, ...] = field(default=())
    # The document's date as an ISO day (what every relative date here was read against) and its
    # source, so an export says how far each date can be trusted without the project file.
    doc_date: str | None = None
    doc_date_source: DocDateSource = "unknown"
    #: How much a zoomed-out timeline should show this event, 0 (background) to 1 (central): see
    #: ``explorer.events.salience``. Labels compete for room in this order.
    salience: float = 0.0
    #: Where else the document tells this same happening: ``(sentence_start, sentence_end)`` of each
    #: other telling, in text order (the event's own sentence is ``sentence_start``..``sentence_end``).
    #: Empty when it is told once. See ``explorer.events.repeats``.
    mentions: tuple[tuple[int, int], ...] = field(default=())

    @property
    def is_dated(self) -> bool:
        return self.begin is not None

    @property
    def is_span(self) -> bool:
        """More than one day: drawn as a bar rather than a point."""
        return self.begin is not None and self.end is not None and self.end > self.begin

    def to_dict(self) -> dict[str, Any]:
        raw = {name: getattr(self, name) for name in FIELDS}  # not asdict: it would unpack a Day
        out: dict[str, Any] = {}
        for name in FIELDS:
            value = raw[name]
            if isinstance(value, (date, Day)):
                value = value.isoformat()
            elif isinstance(value, tuple):
                value = [list(item) if isinstance(item, tuple) else item for item in value]
            out[name] = value
        return out


def told_again(event: Event, told: tuple[int, int], note: str = "",
               mentions: Sequence[tuple[int, int]] = ()) -> Event:
    """``event`` with the sentence ``told`` (and the folded event's own ``mentions``) as more places
    the document tells it, when a fold drops a second event for that telling. The derivation says so
    ("also told at 812-901" and ``note``), so a user who misses a mark can see where it went."""
    return replace(event, mentions=tuple(sorted(set(event.mentions) | {told} | set(mentions))),
                   derivation=f"{event.derivation}; also told at {told[0]}-{told[1]}{note}")


def sentence_groups(events: Sequence[Event], where: Callable[[Event], bool] | None = None) -> list[list[int]]:
    """The indices of ``events`` (those ``where`` keeps) by sentence, for the sentences that hold two or
    more: the folds that make one happening of several dates of a sentence look only there."""
    by_sentence: dict[int, list[int]] = {}
    for n, event in enumerate(events):
        if where is None or where(event):
            by_sentence.setdefault(event.sentence_start, []).append(n)
    return [members for members in by_sentence.values() if len(members) > 1]
