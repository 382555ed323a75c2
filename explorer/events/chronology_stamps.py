"""A chronology's stamp standing as a sentence of its own ("2009. After two years of evening classes,
she leases the disused workshop. The first firing, in October, fails …"): which later dates on the
entry's line leave the stamp to date the sentence right after it.

A profile or company history told as a chronology opens each paragraph with a year (or a month) and
narrates that stretch, often in the historical present. Its later sentences may name finer dates
inside the stamp ("in October", "on 2 June"): those date their own sentences, but the first sentence
names none, and the stamp is its date. A log entry stamped with one day and a clock time ("12 January,
10:05. A dog fell … The team lowered a member to it at 11:30.") is another matter: its later times
are the entry's own timing, and that entry is left to them (see ``build.stamped_entry_end``).
"""

from __future__ import annotations

from typing import Iterable

from explorer.temporal.timex import Timex


def spans_days(stamp: Timex) -> bool:
    """Whether ``stamp`` covers more than one day (a year, a season, a month): a chronology's heading,
    not a log's moment."""
    return stamp.begin is not None and stamp.end_day is not None and stamp.begin != stamp.end_day


def only_finer_dates_within(stamp: Timex, later: Iterable[Timex]) -> bool:
    """Whether every date of ``later`` (the dates of a later sentence on the stamp's line) lies inside
    a stamp that spans days: each then dates its own sentence, and the stamp still dates the first."""
    if not spans_days(stamp):
        return False
    for t in later:
        if t.begin is None or t.end_day is None or t.begin < stamp.begin or t.end_day > stamp.end_day:
            return False
    return True
