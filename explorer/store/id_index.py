"""Stored event ids → rows, as two numpy arrays instead of a dict over every id (issue 16).

Looking an event up by id (the groups' members on opening, go to an event, star it) needed a
``{id: key}`` dict over every stored event: at 1M events 0.5 s of CPU on opening and a string and an
entry per event (over 100 MB). :class:`IdIndex` keeps the rows sorted by a hash of their id
(:mod:`explorer.store.text_hash`: four gathers per row, no string made) and finds an id by binary
search, then compares the id itself with the rows of that hash, so a hash shared by chance never
gives a wrong row. Building it for 1M ids takes about 0.15 s and 16 MB.

Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from explorer.store.text_hash import ByteRows, column_hashes, same_rows


class IdIndex:
    """The rows of a text column of ids (``text``, each row's end in it) by id; ``id_of(row)`` gives
    one row's id (a slice of the column) to confirm a match. Where an id is stored more than once,
    its first row is the answer, as a dict filled in row order with ``setdefault`` gives."""

    __slots__ = ("_hashes", "_rows", "_id_of", "_text", "_ends")

    def __init__(self, text: str, ends: np.ndarray, id_of: Callable[[int], str]) -> None:
        hashes = column_hashes(text, ends)[0]
        self._rows = rows_by_hash(hashes)
        self._hashes = hashes[self._rows]
        self._id_of = id_of
        self._text, self._ends = text, ends  # the column (shared, not copied): many ids are confirmed at once

    def __len__(self) -> int:
        return len(self._rows)

    def rows_of(self, ids: Sequence[str]) -> np.ndarray:
        """The first row holding each of ``ids`` (int64), -1 where none does."""
        out = np.full(len(ids), -1, np.int64)
        if not len(ids) or not len(self._rows):
            return out
        wanted, asked_bytes = column_hashes("".join(ids), np.cumsum(np.fromiter(map(len, ids), np.int64, len(ids))))
        # looked up in sorted order: each search starts near the last one (the groups' 145k ids
        # searched as given took 65 ms at 1M, a random read into 8 MB per id and bound)
        by_hash = np.argsort(wanted)
        lo = np.empty(len(ids), np.int64)
        lo[by_hash] = np.searchsorted(self._hashes, wanted[by_hash], "left")
        found = self._hashes[np.minimum(lo, len(self._hashes) - 1)] == wanted
        asked = np.flatnonzero(found & (lo < len(self._hashes)))  # ids whose hash is stored
        if len(asked) > FEW:  # the first row of each hash, confirmed byte for byte in numpy
            first = self._rows[lo[asked]]
            same = same_rows(asked_bytes, ByteRows(self._text, self._ends), (asked, first))
            out[asked[same]] = first[same]
            asked = asked[~same]  # a hash shared by chance: its other rows, one by one
        rows, id_of = self._rows, self._id_of
        for i in asked.tolist():
            want = ids[i]
            for at in range(int(lo[i]), int(np.searchsorted(self._hashes, wanted[i], "right"))):
                row = int(rows[at])
                if id_of(row) == want:
                    out[i] = row
                    break
        return out

    def row_of(self, event_id: str) -> int:
        """The first row holding ``event_id``, -1 if none does."""
        return int(self.rows_of([event_id])[0])


#: Up to this many ids are confirmed by comparing strings; more at once, by comparing bytes in numpy.
FEW = 64
#: More runs of equal hashes than this: a stable sort of them all (see :func:`rows_by_hash`).
MANY_TIES = 20_000


def rows_by_hash(hashes: np.ndarray) -> np.ndarray:
    """The rows sorted by hash, rows of one hash in row order (an id stored twice: its first row
    answers). A stable sort of 1M hashes took 0.12 s of CPU, the default sort 0.045 s: the default
    one, then each run of equal hashes (ids stored twice, a few thousand at 1M) put back in row
    order; a stable sort when such runs are many."""
    rows = np.argsort(hashes)
    ordered = hashes[rows]
    tied = np.flatnonzero(ordered[1:] == ordered[:-1])  # i: sorted positions i and i + 1 share a hash
    if not len(tied):
        return rows
    starts = tied[np.r_[True, tied[1:] != tied[:-1] + 1]]
    stops = tied[np.r_[tied[1:] != tied[:-1] + 1, True]] + 2
    if len(starts) > MANY_TIES:
        return np.argsort(hashes, kind="stable")
    for a, b in zip(starts.tolist(), stops.tolist()):
        rows[a:b] = np.sort(rows[a:b])
    return rows
