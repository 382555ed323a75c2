"""A step of days or weeks counted from a month moves the happening's window on by the step.

"The city had stopped paying the contractor in October. The contractor walked off the site a week
later": the tagger keeps the expression's value the month ("2025-10", as TimeML writes a day it cannot
tell, see ``explorer.temporal.previous_offsets``), and with it the month's span, so the walk-off would
share the stopping's window. To a reader it lies a week after some day of October: from 8 October to 7
November. The event's window moves on by the step, both ends; the expression (its value and span, which
the TimeML scores read) is left as it is. A step from a year ("a week later" after "in 1921") keeps the
year, as a week in a year is still that year to a reader; a step back ("a week earlier") is left too.
"""

from __future__ import annotations

import re
from datetime import date

from explorer.temporal.normalize import clamp, shift
from explorer.temporal.timex import Timex

#: the derivation of a step counted from the date before: "anchored on previous date 2025-10 + 1 weeks"
_STEP = re.compile(r"anchored on previous date (?P<prev>\d{4}-\d\d) \+ (?P<n>\d+) (?P<unit>days|weeks)$")


def moved_on(timex: Timex, anchor: Timex | None) -> tuple[date, date] | None:
    """The window of a happening told ``timex`` ("a week later") after ``anchor`` (a month), moved on by
    the step; None when ``timex`` is no such step or already narrower than the month."""
    step = _STEP.search(timex.derivation)
    if step is None or anchor is None or timex.type != "DATE" or anchor.value != step.group("prev") \
            or not re.fullmatch(r"\d{4}-\d\d(?:-XX)?", timex.value) or not timex.value.startswith(anchor.value) \
            or not isinstance(anchor.begin, date) or not isinstance(anchor.end_day, date) \
            or timex.begin != anchor.begin or timex.end_day != anchor.end_day:
        return None
    n, unit = int(step.group("n")), {"days": "D", "weeks": "W"}[step.group("unit")]
    if n <= 0:
        return None
    return clamp(shift(anchor.begin, unit, n)), clamp(shift(anchor.end_day, unit, n))
