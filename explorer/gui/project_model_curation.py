"""The curation flags of the project's events as numpy columns by key, and the curation filters'
part of the shown mask computed from them.

A mixin of :class:`explorer.gui.project_model.ProjectEventModel` (it reads the model's storage and
its curations). Show Rejected Events and an :class:`EventFilter` (star, tag, certainty, document,
date range) decide which keys are shown without a record per event: rejected and starred are
boolean columns extended for new keys and patched as curations change; the rarer filters read the
columns of :class:`~explorer.curation.mask.FilterColumns`, built in the background. An event no one
edited has the default curation and is kept nowhere (a project opened from its file has no record
per event).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from explorer.curation.filters import EventFilter
from explorer.curation.mask import FilterColumns, key_columns, needs_columns
from explorer.curation.model import Curation
from explorer.events.record import Event
from explorer.timeline.events_array import NO_DAY


def default_curation(event) -> Curation:  # noqa: ANN001
    """The curation of an event nobody edited (as :meth:`Project.rows` gives it)."""
    return Curation(sources=(event.id,), source_docs=(event.doc,))


class CurationColumns:
    """Curation columns by key and the curation filters' mask for :class:`ProjectEventModel`."""

    def _reset_storage(self) -> None:
        super()._reset_storage()
        self._rejected_col = np.zeros(0, bool)
        self._starred_col = np.zeros(0, bool)
        self._filter_cols = None

    def _curation_columns(self) -> tuple[np.ndarray, np.ndarray]:
        """(rejected, starred) by key, built for the keys added since the last call from the
        curations kept (an event with none has the default: neither)."""
        n, have = self.key_count(), len(self._rejected_col)
        if have < n:
            rejected, starred = np.zeros(n - have, bool), np.zeros(n - have, bool)
            if n - have < len(self._curations):  # a few new keys (a document imported): look each up
                curs = [self._curations.get(self.event_by_key(k).id) for k in range(have, n)]
                for i, cur in enumerate(curs):
                    if cur is not None:
                        rejected[i], starred[i] = cur.rejected, cur.starred
            else:  # many keys (a load): the curations kept are the few edited events
                for event_id, cur in self._curations.items():
                    if cur.rejected or cur.starred:
                        key = self.stored_key_of(event_id)
                        if key is not None and have <= key < n:
                            rejected[key - have], starred[key - have] = cur.rejected, cur.starred
            self._rejected_col = np.concatenate([self._rejected_col, rejected])
            self._starred_col = np.concatenate([self._starred_col, starred])
        return self._rejected_col, self._starred_col

    def _set_curation(self, event_id: str, curation: Curation) -> int | None:
        """Keep an event's curation (and its stored key's columns); returns its stored key."""
        self._curations[event_id] = curation
        key = self.stored_key_of(event_id)
        if key is not None and key < len(self._rejected_col):
            self._rejected_col[key] = curation.rejected
            self._starred_col[key] = curation.starred
        if key is not None:
            self._patch_shown([key])
        return key

    def _filter_columns(self) -> FilterColumns:
        """The columns of :mod:`explorer.curation.mask`, extended to every key from the keys'
        columns (no record is made: a project opened from its file has none) and the curations of
        the edited keys; kept current by ``_patch_shown``."""
        cols = self._filter_cols
        if cols is None:
            cols = self._filter_cols = FilterColumns()
        n = self.key_count()
        first = len(cols)
        if first < n:
            events = self._events
            given = events.given(first, n)
            cols.extend_columns(key_columns(events.stored, events.stored_rows(first, n), given, first,
                                            self._edited_keys(given, first, n)))
        return cols

    def _background_columns(self) -> bool:
        """The curation filters' columns, built between event-loop turns while the search text is
        (one step: about 50 ms of CPU at 1M events), so the first certainty, tag, document or date
        filter after opening finds them ready rather than building them inside the click."""
        cols = self._filter_cols
        if cols is not None and len(cols) >= self.key_count():
            return False
        self._filter_columns()
        return True

    def _edited_keys(self, given: Iterable[tuple[int, Event]], start: int, stop: int) -> dict[int, Curation]:
        """By key in ``start``..``stop``: the curation of each key whose event has an edit (every
        other key has the default one). The keys with a record ``given`` are looked at by their
        records; an edited event of another key (a star since opening) by the id index."""
        if not self._curations:
            return {}
        out: dict[int, Curation] = {}
        found: set[str] = set()
        for key, event in given:
            cur = self._curations.get(event.id)
            if cur is not None:
                out[key] = cur
                found.add(event.id)
        for event_id, cur in self._curations.items():
            if event_id not in found:
                key = self.stored_key_of(event_id)
                if key is not None and start <= key < stop and self._events.is_stored(key):
                    out[key] = cur
        return out

    def _patch_shown(self, keys: Iterable[int]) -> None:
        keys = list(keys)
        cols = self._filter_cols
        if cols is not None:  # a new record or curation: the filter columns of those keys follow
            for key in keys:
                if 0 <= key < len(cols):
                    event = self.event_by_key(key)
                    cols.set(key, event, self._curation_at(event))
        super()._patch_shown(keys)

    def _compute_shown(self, start: int, stop: int) -> np.ndarray:
        """Not gone, and kept by the curation filters: rejected and starred from the columns in
        numpy; the rarer parts of an :class:`EventFilter` (tags, certainty, documents, dates) from
        the columns of :class:`FilterColumns` (numpy, and a look at the few unusual keys), a date
        range first narrowed in numpy on the day columns (to a superset: a column's end is never
        before its begin, an event's may be, which the filter columns refine)."""
        mask = super()._compute_shown(start, stop)
        rejected, starred = self._curation_columns()
        if not self._show_rejected:
            mask &= ~rejected[start:stop]
        f = self._event_filter
        if f.starred is not None:
            mask &= starred[start:stop] == f.starred
        if f.since is not None or f.until is not None:
            arrays = self.time_arrays()
            mask &= arrays.begin[start:stop] != NO_DAY
            if f.since is not None:
                mask &= arrays.end[start:stop] >= f.since.toordinal()
            if f.until is not None:
                mask &= arrays.begin[start:stop] <= f.until.toordinal()
        if needs_columns(f):
            mask &= self._filter_columns().mask(f, start, stop)
        return mask

    def is_curation_filtering(self) -> bool:
        return self._show_rejected or self._event_filter != EventFilter(rejected=None)

    def curation_of(self, event_id: str) -> Curation | None:
        """The event's curation; an event opened from the file with no edit has the default one
        (kept for no event: see :meth:`_load_stored_rows`). None for an event not stored here."""
        found = self._curations.get(event_id)
        if found is not None:
            return found
        key = self.stored_key_of(event_id)
        return None if key is None else default_curation(self.event_by_key(key))

    def _curation_at(self, event) -> Curation:  # noqa: ANN001
        found = self._curations.get(event.id)
        return found if found is not None else default_curation(event)

    def starred_by_key(self) -> np.ndarray:
        """A flag by stored key: starred by the user (what the timeline marks with a star)."""
        return self._curation_columns()[1]
