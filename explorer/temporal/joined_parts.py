"""A part of day joined to a day's part: "on Thursday afternoon and evening", "Saturday morning or night".

The second part names no day of its own; it is the same day's. Read alone, a bare "evening" was
this page's evening: a live page dated Friday that said "held staff on Thursday afternoon and
evening" put the evening on Friday, and the clock times after it ("Last updated 00:40") were
moved past midnight into Saturday, with every entry of the page after them.
"""

from __future__ import annotations

import re

from explorer.temporal.grammar import Cand

_PARTS = frozenset(("MO", "AF", "EV", "NI"))
#: "and", "or", ", and", "/", "to", "into": what joins two parts of one day
_JOIN = re.compile(r"(?i)^[ \t]*(?:,[ \t]*)?(?:and|or|to|into|through|/|&)[ \t]*(?:the[ \t]+|early[ \t]+|late[ \t]+)?$")


def _day_with_part(c: Cand) -> bool:
    sp = c.spec
    return (c.kind in ("abs", "under") and sp is not None and sp.gran == "D" and not c.parts
            and sp.part_of_day is not None and sp.clock is None and (sp.day is not None or sp.weekday is not None))


def _bare_part(c: Cand) -> bool:
    return c.kind == "dct" and c.type == "TIME" and c.value in _PARTS and c.spec is None and not c.n and not c.parts


def parts_on_joined_days(text: str, cands: list[Cand]) -> None:
    """Each bare part of day joined to a day's part right before it takes that day, in place."""
    for c1, c2 in zip(cands, cands[1:]):
        if _day_with_part(c1) and _bare_part(c2) and _JOIN.match(text[c1.end:c2.start]):
            assert c1.spec is not None and c2.value is not None
            c2.spec = c1.spec.with_(part_of_day=c2.value)
            c2.kind, c2.value, c2.unit, c2.n = c1.kind, None, None, None
