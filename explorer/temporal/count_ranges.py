"""A range of counts of one unit: "two to three weeks", "ten or fifteen years", "between 10 and 12
days", "a day or two".

TimeML annotators mark each count as its own duration, the first one taking the unit said after
the second: "between <two> to <six days>" (P2D, P6D) in broadcast news, "for <ten> or <fifteen
years>" (P10Y, P15Y) in a history. Read as one vague duration (PXD) the phrase matched neither. A
count with the article and "or two" ("a day or two", "a year or two") is one short stretch of a
vague count (PXD, as "4-6 months" is PXM): the "two" has no count of its own to stand for.
"""

from __future__ import annotations

import re
from dataclasses import replace

from explorer.temporal import lexicon as lx
from explorer.temporal.grammar import NUM, Cand
from explorer.temporal.normalize import duration_value

_UNIT = r"(?P<unit>second|minute|hour|day|night|week|month|year|decade|centur(?:y|ie))s?"
#: the whole candidate: a count, "to"/"or", a count and the unit (an approximation word before it)
_TWO_COUNTS = re.compile(rf"(?i)(?P<approx>(?:about|around|roughly|approximately|some)\s+)?(?P<n>{NUM})\s+(?:to|or)\s+"
                         rf"(?P<n2>{NUM})[ \t]+{_UNIT}")
#: the first count said before a candidate of the second: "between 10 and 12 days"
_BETWEEN_BEFORE = re.compile(rf"(?i)\bbetween\s+(?P<n>{NUM})\s+and\s+$")
_OR_TWO_AFTER = re.compile(r"(?i)[ \t]+or[ \t]+two\b(?![-\w])")


def _code(unit: str) -> str:
    return lx.UNITS[unit.lower().replace("centurie", "century")][0]


def split_count_ranges(text: str, cands: list[Cand]) -> list[Cand]:
    """Each range of counts read as one vague duration becomes its two counted durations (see the
    module's docstring); "between N and" before a counted duration adds the first count."""
    out: list[Cand] = []
    for c in cands:
        if c.kind != "dur" or c.type != "DURATION" or c.anchored_span or c.parts:
            out.append(c)
            continue
        m = _TWO_COUNTS.fullmatch(text, c.start, c.end)
        n = lx.number_value(m["n"]) if m else None
        n2 = lx.number_value(m["n2"]) if m else None
        if m is not None and n is not None and n2 is not None and 0 < n < n2:
            code = _code(m["unit"])
            out.append(replace(c, end=m.end("n"), value=duration_value(n, code), n=n))
            out.append(replace(c, start=m.start("n2"), value=duration_value(n2, code), n=n2))
            continue
        between = _BETWEEN_BEFORE.search(text, max(0, c.start - 40), c.start)
        single = re.fullmatch(rf"(?i)(?P<n>{NUM})[ \t]+{_UNIT}", text[c.start:c.end])
        if between is not None and single is not None and (not out or out[-1].end <= between.start("n")):
            first, second = lx.number_value(between["n"]), lx.number_value(single["n"])
            if first is not None and second is not None and 0 < first < second:
                out.append(replace(c, start=between.start("n"), end=between.end("n"),
                                   value=duration_value(first, _code(single["unit"])), n=first, mod=None))
        elif single is not None and single["n"].lower() in ("a", "an", "one") and _OR_TWO_AFTER.match(text, c.end) \
                and not single["unit"].lower().endswith("s"):
            # "in a day or two": one stretch of one or two days
            c = replace(c, end=_OR_TWO_AFTER.match(text, c.end).end(), value=duration_value(None, _code(single["unit"])), n=None)
        out.append(c)
    return out


__all__ = ["split_count_ranges"]
