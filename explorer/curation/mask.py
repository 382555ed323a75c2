"""An :class:`EventFilter`'s rarer parts (tags, certainty, documents, the exact date range) as one
numpy mask by key, for a view holding a million events.

Asking :meth:`EventFilter.matches` of each event kept by the cheaper parts cost about 100 ms per
change of the filters at 100k events (a second at 1M). Here each event is read once, when the
columns are made (:meth:`FilterColumns.extend`) or when it changes (:meth:`FilterColumns.set`), and
a change of the filter is a few numpy passes plus a look at the few keys that are unusual: those
with tags, those whose sources span other documents (a merge), those with no curation, and those
whose end precedes their begin (which a day column cannot tell).

A view over a project opened from its file holds no record per event (they are made from the
stored columns when asked for), so the columns are also made from columns
(:meth:`FilterColumns.extend_columns`): the certainty and document of each key as codes, its days
as ordinals, and the curations of the edited keys alone, every other key having the default one
(its own document, no tag). Reading a record per key there cost 1.4 s of CPU at 100k events.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np

from explorer.calendar import calendar_day
from explorer.curation.filters import EventFilter
from explorer.curation.model import Curation
from explorer.events.record import Event


#: The ordinal of "no day" (an undated event) in :class:`KeyColumns`, as the store writes it.
NO_DAY = int(np.iinfo(np.int64).min)


@dataclass(frozen=True, slots=True)
class Coded:
    """Text with few distinct values as columns: ``values[codes[i]]`` is the ``i``-th key's."""

    values: Sequence[str]
    codes: np.ndarray


@dataclass(frozen=True, slots=True)
class KeyColumns:
    """What :class:`FilterColumns` reads of a run of keys, as columns (no record): each key's
    ``certainty`` and ``doc`` (:attr:`Event.certainty`, :attr:`Event.doc`), its ``begin`` and
    ``end`` as day ordinals as the record has them (``NO_DAY`` for none; an end may precede its
    begin), and ``curations``: by key, the curation of each key that has an edit — every other key
    has the default one (sources its own event and document, no tag)."""

    certainty: Coded
    doc: Coded
    begin: np.ndarray
    end: np.ndarray
    curations: Mapping[int, Curation]


def key_columns(stored: Any, rows: np.ndarray, given: Sequence[tuple[int, Event]], first: int,
                curations: Mapping[int, Curation]) -> KeyColumns:
    """The :class:`KeyColumns` of keys ``first``..``first + len(rows)``: key ``first + i`` is row
    ``rows[i]`` of ``stored`` (a project's stored columns,
    :class:`explorer.store.stored_events.StoredEvents`: ``category(name)`` with a ``table`` of
    values and their ``codes``, ``ints(name)`` the day ordinals) or, where ``rows[i]`` is negative,
    the record ``given`` for that key. The stored keys' fields are taken in numpy; only the given
    records are read."""
    n = len(rows)
    rows = np.asarray(rows, np.int64)
    safe = np.maximum(rows, 0)
    has_stored = stored is not None and bool((rows >= 0).any())

    def coded(name: str) -> Coded:
        codes = np.zeros(n, np.int64)
        values: list = []
        if has_stored:
            column = stored.category(name)
            values = column.table.tolist()
            codes[:] = column.codes[safe]
        code_of = {v: i for i, v in enumerate(values)}
        for key, event in given:
            value = getattr(event, name)
            code = code_of.get(value)
            if code is None:
                code = code_of[value] = len(values)
                values.append(value)
            codes[key - first] = code
        return Coded(values, codes)

    def ordinals(name: str) -> np.ndarray:
        out = np.full(n, NO_DAY, np.int64)
        if has_stored:
            out[:] = np.asarray(stored.ints(name), np.int64)[safe]  # the store's "no day" is NO_DAY too
        for key, event in given:
            day = getattr(event, name)
            out[key - first] = NO_DAY if day is None else day.toordinal()
        return out

    return KeyColumns(coded("certainty"), coded("doc"), ordinals("begin"), ordinals("end"), curations)


def needs_columns(f: EventFilter) -> bool:
    """Whether ``f`` has a part this module answers (tags, certainty, documents or dates)."""
    return bool(f.tags or f.certainty or f.docs) or f.since is not None or f.until is not None


class FilterColumns:
    """By key: the certainty and the document of each event as codes, and the unusual keys aside."""

    def __init__(self) -> None:
        self._certainty_codes: dict[str, int] = {}
        self._doc_codes: dict[str, int] = {}
        self.certainty = np.zeros(0, np.int32)
        self.doc = np.zeros(0, np.int32)
        self.tags: dict[int, frozenset[str]] = {}  # keys with tags
        self.other_docs: dict[int, frozenset[str]] = {}  # keys whose source documents are not (event.doc,)
        self.uncurated: set[int] = set()  # keys with no curation: no tag, no document, so never kept
        self.odd_dates: dict[int, tuple[date, date]] = {}  # keys whose end is before their begin: (begin, end)

    def __len__(self) -> int:
        return len(self.certainty)

    def extend(self, events: Iterable[Event], curations: Iterable[Curation | None]) -> None:
        """The columns of the next keys (``events`` and their curations, in key order)."""
        first = len(self)
        certainty: list[int] = []
        doc: list[int] = []
        for i, (event, cur) in enumerate(zip(events, curations), start=first):
            certainty.append(self._code(self._certainty_codes, event.certainty))
            doc.append(self._code(self._doc_codes, event.doc))
            self._note(i, event, cur)
        self.certainty = np.concatenate([self.certainty, np.asarray(certainty, np.int32)])
        self.doc = np.concatenate([self.doc, np.asarray(doc, np.int32)])

    def extend_columns(self, cols: KeyColumns) -> None:
        """The columns of the next keys from their columns (see :class:`KeyColumns`): the same
        columns :meth:`extend` makes from their records and curations, reading no record."""
        first = len(self)
        n = len(cols.certainty.codes)
        if not (len(cols.doc.codes) == len(cols.begin) == len(cols.end) == n):
            raise ValueError("the key columns differ in length")
        certainty = self._recoded(self._certainty_codes, cols.certainty)
        doc = self._recoded(self._doc_codes, cols.doc)
        begin, end = np.asarray(cols.begin, np.int64), np.asarray(cols.end, np.int64)
        odd = np.flatnonzero((begin != NO_DAY) & (end != NO_DAY) & (end < begin))
        for i in odd.tolist():
            self.odd_dates[first + i] = (calendar_day(int(begin[i])), calendar_day(int(end[i])))
        for key, cur in cols.curations.items():
            i = key - first
            if not 0 <= i < n:
                continue
            if cur.tags:
                self.tags[key] = frozenset(cur.tags)
            if cur.source_docs != (cols.doc.values[int(cols.doc.codes[i])],):
                self.other_docs[key] = frozenset(cur.source_docs)
        self.certainty = np.concatenate([self.certainty, certainty])
        self.doc = np.concatenate([self.doc, doc])

    def set(self, key: int, event: Event, cur: Curation | None) -> None:
        """The event of ``key`` (or its curation) changed."""
        if not 0 <= key < len(self):
            return
        self.certainty[key] = self._code(self._certainty_codes, event.certainty)
        self.doc[key] = self._code(self._doc_codes, event.doc)
        for aside in (self.tags, self.other_docs, self.odd_dates):
            aside.pop(key, None)
        self.uncurated.discard(key)
        self._note(key, event, cur)

    def mask(self, f: EventFilter, start: int, stop: int) -> np.ndarray:
        """By key over ``start..stop``: whether the event passes ``f``'s tags, certainty, documents
        and date range as :meth:`EventFilter.matches` says (its rejected and starred parts are the
        caller's, as are the day columns' coarse date test, which this only refines)."""
        keep = np.ones(stop - start, bool)
        if not needs_columns(f):
            return keep
        self._clear(keep, self.uncurated, start, stop)
        if f.tags:
            tagged = np.zeros(stop - start, bool)
            for key, tags in self.tags.items():
                if start <= key < stop and not f.tags.isdisjoint(tags):
                    tagged[key - start] = True
            keep &= tagged
        if f.certainty:
            keep &= np.isin(self.certainty[start:stop], self._codes_of(self._certainty_codes, f.certainty))
        if f.docs:
            in_docs = np.isin(self.doc[start:stop], self._codes_of(self._doc_codes, f.docs))
            for key, docs in self.other_docs.items():
                if start <= key < stop:
                    in_docs[key - start] = not f.docs.isdisjoint(docs)
            keep &= in_docs
        if f.since is not None or f.until is not None:
            for key, (begin, end) in self.odd_dates.items():
                if start <= key < stop and ((f.since is not None and end < f.since)
                                            or (f.until is not None and begin > f.until)):
                    keep[key - start] = False
        return keep

    def _note(self, key: int, event: Event, cur: Curation | None) -> None:
        if cur is None:
            self.uncurated.add(key)
            return
        if cur.tags:
            self.tags[key] = frozenset(cur.tags)
        if cur.source_docs != (event.doc,):
            self.other_docs[key] = frozenset(cur.source_docs)
        if event.begin is not None and event.end is not None and event.end < event.begin:
            self.odd_dates[key] = (event.begin, event.end)

    @staticmethod
    def _code(codes: dict[str, int], value: str) -> int:
        code = codes.get(value)
        if code is None:
            code = codes[value] = len(codes)
        return code

    @classmethod
    def _recoded(cls, codes: dict[str, int], coded: Coded) -> np.ndarray:
        """``coded``'s codes as this table's (int32): each distinct value coded once."""
        if not len(coded.codes):
            return np.zeros(0, np.int32)
        table = np.asarray([cls._code(codes, v) for v in coded.values], np.int32)
        return table[np.asarray(coded.codes, np.intp)]

    @staticmethod
    def _codes_of(codes: dict[str, int], values: Iterable[str]) -> np.ndarray:
        return np.asarray([codes[v] for v in values if v in codes], np.int32)

    @staticmethod
    def _clear(keep: np.ndarray, keys: Iterable[int], start: int, stop: int) -> None:
        for key in keys:
            if start <= key < stop:
                keep[key - start] = False
