"""How the Filter and Find compare text: casefolded, and without the accents of Latin and Greek
letters, so "ΒΟΥΛΗ" and "Βουλη" find "Βουλή", "zurich" finds "Zürich" and "kovač" finds "Kovac".

WHY: case alone was folded. Greek capitals are written without accents, and people type names without
the marks their keyboard lacks, so a filter that kept them showed nothing for a word the article
holds. Cyrillic letters keep their marks ("й" is a letter of its own, not "и" with one).

One character folds to one (or, as casefolding already does, "ß" to "ss"); a mark written apart from
its letter (a decomposed text) is dropped. A table made once and one regular expression: plain ASCII
text takes the fast path, and other text calls Python only for each accented letter it holds.
"""

from __future__ import annotations

import re
import unicodedata

#: Latin-1 Supplement, Latin Extended-A/B and Additional, Greek and Coptic, Greek Extended
_RANGES = ((0x00C0, 0x024F), (0x1E00, 0x1EFF), (0x0370, 0x03FF), (0x1F00, 0x1FFF))


def _table() -> dict[int, str | None]:
    """Each accented Latin or Greek letter to its bare letters ("ü" -> "u", "ή" -> "η"); combining marks
    to nothing. Applied after casefolding, so the lower-case letters are the ones that count."""
    table: dict[int, str | None] = {cp: None for cp in range(0x0300, 0x0370)}
    for lo, hi in _RANGES:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            bare = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
            if bare and bare != ch:
                table[cp] = bare.casefold()
    return table


_TABLE = {chr(cp): bare or "" for cp, bare in _table().items()}
#: any character :data:`_TABLE` changes (found at C speed: most non-ASCII text, curly quotes and
#: dashes, has none, and is left as casefolding made it)
_MARKED = re.compile("[" + "".join(re.escape(ch) for ch in sorted(_TABLE)) + "]")


def _bare(m: re.Match[str]) -> str:
    return _TABLE[m.group()]


def fold(text: str) -> str:
    """``text`` as the Filter compares it: casefolded, Latin and Greek accents dropped."""
    folded = text.casefold()
    return folded if folded.isascii() else _MARKED.sub(_bare, folded)


__all__ = ["fold"]
