"""Calendar arithmetic on day ordinals for every year, BC included.

Python's ``datetime.date`` stops at year 1, and histories do not: "264 BC" must sort, span and draw
like any other date. Everything from the tagger to the screen can therefore speak one language, the
*day ordinal*: ``date.toordinal()`` for years 1-9999 (0001-01-01 is 1), extended to every integer on
the proleptic Gregorian calendar with astronomical year numbering (1 BC is year 0, 264 BC is year
-263). :class:`Day` wraps an ordinal with the small part of ``date``'s interface the code base uses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

_DAYS_BEFORE_MONTH = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
#: Days from 0000-03-01 to 0001-01-01, less one: shifts the count below so 0001-01-01 is day 1.
_ORIGIN = 305


#: The screen's day zero, 1970-01-01: the timeline draws ``(ordinal - EPOCH_ORDINAL)`` days (times a
#: day's seconds for pyqtgraph's date axis). The one definition; everything else imports it.
EPOCH_ORDINAL = 719163
SECONDS_PER_DAY = 86400.0


def is_leap(year: int) -> bool:
    """Proleptic Gregorian leap year, astronomical numbering (year 0 = 1 BC is a leap year)."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    if month == 2:
        return 29 if is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def ordinal(year: int, month: int = 1, day: int = 1) -> int:
    """The day ordinal of a proleptic Gregorian date; equals ``date(y, m, d).toordinal()`` for 1-9999."""
    if not 1 <= month <= 12 or not 1 <= day <= days_in_month(year, month):
        raise ValueError(f"no such day: {year}-{month}-{day}")
    # Count from 0000-03-01 so the leap day ends each 4/100/400-year cycle (Hinnant's algorithm).
    y = year - (month <= 2)
    era = y // 400
    yoe = y - era * 400
    mp = (month + 9) % 12
    doy = (153 * mp + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - _ORIGIN


def civil(n):  # type: ignore[no-untyped-def]
    """``(year, month, day)`` of a day ordinal; the inverse of :func:`ordinal`. Plain arithmetic, so
    a numpy array of ordinals gives three arrays in one pass (the table's date widths at 1M events)."""
    z = n + _ORIGIN
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + 3 - 12 * (mp >= 10)
    return yoe + era * 400 + (month <= 2), month, day


#: The last year a text in English may date by the Julian calendar ("Old Style"): Britain and its
#: colonies left it in September 1752; the rest of Europe from 1582 on.
LAST_JULIAN_YEAR = 1752


def weekdays_named(year: int, month: int, day: int) -> frozenset[int]:
    """The weekdays (Monday 0) a text may give the day ``year-month-day``: its proleptic Gregorian
    weekday, and for a year up to :data:`LAST_JULIAN_YEAR` also its Julian one. A diary of 1667 that
    writes "Tuesday, 5th" of March dates by the Julian calendar, on which 5 March 1667 was a Tuesday
    (a Saturday on the Gregorian): read by the Gregorian weekday alone, the row went to 5 April."""
    gregorian = (ordinal(year, month, day) - 1) % 7
    if year > LAST_JULIAN_YEAR:
        return frozenset({gregorian})
    # the Julian calendar runs behind by the century leap days it keeps: 10 days in the 1600s
    # (counted from 1 March of a century year, which is near enough for a weekday)
    century = year // 100 if month > 2 else (year - 1) // 100
    behind = century - century // 4 - 2
    return frozenset({gregorian, (gregorian + behind) % 7})


def year_label(year: int) -> str:
    """How a reader writes an astronomical year: 2019 -> "2019", -263 -> "264 BC", 0 -> "1 BC"."""
    return str(year) if year >= 1 else f"{1 - year} BC"


def iso_year(year: int) -> str:
    """ISO 8601 year: four digits within 0-9999, else signed and expanded ("-0263", "+10000")."""
    if 0 <= year <= 9999:
        return f"{year:04d}"
    return f"{'-' if year < 0 else '+'}{abs(year):04d}"


_ISO_DAY = re.compile(r"^([+-]?)(\d{4,})-(\d\d)-(\d\d)$")


@dataclass(frozen=True, slots=True)
class Day:
    """One calendar day on any year; compares, hashes and steps like ``date``.

    It orders against ``date`` too (by ordinal), so a list of days where most are ``date`` and a
    few, beyond year 1-9999, are ``Day`` sorts and compares without a ``TypeError``.

    ``isoformat`` writes ISO 8601 with astronomical years ("-0263-03-01" is 1 March 264 BC), the form
    JavaScript and most ISO readers accept; :meth:`parse` reads it back.
    """

    ordinal: int

    @classmethod
    def of(cls, year: int, month: int = 1, day: int = 1) -> Day:
        return cls(ordinal(year, month, day))

    @classmethod
    def fromordinal(cls, n: int) -> Day:
        return cls(n)

    @classmethod
    def from_date(cls, d: date) -> Day:
        return cls(d.toordinal())

    @classmethod
    def parse(cls, text: str) -> Day:
        m = _ISO_DAY.match(text.strip())
        if not m:
            raise ValueError(f"not an ISO day: {text!r}")
        year = int(m.group(2)) * (-1 if m.group(1) == "-" else 1)
        return cls.of(year, int(m.group(3)), int(m.group(4)))

    @property
    def year(self) -> int:
        return civil(self.ordinal)[0]

    @property
    def month(self) -> int:
        return civil(self.ordinal)[1]

    @property
    def day(self) -> int:
        return civil(self.ordinal)[2]

    def toordinal(self) -> int:
        return self.ordinal

    def __lt__(self, other: object) -> bool:
        o = _ordinal_of(other)
        return NotImplemented if o is None else self.ordinal < o

    def __le__(self, other: object) -> bool:
        o = _ordinal_of(other)
        return NotImplemented if o is None else self.ordinal <= o

    def __gt__(self, other: object) -> bool:
        o = _ordinal_of(other)
        return NotImplemented if o is None else self.ordinal > o

    def __ge__(self, other: object) -> bool:
        o = _ordinal_of(other)
        return NotImplemented if o is None else self.ordinal >= o

    def weekday(self) -> int:
        """Monday 0 ... Sunday 6, as ``date.weekday``."""
        return (self.ordinal + 6) % 7

    def to_date(self) -> date | None:
        """The ``datetime.date`` for years 1-9999, else None."""
        return date.fromordinal(self.ordinal) if 1 <= self.ordinal <= date.max.toordinal() else None

    def isoformat(self) -> str:
        y, m, d = civil(self.ordinal)
        return f"{iso_year(y)}-{m:02d}-{d:02d}"

    def label(self) -> str:
        """A reader's form: "7 December 1941", "1 March 264 BC"."""
        y, m, d = civil(self.ordinal)
        return f"{d} {MONTH_NAMES[m - 1]} {year_label(y)}"

    def __add__(self, other: timedelta | int) -> Day:
        days = other.days if isinstance(other, timedelta) else other
        return Day(self.ordinal + days)

    def __sub__(self, other: Day | date | timedelta | int) -> Day | timedelta:  # type: ignore[override]
        o = _ordinal_of(other)
        if o is not None:
            return timedelta(days=self.ordinal - o)
        days = other.days if isinstance(other, timedelta) else other  # type: ignore[union-attr]
        return Day(self.ordinal - days)  # type: ignore[operator]

    def __rsub__(self, other: date) -> timedelta:
        """``date - Day``: the days between, as between two dates."""
        o = _ordinal_of(other)
        if o is None:
            return NotImplemented
        return timedelta(days=o - self.ordinal)

    __radd__ = __add__

    def __str__(self) -> str:
        return self.isoformat()


MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


def _ordinal_of(value: object) -> int | None:
    if isinstance(value, Day):
        return value.ordinal
    if isinstance(value, date) and not isinstance(value, datetime):
        return value.toordinal()
    return None


def calendar_day(n: int) -> date | Day:
    """The day of ordinal ``n`` as a ``date`` where one exists (years 1-9999), else as a ``Day``.

    The event record carries its days this way: ordinary dates stay ``date`` for every reader, and
    a date before year 1 ("264 BC") is still a day that sorts, spans and writes (ISO 8601)."""
    return date.fromordinal(n) if 1 <= n <= _DATE_MAX else Day(n)


def parse_day(text: str) -> date | Day:
    """``date.fromisoformat`` that also reads expanded years ("-0263-03-01"); the inverse of
    ``isoformat`` for both kinds :func:`calendar_day` gives."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        return calendar_day(Day.parse(text).ordinal)


_DATE_MAX = date.max.toordinal()
