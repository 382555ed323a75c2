"""Weekdays listed with a recurrence share it: "on Friday and Saturday nights", "every Monday and Thursday".

A plural head said once after a list of weekdays ("Friday and Saturday nights", "Monday, Wednesday and
Friday mornings", "Monday through Friday evenings") makes every weekday of the list a recurrence, as
"every" or "each" said once before a list does ("every Monday and Thursday", "each Tuesday and
Friday"). Read alone, the weekdays without the head were dated to the nearest such day of the page's
week: a club that "opens on Friday and Saturday nights" opened once, this Friday, and every Saturday
night. TimeML writes each as a SET (``XXXX-WXX-5TNI``), the part of day of the head included.

This runs on the candidates, before anchoring, so a weekday made a recurrence is never dated.
"""

from __future__ import annotations

import re

from explorer.temporal.grammar import Cand

#: what joins the weekdays of a list: "Friday and Saturday", "Monday, Wednesday and", "Monday through"
_LIST_SEP = re.compile(r"(?i)^[ \t]*(?:,|,?[ \t]*(?:and|or|&)|-|–|to|through|thru)[ \t]*$")
#: a recurrence on a weekday, with or without a part of day: XXXX-WXX-5, XXXX-WXX-5TNI
_WEEKDAY_SET = re.compile(r"^XXXX-WXX-[1-7](T[A-Z]{2})?$")
#: the head said after the list is plural ("nights", "mornings"); a singular one ("Friday and
#: Saturday night") names two days, each read as a day
_PLURAL_DAY_PART = re.compile(r"(?i)(?:mornings|afternoons|evenings|nights)$")
#: the quantifier said before the list: "every Monday", "each Tuesday"
_QUANTIFIED = re.compile(r"(?i)^(?:every|each)[ \t]")


def _bare_weekday(c: Cand, with_part: bool = False) -> bool:
    """A weekday said alone ("Friday"); ``with_part``: or with its part of day ("Saturday night")."""
    sp = c.spec
    return c.kind == "under" and c.type in (("DATE", "TIME") if with_part else ("DATE",)) and sp is not None \
        and sp.weekday is not None and sp.month is None and sp.day is None and sp.clock is None \
        and (with_part or sp.part_of_day is None) \
        and c.rel is None and not c.parts and c.value is None and c.mod is None and c.head is None


def _weekday_set(c: Cand) -> re.Match[str] | None:
    return _WEEKDAY_SET.match(c.value) if c.kind == "set" and c.value else None


def _as_set(c: Cand, part_of_day: str) -> None:
    """``c`` a recurrence on its weekday, at its own part of day if it says one, else at ``part_of_day``."""
    assert c.spec is not None and c.spec.weekday is not None
    if c.spec.part_of_day:
        part_of_day = "T" + c.spec.part_of_day
    c.kind, c.type, c.value, c.spec, c.rel = "set", "SET", f"XXXX-WXX-{c.spec.weekday + 1}{part_of_day}", None, None


def weekday_sets(text: str, cands: list[Cand]) -> None:
    """Make each bare weekday listed with a weekday recurrence ("Friday and Saturday nights", "every
    Monday and Thursday") a recurrence of its own, in place."""
    # a plural head after the list: walk back from it over the weekdays joined to it
    for k in range(len(cands) - 1, 0, -1):
        head = cands[k]
        m = _weekday_set(head)
        if m is None or not _PLURAL_DAY_PART.search(text[head.start:head.end]):
            continue
        j = k
        while j > 0 and _bare_weekday(cands[j - 1]) and _LIST_SEP.match(text[cands[j - 1].end:cands[j].start]):
            _as_set(cands[j - 1], m.group(1) or "")
            j -= 1
    # "every"/"each" before the list: walk forward from it
    for k, first in enumerate(cands):
        m = _weekday_set(first)
        if m is None or not _QUANTIFIED.match(text[first.start:first.end]):
            continue
        j = k
        while j + 1 < len(cands) and _bare_weekday(cands[j + 1], with_part=True) \
                and _LIST_SEP.match(text[cands[j].end:cands[j + 1].start]):
            _as_set(cands[j + 1], m.group(1) or "")
            j += 1


__all__ = ["weekday_sets"]
