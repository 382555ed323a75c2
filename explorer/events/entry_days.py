"""An undated act in a diary's or a log's entry is told on the day that opens the entry's line.

Why: a war diary, a lifeboat's log or a status page opens each entry with its day ("6 October. The
enemy raided the left post ...", "3 October: The lift was repaired"), and the tagger reads the entry's
clock times and weekdays from that day (``explorer.temporal.anchor_context.opens_entry``). An act the
entry tells with no date of its own ("Working parties repaired the trench") is that day's too; the
undated pass would otherwise bound it between the dated events around it, or carry the day of an
earlier entry onto it (in the readable gold, the diary's quiet days took the day of the last fight).
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from datetime import date
from typing import Sequence

from explorer.events.record import Event
from explorer.temporal.anchor_context import opens_entry
from explorer.temporal.timex import Timex


class EntryStamps:
    """The day stamps that open a line of the text, looked up by the line an act is told on."""

    def __init__(self, text: str, timexes: Sequence[Timex]) -> None:
        self._text = text
        stamps = sorted((t.start, t) for t in timexes
                        if t.type == "DATE" and isinstance(t.begin, date) and t.begin == t.end_day
                        and t.certainty != "undated" and opens_entry(text, t.start, t.end))
        self._starts = [start for start, _ in stamps]
        self._stamps = [t for _, t in stamps]

    def day_of(self, event: Event) -> Event:
        """``event`` on the day of the stamp that opens its line, when one does; else unchanged."""
        if not self._starts:
            return event
        line = self._text.rfind("\n", 0, event.sentence_start) + 1
        at = bisect.bisect_left(self._starts, line)
        if at == len(self._starts) or self._starts[at] > event.sentence_start:
            return event
        stamp = self._stamps[at]
        return replace(event, begin=stamp.begin, end=stamp.begin, certainty="inferred",
                       derivation=f"{event.derivation}; on its entry's day {stamp.value}")
