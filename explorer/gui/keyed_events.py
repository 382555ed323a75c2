"""The event model's records by key, without a record per key (issue 16).

A key's event is either a record given to the model (an import, an edited document's rows) or a
row of the project's stored columns (:class:`~explorer.store.stored_events.StoredEvents`), whose
record is made when a view asks for it and kept in a small cache. Whole columns that views need
for every key (ids for look-ups, titles for sorting, actors and places, salience) are read from
the stored columns for stored keys, so opening a large project makes no record per event.

Qt-free: the model (:mod:`explorer.gui.event_model`) holds one and indexes it like a list.
"""

from __future__ import annotations

import time

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain
from typing import Any

import numpy as np

from explorer.events.record import Event
from explorer.store.stored_events import StoredEvents

#: Records of stored keys kept once made (the rows on screen, the source pane's document...).
CACHE_SIZE = 8192
#: Records made at once when a whole range is read (the search text, built in the background).
CHUNK = 4096


class KeyedEvents(Sequence):
    """Events by key, as a list: ``events[key]``, ``len``, ``extend``, ``events[key] = event``,
    ranges by slice. Stored keys (see :meth:`add_stored`) are made from the columns when read."""

    def __init__(self, events: Iterable[Event] = ()) -> None:
        self._given: list[Event | None] = list(events)  # None for a stored key not replaced since
        self._stored: StoredEvents | None = None
        self._labelled = False
        self._rows = np.zeros(0, np.int64)  # stored key -> row of the columns; the stored keys come first
        self._cache: dict[int, Event] = {}
        self._replaced: set[int] = set()  # stored keys given a record since (edits: few)
        #: id -> the first key whose record was given (edits, added events): the stored keys are
        #: found through the stored columns' id index (no dict over every stored id); None: made
        #: again when next asked (a record's id changed); ``_given_indexed``: keys looked at so far.
        self._given_ids: dict[str, int] | None = None
        self._given_indexed = 0
        self._key_of_row: np.ndarray | None = None  # stored row -> key (-1: no key), made when asked

    # -- filling ---------------------------------------------------------------------------------

    def add_stored(self, stored: StoredEvents, rows: np.ndarray, labelled: bool, given: dict[int, Event]) -> None:
        """Keys for ``rows`` of ``stored`` (records made when read), where a row is -1 the record of
        that key in ``given``; only into an empty store (these keys come first)."""
        if self._given:
            raise ValueError("stored keys come before any given event")
        self._stored, self._labelled = stored, labelled
        self._rows = np.asarray(rows, np.int64)
        self._given = [None] * len(self._rows)
        for key, event in given.items():
            self._given[key] = event
        self._replaced = set(given)
        self._given_ids, self._given_indexed, self._key_of_row = None, 0, None

    def extend(self, events: Iterable[Event]) -> None:
        self._given.extend(events)

    def __setitem__(self, key: int, event: Event) -> None:
        index = self._given_ids
        if index is not None and key < self._given_indexed:
            old = self._given[key]
            if old is not None and old.id != event.id:
                self._given_ids = None  # another key may hold the old id: made again when asked
            elif index.get(event.id, key + 1) > key:
                index[event.id] = key
        self._given[key] = event
        self._cache.pop(key, None)
        if key < len(self._rows):
            self._replaced.add(key)

    # -- reading ---------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._given)

    def is_stored(self, key: int) -> bool:
        """Whether ``key``'s record is still the stored row's (not given since)."""
        return key < len(self._rows) and self._given[key] is None

    def __getitem__(self, key):  # type: ignore[override]
        if isinstance(key, slice):
            return self._range(*key.indices(len(self._given)))
        event = self._given[key]
        if event is not None:
            return event
        if key < 0:
            key += len(self._given)
        cached = self._cache.get(key)
        if cached is None:
            cached = self._stored.record(int(self._rows[key]), self._labelled)  # type: ignore[union-attr]
            if len(self._cache) >= CACHE_SIZE:
                self._cache.clear()
            self._cache[key] = cached
        return cached

    def _range(self, start: int, stop: int, step: int = 1) -> list[Event]:
        if step != 1:
            return [self[k] for k in range(start, stop, step)]
        out = self._given[start:stop]
        missing = [i for i, e in enumerate(out) if e is None]
        if not missing:
            return out  # type: ignore[return-value]
        rows = self._rows[np.asarray(missing, np.int64) + start]
        # runs of consecutive rows are made in one pass each
        breaks = np.flatnonzero(np.diff(rows) != 1) + 1
        for run_idx, run_rows in zip(np.split(np.asarray(missing), breaks), np.split(rows, breaks)):
            made = self._stored.records(int(run_rows[0]), int(run_rows[-1]) + 1, self._labelled)  # type: ignore[union-attr]
            for i, event in zip(run_idx.tolist(), made):
                out[i] = event
        return out  # type: ignore[return-value]

    def __iter__(self) -> Iterator[Event]:
        for start in range(0, len(self._given), CHUNK):
            yield from self._range(start, min(start + CHUNK, len(self._given)))

    # -- look-ups by id ----------------------------------------------------------------------------

    def key_of(self, event_id: str) -> int | None:
        """The first key whose event has the id ``event_id`` (None if none has)."""
        key = int(self.keys_of([event_id])[0])
        return None if key < 0 else key

    def keys_of(self, ids: Sequence[str]) -> np.ndarray:
        """The first key of each of ``ids`` (int64), -1 where no event has it: stored keys through
        the stored columns' id index (numpy, see :mod:`explorer.store.id_index`), keys given a
        record through a dict over those alone. No string or entry per stored event is made."""
        out = np.full(len(ids), -1, np.int64)
        if not len(ids):
            return out
        if self._stored is not None and len(self._rows):
            rows = self._stored.id_index().rows_of(ids)
            found = rows >= 0
            keys = self._row_keys()[rows[found]]
            if self._replaced:  # a stored row whose key was given a record since: that record answers
                keys[np.isin(keys, np.fromiter(self._replaced, np.int64, len(self._replaced)))] = -1
            out[found] = keys
        given = self._given_index()
        if given:
            for i, event_id in enumerate(ids):
                key = given.get(event_id)
                if key is not None and (out[i] < 0 or key < out[i]):
                    out[i] = key
        return out

    def _row_keys(self) -> np.ndarray:
        """Stored row -> its key (-1: no key), the inverse of ``_rows``."""
        if self._key_of_row is None:
            count = len(self._stored) if self._stored is not None else 0
            inverse = np.full(count, -1, np.int64)
            keyed = np.flatnonzero(self._rows >= 0)
            inverse[self._rows[keyed]] = keyed
            self._key_of_row = inverse
        return self._key_of_row

    def _given_index(self) -> dict[str, int]:
        """id -> first key for keys given a record (kept up to date as keys are added or given)."""
        index = self._given_ids
        if index is None:
            index, self._given_indexed = {}, 0
            self._given_ids = index
        n = len(self._given)
        if self._given_indexed < n:
            start = self._given_indexed
            n_stored = len(self._rows)
            keys = sorted(k for k in self._replaced if start <= k < n_stored) if start < n_stored else []
            for key in chain(keys, range(max(start, n_stored), n)):
                event = self._given[key]
                if event is not None:
                    index.setdefault(event.id, key)
            self._given_indexed = n
        return index

    # -- whole columns ---------------------------------------------------------------------------

    def _column(self, stored_values: Any, given: Any, start: int, stop: int) -> list:
        """One field of keys ``start``..``stop``: ``stored_values(rows)`` for stored keys (a list in
        the rows' order), ``given(event)`` for the others."""
        stop = min(stop, len(self._given))
        if stop <= start:
            return []
        n_stored = min(len(self._rows), stop)
        out: list = []
        if start < n_stored:
            out = stored_values(self._rows[start:n_stored])
            for key in self._replaced:
                if start <= key < n_stored:
                    out[key - start] = given(self._given[key])
        out.extend(given(e) for e in self._given[max(start, n_stored):stop])
        return out

    def _stored_rows_values(self, values_of_range) -> Any:  # noqa: ANN001
        """``rows -> values``: when the rows run consecutively (a load keeps them so), one range of
        the columns; otherwise the whole column, indexed."""
        def values(rows: np.ndarray) -> list:
            if not len(rows):
                return []
            rows = np.maximum(rows, 0)  # given keys (-1): any row, their values are replaced after
            lo, hi = int(rows.min()), int(rows.max()) + 1
            block = values_of_range(lo, hi)
            if hi - lo == len(rows) and bool(np.all(np.diff(rows) == 1)):
                return block
            table = np.empty(len(block), object)
            table[:] = block
            return table[rows - lo].tolist()
        return values

    def ids(self, start: int = 0, stop: int | None = None) -> list[str]:
        stored = self._stored
        fetch = self._stored_rows_values(lambda a, b: stored.texts("id", a, b))  # type: ignore[union-attr]
        return self._column(fetch, lambda e: e.id, start, len(self) if stop is None else stop)

    def titles(self, start: int = 0, stop: int | None = None) -> list[str]:
        stored = self._stored
        fetch = self._stored_rows_values(lambda a, b: stored.texts("title", a, b))  # type: ignore[union-attr]
        return self._column(fetch, lambda e: e.title, start, len(self) if stop is None else stop)

    def names(self, kind: str) -> list[tuple[str, ...]]:
        """``actors`` or ``places`` of every key."""
        stored, labelled = self._stored, self._labelled
        fetch = self._stored_rows_values(lambda a, b: stored.names(kind, labelled, a, b))  # type: ignore[union-attr]
        return self._column(fetch, lambda e: getattr(e, kind), 0, len(self))

    def name_counts(self, keep: np.ndarray | None = None) -> Counter:
        """How many events name each actor or place (each name once per event, actors and places
        together), over the keys ``keep`` allows (bool by key; None: every key). Stored keys are
        counted in numpy from the stored name codes (:meth:`StoredEvents.name_codes`), the keys
        given a record from their records."""
        n = len(self._given)
        keep = np.ones(n, bool) if keep is None else np.asarray(keep[:n], bool)
        counts: Counter = Counter()
        n_stored = len(self._rows)
        stored_keys = np.zeros(n, bool)
        if self._stored is not None and n_stored:
            stored_keys[:n_stored] = self._rows >= 0
            if self._replaced:
                stored_keys[np.fromiter(self._replaced, np.int64, len(self._replaced))] = False
            wanted = np.zeros(len(self._stored), bool)
            wanted[self._rows[stored_keys[:n_stored] & keep[:n_stored]]] = True
            counts.update(_count_stored_names(self._stored, self._labelled, wanted))
        given = np.flatnonzero(keep & ~stored_keys).tolist()
        events = self._given
        counts.update(chain.from_iterable(set(events[k].actors + events[k].places) for k in given))  # type: ignore[union-attr]
        return counts

    def name_counts_ready(self, at_once_below: int) -> bool:
        """Whether :meth:`name_counts` answers without making the stored name codes first: none are
        needed, they are made, or there are fewer than ``at_once_below`` stored rows (made when
        asked, quickly). Otherwise make them a step at a time first (:meth:`advance_name_counts`):
        opening 1M events spent 0.47 s of CPU on the people panel's counts."""
        stored = self._stored
        return stored is None or len(stored) < at_once_below or stored.has_name_codes(self._labelled)

    def advance_name_counts(self, budget_s: float) -> bool:
        """Make the stored name codes for about ``budget_s`` seconds (at least one step); whether
        they are made."""
        stored = self._stored
        if stored is None:
            return True
        steps = stored.name_code_steps(self._labelled)
        until = time.perf_counter() + budget_s
        for _ in steps:
            if time.perf_counter() >= until:
                break
        return stored.has_name_codes(self._labelled)

    @property
    def stored(self) -> StoredEvents | None:
        """The columns the stored keys are rows of (None when every record was given)."""
        return self._stored

    def stored_rows(self, start: int, stop: int) -> np.ndarray:
        """By key in ``start``..``stop``: its row of :attr:`stored`, -1 where its record was given."""
        stop = min(stop, len(self._given))
        out = np.full(max(stop - start, 0), -1, np.int64)
        n_stored = min(len(self._rows), stop)
        if start < n_stored:
            out[:n_stored - start] = self._rows[start:n_stored]
            for key in self._replaced:
                if start <= key < n_stored:
                    out[key - start] = -1
        return out

    def given(self, start: int = 0, stop: int | None = None) -> list[tuple[int, Event]]:
        """``(key, record)`` of each key in ``start``..``stop`` whose record was given (an import,
        an edited document's rows, an edit since), in key order: read without making a record."""
        stop = len(self._given) if stop is None else min(stop, len(self._given))
        n_stored = len(self._rows)
        out = [(key, self._given[key]) for key in sorted(k for k in self._replaced if start <= k < stop)]
        out.extend((key, self._given[key]) for key in range(max(start, n_stored), stop))
        return out  # type: ignore[return-value]

    def salience(self, start: int = 0) -> np.ndarray:
        """The salience (float64) of every key from ``start`` on (an import's new keys alone: the
        whole column at 1M events took 0.11 s)."""
        start = min(max(start, 0), len(self))
        out = np.empty(len(self) - start, np.float64)
        n_stored = len(self._rows)
        if n_stored > start:
            out[:n_stored - start] = self._stored.salience()[np.maximum(self._rows[start:], 0)]  # type: ignore[union-attr]
        for key in self._replaced:
            if key >= start:
                out[key - start] = self._given[key].salience  # type: ignore[union-attr]
        first_given = max(n_stored, start)
        if len(self._given) > first_given:
            out[first_given - start:] = [e.salience for e in self._given[first_given:]]  # type: ignore[union-attr]
        return out


def _count_stored_names(stored: StoredEvents, labelled: bool, wanted: np.ndarray) -> dict[str, int]:
    """Events naming each name, over the stored rows ``wanted`` (bool by row), each name once per
    event: a tally of the stored (row, name) pairs (:meth:`StoredEvents.name_codes`), never a string
    per name."""
    rows, codes, names = stored.name_codes(labelled)
    if not len(codes):
        return {}
    tally = np.bincount(codes[wanted[rows]], minlength=len(names))
    return {names[c]: int(tally[c]) for c in np.flatnonzero(tally).tolist()}
