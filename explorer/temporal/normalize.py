"""Calendar meaning of a (possibly partial) date: its TIMEX3 value and the days it covers.

A :class:`Spec` is what the grammar read off the text; nothing here knows about documents or
tense. Keeping value and span derived from the same record is what makes a "2015-09" always cover
exactly 1-30 September 2015 on the timeline.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from explorer.calendar import Day, days_in_month
from explorer.temporal.lunar_feasts import FEASTS, feast_day

MIN_DAY = date(1, 1, 1)
MAX_DAY = date(9999, 12, 31)

# Season -> (first month, last month); winter runs into the next year.
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


@dataclass(frozen=True, slots=True)
class Spec:
    """Fields stated (or resolved) for one calendar expression; None means "not said".

    Exactly one granularity is meaningful at a time; ``gran`` names it so that "2015" and
    "January 2015" are not confused once a month has been filled in by anchoring.
    """

    gran: str  # D day, M month, Y year, S season, Q quarter, H half, W week, WE weekend, DE decade, CE century
    year: int | None = None
    month: int | None = None
    day: int | None = None
    season: str | None = None
    quarter: int | None = None
    half: int | None = None
    week: int | None = None
    weekday: int | None = None
    decade: int | None = None  # 199 for the 1990s
    century: int | None = None  # 18 for the 19th century (1800-1899)
    #: the century was named by its ordinal ("the 12th century"), which writers count from 1101 to 1200
    #: or from 1100 to 1199: its span is the years both counts share, 1101 to 1199 ("the 1100s" is 1100-1199)
    ordinal_century: bool = False
    part_of_day: str | None = None  # MO AF EV NI
    clock: str | None = None  # "14:30"
    bc: bool = False

    def with_(self, **kw: object) -> "Spec":
        return replace(self, **kw)  # type: ignore[arg-type]

    @property
    def has_year(self) -> bool:
        return self.year is not None or self.decade is not None or self.century is not None


def valid_day(y: int, m: int, d: int) -> bool:
    return 1 <= y <= 9999 and 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def value_of(s: Spec) -> str:
    """The TIMEX3 value; unknown parts are X so an unanchored "December 26" reads XXXX-12-26."""
    era = "BC" if s.bc else ""
    if s.gran == "CE":
        return era + (f"{s.century:02d}" if s.century is not None else "XX")
    if s.gran == "DE":
        return era + (f"{s.decade:03d}" if s.decade is not None else "XXX")
    y = ("BC" if s.bc else "") + (f"{s.year:04d}" if s.year is not None else "XXXX")
    if s.gran == "Y":
        return y
    if s.gran == "S":
        return f"{y}-{s.season}"
    if s.gran == "Q":
        return f"{y}-Q{s.quarter}" if s.quarter else f"{y}-QX"
    if s.gran == "H":
        return f"{y}-H{s.half}"
    if s.gran in ("W", "WE"):
        w = f"{y}-W{s.week:02d}" if s.week else f"{y}-WXX"
        return w + ("-WE" if s.gran == "WE" else "")
    if s.gran == "M":
        return f"{y}-{s.month:02d}" if s.month else f"{y}-XX"
    # day
    if s.month is None and s.day is None and s.weekday is not None:
        base = f"XXXX-WXX-{s.weekday + 1}"
    else:
        m = f"{s.month:02d}" if s.month else "XX"
        d = f"{s.day:02d}" if s.day else "XX"
        base = f"{y}-{m}-{d}"
    if s.clock:
        return f"{base}T{s.clock}"
    if s.part_of_day:
        return f"{base}T{s.part_of_day}"
    return base


def month_span(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def iso_week_span(y: int, w: int) -> tuple[date, date]:
    start = date.fromisocalendar(y, w, 1)
    return start, start + timedelta(days=6)


def span_of(s: Spec) -> tuple[date, date] | None:
    """First and last day covered, inclusive; None while any needed part is unknown or BC."""
    try:
        if s.bc:
            return None
        if s.gran == "CE" and s.century is not None:
            a = max(1, s.century * 100 + (1 if s.ordinal_century else 0))
            return date(a, 1, 1), date(min(9999, s.century * 100 + 99), 12, 31)
        if s.gran == "DE" and s.decade is not None:
            a = max(1, s.decade * 10)
            return date(a, 1, 1), date(min(9999, s.decade * 10 + 9), 12, 31)
        if s.year is None:
            return None
        y = s.year
        if s.gran == "Y":
            return date(y, 1, 1), date(y, 12, 31)
        if s.gran == "S" and s.season:
            first, last = SEASON_MONTHS[s.season]
            if s.season == "WI":  # winter of Y: December Y to February Y+1
                return date(y, 12, 1), (month_span(y + 1, 2)[1] if y < 9999 else date(y, 12, 31))
            return month_span(y, first)[0], month_span(y, last)[1]
        if s.gran == "Q" and s.quarter:
            return month_span(y, 3 * s.quarter - 2)[0], month_span(y, 3 * s.quarter)[1]
        if s.gran == "H" and s.half:
            return month_span(y, 6 * s.half - 5)[0], month_span(y, 6 * s.half)[1]
        if s.gran == "W" and s.week:
            return iso_week_span(y, s.week)
        if s.gran == "WE" and s.week:
            a, _ = iso_week_span(y, s.week)
            return a + timedelta(days=5), a + timedelta(days=6)
        if s.gran == "M" and s.month:
            return month_span(y, s.month)
        if s.gran == "D" and s.month and s.day and valid_day(y, s.month, s.day):
            d = date(y, s.month, s.day)
            return d, d
    except (ValueError, OverflowError):
        return None
    return None


def narrow(span: tuple[date, date], mod: str | None) -> tuple[date, date]:
    """The part of a span a START/MID/END modifier points at (first, middle, last third).

    A span of whole years or whole months is cut at year or month boundaries, so "the middle of
    the 9th century BC" reads 867-835 BC and "early 2015" January-April, not a run of days that
    starts on a 3rd of May nobody wrote.
    """
    a, b = span
    n = (b - a).days + 1
    if n < 3 or mod not in ("START", "MID", "END"):
        return span
    if (a.month, a.day) == (1, 1) and (b.month, b.day) == (12, 31) and b.year - a.year >= 2:
        return _narrow_units(a, b, b.year - a.year + 1, mod, _year_start, _year_end)
    if a.day == 1 and (b == date.max or (b + timedelta(days=1)).day == 1):  # date.max: no day after it
        months = (b.year - a.year) * 12 + b.month - a.month + 1
        if months >= 3:
            return _narrow_units(a, b, months, mod, _month_start, _month_end)
    third = n // 3
    if mod == "START":
        return a, a + timedelta(days=third - 1)
    if mod == "END":
        return b - timedelta(days=third - 1), b
    return a + timedelta(days=third), b - timedelta(days=third)


def _narrow_units(a, b, units: int, mod: str, start, end):  # type: ignore[no-untyped-def]
    """First, middle or last third of ``units`` whole units from ``a`` to ``b`` (same types back)."""
    third = units // 3
    if mod == "START":
        return a, end(a, third - 1)
    if mod == "END":
        return start(a, units - third), b
    return start(a, third), end(a, units - third - 1)


def _make(like, year: int, month: int, day: int):  # type: ignore[no-untyped-def]
    return Day.of(year, month, day) if isinstance(like, Day) else date(year, month, day)


def _year_start(a, k: int):  # type: ignore[no-untyped-def]
    return _make(a, a.year + k, 1, 1)


def _year_end(a, k: int):  # type: ignore[no-untyped-def]
    return _make(a, a.year + k, 12, 31)


def _month_start(a, k: int):  # type: ignore[no-untyped-def]
    y, m = divmod(a.month - 1 + k, 12)
    return _make(a, a.year + y, m + 1, 1)


def _month_end(a, k: int):  # type: ignore[no-untyped-def]
    first = _month_start(a, k + 1)
    return first - timedelta(days=1)


def spec_of_day(d: date, gran: str = "D") -> Spec:
    """A spec of granularity ``gran`` that contains day ``d`` (used after date arithmetic)."""
    if gran == "D":
        return Spec("D", year=d.year, month=d.month, day=d.day)
    if gran == "M":
        return Spec("M", year=d.year, month=d.month)
    if gran == "Y":
        return Spec("Y", year=d.year)
    if gran == "Q":
        return Spec("Q", year=d.year, quarter=(d.month - 1) // 3 + 1)
    if gran == "H":
        return Spec("H", year=d.year, half=(d.month - 1) // 6 + 1)
    if gran in ("W", "WE"):
        iy, iw, _ = d.isocalendar()
        return Spec(gran, year=iy, week=iw)
    if gran == "DE":
        return Spec("DE", decade=d.year // 10)
    if gran == "CE":
        return Spec("CE", century=d.year // 100)
    if gran == "S":
        m = d.month
        season = "SP" if m in (3, 4, 5) else "SU" if m in (6, 7, 8) else "FA" if m in (9, 10, 11) else "WI"
        y = d.year - 1 if m in (1, 2) else d.year
        return Spec("S", year=y, season=season)
    return Spec("D", year=d.year, month=d.month, day=d.day)


_SEASON_ORDER = ("SP", "SU", "FA", "WI")


def season_step(here: Spec, season: str, n: int) -> Spec:
    """The ``season`` next after (``n`` > 0) or last before (``n`` < 0) the season ``here``, as "the
    following autumn" after "the spring of 1848" is that year's (1848-FA), "the next spring" after
    "the winter of 1972" the spring after it (1973-SP), and "the previous winter" before the spring
    of 1990 the winter that began in 1989. A season of the same name is a year away."""
    assert here.year is not None and here.season in _SEASON_ORDER and n != 0
    at = here.year * 4 + _SEASON_ORDER.index(here.season)
    gap = (_SEASON_ORDER.index(season) - _SEASON_ORDER.index(here.season)) % 4
    at = at + (gap or 4) if n > 0 else at - ((4 - gap) % 4 or 4)
    return Spec("S", year=at // 4, season=_SEASON_ORDER[at % 4])


def add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    if not 1 <= y <= 9999:  # past the calendar's edge: its last (or first) day, never a month back
        return MAX_DAY if y > 9999 else MIN_DAY
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def beyond_calendar(d: date, unit: str, n: float) -> bool:
    """Whether moving ``d`` by ``n`` units leaves years 1-9999, where :func:`shift` can only clamp."""
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}.get(unit)
    if months is not None:
        year = d.year + (d.month - 1 + round(months * n)) // 12
        return not 1 <= year <= 9999
    if unit in ("D", "W", "WE"):
        days = round(n) if unit == "D" else round(7 * n)
        return not 1 <= d.toordinal() + days <= MAX_DAY.toordinal()
    return False


def shift(d: date, unit: str, n: float) -> date:
    """``d`` moved by ``n`` units, clamped to the calendar the timeline can draw."""
    try:
        if unit in ("D", "W", "WE"):
            days = round(n) if unit == "D" else round(7 * n)
            return date.fromordinal(min(max(d.toordinal() + days, 1), MAX_DAY.toordinal()))
        if unit == "M":
            return add_months(d, round(n))
        if unit == "Q":
            return add_months(d, round(3 * n))
        if unit == "Y":
            return add_months(d, round(12 * n))
        if unit == "DE":
            return add_months(d, round(120 * n))
        if unit == "CE":
            return add_months(d, round(1200 * n))
    except (OverflowError, ValueError):
        return MAX_DAY if n > 0 else MIN_DAY
    return d


def clamp(d: date) -> date:
    return min(max(d, MIN_DAY), MAX_DAY)


#: half a unit in the next smaller one ("H" hours and "M" minutes come with a leading "T")
_HALVES = {("", "Y"): "6M", ("", "M"): "15D", ("", "D"): "T12H", ("T", "H"): "30M", ("T", "M"): "30S"}
#: a unit in the next smaller one: how many, and that unit's code (with its "T" for hours and less)
_SMALLER = {("", "CE"): (100, "", "Y"), ("", "DE"): (10, "", "Y"), ("", "Y"): (12, "", "M"), ("", "Q"): (3, "", "M"),
            ("", "W"): (7, "", "D"), ("", "D"): (24, "T", "H"), ("T", "H"): (60, "T", "M"), ("T", "M"): (60, "T", "S")}


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration: P7Y, PT3H, PXM for a vague quantity, P2Y6M for "two and a half years"."""
    t = ""
    if unit.startswith("T"):
        t, unit = "T", unit[1:]
    if unit == "Y" and n is not None and n >= 1000 and float(n / 1000).is_integer():
        n, unit = n / 1000, "L"  # "two thousand years": P2L, millennia as TimeML counts them
    if n is not None and n > 1 and float(n * 2).is_integer() and not float(n).is_integer() and (t, unit) in _HALVES:
        # "2 1/2 years": P2Y6M, "a minute and a half": PT1M30S, as TimeML writes them
        return f"P{t}{int(n)}{unit}{_HALVES[(t, unit)]}"
    smaller = _SMALLER.get((t, unit))
    if n is not None and n > 1 and float(n * 4).is_integer() and not float(n * 2).is_integer() and smaller is not None \
            and float(n % 1 * smaller[0]).is_integer():
        # "an hour and a quarter": PT1H15M, "a year and three quarters": P1Y9M; centuries and decades,
        # which TimeML never mixes with years, all in years ("a century and a quarter": P125Y)
        if smaller[2] == "Y" and unit in ("CE", "DE"):
            return f"P{int(n * smaller[0])}Y"
        return f"P{t}{int(n)}{unit}{'' if t else smaller[1]}{int(n % 1 * smaller[0])}{smaller[2]}"
    if n is not None and 0 < n < 1 and smaller is not None and float(n * smaller[0]).is_integer():
        # "a quarter-century": P25Y, "a quarter of an hour": PT15M, "a half-hour": PT30M; TimeML counts
        # a part of a unit in the next smaller one, never as a fraction
        return f"P{smaller[1]}{int(n * smaller[0])}{smaller[2]}"
    if n is None:
        q = "X"
    elif float(n).is_integer():
        q = str(int(n))
    else:
        q = f"{n:g}"
    if unit == "WE":
        unit = "D"
        q = str(2 * int(n)) if n is not None and float(n).is_integer() else q
    return f"P{t}{q}{unit}"


# -- holidays ---------------------------------------------------------------------------------


def easter(y: int) -> date:
    """Western Easter Sunday of year ``y`` (the anonymous Gregorian computus); before 1583 the Julian
    computus, on the Julian calendar a chronicle of those years dates by (as "Michaelmas 1312" is read
    1312-09-29 as written)."""
    if y < 1583:
        d = (19 * (y % 19) + 15) % 30
        e = (2 * (y % 4) + 4 * (y % 7) - d + 34) % 7
        month, day = divmod(d + e + 114, 31)
        return date(y, month, day + 1)
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(y, month, day + 1)


def advent_sunday(y: int) -> date:
    """The first Sunday of Advent: four Sundays before Christmas, the last being the Sunday before it."""
    christmas = date(y, 12, 25)
    return christmas - timedelta(days=christmas.weekday() + 1 + 21)


def nth_weekday(y: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` (0 = Monday) of a month; ``n = -1`` is the last one."""
    if n > 0:
        first = date(y, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(y, month, calendar.monthrange(y, month)[1])
    return last - timedelta(days=(last.weekday() - weekday) % 7)


# Holidays whose day moves with the year: name -> the day in a given year
MOVABLE_HOLIDAYS = {
    "thanksgiving": lambda y: nth_weekday(y, 11, 3, 4),  # fourth Thursday of November (US)
    "election": lambda y: nth_weekday(y, 11, 0, 1) + timedelta(days=1),  # Tuesday after the first Monday of November
    "easter": easter,
    "goodfriday": lambda y: easter(y) - timedelta(days=2),
    "eastermonday": lambda y: easter(y) + timedelta(days=1),
    # the other feasts counted from Easter, as the churches' calendars (and HeidelTime's list of
    # movable holidays) name them
    "ashwednesday": lambda y: easter(y) - timedelta(days=46),
    "palmsunday": lambda y: easter(y) - timedelta(days=7),
    "maundythursday": lambda y: easter(y) - timedelta(days=3),
    "holysaturday": lambda y: easter(y) - timedelta(days=1),
    "ascension": lambda y: easter(y) + timedelta(days=39),
    "pentecost": lambda y: easter(y) + timedelta(days=49),
    "whitmonday": lambda y: easter(y) + timedelta(days=50),
    "trinitysunday": lambda y: easter(y) + timedelta(days=56),
    "shrovetuesday": lambda y: easter(y) - timedelta(days=47),  # Pancake Day, the eve of Ash Wednesday
    "motheringsunday": lambda y: easter(y) - timedelta(days=21),  # the fourth Sunday of Lent (UK)
    "adventsunday": advent_sunday,  # the church's year begins with it; the Sundays of Advent count from it
    "memorial": lambda y: nth_weekday(y, 5, 0, -1),  # last Monday of May
    "labor": lambda y: nth_weekday(y, 9, 0, 1),  # first Monday of September
    "mlk": lambda y: nth_weekday(y, 1, 0, 3),
    "presidents": lambda y: nth_weekday(y, 2, 0, 3),
    "columbus": lambda y: nth_weekday(y, 10, 0, 2),
    "mothers": lambda y: nth_weekday(y, 5, 6, 2),
    "fathers": lambda y: nth_weekday(y, 6, 6, 3),
    "blackfriday": lambda y: nth_weekday(y, 11, 3, 4) + timedelta(days=1),  # the day after Thanksgiving
    "cybermonday": lambda y: nth_weekday(y, 11, 3, 4) + timedelta(days=4),
}


#: the holidays counted from Easter
_EASTER_FEASTS = frozenset({"easter", "goodfriday", "eastermonday", "ashwednesday", "palmsunday", "maundythursday",
                            "holysaturday", "ascension", "pentecost", "whitmonday", "trinitysunday", "shrovetuesday"})

#: the end of a holiday key whose expression is the week the holiday falls in ("Easter week")
HOLIDAY_WEEK = "#week"


def holiday_date(key: str, y: int) -> date | None:
    """The holiday's day in year ``y``; a key ``nth:<month>:<weekday>:<n>`` is a day a calendar rule
    names ("the first Sunday of May" is ``nth:5:6:1``); ``<key>@<days>`` is that many days from it
    ("the day after Thanksgiving" is ``thanksgiving@1``); ``md:<month>:<day>`` is a fixed holiday's day
    and a ``HOLIDAY_WEEK`` ending ("Easter week") names the day its week is the week of."""
    key, _, days = key.removesuffix(HOLIDAY_WEEK).partition("@")
    if key.startswith("md:"):
        month, day = (int(x) for x in key.split(":")[1:])
        d = date(y, month, day) if 1 <= y <= 9999 else None
    elif key.startswith("nth:"):
        month, weekday, n = (int(x) for x in key.split(":")[1:])
        d = nth_weekday(y, month, weekday, n) if 1 <= y <= 9999 else None
    elif key in FEASTS:
        d = feast_day(key, y)  # a lunar or lunisolar feast: its calendar's day, or none outside its years
    else:
        fn = MOVABLE_HOLIDAYS.get(key)
        # the feasts counted from Easter have a day in any year (the Julian computus before 1583);
        # the civil holidays only in the years of their rule
        easterly = key in _EASTER_FEASTS
        d = fn(y) if fn is not None and (1583 if not easterly else 1) <= y <= 9999 else None
    return d + timedelta(days=int(days)) if d is not None and days else d


# -- years before 1 -----------------------------------------------------------------------------

_BC_VALUE = re.compile(r"^BC(?P<y>\d{2,6})(?:-(?:(?P<m>\d\d)|(?P<s>SP|SU|FA|WI))(?:-(?P<d>\d\d))?)?$")


def bc_span(value: str) -> tuple[Day, Day] | None:
    """First and last day of a TIMEX3 value before year 1 ("BC0264", "BC0480-08", "BC0481-FA",
    "BC047" the 470s BC, "BC02" the 3rd century BC), as :class:`~explorer.calendar.Day` since
    ``date`` has no such years. Historians' "264 BC" is astronomical year -263 (there is no year 0)."""
    m = _BC_VALUE.match(value)
    if m is None:
        return None
    digits = m["y"]
    if len(digits) == 2:  # century c: (100c+100) BC .. (100c+1) BC
        c = int(digits)
        return Day.of(1 - (100 * c + 100)), Day.of(1 - (100 * c + 1), 12, 31)
    if len(digits) == 3:  # decade d: (10d+9) BC .. max(10d, 1) BC
        d = int(digits)
        return Day.of(1 - (10 * d + 9)), Day.of(1 - max(10 * d, 1), 12, 31)
    bc = int(digits)
    if bc < 1:
        return None
    y = 1 - bc
    if m["s"]:
        first, last = SEASON_MONTHS[m["s"]]
        if m["s"] == "WI":
            return Day.of(y, 12, 1), Day.of(y + 1, 2, days_in_month(y + 1, 2))
        return Day.of(y, first, 1), Day.of(y, last, days_in_month(y, last))
    if m["m"]:
        mo = int(m["m"])
        if not 1 <= mo <= 12:
            return None
        if m["d"]:
            d = int(m["d"])
            if not 1 <= d <= days_in_month(y, mo):
                return None
            return Day.of(y, mo, d), Day.of(y, mo, d)
        return Day.of(y, mo, 1), Day.of(y, mo, days_in_month(y, mo))
    return Day.of(y, 1, 1), Day.of(y, 12, 31)
