"""An undated act in a live blog's entry is told on the page's day.

Why: a live page ("Storm live: ferries cancelled", "Updated 14 March 2026") heads each entry with a
clock time, on a line of its own or before a dash ("16:40", "23:55 GMT - …"), and tells in the entry
what has just happened, often with no date ("The coastguard has rescued two walkers. Both were taken
to hospital."). A reader places those acts on the page's day. The undated pass instead bounded them
between dated events around them, and in a live page those are as often a day the entry only
mentions ("cancelled until Sunday afternoon", "closed schools on Friday"): in the readable gold, the
acts of a storm blog's afternoon were windowed back to the previous Sunday. Only a page that calls itself
live in its header, with a date of its own and at least :data:`_STAMPS_OF_A_LIVE_PAGE` clock stamps
is read so (a timeline's or a log's stamps are the times of a day it looks back on), only the entry's first
:data:`_ENTRY_REACH` characters count as its own, and an act the story's day already dated (a day its
entry told) keeps that day.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import date
from typing import Sequence

from explorer.events.record import Event
from explorer.events.story_day import UNDATED_ACT
from explorer.temporal.document_date import LIVE_COVERAGE
from explorer.temporal.lexicon import CLOCK_ZONES

#: A clock stamp opening a line: the time, perhaps its zone or "am"/"pm", then the line's end or a
#: dash before the entry ("16:40", "4.40pm", "23:55 GMT - The ferry operator …").
_STAMP_LINE = re.compile(
    rf"(?im)^[ \t]*(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ \t]*(?:[ap]\.?m\.?|{CLOCK_ZONES}|"
    r"local(?:[ \t]+time)?))?[ \t]*(?:$|[-–—][ \t]+(?=\S))")
#: How many stamps make a page a live one (a report with one or two times opening a line is not).
_STAMPS_OF_A_LIVE_PAGE = 3
#: What a live page calls itself in its headline or header ("Storm Ines live: …", "River Orm floods: live
#: updates", "as it happened"); a timeline or an incident log, whose stamps are the times of a day it
#: looks back on, does not. "live" ends the headline or comes before a colon ("Markets live", "… live:")
#: or names the coverage: the verb ("Families who live by the river …") does not count.
_CALLS_ITSELF_LIVE = re.compile(
    rf"(?im)\blive[ \t]*(?::|$)|{LIVE_COVERAGE}|\bas\s+it\s+happened\b|\blatest\s+updates\b")
#: How far into the page (in characters) its headline and header lie.
_HEADER_REACH = 300
#: How far after its stamp (in characters) an act still belongs to the entry.
_ENTRY_REACH = 600


def acts_on_the_live_page_s_day(events: Sequence[Event], text: str, doc_date: date | None) -> list[Event]:
    """Each act with no date of its own told in a live page's entry (see the module's docstring), left
    undated or only bounded by its neighbours, on the document's date (``inferred``)."""
    if doc_date is None or _CALLS_ITSELF_LIVE.search(text, 0, _HEADER_REACH) is None:
        return list(events)
    stamps = [m.start() for m in _STAMP_LINE.finditer(text)]
    if len(stamps) < _STAMPS_OF_A_LIVE_PAGE:
        return list(events)
    out = []
    for e in events:
        at = bisect.bisect_right(stamps, e.sentence_start) - 1
        if (e.timex or not e.derivation.startswith(UNDATED_ACT) or at < 0
                or e.sentence_start - stamps[at] > _ENTRY_REACH or not _open_to_the_page_s_day(e, doc_date)):
            out.append(e)
            continue
        out.append(replace(e, begin=doc_date, end=doc_date, certainty="inferred",
                           derivation=f"{e.derivation}; told in a live page's entry, on the page's day"))
    return out


def _open_to_the_page_s_day(e: Event, doc_date: date) -> bool:
    """Whether the act's date is only a guess the page's day may replace: undated, or a window
    between neighbours (perhaps narrowed to the day before it) that does not start after the page's
    day. The neighbours of a live entry are the days other entries mention ("until Tuesday", "on
    Thursday") or the stamps read from them."""
    if e.begin is None:
        return e.certainty == "undated"
    return "bounded by" in e.derivation and isinstance(e.begin, date) and e.begin <= doc_date
