"""A columnar, time-sorted store of the dated events, built once from :class:`Event` records.

Rows are grouped by lane and sorted by begin within each lane, so every question the view asks
(what is visible, how many events fall in each pixel column) is a handful of ``np.searchsorted``
calls per lane instead of a pass over all events. Times are float64 UTC epoch seconds: ``begin`` is
the start of the first day, ``end`` the start of the day after the last (exclusive), computed from
proleptic day numbers so years 1-9999 all work without the OS clock.
"""

from __future__ import annotations

import weakref
from contextlib import contextmanager
from operator import methodcaller

from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from itertools import repeat
from typing import Iterator, Mapping, Sequence

import numpy as np

from explorer.events.record import Event
from explorer.timeline.lanes import LaneSet, assign_lanes
from explorer.calendar import EPOCH_ORDINAL, SECONDS_PER_DAY  # noqa: F401 (EPOCH_ORDINAL: re-exported)

#: ``event_columns``' ordinal for a missing date: the smallest int64, since every other value,
#: negative ones too, is a real day ("264 BC" is about -96,000)
NO_DAY = int(np.iinfo(np.int64).min)
_FILLER_DAY = date(1970, 1, 1)
_TOORDINAL = methodcaller("toordinal")


class Precision(IntEnum):
    """How precisely an event is dated; decides its glyph, so a year never looks like a day."""

    DAY = 0  # a single day: a round mark
    RANGE = 1  # an explicit day-to-day range: a solid bar with crisp ends
    MONTH = 2  # whole month(s)
    SEASON = 3  # a season or quarter (three whole months)
    YEAR = 4  # one whole year
    YEARS = 5  # several whole years, a decade, a century

    @property
    def coarse(self) -> bool:
        return self >= Precision.MONTH


#: ``flags`` bits
OPEN_START = 1  # "until 2004", "before 1990": the start is unknown
OPEN_END = 2  # "from 2013 onward": the end is unknown
APPROX = 4  # "around 1990": both ends soft

_OPEN_END_MODS = {"AFTER", "ON_OR_AFTER", "EQUAL_OR_MORE", "MORE_THAN"}
_OPEN_START_MODS = {"BEFORE", "ON_OR_BEFORE", "EQUAL_OR_LESS", "LESS_THAN"}
_APPROX_MODS = {"APPROX"}
CERTAINTY_CODES = {"exact": 0, "inferred": 1}


def classify_precision(begin_day: np.ndarray, end_day: np.ndarray) -> np.ndarray:
    """Precision class of inclusive day spans given as days since 1970-01-01 (int64 arrays)."""
    begin_day = np.asarray(begin_day, np.int64)
    end_day = np.asarray(end_day, np.int64)
    out = np.full(len(begin_day), Precision.DAY, np.uint8)
    longer = np.flatnonzero(end_day > begin_day)  # most events are single days: classify the rest
    if not len(longer):
        return out
    b = begin_day[longer].astype("datetime64[D]")
    after = (end_day[longer] + 1).astype("datetime64[D]")  # first day after the span
    b_month, after_month = b.astype("datetime64[M]"), after.astype("datetime64[M]")
    month_aligned = (b_month.astype("datetime64[D]") == b) & (after_month.astype("datetime64[D]") == after)
    b_year, after_year = b_month.astype("datetime64[Y]"), after_month.astype("datetime64[Y]")
    year_aligned = month_aligned & (b_year.astype("datetime64[M]") == b_month) & (
        after_year.astype("datetime64[M]") == after_month)
    months = after_month.view(np.int64) - b_month.view(np.int64)
    years = after_year.view(np.int64) - b_year.view(np.int64)
    sub = np.full(len(longer), Precision.RANGE, np.uint8)
    sub[month_aligned & (months <= 2)] = Precision.MONTH
    sub[month_aligned & (months >= 3)] = Precision.SEASON  # a season, or several whole months
    sub[year_aligned & (years == 1)] = Precision.YEAR
    sub[year_aligned & (years > 1)] = Precision.YEARS
    out[longer] = sub
    return out


@dataclass(frozen=True, slots=True)
class EventsArray:
    """All dated events as parallel arrays (lane-major, begin-sorted), plus the undated rows."""

    begin: np.ndarray  # float64 epoch seconds, start of first day
    end: np.ndarray  # float64 epoch seconds, start of the day after the last (exclusive)
    lane: np.ndarray  # int32
    precision: np.ndarray  # uint8 Precision
    certainty: np.ndarray  # uint8: 0 exact, 1 inferred
    flags: np.ndarray  # uint8 OPEN_START | OPEN_END | APPROX
    row: np.ndarray  # int64 index into the source events (the model's row)
    lane_start: np.ndarray  # int64, len(lanes) + 1: lane l is rows lane_start[l]:lane_start[l+1]
    end_cummax: np.ndarray  # float64 running max of ``end`` within each lane (for visibility)
    end_sorted: np.ndarray  # float64 ``end`` sorted within each lane (for density counts)
    titles: Sequence[str]  # by source row
    lanes: LaneSet
    undated_row: np.ndarray  # int64 source rows with no date
    undated_lane: np.ndarray  # int32 their lane
    #: float64 by source row: which titles the label layout keeps first (salience 0-1 where the
    #: records have it); None: all alike, earliest first
    priority: np.ndarray | None = None
    #: int64 positions sorted by lane, then ``end`` (``end_sorted`` is ``end`` in this order), kept so
    #: that :meth:`subset` narrows it instead of sorting again; None when not known
    end_order: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.begin)

    @property
    def n_lanes(self) -> int:
        return len(self.lanes)

    def lane_slice(self, lane: int) -> slice:
        return slice(int(self.lane_start[lane]), int(self.lane_start[lane + 1]))

    def undated_counts(self) -> np.ndarray:
        return np.bincount(self.undated_lane, minlength=self.n_lanes)

    def data_range(self) -> tuple[float, float] | None:
        if not len(self.begin):
            return None
        return float(self.begin.min()), float(self.end.max())

    def title(self, i: int) -> str:
        """Title of array position ``i``."""
        return self.titles[int(self.row[i])]

    @property
    def nbytes(self) -> int:
        return sum(a.nbytes for a in (self.begin, self.end, self.lane, self.precision, self.certainty,
                                       self.flags, self.row, self.end_cummax, self.end_sorted))

    # ------------------------------------------------------------------ construction
    def subset(self, keep: np.ndarray, keep_undated: np.ndarray | None = None,
               into: "SubsetBuffers | None" = None) -> "EventsArray":
        """The positions ``keep`` (bool by position) selects, and the undated rows ``keep_undated``
        (bool by undated position; all when None) selects, with the same lanes: what
        :meth:`from_columns` builds from those events, made by narrowing the columns in a few
        numpy passes, without sorting again (a Filter keystroke at 1M events sorted a million
        begins and ends anew: 0.3 s).

        ``into``: buffers made for this array (:class:`SubsetBuffers`) that the narrowed columns are
        written into instead of new arrays. The first narrowing after opening a 1M-event project
        spent about 85 of its 97 ms writing into freshly allocated memory (on this virtual machine
        the first touch of a page numpy asked to be huge costs about 5x a warm one); buffers touched
        once when the array is built make every narrowing write into warm memory. The array
        returned then shares the buffers: the next subset written into them overwrites it, so only a
        caller that replaces its previous narrowed array (the timeline's view) passes them."""
        keep = np.asarray(keep, bool)
        n = len(keep)
        if into is not None and into.size < n:
            raise ValueError(f"buffers for {into.size} marks, not {n}")

        def out(name: str, dtype, size: int) -> np.ndarray:  # noqa: ANN001
            return np.empty(size, dtype) if into is None else getattr(into, name)[:size]

        # kept positions before each: the cumulative count written straight after a leading 0
        before = out("before", np.int64, n + 1)
        before[0] = 0
        np.cumsum(keep, dtype=np.int64, out=before[1:])
        k = int(before[-1])
        # ``compress`` by the mask into the output: no array of kept positions, no buffered copy
        cols = {name: getattr(self, name).compress(keep, out=out(name, getattr(self, name).dtype, k))
                for name in SubsetBuffers.COLUMNS}
        end, lane = cols["end"], cols["lane"]
        lane_start = before.take(self.lane_start)
        if self.end_order is None:
            end_order = np.lexsort((end, lane)).astype(np.int64)
            end_sorted = end.take(end_order)
        else:  # the kept part of the end order; its ends are the kept part of ``end_sorted``, in order
            kept_in_order = keep.take(self.end_order, out=out("kept_in_order", bool, n), mode="clip")
            kept_order = self.end_order.compress(kept_in_order, out=out("kept_order", np.int64, k))
            # mode "clip" (the positions are all in range): "raise" would copy through a new buffer
            end_order = before.take(kept_order, out=out("end_order", np.int64, k), mode="clip")
            end_sorted = self.end_sorted.compress(kept_in_order, out=out("end_sorted", np.float64, k))
        uk = slice(None) if keep_undated is None else np.asarray(keep_undated, bool)
        end_cummax = _per_lane_cummax(end, lane, lane_start, out("end_cummax", np.float64, k),
                                      None if into is None else into.kept_order[:k].view(np.float64))
        return EventsArray(
            **cols, lane_start=lane_start, end_cummax=end_cummax,
            end_sorted=end_sorted, titles=self.titles, lanes=self.lanes,
            undated_row=self.undated_row[uk], undated_lane=self.undated_lane[uk], priority=self.priority,
            end_order=end_order,
        )

    def extended(self, more: "EventsArray", priority: np.ndarray | None = None) -> "EventsArray":
        """This array with ``more``'s marks after it: ``more`` built (:meth:`from_columns`) with the
        whole new :class:`LaneSet`, whose first lanes are this array's, and marks only in lanes after
        them (an import's new documents). Every column is an :func:`appended` one, no sort: an import
        of one article into a 1M-event project rebuilt and sorted every mark again (0.85 s), and even
        copying the columns into new memory held the turn 60-280 ms. So the columns get spare room
        once and later imports write only their marks into it: the array returned shares memory
        with this one, and only one array may be extended from a given one (the timeline's view
        replaces its array with the result). ``priority``: by source row, for every row (None:
        ``more``'s)."""
        old_lanes = self.n_lanes
        if more.lanes.mode != self.lanes.mode or more.lanes.keys[:old_lanes] != self.lanes.keys:
            raise ValueError("the new lanes must come after this array's lanes")
        if (len(more) and int(more.lane.min()) < old_lanes) or (
                len(more.undated_lane) and int(more.undated_lane.min()) < old_lanes):
            raise ValueError("the new marks must be in lanes after this array's lanes")
        n = len(self)

        def cat(name: str) -> np.ndarray:
            return appended(getattr(self, name), getattr(more, name))

        return EventsArray(
            begin=cat("begin"), end=cat("end"), lane=cat("lane"), precision=cat("precision"),
            certainty=cat("certainty"), flags=cat("flags"), row=cat("row"),
            lane_start=np.concatenate([self.lane_start[:old_lanes], more.lane_start[old_lanes:] + n]),
            end_cummax=cat("end_cummax"),  # per lane: the new lanes are new
            end_sorted=cat("end_sorted"), titles=more.titles, lanes=more.lanes,
            undated_row=cat("undated_row"), undated_lane=cat("undated_lane"),
            priority=more.priority if priority is None else np.asarray(priority, np.float64),
            end_order=None if self.end_order is None or more.end_order is None
            else appended(self.end_order, more.end_order + n),
        )

    @classmethod
    def from_columns(
        cls,
        begin_day: np.ndarray,
        end_day: np.ndarray,
        lane: np.ndarray,
        row: np.ndarray,
        titles: Sequence[str],
        lanes: LaneSet,
        certainty: np.ndarray | None = None,
        flags: np.ndarray | None = None,
        undated_row: np.ndarray | None = None,
        undated_lane: np.ndarray | None = None,
        priority: np.ndarray | None = None,
    ) -> "EventsArray":
        """From inclusive day numbers (days since 1970-01-01) of dated events, one entry per lane membership."""
        begin_day = np.asarray(begin_day, np.int64)
        end_day = np.maximum(np.asarray(end_day, np.int64), begin_day)
        lane = np.asarray(lane, np.int32)
        n = len(begin_day)
        certainty = np.zeros(n, np.uint8) if certainty is None else np.asarray(certainty, np.uint8)
        flags = np.zeros(n, np.uint8) if flags is None else np.asarray(flags, np.uint8)
        order = lane_day_order(lane, begin_day)
        begin = begin_day[order].astype(np.float64) * SECONDS_PER_DAY
        end = (end_day[order] + 1).astype(np.float64) * SECONDS_PER_DAY
        lane_sorted = lane[order]
        lane_start = np.searchsorted(lane_sorted, np.arange(len(lanes) + 1), side="left").astype(np.int64)
        end_order = lane_day_order(lane_sorted, end_day[order]).astype(np.int64)  # by end: the same order
        end_cummax, end_sorted = _per_lane_cummax(end, lane_sorted, lane_start), end[end_order]
        return cls(
            begin=begin, end=end, lane=lane_sorted,
            precision=classify_precision(begin_day[order], end_day[order]),
            certainty=certainty[order], flags=flags[order], row=np.asarray(row, np.int64)[order],
            lane_start=lane_start, end_cummax=end_cummax, end_sorted=end_sorted, titles=titles,
            lanes=lanes,
            undated_row=np.zeros(0, np.int64) if undated_row is None else np.asarray(undated_row, np.int64),
            undated_lane=np.zeros(0, np.int32) if undated_lane is None else np.asarray(undated_lane, np.int32),
            priority=None if priority is None else np.asarray(priority, np.float64),
            end_order=end_order,
        )

    @classmethod
    def from_events(
        cls,
        events: Sequence[Event],
        lanes: str = "document",
        doc_titles: Mapping[str, str] | None = None,
        documents: Sequence[str] | None = None,
    ) -> "EventsArray":
        """From event records; ``row`` indexes ``events``. Undated events are kept aside, never dropped."""
        ev_index, lane, lane_set = assign_lanes(events, lanes, doc_titles, documents)
        begin, end, certainty, flags = event_columns(events)
        dated = (begin != NO_DAY) & np.array([e.certainty != "undated" for e in events], bool)
        titles = [e.title for e in events]
        keep = dated[ev_index]
        sel = ev_index[keep]
        return cls.from_columns(
            begin[sel] - EPOCH_ORDINAL, end[sel] - EPOCH_ORDINAL, lane[keep], sel, titles, lane_set,
            certainty[sel], flags[sel], undated_row=ev_index[~keep], undated_lane=lane[~keep],
            priority=salience_column(events),
        )


#: Spare room :func:`appended` gives a column it has to copy: a sixty-fourth more, at least 4096.
SPARE_FRACTION = 64


def appended(column: np.ndarray, more: np.ndarray) -> np.ndarray:
    """``column`` followed by ``more`` (one dimension, same type): written into the spare room of
    the buffer ``column`` is the start of when it has room (then the result shares it, and
    ``column`` is unchanged), else copied once into a new buffer with room to spare
    (:data:`SPARE_FRACTION`), so appending a few values again and again costs what they cost, not
    the column's length. Only one column may be appended to a given one: a second would write
    over the first's values in the shared room."""
    more = np.asarray(more, column.dtype)
    n, k = len(column), len(more)
    base = column.base
    if (base is not None and _ROOMY.get(id(base)) is base and len(base) >= n + k
            and column.__array_interface__["data"][0] == base.__array_interface__["data"][0]):
        base[n:n + k] = more  # a buffer this function made: never another array's memory
        return base[:n + k]
    with _small_pages():  # first touch of huge pages costs about 5x (see ``_small_pages``)
        buffer = np.empty(n + k + max((n + k) // SPARE_FRACTION, 4096), column.dtype)
    buffer[:n] = column
    buffer[n:n + k] = more
    _ROOMY[id(buffer)] = buffer
    return buffer[:n + k]


#: The buffers :func:`appended` made, by id (weakly: a buffer no column uses any more is freed), so
#: that it writes only into its own spare room, never past the end of a slice of someone else's array.
_ROOMY: "weakref.WeakValueDictionary[int, np.ndarray]" = weakref.WeakValueDictionary()


def lane_day_order(lane: np.ndarray, day: np.ndarray) -> np.ndarray:
    """The entries sorted by lane, then day, ties in entry order: ``np.lexsort((day, lane))``. Days
    that fit in 32 bits (every ordinal of years -5.8M to 5.8M) are packed with the lane into one
    int64 key and sorted stably, which on marks already grouped by lane (a project's documents in
    order) is a merge of sorted runs: 0.02 s for 1M marks against 0.27 s for the two lexsorts of
    opening a 1M-event project."""
    lane = np.asarray(lane)
    day = np.asarray(day, np.int64)
    if not len(day):
        return np.zeros(0, np.int64)
    if int(day.min()) < -(2**31) or int(day.max()) >= 2**31 or int(lane.min()) < 0:
        return np.lexsort((day, lane))
    return np.argsort((lane.astype(np.int64) << 32) | (day + 2**31), kind="stable")


class SubsetBuffers:
    """Output arrays for :meth:`EventsArray.subset` of arrays of up to ``size`` marks (with the
    column types of ``arr``), allocated and touched once (about 72 bytes a mark), so that narrowing
    writes into memory already mapped. Every subset written into them overwrites the previous one."""

    #: the per-mark columns a subset narrows by the mask
    COLUMNS = ("begin", "end", "lane", "precision", "certainty", "flags", "row")

    def __init__(self, arr: EventsArray, size: int | None = None) -> None:
        self.size = n = len(arr) if size is None else max(size, len(arr))
        with _small_pages():
            self._allocate(arr, n)

    def _allocate(self, arr: EventsArray, n: int) -> None:
        for name in self.COLUMNS:
            setattr(self, name, np.zeros(n, getattr(arr, name).dtype))
        self.before = np.zeros(n + 1, np.int64)
        self.kept_in_order = np.zeros(n, bool)
        self.kept_order = np.zeros(n, np.int64)  # also the running maximum's scratch (as float64)
        self.end_order = np.zeros(n, np.int64)
        self.end_sorted = np.zeros(n, np.float64)
        self.end_cummax = np.zeros(n, np.float64)
        for a in vars(self).values():  # ``zeros`` maps pages lazily: write them now, not on a keystroke
            if isinstance(a, np.ndarray):
                a.fill(1)

    @property
    def nbytes(self) -> int:
        return sum(a.nbytes for a in vars(self).values() if isinstance(a, np.ndarray))


@contextmanager
def _small_pages() -> Iterator[None]:
    """numpy's huge-page advice off while the block runs: on this project's virtual machines the
    first write of a fresh huge page costs about 5x that of small pages (8 MB: 14.5 ms against
    2.6 ms), so touching the subset buffers with it on held the first event-loop turn after opening
    1M events some 200-350 ms longer. A private numpy switch: without it, nothing changes."""
    switch = getattr(getattr(np, "_core", None), "multiarray", None)
    switch = getattr(switch, "_set_madvise_hugepage", None)
    if switch is None:
        yield
        return
    was = switch(False)
    try:
        yield
    finally:
        switch(was)


#: Label priority of a record without a salience (another part of the pipeline may add one).
DEFAULT_SALIENCE = 0.5


def salience_column(events: Sequence[Event]) -> np.ndarray | None:
    """Each record's ``salience`` (0-1) where it has one, :data:`DEFAULT_SALIENCE` where not; None
    when no record has one (read with ``getattr``: the field may not exist yet)."""
    values = [getattr(e, "salience", None) for e in events]
    if all(v is None for v in values):
        return None
    return np.asarray([DEFAULT_SALIENCE if v is None else float(v) for v in values], np.float64)


def event_columns(events: Sequence[Event]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(begin, end, certainty, flags) of ``events`` as arrays: proleptic day ordinals (``NO_DAY`` for
    an undated begin; a missing end is the begin, an end before it is the begin), certainty codes
    and ``mod`` flags. One list and one ``map`` per field: a million events in about 0.3 s."""
    n = len(events)
    begin = _ordinals([e.begin for e in events])
    end = _ordinals([e.end for e in events])
    end = np.where(end == NO_DAY, begin, np.maximum(end, begin))
    certainty = np.fromiter(map(CERTAINTY_CODES.get, [e.certainty for e in events], repeat(1)), np.uint8, n)
    flags = np.zeros(n, np.uint8)
    for i, mod in enumerate([e.mod for e in events]):
        if mod:
            flags[i] = mod_flags(mod)
    return begin, end, certainty, flags


def stored_event_columns(stored) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:  # noqa: ANN001
    """:func:`event_columns` of every row of a project's stored columns
    (:class:`explorer.store.stored_events.StoredEvents`), in numpy: the days are already ordinals,
    certainty and ``mod`` are codes of a few distinct values, each mapped once. No record is made."""
    begin = np.asarray(stored.ints("begin"), np.int64)
    end = np.asarray(stored.ints("end"), np.int64)
    end = np.where(end == NO_DAY, begin, np.maximum(end, begin))
    certainty = stored.category("certainty")
    certainty_codes = np.asarray([CERTAINTY_CODES.get(v, 1) for v in certainty.table.tolist()], np.uint8)
    mod = stored.category("mod")
    mod_codes = np.asarray([mod_flags(v) if v else 0 for v in mod.table.tolist()], np.uint8)
    return (begin, end, certainty_codes[certainty.codes] if len(certainty_codes) else np.zeros(len(begin), np.uint8),
            mod_codes[mod.codes] if len(mod_codes) else np.zeros(len(begin), np.uint8))


def _ordinals(days: list[date | None]) -> np.ndarray:
    missing = [i for i, d in enumerate(days) if d is None]
    if missing:
        days = [d or _FILLER_DAY for d in days]
    # ``toordinal`` of each: ``datetime.date`` or ``explorer.calendar.Day`` (any year, BC included)
    out = np.fromiter(map(_TOORDINAL, days), np.int64, len(days))  # type: ignore[arg-type]
    out[missing] = NO_DAY
    return out


def _per_lane_cummax_and_sorted(end: np.ndarray, lane: np.ndarray, lane_start: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Running max of ``end`` within each lane, and ``end`` sorted within each lane, for rows
    grouped by lane. A few whole-array operations rather than two per lane: with a thousand lanes
    the loop cost a thousand small calls per rebuild."""
    return _per_lane_cummax(end, lane, lane_start), end[np.lexsort((end, lane))]


def _per_lane_cummax(end: np.ndarray, lane: np.ndarray, lane_start: np.ndarray,
                     out: np.ndarray | None = None, scratch: np.ndarray | None = None) -> np.ndarray:
    """Running max of ``end`` within each lane, for rows grouped by lane (no sort); written into
    ``out`` (float64, len(end)) when given, using ``scratch`` (the same) for the lane shift."""
    if not len(end):
        return end.copy() if out is None else out
    lo, hi = float(end.min()), float(end.max())
    step = hi - lo + SECONDS_PER_DAY
    first_lane, last_lane = int(lane[0]), int(lane[-1])  # rows are grouped by lane, in lane order
    if (last_lane - first_lane) * step + (hi - lo) < 2.0**52:  # lanes stacked end to end stay exact in float64
        # the same arithmetic as ``maximum.accumulate(end - lo + shift) - shift + lo`` with the shift
        # ``(lane - first_lane) * step``, written into two arrays instead of six temporaries
        if scratch is None:
            shift = lane.astype(np.float64)
        else:
            shift = scratch
            np.copyto(shift, lane)
        shift -= first_lane
        shift *= step
        out = np.subtract(end, lo, out=out)
        out += shift
        np.maximum.accumulate(out, out=out)
        out -= shift
        out += lo
        return out
    else:  # too many lanes over too long a time: one accumulate per lane
        end_cummax = np.empty_like(end) if out is None else out
        for l in range(len(lane_start) - 1):
            s, e = lane_start[l], lane_start[l + 1]
            if e > s:
                np.maximum.accumulate(end[s:e], out=end_cummax[s:e])
    return end_cummax


def mod_flags(mod: str | None) -> int:
    """The ``flags`` bits of a TimeML ``mod``."""
    if not mod:
        return 0
    if mod in _OPEN_END_MODS:
        return OPEN_END
    if mod in _OPEN_START_MODS:
        return OPEN_START
    if mod in _APPROX_MODS:
        return APPROX
    return 0
