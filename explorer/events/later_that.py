""""Later that year", "earlier that month": a part of the period told before, on one side of the day told.

The tagger reads "Later that year" after "in April 1868" as 1868, the year the expression names, as
TimeML does; the happening it dates took place after April, not in January. A reader places it between
the time just told and the period's end ("earlier that month" between the period's start and the time
just told). The expression's value stays the period's; the event's window is cut at its anchor, the
event of the date it was counted from (``Event.anchor``). Counted on the readable gold (session 34):
the gold windows of the few such expressions hold the whole period, so the cut window lies inside them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from explorer.events.record import Event

#: "later that year", "Later the same month", "earlier that week": a side of a period named by "that".
_SIDE_OF_THAT = re.compile(r"(?i)(?P<side>later|earlier)\s+(?:that|the\s+same)\s+(?:year|month|week|season|spring|"
                           r"summer|autumn|fall|winter|decade|century)")


def cut_at_the_time_told(events: Sequence[Event]) -> list[Event]:
    """``events`` with each dated by "later that …" starting no earlier than its anchor's start, and each
    dated by "earlier that …" ending no later than its anchor's end, when the anchor lies inside."""
    by_id = {e.id: e for e in events}
    out = []
    for e in events:
        m = _SIDE_OF_THAT.fullmatch(e.timex or "")
        anchor = by_id.get(e.anchor) if m is not None and e.anchor else None
        if anchor is None or e.begin is None or e.end is None or anchor.begin is None or anchor.end is None \
                or not (e.begin <= anchor.begin and anchor.end <= e.end):
            out.append(e)
        elif m.group("side").lower() == "later" and e.begin < anchor.begin:
            out.append(replace(e, begin=anchor.begin, derivation=f"{e.derivation}; after the time told, {anchor.id}"))
        elif m.group("side").lower() == "earlier" and anchor.end < e.end:
            out.append(replace(e, end=anchor.end, derivation=f"{e.derivation}; before the time told, {anchor.id}"))
        else:
            out.append(e)
    return out
