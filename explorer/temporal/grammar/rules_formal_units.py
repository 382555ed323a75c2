"""Durations as formal registers write them: a contract's count spelled out with its figure in
parentheses ("thirty (30) days", "twenty-four (24) months", "sixty (60) calendar days"). The hour
a methods section abbreviates to "h" ("incubated for 72 h") is one more abbreviated unit, read by
:func:`explorer.temporal.grammar.rules_informal_units.abbreviated_duration`.

WHY: the general duration rule wants the unit right after the count, and the informal units know
"hr"/"hrs" but not the bare "h" of scientific writing, so both forms went untagged: a filing's cure
periods and terms and a paper's incubation times had no duration at all. Found in scratch texts of
our own (a legal complaint, a methods section); the forms are the house style of each register.
"""

from __future__ import annotations

import re

from explorer.temporal import lexicon as lx
from explorer.temporal.grammar.blocks import COUNTED_KIND, NUM
from explorer.temporal.grammar.registry import Cand, rule
from explorer.temporal.normalize import duration_value


@rule(rf"(?i)(?<![\w-])(?P<words>{NUM})[ \t]+\((?P<n>\d{{1,4}})\)[ \t]+(?:(?:{COUNTED_KIND}|consecutive)[ \t]+)?"
      r"(?P<unit>hour|day|week|month|year)s?\b",
      priority=3, trigger=rf"\(\d{{1,4}}\)[ \t]+(?i:{COUNTED_KIND}|consecutive|hour|day|week|month|year)")
def count_with_figure(m: re.Match[str], text: str) -> Cand | None:
    """ "thirty (30) days", "twenty-four (24) months": the count said twice, in words and figures."""
    said = lx.number_value(m["words"])
    n = int(m["n"])
    if said is not None and said != n:
        return None  # "two (3) days" is a typo or a list item, not a count we can trust
    return Cand(m.start(), m.end(), "dur", "DURATION", value=duration_value(n, lx.UNITS[m["unit"].lower()][0]))


__all__ = ["count_with_figure"]
