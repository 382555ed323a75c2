"""The texts the table's Date column must fit, without formatting every event's date.

The column was 150 px whatever it showed: too wide for a folder of news dated by the day (the title
lost the room), too narrow for a history's "12 Aug 216 BC–3 Sep 215 BC". Its width now follows the
widest date shown; at a million events formatting every date took too long, so the dates are sorted
into kinds that read alike (a day, a month, a year, a range of each; BC or not; the digits of the
years; for BC the month names and the day's digits), and one date of each kind is formatted. Within
a kind the texts differ only in digits of the same count (and tabular figures are equally wide).
Qt-free so the rule is tested fast.
"""

from __future__ import annotations

import numpy as np

from explorer.calendar import calendar_day, civil
from explorer.gui.formatting import WORDED_BEFORE_YEAR, format_when

#: Dates before this are held as NO_DAY (undated) in the model's time arrays.
_UNDATED_BELOW = np.iinfo(np.int64).min // 2


def _digits(year: np.ndarray) -> np.ndarray:
    """How many digits the reader's year label has: 2019 -> 4, -263 (264 BC) -> 3."""
    shown = np.where(year >= 1, year, 1 - year)
    return 1 + sum((shown >= 10 ** k).astype(np.int64) for k in range(1, 7))


def date_kinds(begin: np.ndarray, end: np.ndarray) -> dict[int, tuple[int, int]]:
    """One ``(begin, end)`` ordinal pair for each kind of date text among the events (see the
    module docstring), by a key naming the kind; undated events under key -1 as ``(0, 0)``."""
    return {key: pair for key, (pair, _count) in counted_date_kinds(begin, end).items()}


def counted_date_kinds(begin: np.ndarray, end: np.ndarray) -> dict[int, tuple[tuple[int, int], int]]:
    """:func:`date_kinds` with how many events each kind holds: ``key -> ((begin, end), count)``.
    The table fits the texts most events have, not one rare long range (see ``table_view``)."""
    begin = np.asarray(begin, np.int64)
    end = np.asarray(end, np.int64)
    out: dict[int, tuple[tuple[int, int], int]] = {}
    dated = begin > _UNDATED_BELOW
    if not dated.all():
        out[-1] = ((0, 0), int(len(dated) - dated.sum()))
    b, e = begin[dated], np.maximum(end[dated], begin[dated])
    if not len(b):
        return out
    by, bm, bd = civil(b)
    ey, em, ed = civil(e)
    month_end = civil(e + 1)[2] == 1
    whole_years = (bm == 1) & (bd == 1) & (em == 12) & (ed == 31)
    whole_months = (bd == 1) & month_end
    kind = np.where(e <= b, 0, np.where(whole_years, 1, np.where(whole_months, 2, 3)))
    same = np.where(kind == 1, by == ey, np.where(kind == 2, (by == ey) & (bm == em), False))
    bc = (by < WORDED_BEFORE_YEAR) | (ey < WORDED_BEFORE_YEAR)  # worded, as format_when writes them
    key = kind * 2 + same
    key = key * 2 + bc
    key = key * 8 + _digits(by)
    key = key * 8 + _digits(ey)
    # BC (and early AD) days and months are written with month names and unpadded days: those vary in width too
    key = key * 13 + np.where(bc, bm, 0)
    key = key * 13 + np.where(bc, em, 0)
    key = key * 2 + (bc & (bd >= 10))
    key = key * 2 + (bc & (ed >= 10))
    # one member of each kind (any will do): a slot per possible key, written by every member
    slot = np.full(int(key.max()) + 1, -1, np.int64)
    slot[key] = np.arange(len(key))
    counts = np.bincount(key)
    for k in np.flatnonzero(slot >= 0).tolist():
        i = int(slot[k])
        out[k] = ((int(b[i]), int(e[i])), int(counts[k]))
    return out


def date_text(pair: tuple[int, int], undated: bool = False) -> str:
    """The table's text of one ``(begin, end)`` ordinal pair (as ``event_when`` writes it)."""
    if undated:
        return format_when(None, None)
    return format_when(calendar_day(pair[0]), calendar_day(pair[1]))
