"""Where each character of a document's old text went in its new text: a diff as equal blocks.

The diff is the standard library's :class:`difflib.SequenceMatcher`, in two levels as ``ndiff`` does:
lines (paragraphs, in articles) first, then words, spaces and punctuation inside each changed run of
lines, after the common beginning and end are cut off. Why difflib rather than a diff package: it
is always there, and in this shape it is fast enough. Measured on a 49 KB article with 12 scattered
changes (``tests/store/test_reanchor.py``'s benchmark): 16 ms, and 0.07 ms for one typo fixed. The
same matcher over characters took 0.67 s with its "junk" heuristic (which also leaves very common
characters, such as the spaces between words, unmatched) and 8 s over only 20 KB without it: it is
quadratic in common elements (a space matches thousands of spaces).
"""

from __future__ import annotations

import bisect
import re
from difflib import SequenceMatcher

TOKEN = re.compile(r"\w+|\s+|[^\w\s]")
#: Above this many tokens a side, the word-level match lets difflib skip very common tokens.
EXACTTOKENS = 20_000


class TextMap:
    """Equal blocks ``(old_start, new_start, length)`` between an old and a new text, in order."""

    def __init__(self, blocks: tuple[tuple[int, int, int], ...]) -> None:
        self.blocks = blocks
        self._old_starts = [b[0] for b in blocks]

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """The new offsets of ``old[start:end]`` when it is unchanged and in one piece, else None."""
        i = bisect.bisect_right(self._old_starts, start) - 1
        if i < 0:
            return None
        old, new, length = self.blocks[i]
        if end <= old + length:
            return start - old + new, end - old + new
        return None

    def position(self, offset: int) -> int:
        """Where an old offset went, near enough when its text changed: inside a changed run, the
        same distance into the new run, never past its end."""
        i = bisect.bisect_right(self._old_starts, offset) - 1
        if i < 0:
            return min(offset, self.blocks[0][1]) if self.blocks else offset
        old, new, length = self.blocks[i]
        if offset <= old + length:
            return offset - old + new
        limit = self.blocks[i + 1][1] if i + 1 < len(self.blocks) else None
        moved = new + length + (offset - old - length)
        return moved if limit is None else min(moved, limit)


def _common_prefix(a: str, b: str) -> int:
    low, high = 0, min(len(a), len(b))
    while low < high:  # binary search over slice comparisons: C speed, log n steps
        mid = (low + high + 1) // 2
        if a[:mid] == b[:mid]:
            low = mid
        else:
            high = mid - 1
    return low


def _common_suffix(a: str, b: str, limit: int) -> int:
    low, high = 0, min(len(a), len(b)) - limit
    while low < high:
        mid = (low + high + 1) // 2
        if a[len(a) - mid :] == b[len(b) - mid :]:
            low = mid
        else:
            high = mid - 1
    return low


def _tokens(text: str) -> tuple[list[str], list[int]]:
    tokens, starts = [], []
    for match in TOKEN.finditer(text):
        tokens.append(match.group())
        starts.append(match.start())
    return tokens, starts


def _word_blocks(old: str, new: str, old_at: int, new_at: int) -> list[tuple[int, int, int]]:
    a, a_starts = _tokens(old)
    b, b_starts = _tokens(new)
    matcher = SequenceMatcher(None, a, b, autojunk=max(len(a), len(b)) > EXACTTOKENS)
    out = []
    for i, j, n in matcher.get_matching_blocks():
        if n:
            a_end = a_starts[i + n - 1] + len(a[i + n - 1])
            out.append((old_at + a_starts[i], new_at + b_starts[j], a_end - a_starts[i]))
    return out


def diff_texts(old: str, new: str) -> TextMap:
    """The equal blocks between ``old`` and ``new`` (see the module's docstring for how)."""
    prefix = _common_prefix(old, new)
    suffix = _common_suffix(old, new, prefix)
    blocks: list[tuple[int, int, int]] = [(0, 0, prefix)] if prefix else []
    old_mid, new_mid = old[prefix : len(old) - suffix], new[prefix : len(new) - suffix]
    if old_mid and new_mid:
        a = old_mid.splitlines(keepends=True)
        b = new_mid.splitlines(keepends=True)
        a_at = [prefix]
        for line in a:
            a_at.append(a_at[-1] + len(line))
        b_at = [prefix]
        for line in b:
            b_at.append(b_at[-1] + len(line))
        for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
            if tag == "equal":
                blocks.append((a_at[i1], b_at[j1], a_at[i2] - a_at[i1]))
            elif tag == "replace":
                blocks.extend(_word_blocks(old[a_at[i1] : a_at[i2]], new[b_at[j1] : b_at[j2]], a_at[i1], b_at[j1]))
    if suffix:
        blocks.append((len(old) - suffix, len(new) - suffix, suffix))
    return TextMap(tuple(_merge(blocks)))


def _merge(blocks: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Join blocks that touch on both sides, so a span across their seam maps in one piece."""
    out: list[tuple[int, int, int]] = []
    for block in blocks:
        if out and out[-1][0] + out[-1][2] == block[0] and out[-1][1] + out[-1][2] == block[1]:
            out[-1] = (out[-1][0], out[-1][1], out[-1][2] + block[2])
        elif block[2]:
            out.append(block)
    return out
