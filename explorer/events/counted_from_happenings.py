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

The happening may carry its date in the phrase itself: "The ramp was rebuilt two years after the storm
of 2005", "three months after the 1953 flood", "Eight years after her death in 1912 the house was
sold". The tagger dates the year it names, and the act took it; a reader counts on from it (2007).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from explorer.events.record import Event
from explorer.events.tense import IRREGULAR_PASTS, REGULAR_PAST
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
    # (a mishap, told by its noun or by what it did: "The Kestrel sank in 1990. Three years after the
    # disaster the owners sold the yard", "the avalanche", "the collapse")
    # (a title tells it in the present: "The Kestrel sinks")
    "disaster": r"disaster|sank|sinks|sunk|sinking|capsize[sd]|collapse[sd]?|explode[sd]|explosion|flood(?:s|ed)?|fire|burn(?:s|ed|t)?|"
                r"blaze|crash(?:ed|es)?|wreck(?:s|ed)|avalanche|storm|earthquake|eruption|kill(?:s|ed)",
    "accident": r"accident|crash(?:ed|es)?|collapse[sd]|fell|falls|kill(?:s|ed)|injur(?:es|ed)",
    "crash": r"crash(?:ed|es)?",
    "explosion": r"explo(?:ded|des|sion)",
    "collapse": r"collapse[sd]?",
    "storm": r"storm|gale|hurricane",
    "avalanche": r"avalanche",
    "earthquake": r"earthquake|quake",
    "eruption": r"erupt(?:ed|s)?|eruption",
    "sale": r"sold|sale",
    "merger": r"merged|merger",
}

_COUNT_WORDS = alternatives(tuple(sorted((w for w, n in NUMBERS.items() if n >= 1 and n == int(n)), key=len, reverse=True)))
#: "two years after the wedding", "a year after his death", "18 months before the war"
_COUNT_FROM = re.compile(
    rf"(?i)\b(?P<n>{_COUNT_WORDS}|\d{{1,3}})\s+(?P<unit>year|month|week|day)s?\s+(?P<dir>after|before)\s+"
    # (the noun may follow words that say which: "the hangar fire", "the Carn Ruadh avalanche", "the great storm")
    rf"(?:his|her|their|its|the)\s+(?:[\w'’-]+\s+){{0,2}}?(?P<noun>{alternatives(tuple(_TOLD_BY))})\b(?!\s+(?:of|in)\s+\d)")
_UNITS = {"year": "Y", "month": "M", "week": "W", "day": "D"}
#: the count before a happening whose date the phrase gives, up to that date: "two years after the storm
#: of ", "three months after the ", "eight years after her death in ", "a decade before the famine of "
_COUNT_BEFORE_DATE = re.compile(
    rf"(?i)\b(?P<n>{_COUNT_WORDS}|\d{{1,3}})\s+(?P<unit>year|month|week|day|decade)s?\s+(?P<dir>after|before)\s+"
    r"(?:his|her|their|its|the)\s+(?:(?:[\w'’-]+\s+){1,4}?(?:of|in|on)\s+(?:the\s+year\s+)?)?$")
#: the count right before a date written inside its happening's phrase: "three months after the " (1953 flood)
_COUNT_BEFORE_DATED_NOUN = re.compile(
    rf"(?i)\b(?P<n>{_COUNT_WORDS}|\d{{1,3}})\s+(?P<unit>year|month|week|day|decade)s?\s+"
    r"(?P<dir>after|before)\s+(?:his|her|their|its|the)\s+$")
#: a count that is a stretch of time up to the happening, not a point counted from it: "who had rung the
#: treble for forty years before her death in 2021", "in the first two years after the war of 1870"
_A_STRETCH = re.compile(r"(?i)\b(?:for|over|during|within|throughout|first|last|next|past|some)\s+$")
#: a verb between the happening's noun and the date: the date is a clause's own ("four months before the
#: first registers opened on 1 July" dates the opening, counted from the death told before it)
_TOLD_BY_A_VERB = re.compile(rf"{REGULAR_PAST}|\b(?:{IRREGULAR_PASTS}|will|would|is|are)\b", re.IGNORECASE)
#: what may follow a date written inside the happening's phrase: its noun ("the 1953 flood")
_NOUN_AFTER_DATE = re.compile(r"^\s+[a-z][\w-]+\b")


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


def _counted_in_its_phrase(e: Event) -> Event | None:
    """``e`` moved by the count told before the happening its own date belongs to ("two years after the
    storm of 2005": 2007), or None when its date is not in such a phrase."""
    if not e.timex or not isinstance(e.begin, date) or not isinstance(e.end, date):
        return None
    before = e.sentence[:max(0, e.timex_start - e.sentence_start)]
    m = _COUNT_BEFORE_DATE.search(before)
    if m is None:  # "three months after the 1953 flood": the date before its noun
        inside = _COUNT_BEFORE_DATED_NOUN.search(before)
        after = e.sentence[e.timex_end - e.sentence_start:]
        m = inside if inside and _NOUN_AFTER_DATE.match(after) else None
    n = _count(m["n"]) if m else None
    if m is None or n is None or _A_STRETCH.search(before, 0, m.start()) or _TOLD_BY_A_VERB.search(m.group(0)):
        return None
    unit = _UNITS.get(m["unit"].lower(), "Y")
    step = (n * 10 if m["unit"].lower() == "decade" else n) * (1 if m["dir"].lower() == "after" else -1)
    return replace(e, begin=shift(e.begin, unit, step), end=shift(e.end, unit, step), certainty="inferred",
                   derivation=f"{e.derivation}; counted from the happening its date belongs to: {m.group(0).strip()} {step:+d} {unit}")


def counted_from_happenings(events: list[Event]) -> list[Event]:
    """Each undated-by-itself event whose sentence counts its time from a happening the text dated ("two
    years after the wedding") moved to that happening's window shifted by the count; each one whose own
    date belongs to the happening such a count is told from ("two years after the storm of 2005") moved
    by the count."""
    out = []
    for e in events:
        counted = _counted_in_its_phrase(e)
        if counted is not None:
            out.append(counted)
            continue
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
