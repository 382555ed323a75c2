"""The tagger's output record: one temporal expression, where it is and what it means.

``value`` follows TimeML TIMEX3 (``2015-09``, ``2018-12-26``, ``1997-SU``, ``P2W``, ``PAST_REF``);
``begin``/``end`` are the first and last calendar day the expression can cover, inclusive, which is
what the timeline draws: a ``date`` for years 1-9999, an :class:`explorer.calendar.Day` before year 1
("264 BC"). A duration or a set has no calendar span of its own (``begin`` is None).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from explorer.calendar import Day

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]

#: ``Timex.anchor`` of an expression that hangs on the document's date while that date is unknown
#: ("last week" in an undated article): undated now, dated once the user gives the date.
DOCUMENT_ANCHOR = -1
Certainty = Literal["exact", "inferred", "undated"]


@dataclass(frozen=True, slots=True)
class Timex:
    start: int
    end: int
    text: str
    type: TimexType
    value: str
    mod: str | None = None
    begin: date | Day | None = None
    end_day: date | Day | None = None
    certainty: Certainty = "exact"
    derivation: str = "explicit"
    anchor: int | None = None  # index (in the tagger's output list) of the expression this one hangs on, or DOCUMENT_ANCHOR
    # For a range ("1997-2004") or open range ("from 2013 onward"): its end points as separate
    # expressions with their own spans, which is how TimeML annotates them.
    parts: tuple["Timex", ...] = ()

    @property
    def is_dated(self) -> bool:
        return self.begin is not None and self.type in ("DATE", "TIME")
