"""Put "at dawn", "by nightfall" on the day they are said of, or drop them.

"The raid began at dawn on 6 June 1944", "On 9 April 1865, at dawn, the army attacked", "On 3 March
the column halted at dusk": the word of light is that day's morning or evening (``1944-06-06TMO``),
read the way the day is. The day is the date right after it ("on"/"of" between) or, failing that,
the last day named before it in its sentence, with no other expression between. A weekday written
straight after it, with no preposition ("at dawn Tuesday"), is part of it: one expression, as "noon
Saturday" is. A word of light
with no such day dates nothing and is dropped: reading it against the document's date put a battle
at dusk on the day the page was printed.
"""

from __future__ import annotations

import re

from explorer.temporal.grammar import Cand
from explorer.temporal.grammar.rules_daylight import DAYLIGHT_VALUE

_DAY_AFTER = re.compile(r"(?i)^[ \t]*,?[ \t]*(?:on|of)[ \t]+(?:the[ \t]+)?$")
#: nothing but a space between the word of light and its day ("at dawn Tuesday", "by dusk Friday"):
#: one expression, as "noon Saturday" is
_DAY_RIGHT_AFTER = re.compile(r"^[ \t]+$")
_SENTENCE_BREAK = re.compile(r"[.!?;][\"'”’)]*\s|\n")


def _a_day(c: Cand) -> bool:
    sp = c.spec
    return (c.kind in ("abs", "under") and sp is not None and sp.gran == "D" and not c.parts and c.value is None
            and sp.clock is None and sp.part_of_day is None and (sp.day is not None or sp.weekday is not None))


def daylight_on_days(text: str, cands: list[Cand]) -> list[Cand]:
    """Each word of light given its day's reading, in place; those without a day left out."""
    out: list[Cand] = []
    joined: set[int] = set()  # the days a word of light took into its own expression
    for k, c in enumerate(cands):
        if k in joined:
            continue
        if c.value != DAYLIGHT_VALUE:
            out.append(c)
            continue
        assert c.spec is not None
        pod = c.spec.part_of_day
        nxt = cands[k + 1] if k + 1 < len(cands) else None
        prev = out[-1] if out else None
        if nxt is not None and _a_day(nxt) and _DAY_RIGHT_AFTER.match(text[c.end:nxt.start]) and nxt.kind == "under" \
                and nxt.spec is not None and nxt.spec.weekday is not None and nxt.spec.day is None:
            day = nxt
            c.end = nxt.end  # "at dawn Tuesday": one TIME, the weekday's morning
            joined.add(k + 1)
        elif nxt is not None and _a_day(nxt) and _DAY_AFTER.match(text[c.end:nxt.start]):
            day = nxt
        elif prev is not None and _a_day(prev) and not _SENTENCE_BREAK.search(text, prev.end, c.start):
            day = prev
        else:
            continue
        assert day.spec is not None
        c.kind, c.spec, c.rel, c.mod, c.value = day.kind, day.spec.with_(part_of_day=pod), day.rel, None, None
        out.append(c)
    return out


__all__ = ["daylight_on_days"]
