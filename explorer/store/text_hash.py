"""Equal strings of a text column found in numpy, without a Python string per row (issue 16).

Cutting a text column (:class:`~explorer.store.stored_events.TextColumn`: one ``str`` and where each
row ends) of a million event ids, or two million actor names, into strings to put in a dict or a
``Counter`` took 0.5-1 s of CPU on every opening of a 1M-event project. Here each row is summarised
from its UTF-8 bytes by its length and four 8-byte windows (its first and last 8 bytes and two
evenly between), read as unaligned 64-bit words: four gathers per row, whatever the rows' lengths.
A row of at most :data:`EXACT_BYTES` bytes is covered byte for byte by its windows, so its summary
*is* the string; longer rows share a summary only by chance, and the callers here compare the
strings themselves there. Every answer is exact: a hash only says where to look.

Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

#: Rows of at most this many UTF-8 bytes are told apart exactly by their summary.
EXACT_BYTES = 32

#: ``_MASKS[n]``: the low ``n`` bytes of a little-endian word (a row shorter than a window).
_MASKS = np.array([(1 << (8 * n)) - 1 for n in range(8)] + [2**64 - 1], np.uint64)
_MIX = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F), np.uint64(0x165667B19E3779F9),
        np.uint64(0xD6E8FEB86659FD93))

#: A row's summary: byte length (int64) and its four windows (uint64), one array each.
Summary = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]


def utf8_rows(text: str, ends: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The column's UTF-8 bytes (uint8, followed by 8 zero bytes) and each row's end in them.
    ASCII text (ids, most names) is one copy; other text finds its rows' byte ends from the bytes
    that start a character. Lone surrogates are kept (``surrogatepass``), as the column keeps them."""
    ends = np.asarray(ends, np.int64)
    if text.isascii():
        data = text.encode("ascii")
        byte_ends = ends
    else:
        data = text.encode("utf-8", "surrogatepass")
        raw = np.frombuffer(data, np.uint8)
        char_starts = np.flatnonzero((raw & 0xC0) != 0x80)  # the byte where each character starts
        byte_ends = np.append(char_starts, len(raw))[ends]
    return np.frombuffer(data + b"\0" * 8, np.uint8), byte_ends


def summaries(padded: np.ndarray, byte_ends: np.ndarray) -> Summary:
    """Each row's byte length and four windows, masked to the row (a row shorter than 8 bytes
    reads no byte of the next one)."""
    ends = np.asarray(byte_ends, np.int64)
    starts = np.zeros_like(ends)
    starts[1:] = ends[:-1]
    lengths = ends - starts
    if len(padded) <= 8:  # no byte at all: every row is empty
        zero = np.zeros(len(ends), np.uint64)
        return lengths, zero, zero, zero, zero
    # a 64-bit word starting at every byte (the 8 bytes of padding keep the last ones inside)
    words = np.ndarray((len(padded) - 7,), "<u8", buffer=padded.data, strides=(1,))
    mask = _MASKS[np.minimum(lengths, 8)]
    room = np.maximum(lengths - 8, 0)  # how far the last window is from the first
    at = (starts, starts + room // 3, starts + (2 * room) // 3, starts + room)
    return (lengths, *(words[a] & mask for a in at))  # type: ignore[return-value]


def row_hashes(summary: Summary) -> np.ndarray:
    """A 64-bit hash of each row's summary: equal rows have equal hashes."""
    lengths, *windows = summary
    with np.errstate(over="ignore"):
        h = lengths.astype(np.uint64) * _MIX[0]
        for word, mix in zip(windows, _MIX[1:] + _MIX[:1]):
            h = (h ^ word) * mix
            h ^= h >> np.uint64(29)
    return h


def column_hashes(text: str, ends: np.ndarray) -> tuple[np.ndarray, Summary]:
    """The hash and summary of every row of a text column (``text``, each row's end in it)."""
    summary = summaries(*utf8_rows(text, ends))
    return row_hashes(summary), summary


def hash_strings(strings: Sequence[str]) -> np.ndarray:
    """The hashes of ``strings``, the same as :func:`column_hashes` gives rows with these texts."""
    if not strings:
        return np.zeros(0, np.uint64)
    ends = np.cumsum(np.fromiter(map(len, strings), np.int64, len(strings)))
    return column_hashes("".join(strings), ends)[0]


def exact_rows(summary: Summary) -> np.ndarray:
    """Which rows their summary tells apart exactly (at most :data:`EXACT_BYTES` bytes)."""
    return summary[0] <= EXACT_BYTES


def string_codes(hashes: np.ndarray, summary: Summary, text_of: Callable[[int], str]) -> tuple[np.ndarray, list[str]]:
    """A code per row (int64) such that rows have equal codes exactly when their strings are equal,
    and each code's string. ``text_of(row)`` is asked only for one row per code and for rows whose
    summary cannot vouch for them (longer than :data:`EXACT_BYTES`, or a hash shared by chance)."""
    if not len(hashes):
        return np.zeros(0, np.int64), []
    # by sorting (``np.unique`` hashes instead in numpy 2.4: 6 s for 2M distinct values)
    order = np.argsort(hashes, kind="stable")  # equal hashes in row order: a code's first row first
    ordered = hashes[order]
    new = np.ones(len(order), bool)
    new[1:] = ordered[1:] != ordered[:-1]
    first = order[new]
    codes = np.empty(len(order), np.int64)
    codes[order] = np.cumsum(new) - 1
    rep = first[codes]  # each row's code's first row
    exact = exact_rows(summary)
    sure = exact & exact[rep]
    for column in summary:
        sure &= column == column[rep]
    strings = [text_of(int(r)) for r in first.tolist()]
    doubtful = np.flatnonzero(~sure)
    if len(doubtful):  # a long row, or a hash shared by different rows: decided by the strings
        code_of = {s: c for c, s in enumerate(strings)}
        for row in doubtful.tolist():
            s = text_of(row)
            code = code_of.get(s)
            if code is None:
                code = code_of[s] = len(strings)
                strings.append(s)
            codes[row] = code
    return codes, strings
