"""Every event's search text, casefolded, as UTF-8 bytes in a few large blobs (issue 16).

Why not a list of ``str``: at a million events the search text was a million Python strings, most
of them two bytes a character (one "–" in a date range or a document name widens the whole
string): about 440 MB, and at 9M events the build of that list (with the index over it) was what
ran the machine out of memory. Here each text is UTF-8 (about 225 bytes at 1M, no object per
text) followed by one ``0xFF`` byte, which no UTF-8 text contains: a needle, encoded the same way,
can never match across two texts, and a byte match is a character match (UTF-8 is
self-synchronising; lone surrogates, as in undecodable file names, go through ``surrogatepass``).

Texts live in chunks of about :data:`CHUNK_TEXTS` texts (a blob and the offset of each text's end),
so adding never copies more than one chunk and no step joins everything. Searching:

* :meth:`SearchText.contains` checks given keys, one C ``bytes.find`` bounded to each key's text;
* :meth:`SearchText.scan` finds the needle with ``bytes.find`` over each blob and jumps to the end
  of the matching text, so only the matching texts cost a Python step.

Texts replaced after they were added (an edited event) are kept aside and answered from there.
Nothing here imports Qt.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator

import numpy as np

from explorer.store.text_fold import fold

#: Texts per chunk (about 3.5 MB of the app's search text): adding copies at most one chunk.
CHUNK_TEXTS = 16_384

#: Ends every text in a blob: never part of UTF-8, so never part of an encoded needle.
SEPARATOR = b"\xff"


def encode(text: str) -> bytes:
    """The bytes a text (or a needle) is searched as: UTF-8, lone surrogates kept."""
    return text.encode("utf-8", "surrogatepass")


def _offsets(ends: np.ndarray) -> np.ndarray:
    """A chunk's end offsets as int32 while its blob is under 2 GB (always, but for texts of
    over 130 kB on average): half the memory of int64, 4 MB per million texts."""
    if len(ends) and int(ends[-1]) >= np.iinfo(np.int32).max:
        return ends.astype(np.int64, copy=False)
    return ends.astype(np.int32)


class SearchText:
    """Casefolded texts keyed ``0 .. len - 1`` in the order they were added."""

    def __init__(self, texts: Iterable[str] = (), folded: bool = False) -> None:
        self._blobs: list[bytes] = []
        self._ends: list[np.ndarray] = []  # by chunk: offset of each text's separator in its blob (int32, see _offsets)
        self._firsts: list[int] = []  # by chunk: its first key
        self._count = 0
        self._replaced: dict[int, bytes] = {}  # key -> its text now (encoded), when edited since added
        self.add(texts, folded)

    def __len__(self) -> int:
        return self._count

    @property
    def nbytes(self) -> int:
        """Memory held by the texts (blobs and offsets), for reports."""
        return sum(len(b) for b in self._blobs) + sum(e.nbytes for e in self._ends) + \
            sum(len(b) for b in self._replaced.values())

    def add(self, texts: Iterable[str], folded: bool = False) -> None:
        """Append texts (``folded``: already casefolded); their keys follow the ones already held."""
        encoded = [encode(t) if folded else encode(fold(t)) for t in texts]
        if not encoded:
            return
        blob = SEPARATOR.join(encoded) + SEPARATOR
        ends = np.cumsum(np.fromiter(map(len, encoded), np.int64, len(encoded)) + 1) - 1
        if self._blobs and len(self._ends[-1]) < CHUNK_TEXTS:  # fill the last chunk first
            offset = len(self._blobs[-1])
            self._blobs[-1] += blob
            self._ends[-1] = _offsets(np.concatenate([self._ends[-1], ends + offset]))
        else:
            self._blobs.append(blob)
            self._ends.append(_offsets(ends))
            self._firsts.append(self._count)
        self._count += len(encoded)

    def replace(self, key: int, text: str, folded: bool = False) -> None:
        """A key's new text (an edited event): answered from now on instead of the one added."""
        if not 0 <= key < self._count:
            raise IndexError(key)
        self._replaced[key] = encode(text if folded else fold(text))

    def _chunk_of(self, key: int) -> int:
        return bisect_left(self._firsts, key + 1) - 1

    def _bounds(self, chunk: int, local: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Start and end (exclusive) in the chunk's blob of the texts at ``local`` positions."""
        ends = self._ends[chunk]
        starts = np.where(local > 0, ends[np.maximum(local - 1, 0)] + 1, 0)
        return starts, ends[local]

    def __iter__(self) -> Iterator[str]:
        for start in range(0, self._count, CHUNK_TEXTS):
            yield from self.texts(start, start + CHUNK_TEXTS)

    def __getitem__(self, key: int | slice) -> str | list[str]:  # type: ignore[override]
        if isinstance(key, slice):
            start, stop, step = key.indices(self._count)
            texts = self.texts(start, stop) if step == 1 else [self[k] for k in range(start, stop, step)]
            return texts
        if key < 0:
            key += self._count
        if not 0 <= key < self._count:
            raise IndexError(key)
        raw = self._replaced.get(key)
        if raw is None:
            chunk = self._chunk_of(key)
            starts, ends = self._bounds(chunk, np.array([key - self._firsts[chunk]]))
            raw = self._blobs[chunk][int(starts[0]):int(ends[0])]
        return raw.decode("utf-8", "surrogatepass")

    def texts(self, start: int, stop: int) -> list[str]:
        """The texts of keys ``start``..``stop`` as strings (what the search index tokenises)."""
        stop = min(stop, self._count)
        out: list[str] = []
        key = start
        while key < stop:
            chunk = self._chunk_of(key)
            first = self._firsts[chunk]
            upto = min(stop, first + len(self._ends[chunk]))
            starts, ends = self._bounds(chunk, np.arange(key - first, upto - first))
            lo, hi = int(starts[0]), int(ends[-1])
            part = self._blobs[chunk][lo:hi].split(SEPARATOR)
            out.extend(p.decode("utf-8", "surrogatepass") for p in part)
            key = upto
        for k, raw in self._replaced.items():
            if start <= k < stop:
                out[k - start] = raw.decode("utf-8", "surrogatepass")
        return out

    def contains(self, needle: str, keys: np.ndarray) -> np.ndarray:
        """Whether each of ``keys`` (int, ascending or not) holds the casefolded ``needle`` (bool, one
        per key): a ``bytes.find`` bounded to each key's text."""
        keys = np.asarray(keys, np.int64)
        out = np.zeros(len(keys), bool)
        if not len(keys):
            return out
        raw = encode(fold(needle))
        chunks = np.searchsorted(np.asarray(self._firsts, np.int64), keys, "right") - 1
        order = np.argsort(chunks, kind="stable")
        bounds = np.flatnonzero(np.diff(chunks[order])) + 1
        for run in np.split(order, bounds):
            chunk = int(chunks[run[0]])
            starts, ends = self._bounds(chunk, keys[run] - self._firsts[chunk])
            find = self._blobs[chunk].find
            out[run] = [find(raw, a, b) >= 0 for a, b in zip(starts.tolist(), ends.tolist())]
        if self._replaced:
            for i, key in enumerate(keys.tolist()):
                text = self._replaced.get(key)
                if text is not None:
                    out[i] = raw in text
        return out

    def scan(self, needle: str, start: int = 0, stop: int | None = None) -> np.ndarray:
        """Whether each key ``start``..``stop`` holds the casefolded ``needle`` (bool, by key from
        ``start``): one ``bytes.find`` over each blob, a Python step per matching text only."""
        stop = self._count if stop is None else min(stop, self._count)
        out = np.zeros(max(stop - start, 0), bool)
        if stop <= start:
            return out
        raw = encode(fold(needle))
        if not raw:
            out[:] = True
            return out
        for chunk, blob in enumerate(self._blobs):
            first = self._firsts[chunk]
            ends = self._ends[chunk]
            if first + len(ends) <= start or first >= stop:
                continue
            lo_local, hi_local = max(start - first, 0), min(stop - first, len(ends))
            pos = int(ends[lo_local - 1]) + 1 if lo_local else 0
            limit = int(ends[hi_local - 1])
            ends_list = ends[lo_local:hi_local].tolist()
            find = blob.find
            base = first + lo_local - start  # out's index of ends_list[0]
            pos = find(raw, pos, limit)
            while pos >= 0:
                i = bisect_left(ends_list, pos)  # the text holding the match (no separator matches)
                out[base + i] = True
                pos = find(raw, ends_list[i] + 1, limit)
        for key, text in self._replaced.items():
            if start <= key < stop:
                out[key - start] = raw in text
        return out

    def scan_all(self, needle: str) -> np.ndarray:
        """:meth:`scan` over every key, in numpy: the blob's bytes equal to the needle's first byte,
        narrowed by each next byte, then each match's text by its offset. For short texts most of
        which may match (a field's distinct values: document names, names), where ``scan``'s
        Python step per matching text would cost the most."""
        out = np.zeros(self._count, bool)
        raw = encode(fold(needle))
        if not raw:
            out[:] = True
            return out
        for chunk, blob in enumerate(self._blobs):
            data = np.frombuffer(blob, np.uint8)
            span = len(data) - len(raw) + 1
            if span <= 0:
                continue
            starts = np.flatnonzero(data[:span] == raw[0])
            for i in range(1, len(raw)):
                if not len(starts):
                    break
                starts = starts[data[starts + i] == raw[i]]
            if len(starts):  # a match never holds a separator, so it ends inside the text it starts in
                out[self._firsts[chunk] + np.searchsorted(self._ends[chunk], starts)] = True
        for key, text in self._replaced.items():
            out[key] = raw in text
        return out
