"""Quarters and halves of a fiscal year that does not begin in January.

A company report that says its fiscal year "begins in July" (or "ends on March 31") numbers its
quarters from that month: its fourth quarter is April to June, its first half July to December.
Read as calendar quarters they land months away from where they belong on the timeline. When a text
says where its fiscal year begins or ends, a quarter or half named without a year is moved to the
calendar quarter or half it covers, and its year is then found as any yearless quarter's is (from the
tense, against the document date). A quarter with its year stated ("the first quarter of fiscal
2026") keeps TimeBank's label by the fiscal year's number, as the readable corpora write it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from explorer.temporal.grammar import Cand
from explorer.temporal.grammar.blocks import DAY, MON, month_number

_FISCAL_YEAR = r"(?i:fiscal|financial)\s+years?,?\s+(?:(?:which|that)\s+)?"
#: the day a British, Indian or Japanese report writes before the month: "ends on 31 March", "begins on 1 April"
_DAY_FIRST = rf"(?:{DAY}\s+)?"
#: "whose fiscal year begins in July", "its financial year runs from April", "fiscal year starting Oct. 1"
_BEGINS = re.compile(_FISCAL_YEAR + r"(?i:begins?|began|starts?|started|beginning|starting|runs?|ran|running)"
                     rf"\s+(?:(?i:in|on|from)\s+)?{_DAY_FIRST}(?P<mon>{MON})")
#: "the fiscal year ends on March 31", "a financial year ending in June"
_ENDS = re.compile(_FISCAL_YEAR + r"(?i:ends?|ended|ending|closes?|closed|closing)"
                   rf"\s+(?:(?i:in|on)\s+)?{_DAY_FIRST}(?P<mon>{MON})")


#: a year said right after the quarter ("in 2012", "of the fiscal year that ended June 30, 2008"):
#: the quarter is labelled by that year, as TimeBank does, and is not moved
_YEAR_SAID_AFTER = re.compile(
    r"[ \t]+(?:in|of)[ \t]+(?:(?:the|its|their|our)[ \t]+)?(?:(?:fiscal|financial)[ \t]+(?:year\b[^.;]{0,40}?)?)?\d{4}\b")


def fiscal_start_month(text: str) -> int | None:
    """The month (1-12) the text says its fiscal year begins in, or None when it says none or
    names two different ones (two companies' years: no single calendar for their quarters)."""
    months = {month_number(m["mon"]) for m in _BEGINS.finditer(text)}
    months |= {month_number(m["mon"]) % 12 + 1 for m in _ENDS.finditer(text)}
    return months.pop() if len(months) == 1 else None


def to_calendar_periods(text: str, cands: list[Cand]) -> list[Cand]:
    """``cands`` with each yearless quarter (and half, when the fiscal year begins in January or July)
    moved to the calendar period it covers under the fiscal year the text describes."""
    start = fiscal_start_month(text)
    if start is None or start == 1 or (start - 1) % 3:
        return cands
    shift = (start - 1) // 3  # quarters from January to the fiscal year's first month
    out = []
    for c in cands:
        spec = c.spec
        if c.kind == "under" and spec is not None and spec.year is None and c.rel in ("quarter", "year0") \
                and not c.parts and spec.gran in ("Q", "H") and not _YEAR_SAID_AFTER.match(text, c.end):
            if spec.gran == "Q" and spec.quarter is not None:
                c = replace(c, spec=spec.with_(quarter=(spec.quarter - 1 + shift) % 4 + 1), rel="quarter")
            elif spec.gran == "H" and spec.half is not None and shift == 2:
                c = replace(c, spec=spec.with_(half=3 - spec.half), rel="quarter")
        out.append(c)
    return out
