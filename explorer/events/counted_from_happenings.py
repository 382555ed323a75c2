"""A happening told by a count from another one the text has dated: "She married the painter in 1905.
Two years after the wedding the couple moved to Marren", "Okoro died in 2023; his archive was donated a
year after his death", "Two years before the war the line was extended".

The tagger reads the count as a duration ("two years", as TimeML marks it) and names no date, so the
happening took the time the story stood at: the wedding's year, or the death's. To a reader it lies the
count away from the happening its noun names: 1907, 2024. The happening named ("the wedding", "his
death") is the last one told before, in the text, by its noun or its verb ("married", "died"), with a
date of its own; the event's window is that one's, moved by the count, and the expression is left as it
is. Only an event with no date expression of its own in its sentence moves: one dated by its own clause
("Vell died in 1902, two years after the wedding") keeps the day its clause says.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from explorer.events.record import Event
from explorer.temporal.lexicon import NUMBERS, alternatives, number_value
from explorer.temporal.normalize import shift

#: the nouns of happenings a count is said from, each with the words that tell the happening itself
#: ("her death" is told by "died", "the wedding" by "married")
_TOLD_BY: dict[str, str] = {
    "death": r"died|dies|death",
    "wedding": r"married|marries|marry|wedding",
    "marriage": r"married|marries|marry|marriage",
    "birth": r"born|birth",
    "funeral": r"funeral|buried",
    "war": r"war",
    "fire": r"fire|burn(?:s|ed|t)?|blaze",
    "flood": r"flood(?:s|ed)?",
    "election": r"elected|election",
    "closure": r"closed|closure",
    "opening": r"opened|opening",
}

_COUNT_WORDS = alternatives(tuple(sorted((w for w, n in NUMBERS.items() if n >= 1 and n == int(n)), key=len, reverse=True)))
#: "two years after the wedding", "a year after his death", "18 months before the war"
_COUNT_FROM = re.compile(
    rf"(?i)\b(?P<n>{_COUNT_WORDS}|\d{{1,3}})\s+(?P<unit>year|month|week|day)s?\s+(?P<dir>after|before)\s+"
    rf"(?:his|her|their|its|the)\s+(?P<noun>{alternatives(tuple(_TOLD_BY))})\b")
_UNITS = {"year": "Y", "month": "M", "week": "W", "day": "D"}


def _count(word: str) -> int | None:
    n = number_value(word)
    return int(n) if n is not None and n >= 1 and n == int(n) else None


def _happening(events: list[Event], before: Event, noun: str) -> Event | None:
    """The last event told before ``before``'s count (in its sentence or earlier), dated by its own
    expression, whose title or date's clause tells the happening ``noun`` names."""
    told = re.compile(rf"(?i)\b(?:{_TOLD_BY[noun]})\b")
    best = None
    for e in events:
        if e is before or not e.timex or not isinstance(e.begin, date) or not isinstance(e.end, date):
            continue
        if e.sentence_start > before.sentence_start:
            continue
        if not told.search(e.title):
            continue
        if best is None or (e.sentence_start, e.timex_start) > (best.sentence_start, best.timex_start):
            best = e
    return best


def counted_from_happenings(events: list[Event]) -> list[Event]:
    """Each undated-by-itself event whose sentence counts its time from a happening the text dated ("two
    years after the wedding") moved to that happening's window shifted by the count."""
    out = []
    for e in events:
        m = _COUNT_FROM.search(e.sentence) if not e.timex else None
        n = _count(m["n"]) if m else None
        if m is None or n is None:
            out.append(e)
            continue
        noun = m["noun"].lower()
        # ("six years after his death" read as the death itself, "His death": the happening counted
        # from, dated back from the act its sentence dates, not forward from itself)
        happening = None if re.search(rf"(?i)\b(?:{_TOLD_BY[noun]})\b", e.title) else _happening(events, e, noun)
        if happening is None:
            out.append(e)
            continue
        assert isinstance(happening.begin, date) and isinstance(happening.end, date)
        unit = _UNITS[m["unit"].lower()]
        step = n if m["dir"].lower() == "after" else -n
        begin, end = shift(happening.begin, unit, step), shift(happening.end, unit, step)
        out.append(replace(e, begin=begin, end=end, certainty="inferred",
                           derivation=f"counted from a happening: {m.group(0)} ({happening.value} {step:+d} {unit})"))
    return out


__all__ = ["counted_from_happenings"]
