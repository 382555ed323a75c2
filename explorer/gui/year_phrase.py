"""What the Go to date box reads as a year before handing the phrase to the tagger.

In a box that asks for a date, a number alone is a year: "480", "1066", "12". The tagger reads text
in running prose, where "12" is a day or a month and a bare "480" is no date at all (it would be a
count), so on its own it rejected "480" and showed December of this year for "12". Eras and decades
are read here as well, in any case ("44 bc", "480 B.C.", "AD 1066", "the 480s", "the 480s BC"),
since the tagger reads some of them only when written its way.
"""

from __future__ import annotations

import re
from datetime import date

from explorer.calendar import Day, calendar_day, ordinal

_BC = r"(?:b\.?\s?c\.?(?:\s?e\.?)?)"  # BC, B.C., BCE, B.C.E.
_AD = r"(?:a\.?\s?d\.?|c\.?\s?e\.?)"  # AD, A.D., CE, C.E.
_YEAR = re.compile(rf"^(?:(?:the\s+)?year\s+|in\s+)?(?:{_AD}\s*)?(\d{{1,4}})\s*(?:({_BC})|{_AD})?$", re.I)
_DECADE = re.compile(rf"^(?:the\s+)?(\d{{1,3}}0)'?s\s*({_BC})?$", re.I)

#: Why a phrase that looks like a year is none (shown in the bar).
NO_YEAR_ZERO = "There is no year 0: 1 BC is followed by AD 1"


class NotAYear(ValueError):
    """The phrase is written as a year that the calendar does not have."""


def year_span(text: str) -> tuple[date | Day, date | Day] | None:
    """The first and last day of the year or decade ``text`` names, or None when it names none
    (the caller then reads it as a date in words). Raises :class:`NotAYear` for year 0."""
    text = text.strip()
    found = _YEAR.match(text)
    if found:
        number, bc = int(found.group(1)), bool(found.group(2))
        if number == 0:
            raise NotAYear(NO_YEAR_ZERO)
        return _years(number, number, bc)
    found = _DECADE.match(text)
    if found:
        start, bc = int(found.group(1)), bool(found.group(2))
        if start == 0 and not bc:
            return _years(1, 9, False)  # the 0s: AD 1-9
        if bc:  # the 480s BC: 489 BC to 480 BC
            return _years(start + 9, max(start, 1), True)
        return _years(start, start + 9, False)
    return None


def _years(first: int, last: int, bc: bool) -> tuple[date | Day, date | Day]:
    """Years as written (BC years counted back: 480 BC is the astronomical year -479)."""
    lo, hi = (1 - first, 1 - last) if bc else (first, last)
    return calendar_day(ordinal(lo, 1, 1)), calendar_day(ordinal(hi, 12, 31))
