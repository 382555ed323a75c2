"""Equal strings of a text column found in numpy, without a Python string per row (issue 16).

Cutting a text column (:class:`~explorer.store.stored_events.TextColumn`: one ``str`` and where each
row ends) of a million event ids, or two million actor names, into strings to put in a dict or a
``Counter`` took 0.5-1 s of CPU on every opening of a 1M-event project. Here each row is summarised
from its UTF-8 bytes by its length and four 8-byte windows (its first and last 8 bytes and two
evenly between), read as unaligned 64-bit words: four gathers per row, whatever the rows' lengths.
A row of at most :data:`EXACT_BYTES` bytes is covered byte for byte by its windows, so its summary
*is* the string; longer rows share a summary only by chance, and the callers here compare the
strings themselves there. Every answer is exact: a hash only says where to look.

Rows are summarised :data:`CHUNK` at a time: the temporaries of a whole 2M-row column at once
(a dozen arrays of 16 MB) stayed in the heap after opening, about 100 MB of the memory measured then.

Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Sequence
from typing import Any

import numpy as np

#: Rows of at most this many UTF-8 bytes are told apart exactly by their summary.
EXACT_BYTES = 32
#: Rows summarised at once (bounds the temporaries to a few MB).
CHUNK = 1 << 16

#: ``_MASKS[n]``: the low ``n`` bytes of a little-endian word (a row shorter than a window).
_MASKS = np.array([(1 << (8 * n)) - 1 for n in range(8)] + [2**64 - 1], np.uint64)
_MIX = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F), np.uint64(0x165667B19E3779F9),
        np.uint64(0xD6E8FEB86659FD93))

#: A row's summary: byte length (int64) and its four windows (uint64), one array each.
Summary = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]


class ByteRows:
    """A text column as UTF-8 bytes (followed by 8 zero bytes) and each row's end in them. ASCII
    text (ids, most names) is one copy; other text finds its rows' byte ends from the bytes that
    start a character. Lone surrogates are kept (``surrogatepass``), as the column keeps them."""

    __slots__ = ("data", "ends", "_words")

    def __init__(self, text: str, ends: np.ndarray) -> None:
        ends = np.asarray(ends, np.int64)
        if text.isascii():
            raw = text.encode("ascii")
            self.ends = ends
        else:
            raw = text.encode("utf-8", "surrogatepass")
            lead = np.flatnonzero((np.frombuffer(raw, np.uint8) & 0xC0) != 0x80)  # where each character starts
            self.ends = np.append(lead, len(raw))[ends] if len(ends) else ends
        self.data = np.frombuffer(raw + b"\0" * 8, np.uint8)
        # a 64-bit word starting at every byte (the 8 bytes of padding keep the last ones inside)
        self._words = np.ndarray((len(self.data) - 7,), "<u8", buffer=self.data.data, strides=(1,))

    def __len__(self) -> int:
        return len(self.ends)

    def bounds(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Where ``rows`` start and end in :attr:`data`."""
        ends = self.ends[rows]
        starts = np.where(rows > 0, self.ends[np.maximum(rows - 1, 0)], 0)
        return starts, ends

    def summaries(self, rows: np.ndarray) -> Summary:
        """The byte length and four windows of ``rows``, masked to each row (a row shorter than 8
        bytes reads no byte of the next one)."""
        starts, ends = self.bounds(rows)
        lengths = ends - starts
        mask = _MASKS[np.minimum(lengths, 8)]
        room = np.maximum(lengths - 8, 0)  # how far the last window is from the first
        words = self._words
        return (lengths, words[starts] & mask, words[starts + room // 3] & mask,
                words[starts + (2 * room) // 3] & mask, words[starts + room] & mask)

    def hashes(self) -> np.ndarray:
        """:func:`row_hashes` of every row, :data:`CHUNK` rows at a time."""
        return finish(self.hashes_in_steps())

    def hashes_in_steps(self) -> Generator[None, None, np.ndarray]:
        """:meth:`hashes`, pausing (``yield``) after each :data:`CHUNK` rows; returns them."""
        out = np.empty(len(self.ends), np.uint64)
        for lo in range(0, len(out), CHUNK):
            out[lo:lo + CHUNK] = row_hashes(self.summaries(np.arange(lo, min(lo + CHUNK, len(out)))))
            yield
        return out


def row_hashes(summary: Summary) -> np.ndarray:
    """A 64-bit hash of each row's summary: equal rows have equal hashes."""
    lengths, *windows = summary
    with np.errstate(over="ignore"):
        h = lengths.astype(np.uint64) * _MIX[0]
        for word, mix in zip(windows, _MIX[1:] + _MIX[:1]):
            h = (h ^ word) * mix
            h ^= h >> np.uint64(29)
    return h


def column_hashes(text: str, ends: np.ndarray) -> tuple[np.ndarray, ByteRows]:
    """The hash of every row of a text column (``text``, each row's end in it), and its bytes."""
    rows = ByteRows(text, ends)
    return rows.hashes(), rows


def hash_strings(strings: Sequence[str]) -> np.ndarray:
    """The hashes of ``strings``, the same as :func:`column_hashes` gives rows with these texts."""
    if not strings:
        return np.zeros(0, np.uint64)
    return column_hashes("".join(strings), np.cumsum(np.fromiter(map(len, strings), np.int64, len(strings))))[0]


def same_rows(left: ByteRows, right: ByteRows, pairs: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """Whether row ``pairs[0][i]`` of ``left`` equals row ``pairs[1][i]`` of ``right``, compared byte
    for byte in numpy (a few thousand pairs at a time)."""
    left_rows, right_rows = (np.asarray(p, np.int64) for p in pairs)
    out = np.zeros(len(left_rows), bool)
    for lo in range(0, len(out), CHUNK // 16):
        a, b = left_rows[lo:lo + CHUNK // 16], right_rows[lo:lo + CHUNK // 16]
        (ls, le), (rs, re) = left.bounds(a), right.bounds(b)
        size = le - ls
        same = size == re - rs
        both = np.flatnonzero(same & (size > 0))
        if len(both):
            sizes = size[both]
            offsets = np.zeros(len(both), np.int64)
            offsets[1:] = np.cumsum(sizes)[:-1]
            within = np.arange(int(sizes.sum()), dtype=np.int64) - np.repeat(offsets, sizes)
            equal = left.data[np.repeat(ls[both], sizes) + within] == right.data[np.repeat(rs[both], sizes) + within]
            same[both] = np.logical_and.reduceat(equal, offsets)
        out[lo:lo + len(a)] = same
    return out


def finish(steps: Generator[None, None, Any]) -> Any:
    """Run a generator of steps (see :func:`string_codes_in_steps`) to its end; its return value."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value


def string_codes(rows: ByteRows, hashes: np.ndarray, text_of: Callable[[int], str]) -> tuple[np.ndarray, list[str]]:
    """A code per row (int64) such that rows have equal codes exactly when their strings are equal,
    and each code's string. ``text_of(row)`` is asked only for one row per code and for rows their
    summary cannot vouch for (longer than :data:`EXACT_BYTES`, or a hash shared by chance)."""
    return finish(string_codes_in_steps(rows, hashes, text_of))


def string_codes_in_steps(rows: ByteRows, hashes: np.ndarray,
                          text_of: Callable[[int], str]) -> Generator[None, None, tuple[np.ndarray, list[str]]]:
    """:func:`string_codes`, pausing (``yield``) after the sort and after each :data:`CHUNK` rows
    coded, then checked, so that a caller on the GUI thread can do it a few milliseconds at a time."""
    if not len(hashes):
        return np.zeros(0, np.int64), []
    # each distinct hash once, by sorting the hashes themselves (``np.unique`` hashes instead in
    # numpy 2.4: 6 s for 2M distinct values; an argsort of 1.8M actor names, few distinct, was
    # 0.1 s of CPU in one step); then each row's code by a binary search, a chunk of rows a step
    ordered = np.sort(hashes)
    new = np.ones(len(ordered), bool)
    new[1:] = ordered[1:] != ordered[:-1]
    distinct = ordered[new]
    del ordered, new
    yield
    codes = np.empty(len(hashes), np.int64)
    first = np.full(len(distinct), -1, np.int64)  # each code's first row
    for lo in range(0, len(codes), CHUNK):
        chunk = codes[lo:lo + CHUNK]
        chunk[:] = np.searchsorted(distinct, hashes[lo:lo + CHUNK])
        unseen = np.flatnonzero(first[chunk] < 0)
        if len(unseen):  # each new code's first row here (a stable sort; ``np.unique`` hashes: slow)
            by_code = unseen[np.argsort(chunk[unseen], kind="stable")]
            starts = np.concatenate([[True], chunk[by_code[1:]] != chunk[by_code[:-1]]])
            first[chunk[by_code[starts]]] = lo + by_code[starts]
        yield
    del distinct
    doubtful: list[np.ndarray] = []
    for lo in range(0, len(codes), CHUNK):  # rows whose summary equals their code's first row's, exactly
        mine = np.arange(lo, min(lo + CHUNK, len(codes)))
        here, there = rows.summaries(mine), rows.summaries(first[codes[mine]])
        sure = (here[0] <= EXACT_BYTES) & (there[0] <= EXACT_BYTES)
        for a, b in zip(here, there):
            sure &= a == b
        doubtful.append(mine[~sure])
        yield
    strings = [text_of(int(r)) for r in first.tolist()]
    unsure = np.concatenate(doubtful)
    if len(unsure):  # a long row, or a hash shared by different rows: decided by the strings
        code_of = {s: c for c, s in enumerate(strings)}
        for row in unsure.tolist():
            s = text_of(row)
            code = code_of.get(s)
            if code is None:
                code = code_of[s] = len(strings)
                strings.append(s)
            codes[row] = code
    return codes, strings
