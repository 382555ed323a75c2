"""The event model's time columns by key (:class:`TimeArrays`): what sorting and the timeline read.

Kept apart from the Qt model so that the columns (day ordinals, sort keys, certainty, open-end
flags) are one small numpy-only unit: the model appends a chunk per document and concatenates them
once per change; the timeline takes them without walking the records.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from explorer.events.record import Event
from explorer.gui.formatting import SECONDS_PER_DAY
from explorer.timeline.events_array import EPOCH_ORDINAL, NO_DAY, event_columns

#: Undated events sort after every dated one.
_UNDATED_KEY = 10**12


@dataclass(frozen=True, slots=True)
class TimeArrays:
    """Every event's columns by key, for sorting and the timeline. Time is day ordinals (any year,
    BC included), as the core gives it; seconds exist only where pyqtgraph draws (``x0``, ``x1``)."""

    begin: np.ndarray  # int64 day ordinal of the first day; ``NO_DAY`` for an undated event
    end: np.ndarray  # int64 day ordinal of the last day (inclusive); ``NO_DAY`` when undated
    lane: np.ndarray  # int32 lane (document) index
    span: np.ndarray  # bool: more than one day
    date_key: np.ndarray  # int64: chronological sort key (see ``time_arrays_of``)
    certainty: np.ndarray  # uint8 ``CERTAINTY_CODES``
    flags: np.ndarray  # uint8 open-start / open-end / approximate bits

    @property
    def dated(self) -> np.ndarray:
        return self.begin != NO_DAY

    @property
    def x0(self) -> np.ndarray:
        """Starts in the plot's unit (UTC epoch seconds), NaN for undated events."""
        return np.where(self.dated, (self.begin - EPOCH_ORDINAL) * SECONDS_PER_DAY, np.nan)

    @property
    def x1(self) -> np.ndarray:
        """Exclusive ends (the day after the last) in the plot's unit, NaN for undated events."""
        return np.where(self.dated, (self.end - EPOCH_ORDINAL + 1) * SECONDS_PER_DAY, np.nan)


TIME_FIELDS = ("begin", "end", "lane", "span", "date_key", "certainty", "flags")


def time_arrays_of(events: Sequence[Event], lane: int) -> TimeArrays:
    """The columns of ``events`` (see :func:`event_columns`), with times and sort keys in numpy."""
    begin, end, certainty, flags = event_columns(events)
    return arrays_of(begin, end, np.full(len(events), lane, np.int32), certainty, flags)


def arrays_of(begin: np.ndarray, end: np.ndarray, lane: np.ndarray, certainty: np.ndarray, flags: np.ndarray) -> TimeArrays:
    dated = begin != NO_DAY
    # Chronological, and at equal starts the narrower expression first (a day before its month).
    date_key = np.where(dated, begin * 100_000 + np.minimum(end - begin, 99_999), _UNDATED_KEY)
    return TimeArrays(begin, end, lane, dated & (end > begin), date_key, certainty, flags)
