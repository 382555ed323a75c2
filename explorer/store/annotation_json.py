"""The project's actors, places and groups as JSON for the project file (schema 2).

Since schema 5 the actor index is saved as columns (:mod:`explorer.store.index_columns`); the JSON
form here is what older files hold (read when such a file is opened read-only, and turned into
columns when it is migrated), and the groups are still saved as JSON.

The index is saved as the user last saw it, merges and splits included, so reopening a project shows
the same actors, lanes and facets without finding them again. Mentions are stored as compact rows
(``[doc, start, end, text, derived]``): a large project has hundreds of thousands of them.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any, Iterable

from explorer.calendar import Day, parse_day
from explorer.entities.grouping import EventGroup
from explorer.entities.index import ActorIndex, Entity, MentionRef


def index_to_json(index: ActorIndex) -> list[dict[str, Any]]:
    return [
        {
            "id": e.id, "name": e.name, "kind": e.kind, "variants": dict(e.variants),
            "mentions": [[m.doc, m.start, m.end, m.text, m.derived] for m in e.mentions],
        }
        for e in index.entities.values()
    ]


def index_from_json(raw: Iterable[dict[str, Any]]) -> ActorIndex:
    """The index as saved. A document's path and a name are one string each however many mentions
    repeat them (JSON makes a new string per occurrence: at a million mentions, hundreds of MB)."""
    same: dict[str, str] = {}
    one = same.setdefault
    return ActorIndex(
        Entity(
            e["id"], e["name"], e["kind"], Counter(e.get("variants") or {}),
            [MentionRef(one(m[0], m[0]), int(m[1]), int(m[2]), one(m[3], m[3]), bool(m[4])) for m in e.get("mentions") or ()],
        )
        for e in raw
    )


def _day(text: str | None) -> date | Day | None:
    """A group's saved day; a year before 1 ("-0263-01-01", 264 BC) comes back as a ``Day``."""
    return parse_day(text) if text else None


def groups_to_json(groups: Iterable[EventGroup]) -> list[dict[str, Any]]:
    return [
        {
            "id": g.id, "event_ids": list(g.event_ids), "docs": list(g.docs),
            "dates": [[b.isoformat() if b else None, e.isoformat() if e else None] for b, e in g.dates],
            "disputed": g.disputed, "score": g.score,
        }
        for g in groups
    ]


def groups_from_json(raw: Iterable[dict[str, Any]]) -> list[EventGroup]:
    """The groups as saved; each distinct date text is read once (a 1M-event project's 37k groups
    name 145k dates, most of them the same few thousand days)."""
    days: dict[str | None, date | Day | None] = {None: None, "": None}

    def day(text: str | None) -> date | Day | None:
        found = days.get(text, days)
        if found is days:
            found = days[text] = _day(text)
        return found  # type: ignore[return-value]

    return [
        EventGroup(
            g["id"], tuple(g["event_ids"]), tuple(g["docs"]), tuple([(day(b), day(e)) for b, e in g["dates"]]),
            bool(g["disputed"]), float(g["score"]),
        )
        for g in raw
    ]
