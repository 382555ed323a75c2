"""Indefinite weekdays: "on a Saturday afternoon in July 1987", "one Monday in the spring of 2003".

"a Saturday" inside a named month is some Saturday of it, not the one nearest the page: reading the
weekday alone puts a birth in 1987 on a weekend of the document's week. The only thing the writer
dates is the month (or season, or year) after it, so the weekday takes that period's reading; the
day it does not give stays unsaid rather than guessed. This runs on the candidates, before anchoring,
so the period is read once, the same way for both.
"""

from __future__ import annotations

import re

from explorer.temporal.grammar import Cand

# "a", "an" or "one", maybe with a word of description between ("a rainy Tuesday", "one cold Friday")
_INDEFINITE_BEFORE = re.compile(r"(?i)\b(?:a|an|one)[ \t]+(?:[a-z]+[ \t]+)?$")
# what leads from the weekday to the period it lies in: "in July", ", in the spring of", "of May 1940"
_INTO_PERIOD = re.compile(r"(?i)^[ \t]*,?[ \t]*(?:in|of|during)[ \t]+(?:(?:early|late|mid)[ \t-]+)?$")
_PERIODS = ("M", "S", "Y")


def _bare_weekday(c: Cand) -> bool:
    sp = c.spec
    return c.kind == "under" and sp is not None and sp.weekday is not None and sp.month is None \
        and sp.day is None and sp.clock is None and c.rel is None and not c.parts


def _period(c: Cand) -> bool:
    return c.kind in ("abs", "under") and c.spec is not None and c.spec.gran in _PERIODS and not c.parts \
        and c.spec.weekday is None


def indefinite_weekdays(text: str, cands: list[Cand]) -> None:
    """Give each indefinite weekday followed by the period it lies in ("a Saturday in July 1987")
    that period's spec and reading, in place."""
    for c, period in zip(cands, cands[1:]):
        if not _bare_weekday(c) or not _period(period) or not _INTO_PERIOD.match(text[c.end:period.start]) \
                or not _INDEFINITE_BEFORE.search(text, max(0, c.start - 24), c.start):
            continue
        c.kind, c.type, c.spec, c.rel, c.mod = period.kind, "DATE", period.spec, period.rel, period.mod


__all__ = ["indefinite_weekdays"]
