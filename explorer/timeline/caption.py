"""One count of events for an image's title and caption, whoever draws it (the app or the CLI).

The CLI titled an image "42 events" (every event, undated ones too) while the app said 34 (the
dated ones) for the same data, and an event outside the range drawn vanished without a word. Both
now title a figure with every event of its array and say in the caption what is not drawn: the
undated events (listed in the legend) and the dated ones outside the range shown.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from explorer.timeline.events_array import EventsArray


@dataclass(frozen=True, slots=True)
class EventCounts:
    total: int  # every event of the figure: drawn, outside the range, undated
    shown: int  # dated events drawn (some of them in the range shown)
    outside: int  # dated events wholly outside the range shown
    undated: int  # events without a date, each once whatever its lanes (the legend lists them)


def event_counts(arr: EventsArray, x0: float, x1: float) -> EventCounts:
    """Events of ``arr`` (each once, whatever its lanes) against the range ``[x0, x1]`` shown."""
    rows = arr.row
    visible = (arr.end > x0) & (arr.begin < x1)
    dated = np.unique(rows)
    shown = np.unique(rows[visible])
    undated = np.setdiff1d(np.unique(arr.undated_row), dated)
    return EventCounts(len(dated) + len(undated), len(shown), len(dated) - len(shown), len(undated))


def figure_title(counts: EventCounts, documents: int, single_title: str | None = None) -> str:
    """"Timeline of 42 events from 5 documents", or the document's own title when there is one."""
    if documents == 1 and single_title:
        return single_title
    return f"Timeline of {counts.total:,} event{'s' if counts.total != 1 else ''} from {documents:,} document" \
           f"{'s' if documents != 1 else ''}"


def caption(counts: EventCounts, lanes_left_out: bool = False) -> str:
    """What the image leaves out, or "" when it draws every event. With ``lanes_left_out`` the
    undated events counted are those of the lanes shown, and the caption says so: an export of 12 of
    755 actor lanes said "23 undated" beside an app saying "Undated (110)" for the same data."""
    parts = []
    if counts.outside:
        parts.append(f"{counts.outside:,} outside the dates shown")
    if counts.undated:
        where = " in the lanes shown" if lanes_left_out else ""
        parts.append(f"{counts.undated:,} undated{where} (named in the Undated line)")
    drawn = f"{counts.shown:,} of {counts.total:,} events drawn"
    if not parts:  # all drawn, or the rest is in lanes an image left out for room (its own note says so)
        return drawn if counts.shown < counts.total else ""
    return f"{drawn}; not drawn: " + ", ".join(parts)
