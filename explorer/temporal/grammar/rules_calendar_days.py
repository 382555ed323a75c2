"""Days a calendar rule names: "the first Sunday of May", "the last Friday in June 2026".

A programme, a club's fixture list or a parish notice names a day by its place in the month rather
than by its number. The day is a movable one, like a movable holiday: it is worked out per year (the
resolver's holiday path picks the year the tense and the reference point at).
"""

from __future__ import annotations

import re

from explorer.temporal import lexicon as lx
from explorer.temporal.grammar.blocks import MON_FULL, YEAR, month_number
from explorer.temporal.grammar.registry import Cand, rule
from explorer.temporal.normalize import Spec

_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}
#: the value a day named by its place in "the month" carries until the resolver knows the month
#: (``NTH_OF_THE_MONTH<weekday>:<n>``): the month is the one the text is in, read as "the end of the
#: month" is, and the day is then picked in it (:func:`nth_day_key`)
NTH_OF_THE_MONTH = "NTH_OF_THE_MONTH:"


def nth_day_key(value: str, month: int) -> str:
    """The calendar key (``nth:<month>:<weekday>:<n>``, as :func:`normalize.holiday_date` reads it) of
    a day named in "the month" (``NTH_OF_THE_MONTH`` value), once the month is known."""
    weekday, n = value.removeprefix(NTH_OF_THE_MONTH).split(":")
    return f"nth:{month}:{weekday}:{n}"


@rule(rf"\bthe\s+(?P<nth>first|second|third|fourth|last|final)\s+(?P<wd>{lx.WEEKDAY_NAMES})"
      rf"\s+(?:of|in)\s+(?P<mon>{MON_FULL})(?:,?\s+(?P<year>{YEAR}))?\b",
      re.IGNORECASE, priority=3, trigger=r"(?i:\b(?:first|second|third|fourth|last|final)\s)")
def nth_weekday_of_month(m: re.Match[str], text: str) -> Cand | None:
    if not m["wd"][0].isupper() or not m["mon"][0].isupper():
        return None
    weekday = lx.WEEKDAYS[m["wd"].lower()]
    key = f"nth:{month_number(m['mon'])}:{weekday}:{_NTH[m['nth'].lower()]}"
    year = int(m["year"]) if m["year"] else None
    after = re.match(r"(?i),?\s+(?:each|every)\s+year\b", text[m.end():m.end() + 16])
    if not year and (after or re.search(r"(?i)\b(?:each|every)\s+year,?\s+(?:on\s+)?$", text[max(0, m.start() - 20):m.start()])):
        # "on the last Sunday of August each year": that day in every year, a SET as "every Sunday"
        # is (TimeML writes the week of the month it falls in as unknown: XXXX-08-WXX-7)
        return Cand(m.start(), m.end() + (after.end() if after else 0), "set", "SET",
                    value=f"XXXX-{month_number(m['mon']):02d}-WXX-{weekday + 1}")
    return Cand(m.start(), m.end(), "abs" if year else "under", spec=Spec("D", year=year), value="HOLIDAY:" + key)


@rule(rf"\b(?:(?P<every>every|each)\s+|the\s+)(?P<nth>first|second|third|fourth|last|final)\s+(?P<wd>{lx.WEEKDAY_NAMES})"
      r"\s+(?:of|in)\s+(?:(?P<each>each|every)\s+|the\s+)month\b",
      re.IGNORECASE, priority=3, trigger=r"(?i:\b(?:first|second|third|fourth|last|final)\s)")
def nth_weekday_of_every_month(m: re.Match[str], text: str) -> Cand | None:
    """ "the first Tuesday of each month", "every last Friday of the month": that weekday in every
    month, a SET (XXXX-XX-WXX-2: its week of the month unsaid, as TimeML writes a set's unknown parts).
    "the first Tuesday of the month" without "each" or "every" is one day of the month the text is in
    ("the dinner is on the last Saturday of the month", a year's review under its "March" heading):
    read as "the end of the month" is, then that weekday picked in it (read as "last Saturday" alone,
    it was the Saturday before the page, or no day at all)."""
    if not m["wd"][0].isupper():
        return None
    weekday = lx.WEEKDAYS[m["wd"].lower()]
    if not (m["every"] or m["each"]):
        return Cand(m.start(), m.end(), "prev", unit="M", n=0,
                    value=f"{NTH_OF_THE_MONTH}{weekday}:{_NTH[m['nth'].lower()]}")
    return Cand(m.start(), m.end(), "set", "SET", value=f"XXXX-XX-WXX-{weekday + 1}")
