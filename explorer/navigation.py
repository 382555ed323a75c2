"""Keyboard navigation over events, without Qt: which event is next in time, in the text, in the
next lane; where a search matches; the back/forward history of selected events.

The GUI hands these functions the events it currently shows (the table's filter applied) and selects
whatever they return, so every rule about *which* event comes next lives here and is tested fast.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta

from explorer.calendar import EPOCH_ORDINAL, SECONDS_PER_DAY
from explorer.events.record import Event
from explorer.store.text_fold import fold

#: How many selections the history remembers.
HISTORY_LIMIT = 500


def time_key(event: Event) -> tuple[int, int, str, int, str]:
    """A total chronological order of dated events: start, then the narrower first, then document
    and position in the text, so equal dates still step in a predictable order."""
    assert event.begin is not None
    end = event.end or event.begin
    return event.begin.toordinal(), end.toordinal(), event.doc, event.timex_start, event.id


def is_background(event: Event, span_days: float, min_salience: float, salience_known: bool = True) -> bool:
    """Whether a dated event is background to the story: a span of more than ``span_days`` ("founded
    in the middle of the 9th century BC", "the 1980s"), or, when ``salience_known`` (some event
    shown has a salience; records built without one have 0), an event less salient than
    ``min_salience``. The GUI gives the thresholds the first view's fit uses
    (:data:`explorer.timeline.zoom.ROBUST_MAX_SPAN_S`, ``BACKGROUND_SALIENCE``: this layer may not
    import that one)."""
    assert event.begin is not None
    end = event.end or event.begin
    if end.toordinal() - event.begin.toordinal() + 1 > span_days:
        return True
    return salience_known and event.salience < min_salience


def midpoint(event: Event) -> float:
    """The middle of an event's inclusive day span, as a proleptic ordinal (days)."""
    assert event.begin is not None
    end = event.end or event.begin
    return (event.begin.toordinal() + end.toordinal()) / 2


class TimeOrder:
    """The dated events in chronological order, with stepping by position."""

    def __init__(self, events: Iterable[Event]) -> None:
        self.events: list[Event] = sorted((e for e in events if e.begin is not None), key=time_key)
        self._keys = [time_key(e) for e in self.events]
        self._position = {e.id: i for i, e in enumerate(self.events)}

    def __len__(self) -> int:
        return len(self.events)

    def first(self) -> Event | None:
        return self.events[0] if self.events else None

    def last(self) -> Event | None:
        return self.events[-1] if self.events else None

    def first_real(self, span_days: float, min_salience: float) -> Event | None:
        """The earliest event that is no background (see :func:`is_background`), else the earliest
        of all: where Home goes. A reader going to the start wants the story's first happenings;
        twelve war histories' Home selected a Carthage "founded in the middle of the 9th century
        BC" (867-834 BC), one bar across an otherwise empty view, the wars' 264 BC out of sight.
        Left from there still reaches the background (the order is not changed)."""
        return self._real(self.events, span_days, min_salience)

    def last_real(self, span_days: float, min_salience: float) -> Event | None:
        """The latest-starting event that is no background, else the last of all: where End goes."""
        return self._real(reversed(self.events), span_days, min_salience)

    def _real(self, events: Iterable[Event], span_days: float, min_salience: float) -> Event | None:
        salient = any(e.salience >= min_salience for e in self.events)  # stops at the first
        fallback = None
        for e in events:
            if not is_background(e, span_days, min_salience, salient):
                return e
            if fallback is None:
                fallback = e
        return fallback

    def starting_within(self, lo: float, hi: float, delta: int) -> Event | None:
        """The first (``delta`` > 0) or last event starting on a day of ``lo``..``hi`` (ordinals,
        the visible range), None when none does. Where stepping from no selection begins: a reader
        who presses Right on a view starts from what the view shows, as Down already does, not from
        the folder's earliest event, a stray year or recalled century the first view left out on
        purpose (Right on twelve war histories shown from 1850 on jumped to 867 BC)."""
        first = bisect_left(self._keys, (math.floor(lo),))  # a day partly in view is in view
        stop = bisect_left(self._keys, (math.floor(hi) + 1,))
        if first >= stop:
            return None
        return self.events[first] if delta > 0 else self.events[stop - 1]

    def step(self, current: Event | None, delta: int) -> Event | None:
        """The event ``delta`` places after ``current`` (before it if negative), stopping at the
        ends. Without a current event, or one not shown (undated, filtered out), the first or last
        event in the direction of travel; an undated or hidden event with a date is stepped from
        where it would be."""
        if not self.events:
            return None
        if current is None:
            return self.first() if delta > 0 else self.last()
        position = self._position.get(current.id)
        if position is None:
            if current.begin is None:
                return self.first() if delta > 0 else self.last()
            key = time_key(current)
            # where it would sit: the next one is at bisect_right, the previous one before bisect_left
            position = bisect_right(self._keys, key) - 1 if delta > 0 else bisect_left(self._keys, key)
        target = max(0, min(len(self.events) - 1, position + delta))
        return self.events[target]

    def nearest(self, begin: date, end: date) -> Event | None:
        """The event closest to the inclusive span ``begin..end``: one overlapping it if any (the one
        starting nearest its start), else the one with the smallest gap."""
        if not self.events:
            return None
        lo, hi = begin.toordinal(), end.toordinal()

        def distance(e: Event) -> tuple[int, int]:
            assert e.begin is not None
            s, t = e.begin.toordinal(), (e.end or e.begin).toordinal()
            gap = max(0, s - hi, lo - t)
            return gap, abs(s - lo)

        # candidates: a window around the insertion point is enough for the gap, but overlapping
        # long spans can start far before; events are few enough per key press to scan them all
        return min(self.events, key=distance)

    def at_or_after(self, begin: date, end: date) -> Event | None:
        """The event Go to date lands on for the inclusive span ``begin..end``: one overlapping it (the
        one starting nearest its start), else the first starting after it; None when every event
        ends before it. Never an earlier event: with a filter set, "the nearest" could be one years
        before, and the view then showed the date asked, empty, with the selection off screen."""
        if not self.events:
            return None
        lo, hi = begin.toordinal(), end.toordinal()
        start = bisect_left(self._keys, (lo,))
        inside = self.events[start] if start < len(self.events) and self._keys[start][0] <= hi else None
        # a longer span starting before the date may still cover it: the latest such start
        before = next((e for e in reversed(self.events[:start]) if (e.end or e.begin).toordinal() >= lo), None)
        if before is not None and (inside is None or lo - before.begin.toordinal() < self._keys[start][0] - lo):
            return before
        if inside is not None:
            return inside
        return self.events[start] if start < len(self.events) else None


def step_in_text(events: Sequence[Event], current: Event | None, delta: int, document: str | None) -> Event | None:
    """The event ``delta`` places after ``current`` in the text order of its document (or of
    ``document`` when nothing is selected), undated events included; stops at the document's ends."""
    doc = current.doc if current is not None else document
    if doc is None:
        return None
    in_doc = sorted((e for e in events if e.doc == doc), key=lambda e: (e.timex_start, e.sentence_start, e.id))
    if not in_doc:
        return None
    if current is None:
        return in_doc[0] if delta > 0 else in_doc[-1]
    starts = [(e.timex_start, e.sentence_start, e.id) for e in in_doc]
    key = (current.timex_start, current.sentence_start, current.id)
    if key in starts:
        position = starts.index(key)
    else:
        position = bisect_right(starts, key) - 1 if delta > 0 else bisect_left(starts, key)
    return in_doc[max(0, min(len(in_doc) - 1, position + delta))]


def closest_in_time(candidates: Sequence[Event], when: float) -> Event | None:
    """Of ``candidates``, the dated event whose middle is closest to ``when`` (an ordinal); ties go
    to the earlier one."""
    best: Event | None = None
    best_key: tuple[float, tuple] | None = None
    for event in candidates:
        if event.begin is None:
            continue
        key = (abs(midpoint(event) - when), time_key(event))
        if best_key is None or key < best_key:
            best, best_key = event, key
    return best


def next_lane(lane_count: int, current_lane: int | None, delta: int,
              has_events: Callable[[int], bool]) -> int | None:
    """The nearest lane in ``delta``'s direction that ``has_events`` (empty lanes are skipped), or
    None past the last one. Without a current lane: the first (or last) lane with events."""
    if current_lane is None:
        lanes = range(lane_count) if delta > 0 else range(lane_count - 1, -1, -1)
    elif delta > 0:
        lanes = range(current_lane + 1, lane_count)
    else:
        lanes = range(min(current_lane, lane_count) - 1, -1, -1)
    return next((lane for lane in lanes if has_events(lane)), None)


def lane_on_new_page(lane: int, old_first: int, new_first: int, shown: int, lane_count: int,
                     has_events: Callable[[int], bool]) -> int | None:
    """After the lanes scrolled a page (``old_first`` to ``new_first``, ``shown`` lanes in view), the
    lane that takes over from ``lane``: the one at the same place in the view (as a list's Page Down
    moves its current row), or the nearest lane in view that ``has_events``; None if no lane in view
    has any. The selection goes there so it never stays behind, off screen."""
    end = min(new_first + shown, lane_count)
    if end <= new_first:
        return None
    at = min(max(new_first + lane - old_first, new_first), end - 1)
    for distance in range(end - new_first):
        for candidate in (at + distance, at - distance):
            if new_first <= candidate < end and has_events(candidate):
                return candidate
    return None


def matches(event: Event, needle: str) -> bool:
    """Whether a casefolded ``needle`` occurs in the event's title, sentence, actors or places."""
    if not needle:
        return False
    if needle in fold(event.title) or needle in fold(event.sentence):
        return True
    return any(needle in fold(name) for name in (*event.actors, *event.places))


def search(events: Iterable[Event], text: str) -> list[Event]:
    """The events matching ``text`` (case-insensitive), dated ones in time order, then undated ones."""
    needle = fold(text.strip())
    if not needle:
        return []
    found = [e for e in events if matches(e, needle)]
    dated = sorted((e for e in found if e.begin is not None), key=time_key)
    undated = [e for e in found if e.begin is None]
    return dated + undated


def step_in_matches(found: Sequence[Event], current: Event | None, delta: int) -> Event | None:
    """The next (or previous) match after ``current`` in time, wrapping around at either end."""
    if not found:
        return None
    ids = [e.id for e in found]
    if current is not None and current.id in ids:
        return found[(ids.index(current.id) + delta) % len(found)]
    if current is None or current.begin is None:
        return found[0] if delta > 0 else found[-1]
    key = time_key(current)
    dated = [e for e in found if e.begin is not None]
    if delta > 0:
        later = [e for e in dated if time_key(e) > key]
        return later[0] if later else found[0]
    earlier = [e for e in dated if time_key(e) < key]
    return earlier[-1] if earlier else found[-1]


def span_with_margin(begin: date, end: date, fraction: float = 0.1, min_days: float = 3.0) -> tuple[float, float]:
    """The inclusive day span ``begin..end`` widened by ``fraction`` of its length on each side (at
    least ``min_days``), as a half-open range in UTC epoch seconds, the timeline's unit."""
    lo = float(begin.toordinal() - EPOCH_ORDINAL)
    hi = float((end + timedelta(days=1)).toordinal() - EPOCH_ORDINAL)
    pad = max((hi - lo) * fraction, min_days)
    return (lo - pad) * SECONDS_PER_DAY, (hi + pad) * SECONDS_PER_DAY


def epoch_to_ordinal(seconds: float) -> float:
    """UTC epoch seconds as a (fractional) proleptic ordinal, the unit of :func:`midpoint`."""
    return seconds / SECONDS_PER_DAY + EPOCH_ORDINAL


class History:
    """Back/forward through selected events, as in a browser: selecting something new drops the
    forward part; moving back and forward does not record."""

    def __init__(self, limit: int = HISTORY_LIMIT) -> None:
        self._items: list[str] = []
        self._index = -1
        self._limit = limit

    def visit(self, event_id: str) -> None:
        if 0 <= self._index < len(self._items) and self._items[self._index] == event_id:
            return
        del self._items[self._index + 1:]
        self._items.append(event_id)
        if len(self._items) > self._limit:
            del self._items[: len(self._items) - self._limit]
        self._index = len(self._items) - 1

    def current(self) -> str | None:
        return self._items[self._index] if self._index >= 0 else None

    def can_go_back(self) -> bool:
        return self._index > 0

    def can_go_forward(self) -> bool:
        return self._index < len(self._items) - 1

    def back(self, exists=lambda event_id: True) -> str | None:
        """Move back to the latest earlier entry for which ``exists`` holds (skipping vanished or
        filtered-out events); None, and no move, if there is none."""
        for i in range(self._index - 1, -1, -1):
            if exists(self._items[i]):
                self._index = i
                return self._items[i]
        return None

    def forward(self, exists=lambda event_id: True) -> str | None:
        for i in range(self._index + 1, len(self._items)):
            if exists(self._items[i]):
                self._index = i
                return self._items[i]
        return None

    def clear(self) -> None:
        self._items.clear()
        self._index = -1

    def __len__(self) -> int:
        return len(self._items)
