"""Acts told under a numbered day or week of a run whose first day the text gave: "We set out from
Kirkby on 3 June 2024 ... // Day 5. Two porters left the party." is 7 June; "Our season ran from 7 July
to 22 August ... // Week 3. The team extended the trench" is 21-27 July.

Why: a trip report, an expedition log, a dig diary or a trial's week-by-week account heads its
paragraphs with the run's own count, not a calendar date. Its acts have no date of their own, so they
took the run's first day (the story's time) or none, and the whole run piled onto one day.

Only when the headings count from the start (the lowest is Day 1 or 2, Week 1 or 2: a report's "Week
23" is a week of the year, not of a run), and only for an act with no date of its own in the
paragraph a heading opens. The first day is the day the run is said to start ("from 7 July", "between
3 and 9 May"), else the last day told with its day before the first heading that is not the page's
own date. A week is clipped to the run's last day when one is told ("to 22 August"). Nothing here
knows a place, a name or a date.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Sequence

from explorer.events.record import Event
from explorer.temporal.anchor_context import paragraph_start
from explorer.temporal.timex import Timex

#: A heading that counts days or weeks of a run, opening its line: "Day 5.", "Day 2 – Loch Eanaich to
#: Carn Dearg", "Week 3.", "Weeks 5-6.", "Day 12:".
_NUMBERED = re.compile(r"(?m)^[ \t]*(?P<unit>Day|Week|DAY|WEEK)s?[ \t]+(?P<first>\d{1,3})"
                       r"(?:[ \t]*(?:[-–]|to|and)[ \t]*(?P<last>\d{1,3}))?[ \t]*(?:[.:–—-]|$)")
#: Words before a day that make it the start of a run: "from 7 July", "between 3 and 9 May", "began on".
_RUN_START = re.compile(r"(?i)\b(?:from|between|starting|started|start|began|begins|opened|set\s+out|left)\b[^.\n]{0,20}$")
#: The words between a run's first and last day: "7 July to 22 August".
_RUN_END = re.compile(r"^\s*(?:to|until|till|through|and|[-–])\s*$")
#: How far a count may run: a heading past these is no count of a run's days or weeks.
_MOST = {"D": 400, "W": 60}


def _single_day(t: Timex) -> date | None:
    if t.type != "DATE" or t.certainty == "undated" or not isinstance(t.begin, date) or t.begin != t.end_day:
        return None
    return t.begin


#: A range said in one expression: "7 July to 22 August", "3-9 May", "from 1 to 14 March".
_RANGE_WORDS = re.compile(r"\s(?:to|until|till|through)\s|\d\s*[-–]\s*\d|\w\s*[–]\s*\w")


def _run_of(text: str, timexes: Sequence[Timex], before: int, page: date | None) -> tuple[date, date | None] | None:
    """The run's first day (and its last, when told) from the days told before offset ``before``."""
    for t in timexes:
        if t.end <= before and t.type == "DATE" and t.certainty != "undated" and isinstance(t.begin, date) \
                and isinstance(t.end_day, date) and 0 < (t.end_day - t.begin).days <= _MOST["D"] \
                and _RANGE_WORDS.search(t.text) and not t.value.endswith(("-SU", "-WI", "-SP", "-FA")):
            return t.begin, t.end_day  # "ran for seven weeks, from 7 July to 22 August"
    days = [(t, _single_day(t)) for t in timexes if t.end <= before]
    days = [(t, d) for t, d in days if d is not None and d != page]
    for i, (t, d) in enumerate(days):
        if _RUN_START.search(text, max(0, t.start - 40), t.start):
            nxt = days[i + 1] if i + 1 < len(days) else None
            last = nxt[1] if nxt is not None and _RUN_END.match(text[t.end:nxt[0].start]) and nxt[1] >= d else None
            return d, last
    return (days[-1][1], None) if days else None


def dated_by_numbered_headings(text: str, timexes: Sequence[Timex], events: Sequence[Event],
                               page: date | None = None) -> list[Event]:
    """``events``, each act with no date of its own under a numbered day or week heading dated by it
    (see the module's docstring). ``page``: the document's date, which starts no run."""
    headings = list(_NUMBERED.finditer(text))
    if len(headings) < 2:
        return list(events)
    if min(int(m["first"]) for m in headings) > 2:
        return list(events)  # "Week 23", "Week 24": weeks of the year, not of a run
    run = _run_of(text, timexes, headings[0].start(), page)
    if run is None:
        return list(events)
    start, last_day = run
    windows: dict[int, tuple[date, date, str]] = {}
    for m in headings:
        unit = "W" if m["unit"].lower() == "week" else "D"
        first = int(m["first"])
        last = int(m["last"]) if m["last"] else first
        if not 1 <= first <= last <= _MOST[unit]:
            continue
        step = 7 if unit == "W" else 1
        begin = start + timedelta(days=step * (first - 1))
        end = start + timedelta(days=step * last - 1)
        if last_day is not None:
            end = min(end, last_day)
        if begin <= end:
            windows[m.start()] = (begin, end, m.group(0).strip(" \t.:–—-"))
    out = []
    for e in events:
        heading = windows.get(_heading_of(text, e.sentence_start))
        if heading is None or e.timex:
            out.append(e)
            continue
        begin, end, label = heading
        out.append(replace(e, begin=begin, end=end, certainty="inferred",
                           derivation=f"{e.derivation}; under the heading '{label}', counted from {start.isoformat()}"))
    return out


def _heading_of(text: str, at: int) -> int:
    """Where the line that opens the paragraph at offset ``at`` starts (a heading's own paragraph), or
    the paragraph before when that is one line standing alone (a heading over its paragraph)."""
    para = paragraph_start(text, at)
    if _NUMBERED.match(text, para):
        return para
    before = text[:para].rstrip()
    line = before.rfind("\n") + 1
    return line if "\n" not in text[line:len(before)] and paragraph_start(text, line) == line else -1


__all__ = ["dated_by_numbered_headings"]
