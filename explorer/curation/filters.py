"""Filtering shown events by curation state: star, tag, certainty, document, date range, rejected.

Why here, without Qt: the filter is a question about the user's curation of a row, asked by the
table, the timeline and the store's own tests alike; one definition outside the window keeps what
counts as "shown" the same everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:  # a type only: the store imports curation, never the other way at run time
    from explorer.store.project_records import Row


@dataclass(frozen=True, slots=True)
class EventFilter:
    """``None`` or empty means "any". ``rejected``: False hides rejected events (the default view),
    True shows only them (the "rejected" filter), None shows both."""

    starred: bool | None = None
    tags: frozenset[str] = frozenset()  # any of these
    certainty: frozenset[str] = frozenset()
    docs: frozenset[str] = frozenset()  # document paths
    since: date | None = None  # overlaps [since, until]
    until: date | None = None
    rejected: bool | None = False

    def matches(self, row: Row) -> bool:
        event, cur = row.event, row.curation
        if self.rejected is not None and cur.rejected != self.rejected:
            return False
        if self.starred is not None and cur.starred != self.starred:
            return False
        if self.tags and not self.tags.intersection(cur.tags):
            return False
        if self.certainty and event.certainty not in self.certainty:
            return False
        if self.docs and not self.docs.intersection(cur.source_docs):
            return False
        if self.since is not None or self.until is not None:
            if event.begin is None:
                return False
            end = event.end or event.begin
            if self.since is not None and end < self.since:
                return False
            if self.until is not None and event.begin > self.until:
                return False
        return True

    def apply(self, rows: Iterable[Row]) -> list[Row]:
        return [row for row in rows if self.matches(row)]
