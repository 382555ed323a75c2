"""Days a calendar rule names: "the first Sunday of May", "the last Friday in June 2026".

A programme, a club's fixture list or a parish notice names a day by its place in the month rather
than by its number. The day is a movable one, like a movable holiday: it is worked out per year (the
resolver's holiday path picks the year the tense and the reference point at).
"""

from __future__ import annotations

import re

from explorer.temporal import lexicon as lx
from explorer.temporal.grammar.blocks import MON_FULL, YEAR, _month
from explorer.temporal.grammar.registry import Cand, rule
from explorer.temporal.normalize import Spec

_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}


@rule(rf"\bthe\s+(?P<nth>first|second|third|fourth|last|final)\s+(?P<wd>{lx.WEEKDAY_NAMES})"
      rf"\s+(?:of|in)\s+(?P<mon>{MON_FULL})(?:,?\s+(?P<year>{YEAR}))?\b",
      re.IGNORECASE, priority=3, trigger=r"(?i:\b(?:first|second|third|fourth|last|final)\s)")
def nth_weekday_of_month(m: re.Match[str], text: str) -> Cand | None:
    if not m["wd"][0].isupper() or not m["mon"][0].isupper():
        return None
    weekday = lx.WEEKDAYS[m["wd"].lower()]
    key = f"nth:{_month(m['mon'])}:{weekday}:{_NTH[m['nth'].lower()]}"
    year = int(m["year"]) if m["year"] else None
    if re.match(r"(?i)\s+(?:each|every)\s+year\b", text[m.end():m.end() + 16]) or \
            re.search(r"(?i)\b(?:each|every)\s+year\s+(?:on\s+)?$", text[max(0, m.start() - 20):m.start()]):
        return None  # "on the last Sunday of August each year": a set of days, not one
    return Cand(m.start(), m.end(), "abs" if year else "under", spec=Spec("D", year=year), value="HOLIDAY:" + key)
