"""An act told done by a dated saying happened by the saying's day, not on it.

"The minister said on Monday that she had accepted the request": the only date is the saying's, and
the act it reports (the accepting) is an event of its own (the gold README: told news of a completed
act is the act). The pluperfect tells it was done before the saying; the text does not say when. So the
act takes a window that ends on the saying's day and opens on the latest day the text told before it,
when one lies in the week before (the request made on Sunday: Sunday to Monday); else the saying's day,
marked inferred, not exact, as the text never states it. When the told clause has a date and an event of
its own ("had arrested two men on Saturday"), the event dated by the saying tells the act again and goes. A plain past in "-ed" is read so too ("said on
Monday it closed the pool"); a clause with its own date, a plan, a denial or a state is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from typing import Sequence

from explorer.events.record import Event

#: The told clause right after the saying's date, its verb a pluperfect or a past: "that it had sent", "that
#: the deputy had been appointed", "it closed the pool". (A past participle after an article is an
#: adjective, "the revised plan"; irregular pasts are left out, "rose" told of a figure's period.)
_PLUPERFECT_TOLD = re.compile(r"^\s*,?\s*(?:that\s+)?(?:[\w'’,-]+\s+){0,8}?(?:had\s+(?:been\s+|already\s+|just\s+)?"
                              r"[a-z]{3,}|(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bits )[a-z]{3,}ed)\b", re.IGNORECASE)
_NOT_DONE = re.compile(r"\b(?:not|never|no|will|shall|would|could|might|may|is|are|planned|intended|hoped|expected|"
                       r"needed|wanted)\b", re.IGNORECASE)
#: The saying right before its date: "said on Monday", "told reporters on Tuesday", "said late on Friday". (Only
#: before: "The EU on Wednesday added 74 tankers" has its verb after the date, and tells the act itself.)
_SAID_BEFORE = re.compile(r"\b(?:said|says|stated|told(?:\s+[\w’'-]+){0,2}?)\s+(?:(?:late|early)\s+)?(?:on\s+|in\s+)?$",
                          re.IGNORECASE)
#: A title that names the saying itself, not the act told.
_SAYING_TITLE = re.compile(r"\b(?:says?|said|tells?|told|announces?|announced|confirms?|confirmed|reports?|"
                           r"reported|states?|stated|discloses?|disclosed|reveals?|revealed|admits?|admitted)\b",
                           re.IGNORECASE)
#: How far back the story's last day may lie to open the window.
_LOOK_BACK = timedelta(days=7)


def told_done_before_the_saying(events: Sequence[Event]) -> list[Event]:
    """``events`` (of one document, in text order) with each act told in the pluperfect by a dated
    saying moved to a window ending at the saying (see the module's docstring)."""
    out: list[Event | None] = list(events)
    for n, e in enumerate(events):
        if e.begin is None or e.begin != e.end or e.certainty != "exact" or not _SAID_BEFORE.search(e.sentence[:e.timex_start - e.sentence_start]) \
                or _SAYING_TITLE.search(e.title):
            continue
        after = e.sentence[e.timex_end - e.sentence_start:]
        told = _PLUPERFECT_TOLD.match(after)
        if told is None or _NOT_DONE.search(told.group()):
            continue
        if any(o is not e and o.sentence_start == e.sentence_start and o.timex_start > e.timex_end
               and o.begin is not None for o in events):
            # "said on Monday they had arrested two men on Saturday": the told act has its own date and
            # event; the one dated by the saying tells it again (told news of a done act is one event)
            out[n] = None
            continue
        day = e.begin
        last = None
        for other in events:
            if other.sentence_start >= e.sentence_start:
                continue
            if other.begin is not None and other.begin == other.end and other.certainty != "undated" \
                    and day - _LOOK_BACK <= other.begin < day:
                last = other.begin if last is None else max(last, other.begin)  # the latest such day
        if last is None:
            out[n] = replace(e, certainty="inferred", derivation=f"{e.derivation}; told done by the saying's day")
        else:
            out[n] = replace(e, begin=last, certainty="inferred",
                             derivation=f"{e.derivation}; told done between {last} and the saying")
    return [e for e in out if e is not None]
