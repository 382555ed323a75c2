"""Bounds of what the timeline can show: dates of years 1 to 9999, zoom from a few days to a few millennia."""

from __future__ import annotations

SECONDS_PER_DAY = 86400.0
#: 0001-01-01 and 10000-01-01 (the end of 9999) as UTC epoch seconds, via proleptic ordinals.
X_MIN = -62135596800.0
X_MAX = 253402300800.0
#: Narrowest visible range: three days, so a day still reads as a day next to its neighbours.
MIN_SPAN_S = 3 * SECONDS_PER_DAY
#: Widest visible range: three millennia.
MAX_SPAN_S = 3000 * 365.2425 * SECONDS_PER_DAY


def clamp_range(x0: float, x1: float) -> tuple[float, float]:
    """The nearest allowed range to ``[x0, x1]``: width within the zoom bounds, inside years 1-9999."""
    if x1 < x0:
        x0, x1 = x1, x0
    centre = (x0 + x1) / 2.0
    width = min(max(x1 - x0, MIN_SPAN_S), MAX_SPAN_S, X_MAX - X_MIN)
    x0 = centre - width / 2.0
    if x0 < X_MIN:
        x0 = X_MIN
    if x0 + width > X_MAX:
        x0 = X_MAX - width
    return x0, x0 + width
