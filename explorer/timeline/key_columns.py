"""What the timeline derives from every event by its model key, kept between rebuilds (no Qt).

A rebuild of the timeline (a filter keystroke, an edit) needs each event's actors or places (for
actor or place lanes and colours), its label priority (salience), the order of the actor lanes and
the colour of every key. Computing them walks every event, so they are kept while the events are the
same: keys are stable and only appended, so a longer key count extends nothing but a fresh
computation, and :meth:`KeyColumns.forget` drops everything when the events' names change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from explorer.events.record import Event
from explorer.timeline.events_array import appended, salience_column
from explorer.timeline.lanes import Colouring, colour_by_document, colour_by_names, lane_names, name_lane_order

Names = list[tuple[str, ...]]


class KeyColumns:
    """Columns by model key, computed once per event set. ``names_by_key(kind)`` lists the
    ``actors`` or ``places`` of every key; ``event_by_key(key)`` gives one event;
    ``salience_by_key(n, start)``, when given, the salience of keys ``start`` to ``n`` without a
    record each (a model over stored columns reads it from them)."""

    def __init__(self, names_by_key: Callable[[str], Names], event_by_key: Callable[[int], Event],
                 salience_by_key: Callable[[int, int], np.ndarray] | None = None) -> None:
        self._names_by_key = names_by_key
        self._event_by_key = event_by_key
        self._salience_by_key = salience_by_key
        self.forget()

    def forget(self) -> None:
        """The events' names (or the events) changed: everything is computed again when asked."""
        self._names: dict[str, Names] = {}
        self._priority: tuple[int, np.ndarray | None] | None = None
        self._lane_order: tuple[str, tuple[str, ...]] | None = None  # (mode, lane names)
        self._colouring: tuple[tuple, Colouring] | None = None  # (what it was computed for, colouring)

    def names(self, mode: str, n: int) -> Names:
        """Actors (``mode`` "actor") or places of every key below ``n`` as lanes count them (no
        description is an actor lane: :func:`explorer.timeline.lanes.lane_names`, as the exports);
        new lists drop the lane order and the colouring computed from the old ones."""
        kind = "actors" if mode == "actor" else "places"
        names = self._names.get(kind)
        if names is None or len(names) != n:
            names = self._names[kind] = lane_names(mode, self._names_by_key(kind)[:n])
            self._lane_order = None
            self._colouring = None
        return names

    def priority(self, n: int) -> np.ndarray | None:
        """Label priority (salience where the records have one) of every key below ``n``."""
        kept = self._priority
        if kept is not None and kept[1] is not None and self._salience_by_key is not None and kept[0] < n:
            # keys are only appended: the new keys' salience after the kept (an import's few events)
            self._priority = (n, appended(kept[1], np.asarray(self._salience_by_key(n, kept[0]), np.float64)))
        elif kept is None or kept[0] != n:
            if self._salience_by_key is not None:
                self._priority = (n, np.asarray(self._salience_by_key(n), np.float64))
            else:
                self._priority = (n, salience_column([self._event_by_key(k) for k in range(n)]))
        return self._priority[1]

    def lane_order(self, mode: str, n: int) -> tuple[str, ...]:
        """Actor (or place) lanes by number of events over every key, so lanes and colours do not
        change with the filter."""
        names = self.names(mode, n)
        if self._lane_order is None or self._lane_order[0] != mode:
            self._lane_order = (mode, name_lane_order(names, mode))
        return self._lane_order[1]

    def colouring(self, mode: str, n: int, doc_lane: np.ndarray, doc_labels: Sequence[str]) -> Colouring:
        """Colours of every key below ``n`` (not only those the filter keeps: colours stay put as it
        changes): by document (``doc_lane``, named ``doc_labels``), by actor or by place."""
        key = (mode, n, len(doc_labels))
        if self._colouring is None or self._colouring[0] != key:
            if mode == "document":
                got = colour_by_document(doc_lane[:n], list(doc_labels))
            else:
                got = colour_by_names(mode, self.names(mode, n))
            self._colouring = (key, got)
        return self._colouring[1]
