"""What a rule produces (:class:`Cand`) and where rules register (:func:`rule`, :data:`RULES`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from explorer.temporal.normalize import Spec

# ----------------------------------------------------------------------------------------------
# Candidates


@dataclass(slots=True)
class Cand:
    """One expression as read: ``kind`` says what it needs to be resolved.

    abs   a calendar spec with its year (or decade/century) stated;
    under a spec lacking its year ("December 26", "Tuesday", "in May"); ``rel`` may say
          which occurrence ("last", "next", "this");
    dct   an offset of ``n`` ``unit`` from the document date ("two weeks ago", "last year");
    prev  an offset from the previous dated expression ("two weeks later", "the next day");
    ref   PAST_REF / PRESENT_REF / FUTURE_REF; dur a duration; set a recurrence.
    """

    start: int
    end: int
    kind: str
    type: str = "DATE"
    spec: Spec | None = None
    mod: str | None = None
    unit: str | None = None  # granularity code of an offset: D W WE M Q S Y DE CE
    n: float | None = None
    value: str | None = None
    rel: str | None = None
    anchored_span: str | None = None  # "past"/"next" for "the past four months"
    range_to: "Cand | None" = None
    open_end: bool = False  # "from 2013 onward"
    priority: int = 0
    parts: list["Cand"] = field(default_factory=list)
    #: the date a bare listed day shares its month and year with ("12" of "12, 13 and 14 July")
    list_head: "Cand | None" = None
    #: where a phrase heading the date begins ("the week of 13 May", "the second week of January"),
    #: and which kind of phrase it is (headed_dates.py: week_of.WEEK_OF, period_parts.PART_OF)
    head: int | None = None
    head_kind: str | None = None


def range_of(first: Cand, second: Cand) -> Cand:
    """One candidate spanning both ends; the parts keep their own spans for TimeML export."""
    return Cand(first.start, second.end, first.kind, first.type, first.spec, first.mod, first.unit, first.n,
                first.value, first.rel, range_to=second, parts=[first, second])


Builder = Callable[[re.Match[str], str], "Cand | None"]
RULES: list[tuple[str, re.Pattern[str], Builder, int, str | None]] = []


def rule(pattern: str, flags: int = 0, priority: int = 0, trigger: str | None = None) -> Callable[[Builder], Builder]:
    def deco(fn: Builder) -> Builder:
        RULES.append((fn.__name__, re.compile(pattern, flags), fn, priority, trigger))
        return fn

    return deco
