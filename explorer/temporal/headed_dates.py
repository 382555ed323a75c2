"""A phrase that heads a date and makes one expression with it: "the week of 13 May" (the week that
holds the day, week_of.py), "the second week of January" (that part of the month, period_parts.py).

Both are read the same way: the date is read as any date is (its year, its tense), from where the
phrase starts so the verb before the phrase gives the tense, then turned into what the phrase names.
This module holds what they share: finding the phrase right before a date and noting on the
candidate where it starts and which kind it is (:func:`mark_heads`); a candidate read inside the
phrase ("the last week", "the weekend" alone) goes, the phrase being one expression with the date.
Each kind says which dates it heads and which phrases fit them (:class:`HeadKind`); how the headed
date is then read is the kind's own module's (``week_of.as_week``, ``period_parts.as_part``), to
which the resolver dispatches on ``Cand.head_kind``: the two readers take different things (a part
of a month also gives a duration), so the kind does not carry its reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from explorer.temporal.grammar import Cand

#: how far before a date its heading phrase may start ("the last two weeks of the month of ")
_REACH = 40


@dataclass(frozen=True, slots=True)
class HeadKind:
    """One kind of heading phrase: its ``name`` (``Cand.head_kind``), the phrase as a pattern that
    ends where the date starts (``...[ \\t]+$``), the dates it can head, and any check of the phrase
    against the date ("the third week" is a month's, never a year's)."""

    name: str
    phrase: re.Pattern[str]
    heads: Callable[[Cand], bool]
    fits: Callable[[re.Match[str], Cand], bool] = lambda m, c: True


def mark_heads(text: str, cands: list[Cand], kind: HeadKind) -> list[Cand]:
    """Note, on each date ``kind`` heads and finds its phrase before, where the phrase starts
    (``Cand.head``) and its kind; drop the candidates read inside the phrase."""
    inside: set[int] = set()
    for k, c in enumerate(cands):
        if c.head is not None or not kind.heads(c):
            continue
        m = kind.phrase.search(text, max(0, c.start - _REACH), c.start)
        if m is None or not kind.fits(m, c):
            continue
        c.head, c.head_kind = m.start(), kind.name
        inside.update(j for j in range(max(0, k - 3), k) if m.start() <= cands[j].start and cands[j].end <= c.start)
    return [c for k, c in enumerate(cands) if k not in inside] if inside else cands


__all__ = ["HeadKind", "mark_heads"]
