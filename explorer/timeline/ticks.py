"""Date-axis ticks for any year, BC included, from day ordinals (no ``datetime``, no UNIX time).

pyqtgraph's ``DateAxisItem`` works in ``datetime`` (years 1-9999), shows hour ticks for data that
has only days, and labels month ticks with the month's name right beside the previous day's number
("28 Mar" for Feb 28 and Mar 1). Here the axis has two tiers, as Timeline and Aeon Timeline draw it:

* fine ticks, each labelled just right of its line with what starts there: a year ("264 BC",
  "1945"), a month ("Mar") or a day of the month ("28", "1");
* above them, at month and day zoom, a band naming the larger unit each stretch belongs to: the year
  ("2019") over months, the month and year ("March 2019") over days.

The day is the finest step (the events are dated to the day). Positions are epoch seconds, as
everywhere in the engine: ``(ordinal - EPOCH_ORDINAL) * 86400``; years use astronomical numbering
internally (1 BC is year 0) and :func:`explorer.calendar.year_label` for text; BC ticks fall on round
BC years ("300 BC", "200 BC"), not on round astronomical ones.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from explorer.calendar import EPOCH_ORDINAL, MONTH_NAMES, SECONDS_PER_DAY, civil, ordinal, year_label

_ABBR = tuple(m[:3] for m in MONTH_NAMES)
#: Ticks closer than this are too dense to read, whatever their labels' widths.
MIN_TICK_PX = 40.0


@dataclass(frozen=True, slots=True)
class Step:
    unit: str  # "year", "month" or "day"
    size: int  # years, months or days per tick

    @property
    def approx_days(self) -> float:
        return self.size * {"year": 365.2425, "month": 30.44, "day": 1.0}[self.unit]


#: Coarse to fine; the finest whose labels fit is used.
STEPS = tuple(Step("year", n) for n in (1000, 500, 200, 100, 50, 20, 10, 5, 2, 1)) + tuple(
    Step("month", n) for n in (6, 3, 1)) + tuple(Step("day", n) for n in (10, 5, 2, 1))


@dataclass(frozen=True, slots=True)
class Ticks:
    step: Step
    minor: list[tuple[float, str]]  # (position, label) of the fine ticks
    bands: list[tuple[float, float, str]]  # (start, end, label) of the upper tier; empty at year zoom


def seconds(day_ordinal: int) -> float:
    return (day_ordinal - EPOCH_ORDINAL) * SECONDS_PER_DAY


def day_at(x: float) -> int:
    """The day ordinal containing position ``x`` (epoch seconds)."""
    return int(math.floor(x / SECONDS_PER_DAY)) + EPOCH_ORDINAL


def _year_starts(y0: int, y1: int, size: int) -> list[int]:
    """Astronomical years in ``[y0, y1]`` that start a tick of ``size`` years: AD years that are
    multiples of ``size``, BC years whose BC number is (so 300 BC, 200 BC, 100 BC, 100, 200...)."""
    if size == 1:
        return list(range(y0, y1 + 1))
    out = []
    # BC: year y <= 0 is (1 - y) BC
    k_hi = (1 - y0) // size  # largest multiple whose year is >= y0
    k_lo = max(1, -((y1 - 1) // size) if y1 <= 0 else 1)
    for k in range(k_hi, k_lo - 1, -1):
        y = 1 - k * size
        if y0 <= y <= min(y1, 0):
            out.append(y)
    first = max(1, -(-y0 // size) * size) if y0 > 0 else size
    out.extend(range(first, y1 + 1, size))
    return out


def _minor(step: Step, d0: int, d1: int) -> list[tuple[int, str]]:
    """(day ordinal, label) of the ticks of ``step`` from day ``d0`` to ``d1``."""
    y0, m0, _ = civil(d0)
    y1, _, _ = civil(d1)
    out: list[tuple[int, str]] = []
    if step.unit == "year":
        for y in _year_starts(y0, y1 + 1, step.size):
            out.append((ordinal(y, 1, 1), year_label(y)))
    elif step.unit == "month":
        y, m = y0, 1
        while True:
            n = ordinal(y, m, 1)
            if n > d1:
                break
            if n >= d0 - 31 * step.size:
                out.append((n, _ABBR[m - 1]))
            m += step.size
            if m > 12:
                y, m = y + 1, m - 12
    else:
        y, m = y0, m0
        while True:
            first = ordinal(y, m, 1)
            if first > d1:
                break
            for day in _days_of_month(step.size):
                try:
                    n = ordinal(y, m, day)
                except ValueError:
                    continue  # the 31st of a 30-day month
                if d0 - 31 <= n <= d1:
                    out.append((n, str(day)))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _days_of_month(size: int) -> tuple[int, ...]:
    """Days of a month that carry a tick: 1, 11, 21 every ten days; 1, 6... every five; odd days
    every two; every day. Restarting at the 1st keeps "31" and "1" from standing side by side."""
    if size == 1:
        return tuple(range(1, 32))
    if size == 2:
        return tuple(range(1, 30, 2))
    return tuple(range(1, 32 - size + 1, size))


def _bands(step: Step, d0: int, d1: int) -> list[tuple[int, int, str]]:
    """(first day, day after the last, label) of the upper tier's stretches over ``[d0, d1]``."""
    y0, m0, _ = civil(d0)
    y1, m1, _ = civil(d1)
    out = []
    if step.unit == "month":
        for y in range(y0, y1 + 1):
            out.append((ordinal(y, 1, 1), ordinal(y + 1, 1, 1), year_label(y)))
    elif step.unit == "day":
        y, m = y0, m0
        while (y, m) <= (y1, m1):
            nxt = (y + 1, 1) if m == 12 else (y, m + 1)
            out.append((ordinal(y, m, 1), ordinal(*nxt, 1), f"{MONTH_NAMES[m - 1]} {year_label(y)}"))
            y, m = nxt
    return out


def date_ticks(x0: float, x1: float, width_px: float, measure: Callable[[str], float] | None = None,
               gap_px: float = 10.0) -> Ticks:
    """The ticks of the finest step whose labels fit between their lines over ``[x0, x1]`` (epoch
    seconds) drawn ``width_px`` wide; ``measure``: a label's width in pixels."""
    if measure is None:
        measure = lambda s: 7.0 * len(s)  # noqa: E731
    if x1 <= x0 or width_px <= 0:
        return Ticks(STEPS[0], [], [])
    px_per_day = width_px / ((x1 - x0) / SECONDS_PER_DAY)
    d0, d1 = day_at(x0), day_at(x1)
    years = {civil(d0)[0], civil(d1)[0]}
    widest = {"year": max(measure(year_label(y)) for y in years), "month": measure("Mmm"), "day": measure("28")}
    chosen = STEPS[0]
    for step in reversed(STEPS):  # the finest that fits
        if step.approx_days * px_per_day >= max(widest[step.unit] + gap_px, MIN_TICK_PX):
            chosen = step
            break
    minor = [(seconds(n), text) for n, text in _minor(chosen, d0, d1)]
    bands = [(seconds(a), seconds(b), text) for a, b, text in _bands(chosen, d0, d1)]
    return Ticks(chosen, minor, bands)
