"""Durations as formal registers write them: a contract's count spelled out with its figure in
parentheses ("thirty (30) days", "twenty-four (24) months", "sixty (60) calendar days"), and the hour
a methods section abbreviates to "h" ("incubated for 72 h", "every 12 h", "the first 6 h").

WHY: the general duration rule wants the unit right after the count, and the informal units know
"hr"/"hrs" but not the bare "h" of scientific writing, so both forms went untagged: a filing's cure
periods and terms and a paper's incubation times had no duration at all. Found in scratch texts of
our own (a legal complaint, a methods section); the forms are the house style of each register.
"""

from __future__ import annotations

import re

from explorer.temporal import lexicon as lx
from explorer.temporal.grammar.blocks import NUM
from explorer.temporal.grammar.registry import Cand, rule
from explorer.temporal.normalize import duration_value

_UNIT_CODES = {"hour": "TH", "day": "D", "week": "W", "month": "M", "year": "Y"}


@rule(rf"(?i)(?<![\w-])(?P<words>{NUM})[ \t]+\((?P<n>\d{{1,4}})\)[ \t]+(?:(?:business|calendar|working|consecutive)[ \t]+)?"
      r"(?P<unit>hour|day|week|month|year)s?\b",
      priority=3, trigger=r"\(\d{1,4}\)[ \t]+(?i:business|calendar|working|consecutive|hour|day|week|month|year)")
def count_with_figure(m: re.Match[str], text: str) -> Cand | None:
    """ "thirty (30) days", "twenty-four (24) months": the count said twice, in words and figures."""
    said = lx.number_value(m["words"])
    n = int(m["n"])
    if said is not None and said != n:
        return None  # "two (3) days" is a typo or a list item, not a count we can trust
    return Cand(m.start(), m.end(), "dur", "DURATION", value=duration_value(n, _UNIT_CODES[m["unit"].lower()]))


@rule(r"(?<![\w.,:$#@/])(?P<n>[1-9]\d{0,2}(?:\.\d+)?)[ \t]h(?![\w'’-]|\.\w)", priority=2, trigger=r"\d[ \t]h\b")
def hours_abbreviated(m: re.Match[str], text: str) -> Cand | None:
    """ "72 h", "6 h": hours as a methods section abbreviates them, a space between figure and unit as
    the SI writes it (lower case only: "5 H" is a grade or a pencil). Typed against the figure ("a 12h
    shift", "open 24h") it is a post's shorthand for a shift or "all day", which TimeML leaves
    alone; no leading zero: "0900 h" is a clock time, read by the clock rules."""
    return Cand(m.start(), m.end(), "dur", "DURATION", value=duration_value(float(m["n"]), "TH"))


__all__ = ["count_with_figure", "hours_abbreviated"]
