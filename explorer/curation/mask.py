"""An :class:`EventFilter`'s rarer parts (tags, certainty, documents, the exact date range) as one
numpy mask by key, for a view holding a million events.

Asking :meth:`EventFilter.matches` of each event kept by the cheaper parts cost about 100 ms per
change of the filters at 100k events (a second at 1M). Here each event is read once, when the
columns are made (:meth:`FilterColumns.extend`) or when it changes (:meth:`FilterColumns.set`), and
a change of the filter is a few numpy passes plus a look at the few keys that are unusual: those
with tags, those whose sources span other documents (a merge), those with no curation, and those
whose end precedes their begin (which a day column cannot tell).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import numpy as np

from explorer.curation.filters import EventFilter
from explorer.curation.model import Curation
from explorer.events.record import Event


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

    @staticmethod
    def _codes_of(codes: dict[str, int], values: Iterable[str]) -> np.ndarray:
        return np.asarray([codes[v] for v in values if v in codes], np.int32)

    @staticmethod
    def _clear(keep: np.ndarray, keys: Iterable[int], start: int, stop: int) -> None:
        for key in keys:
            if start <= key < stop:
                keep[key - start] = False
