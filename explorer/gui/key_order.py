"""Row orders as permutations of every stored key, computed once per sort column and kept current.

Sorting the table by a column used to be a ``numpy.lexsort`` of (column, date, key) over every key
on each sort and on each Filter keystroke while sorted (0.13-0.27 s at 1M events), after turning
every title into a rank (0.4 s more for titles). A :class:`KeyOrder` holds that permutation once:
the rows of a filter state are then the permutation narrowed by the filter's mask (one numpy pass),
a descending sort is the same permutation read backwards (the order is total: equal values go by
date, then by key, so reversing it is exactly the descending sort), and an edit moves only the keys
it changed (:meth:`KeyOrder.move`). Qt-free, so it is tested on its own.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left
from itertools import islice
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import numpy as np

#: Strings read, sorted, merged or ranked per background step (see :func:`string_rank_steps`):
#: about 10-20 ms each.
RANK_CHUNK = 10_000


def index_type(count: int) -> type:
    """The narrowest signed integer type that numbers ``count`` things (with -1 for none): int32
    up to two billion, half the memory of int64 (4 MB per million keys)."""
    return np.int32 if count < np.iinfo(np.int32).max else np.int64


def inverse(order: np.ndarray, size: int | None = None) -> np.ndarray:
    """Position by key of a permutation (or of a part of one); -1 for the keys ``order`` leaves out.
    int32 while positions fit (see :func:`index_type`)."""
    place = np.full(len(order) if size is None else size, -1, index_type(max(len(order), size or 0)))
    place[order] = np.arange(len(order), dtype=place.dtype)  # not an int64 range (8 MB at 1M) to copy from
    return place


def string_ranks(values: Sequence[str]) -> np.ndarray:
    """Integer ranks of strings (equal strings, equal ranks), so lexsort (and negation for
    descending) works on them. Sorting the distinct strings and looking each up is about ten times
    faster than ``np.unique`` on an object array (0.7 s against 7 s for a million titles)."""
    rank = {text: i for i, text in enumerate(sorted(set(values)))}
    return np.fromiter((rank[text] for text in values), index_type(len(rank)), len(values))


def string_rank_steps(values: Callable[[int, int], list[str]], count: int,
                      out: list[np.ndarray]) -> Iterator[None]:
    """:func:`string_ranks` of ``values(start, stop)`` over ``0..count`` in steps of about
    :data:`RANK_CHUNK` strings (a generator: each ``next`` is one step, a few tens of milliseconds
    at most), so an event loop can compute them between its turns; the ranks are appended to ``out``
    when done. Each chunk's distinct strings are sorted on their own and the runs merged a chunk at
    a time, since one sort of a million distinct titles would hold the loop for a second. The
    strings are read again for the ranks rather than kept from the first pass: a list of every one
    (a million casefolded titles, about 100 MB) would be held through the merge, on top of the
    search text built just before (issue 16: the build's peak). So ``values`` must give the same
    strings each time it is asked for a range (the model drops the steps when a title changes)."""
    runs: list[list[str]] = []
    for start in range(0, count, RANK_CHUNK):
        runs.append(sorted(set(values(start, min(start + RANK_CHUNK, count)))))
        yield
    rank: dict[str, int] = {}
    merged = heapq.merge(*runs)
    while True:
        step = list(islice(merged, RANK_CHUNK))
        for text in step:  # ascending; a string in several runs comes again right after itself
            if text not in rank:
                rank[text] = len(rank)
        if len(step) < RANK_CHUNK:
            break
        yield
    ranks = np.empty(count, index_type(len(rank)))  # int32: 4 MB per million titles, not 8
    for start in range(0, count, RANK_CHUNK):
        stop = min(start + RANK_CHUNK, count)
        ranks[start:stop] = np.fromiter(map(rank.__getitem__, values(start, stop)), ranks.dtype, stop - start)
        yield
    out.append(ranks)


class KeyOrder:
    """Every stored key in ascending (primary, date, key) order: ``perm`` (position -> key, int64:
    the rows the model shows are read from it) and ``place`` (key -> position, int32 while it fits:
    only compared and indexed with)."""

    __slots__ = ("perm", "place")

    def __init__(self, perm: np.ndarray) -> None:
        self.perm = np.asarray(perm, np.int64)
        self.place = inverse(self.perm)

    @classmethod
    def build(cls, primary: np.ndarray, date: np.ndarray) -> "KeyOrder":
        """By ``primary``, equal ones by ``date``, equal ones by key (lexsort is stable)."""
        return cls(np.lexsort((np.asarray(date), np.asarray(primary))))

    @classmethod
    def build_on(cls, primary: np.ndarray, by_date: "KeyOrder") -> "KeyOrder":
        """As :meth:`build`, from the date order (by date, then key): one stable sort of ``primary``
        read in that order, instead of a sort by two keys (half the time at 1M)."""
        perm = by_date.perm
        return cls(perm[np.argsort(np.asarray(primary)[perm], kind="stable")])

    def __len__(self) -> int:
        return len(self.perm)

    def keys(self, visible: np.ndarray | None = None, descending: bool = False) -> np.ndarray:
        """The keys in this order (reversed for ``descending``), only those ``visible`` (bool by key)
        keeps when given."""
        perm = self.perm[::-1] if descending else self.perm
        return perm if visible is None else perm[np.asarray(visible[: len(self.perm)], bool)[perm]]

    def after(self, key: int, descending: bool = False) -> np.ndarray:
        """By key, whether it sorts after ``key`` (bool)."""
        here = self.place[key]
        return self.place < here if descending else self.place > here

    def move(self, keys: Iterable[int], sort_key: Callable[[int], Any]) -> None:
        """Put ``keys`` where ``sort_key`` (a key's (primary, date, key) value now) orders them: keys
        already in the order whose values changed (an edit), and new keys (the next ones after the
        last, appended). The others stay in place, so this costs a binary search per moved key and
        one numpy pass, not a sort."""
        moved = sorted({int(k) for k in keys}, key=sort_key)
        if not moved:
            return
        ids = np.asarray(moved, np.int64)
        old, new = ids[ids < len(self.place)], np.sort(ids[ids >= len(self.place)])
        if len(new) and not np.array_equal(new, np.arange(len(self.place), len(self.place) + len(new))):
            raise ValueError("new keys must be the next ones after the stored keys")
        if len(old):
            stay = np.ones(len(self.perm), bool)
            stay[self.place[old]] = False
            rest = self.perm[stay]
        else:
            rest = self.perm
        at = [bisect_left(rest, sort_key(k), key=sort_key) for k in moved]
        self.perm = np.insert(rest, at, ids)
        self.place = inverse(self.perm)
