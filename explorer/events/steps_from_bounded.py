"""A step counted on from an undated happening that its neighbours have dated after all.

"On 8 November 2020 a car left the road. The driver was taken to hospital. He died the next day."
The relative expression is re-hung on the happening told in between ("was taken", see
:mod:`~explorer.events.undated_events`), which has no date of its own; but the neighbours or the
diary's entry then bound that happening ("taken" on 8 November, inferred). A reader counts the step
from there: the dying falls on 9 November. The step moves the bounded window's two ends (a happening
bounded to 3-20 March, "two days later": 5-22 March), at the expression's own grain ("a month later":
whole months). Only a narrow window is counted from (at most :data:`_WIDEST_DAYS`): a happening the
neighbours leave years wide gives no day to count from, and the expression stays undated.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Sequence

from explorer.calendar import days_in_month
from explorer.events.record import Event

#: "anchored on undated event ID + 2 days": the occurrence and the step
_REHUNG = re.compile(r"^anchored on undated event (\S+) ([+-]) (\d+(?:\.\d+)?) (minutes|days|weeks|months|years)$")
#: the widest window (days) a step is counted from
_WIDEST_DAYS = 31


def _months_on(day: date, months: int) -> tuple[int, int]:
    n = day.year * 12 + day.month - 1 + months
    return n // 12, n % 12 + 1


def _stepped(begin: date, end: date, sign: int, amount: float, unit: str, value: str) -> tuple[date, date] | None:
    if unit in ("minutes", "days", "weeks"):
        minutes = amount * {"minutes": 1, "days": 1440, "weeks": 7 * 1440}[unit]
        low, high = divmod(minutes, 1440)
        first = begin + timedelta(days=sign * int(low if sign > 0 else low + (high > 0)))
        last = end + timedelta(days=sign * int(low + (high > 0) if sign > 0 else low))
    elif unit in ("months", "years") and amount == int(amount):
        months = sign * int(amount) * (12 if unit == "years" else 1)
        y1, m1 = _months_on(begin, months)
        y2, m2 = _months_on(end, months)
        if not (1 <= y1 and y2 <= 9999):
            return None
        first = date(y1, m1, min(begin.day, days_in_month(y1, m1)))
        last = date(y2, m2, min(end.day, days_in_month(y2, m2)))
    else:
        return None
    if re.fullmatch(r"\d{4}", value or ""):  # the expression's grain: a year
        return date(first.year, 1, 1), date(last.year, 12, 31)
    if re.fullmatch(r"\d{4}-\d{2}", value or ""):  # a month
        return first.replace(day=1), last.replace(day=days_in_month(last.year, last.month))
    return first, last


def steps_from_bounded(events: Sequence[Event]) -> list[Event]:
    """The events whose relative expression was re-hung on an undated happening, dated by a step from
    that happening's window where its neighbours bounded it narrowly (see the module's docstring)."""
    by_id = {e.id: e for e in events}
    out: list[Event] = []
    for event in events:
        m = _REHUNG.match(event.derivation or "") if event.begin is None else None
        base = by_id.get(m.group(1)) if m else None
        if m is None or base is None or base.begin is None or base.certainty == "undated" \
                or not isinstance(base.begin, date) or not isinstance(base.end or base.begin, date) \
                or ((base.end or base.begin) - base.begin).days > _WIDEST_DAYS:
            out.append(event)
            continue
        window = _stepped(base.begin, base.end or base.begin, 1 if m.group(2) == "+" else -1,
                          float(m.group(3)), m.group(4), event.value)
        if window is None:
            out.append(event)
            continue
        out.append(replace(event, begin=window[0], end=window[1], certainty="inferred",
                           derivation=f"{event.derivation}, counted from its bounded window"))
    return out
