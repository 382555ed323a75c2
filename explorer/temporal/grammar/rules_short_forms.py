"""Years written short in edited text: "in '98", "since '95", "fiscal '99", "FY98", "FY 1999".

Wire copy and business pages clip a year to its last two figures after a preposition or "fiscal",
and write a fiscal year "FY98". TimeML values them as the full year. The century is the one that
puts the year nearest the turn of the millennium the corpora were written around (2000s up to '30,
else the 1900s), as the informal "summer '14" is read.
"""

from __future__ import annotations

import re

from explorer.temporal.grammar.blocks import CLIPPED_YEAR, YEAR, full_year
from explorer.temporal.grammar.registry import Cand, rule
from explorer.temporal.normalize import Spec


@rule(r"(?<![\w'’])(?P<pre>(?i:in|since|by|until|till|from|through|during|before|after|of|to|fiscal|early|late|mid))"
      r"[ \t]+(?P<y>['‘’]\d\d)(?![\w'’%]|[.,]\d|\s*-\s*\d)", priority=2, trigger=r"[ \t]['‘’]\d\d\b")
def clipped_year(m: re.Match[str], text: str) -> Cand | None:
    """ "sales peaked in '98", "fiscal '99": a year with its century left out."""
    year = full_year(m["y"][1:])
    start = m.start() if m["pre"].lower() in ("fiscal", "early", "late", "mid") else m.start("y")
    mod = {"early": "START", "late": "END", "mid": "MID"}.get(m["pre"].lower())
    return Cand(start, m.end(), "abs", spec=Spec("Y", year=year), mod=mod, rel=CLIPPED_YEAR)


@rule(rf"\bFY[ \t]*(?:(?P<full>{YEAR})|['‘’]?(?P<yy>\d\d)(?!\d))(?![\w%])", priority=2, trigger=r"FY")
def fy_year(m: re.Match[str], text: str) -> Cand | None:
    """ "FY98", "FY '99", "FY 1999": a fiscal year, valued as its year (as "fiscal 1999" is)."""
    year = int(m["full"]) if m["full"] else full_year(m["yy"])
    return Cand(m.start(), m.end(), "abs", spec=Spec("Y", year=year))


__all__ = ["clipped_year", "fy_year"]
