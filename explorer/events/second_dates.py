"""A second date in the sentence of a happening that is no happening of its own: the same time
restated in brackets in another zone or calendar ("at 2:49 p.m. local time (20:49 GMT)"), the day
of a clock time told beside it ("at 6 p.m. on Wednesday", "tomorrow at 12:30"), and the end of a
happening that went on ("started on 3 May and went on until 9 May").

The first date's event stays (widened to the end, for a lasting happening) and names the second in
its ``derivation``; the second date's event is dropped.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Sequence

from explorer.events.record import Event
from explorer.temporal.lexicon import MONTH_NAMES

#: Between a time and its restatement in brackets: a few words of the first time's own ("local time",
#: "p. m.", "Eastern") and the opening bracket, perhaps an "or" ("at 3 p.m. (1500 GMT)", "at around
#: 02:49 local time (20:49 GMT)", "on Monday (Tuesday in Sydney)").
_RESTATED_OPEN = re.compile(r"^[\s\w.]{0,24}?\(\s*(?:or\s+|i\.\s?e\.,?\s+|that\s+is,?\s+)?$", re.IGNORECASE)
_RESTATED_CLOSE = re.compile(r"^[\s\w.]{0,24}?\)")


def fold_restated_times(text: str, events: Sequence[Event]) -> list[Event]:
    """A time restated in brackets right after another of the same sentence, in another zone or
    calendar ("The shot was fired at 2:49 p.m. local time (20:49 GMT)", "talks end on Monday (Tuesday
    in Tokyo)"), dates the same happening: the bracketed telling is no event of its own. The first
    stays, and names the other in its ``derivation``."""
    out = list(events)
    drop: set[int] = set()
    for i, j, a, b in _later_dates_of_sentence(events, drop):
        if _RESTATED_OPEN.match(text[a.timex_end:b.timex_start]) and _RESTATED_CLOSE.match(text[b.timex_end:b.timex_end + 30]):
            out[i] = replace(out[i], derivation=f"{out[i].derivation}; restated as {b.timex}")
            drop.add(j)
    return [e for n, e in enumerate(out) if n not in drop]


#: Between a clock time and the day it falls on, either way round: "at 6 p.m. on Wednesday", "tomorrow
#: at 12:30", "at 10 p.m., Wednesday", "on Friday, at noon". Nothing else may stand between them: "left
#: at 9 a.m. and returned on Friday" tells two happenings.
_CLOCK_AND_ITS_DAY = re.compile(r"^\s*,?\s*(?:on|at)?\s*(?:the\s+)?$", re.IGNORECASE)


def fold_days_of_clock_times(text: str, events: Sequence[Event]) -> list[Event]:
    """A clock time and the day it falls on, told side by side in a sentence ("Members backed the deal
    in a ballot that closed at 6 p.m. on Wednesday", "Extra sailings tomorrow at 12:30"), date one
    happening: when both gave an event (the tagger marks the two apart, as TimeML does), the day's is
    no second happening and is dropped; the clock time's event, the finer, stays and names the day in
    its ``derivation``. Only when the time is resolved to that very day ("at 6 p.m. on Wednesday" read
    as Tuesday's evening would be two days and two tellings)."""
    out = list(events)
    drop: set[int] = set()
    for i, j, a, b in _later_dates_of_sentence(events, drop):
        if i in drop or not _CLOCK_AND_ITS_DAY.match(text[a.timex_end:b.timex_start]):
            continue
        clock, day = (i, j) if a.type == "TIME" else (j, i)
        c, d = events[clock], events[day]
        if (c.type != "TIME" or d.type != "DATE" or c.begin is None or d.begin is None
                or d.begin != d.end or c.begin != d.begin):
            continue
        out[clock] = replace(out[clock], derivation=f"{out[clock].derivation}; on {d.timex}, its day")
        drop.add(day)
    return [e for n, e in enumerate(out) if n not in drop]


#: Before a range's first end: "between", "from" ("stolen between 10pm on Friday and 7am on Saturday").
_RANGE_OPENS = re.compile(r"\b(?:between|from)\s+(?:about\s+|around\s+|roughly\s+)?$", re.IGNORECASE)
#: From the first end to the second: the first end's own day, if told ("on Friday", "on 3 March"), then
#: "and", "to", "until" or a dash. Nothing else: "left at 9 a.m. on Friday and returned at 6 p.m." tells
#: two happenings.
_RANGE_JOINS = re.compile(
    r"^(?:\s*,?\s*(?:on\s+)?(?:the\s+)?[\w.]+(?:\s+[\w.]+){0,2}?)?\s*,?\s*(?:and|to|until|till|through|[-–—])\s+"
    r"(?:about\s+|around\s+|roughly\s+)?$", re.IGNORECASE)
#: The longest span (in days) a range of two clock times may stretch its happening to.
CLOCK_RANGE_MAX_DAYS = 7


def fold_clock_ranges(text: str, events: Sequence[Event]) -> list[Event]:
    """The two ends of a stretch of time told as clock times on their days ("A bicycle was stolen between
    10pm on Friday and 7am on Saturday", "closed from 11pm on Saturday until 5am on Monday") are one
    happening somewhere in that stretch, not one at each end: the tagger marks each clock time and
    each day apart, the days fold into their times (``fold_days_of_clock_times``), and the two times
    fold here into one event from the first day to the last. Only a range of a week or less."""
    out = list(events)
    drop: set[int] = set()
    for i, j, a, b in _later_dates_of_sentence(events, drop):
        if i in drop or a.type != "TIME" or b.type != "TIME" or a.begin is None or b.end is None:
            continue
        if not (_RANGE_OPENS.search(text[max(a.sentence_start, a.timex_start - 20):a.timex_start])
                and _RANGE_JOINS.match(text[a.timex_end:b.timex_start])):
            continue
        if not (a.begin <= b.end and (b.end - a.begin).days <= CLOCK_RANGE_MAX_DAYS):
            continue
        out[i] = replace(out[i], end=max(a.end or a.begin, b.end), derivation=f"{out[i].derivation}; through {b.timex}, the range's end")
        drop.add(j)
    return [e for n, e in enumerate(out) if n not in drop]


def _later_dates_of_sentence(events: Sequence[Event], drop: set[int]):
    """``(i, j, a, b)`` for each dated event ``a`` not dropped and each of the next three events ``b``
    whose date comes after ``a``'s in the same sentence: the pairs a restated or lasting date may fold.
    ``drop`` is read as it grows, so a folded event starts no pair of its own."""
    for i, a in enumerate(events):
        if i in drop or not a.timex:
            continue
        for j in range(i + 1, min(i + 4, len(events))):
            b = events[j]
            if b.sentence_start == a.sentence_start and b.timex and b.timex_start >= a.timex_end:
                yield i, j, a, b


#: Between a happening's date and a later one of its sentence: "and" and a verb of going on, then the
#: end ("began on 3 May and went on until 9 May", "struck near midnight and continued until about
#: 4 p.m."). ("stayed open until 1975", "remained in office until 1990" end in a closing or a leaving
#: of their own, and stay apart.)
_LASTED_UNTIL = re.compile(
    r"^[^.;]{0,80}?\band\s+(?:then\s+)?(?:continued|lasted|went\s+on|raged|carried\s+on|ran\s+on|dragged\s+on)\s+"
    r"(?:\w+\s+){0,2}?(?:until|till|to|through|into)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?$",
    re.IGNORECASE)
#: The start's verb: a happening that begins ("began", "started", "broke out", "struck"). A thing set
#: up and then lasting ("was established on 13 April and lasted until 25 July") ends in a fall of its
#: own, which stays an event.
_BEGAN = re.compile(r"\b(?:began|begun|started|broke\s+out|struck|erupted|commenced|kicked\s+off|opened\s+fire|set\s+in)\s+"
                    r"(?:\w+\s+){0,4}?$", re.IGNORECASE)
#: The longest span (in days) a happening's end may stretch it to.
LASTED_MAX_DAYS = 366


def fold_lasting_until(text: str, events: Sequence[Event]) -> list[Event]:
    """A happening told with its start (a verb of beginning) and, joined by "and" and a verb of going
    on, its end ("The protest started on 3 May and went on until 9 May", "The storm struck near
    midnight and continued until about 4 p.m.") is one event from its start to its end, not a second
    happening at the end. A clock time as the end leaves the day as it was."""
    out = list(events)
    drop: set[int] = set()
    ended: set[int] = set()  # a happening has one end: the first "… until" after its start
    for i, j, a, b in _later_dates_of_sentence(events, drop):
        if i in ended or not _LASTED_UNTIL.match(text[a.timex_end:b.timex_start]) or not _BEGAN.search(
                text[max(a.sentence_start, a.timex_start - 60):a.timex_start]):
            continue
        end = a.end
        if (b.type == "DATE" and a.begin is not None and a.end is not None and b.end is not None
                and a.begin <= b.end and (b.end - a.begin).days <= LASTED_MAX_DAYS):
            end = max(a.end, b.end)
        out[i] = replace(out[i], end=end, derivation=f"{out[i].derivation}; until {b.timex}, its end")
        drop.add(j)
        ended.add(i)
    return [e for n, e in enumerate(out) if n not in drop]


#: Between two months of one phrase: "and" alone ("in July and August", "in March and April 2020").
#: A month listed before the pair ("in July, August and September 2015") makes a list of several
#: happenings (visits, flights), which stays apart.
_MONTHS_JOINED = re.compile(r"^\s+and\s+$")
_LISTED_BEFORE = re.compile(rf"(?i)\b{MONTH_NAMES}(?:\s+\d{{4}})?\s*,\s*$")


def fold_joined_months(text: str, events: Sequence[Event]) -> list[Event]:
    """Two months next to each other in the calendar, joined by "and" in one phrase, dating one
    happening ("Low water in July and August left the pools stagnant", "Floods in March and April
    closed the road"), are one stretch, as "3 and 4 May" is: one event from the first month's start to
    the second's end, not the same title twice. Months apart ("in March and October") may be two
    happenings and stay apart, and so do the months of a longer list ("visited Moscow in July, August and
    September 2015": three visits)."""
    out = list(events)
    drop: set[int] = set()
    for i, j, a, b in _later_dates_of_sentence(events, drop):
        if i in drop or a.title != b.title or a.type != "DATE" or b.type != "DATE" \
                or not _MONTHS_JOINED.match(text[a.timex_end:b.timex_start]) \
                or not _is_month(a) or not _is_month(b) or (b.begin - a.end).days != 1 or _LISTED_BEFORE.search(text, a.sentence_start, a.timex_start):
            continue
        out[i] = replace(out[i], end=b.end, derivation=f"{out[i].derivation}; through {b.timex}, the month joined to it")
        drop.add(j)
    return [e for n, e in enumerate(out) if n not in drop]


def _is_month(event: Event) -> bool:
    """Whether ``event`` is dated by one whole calendar month ("July", "August 2019")."""
    return isinstance(event.begin, date) and isinstance(event.end, date) and event.begin.day == 1 \
        and event.begin.month == event.end.month and event.begin.year == event.end.year \
        and (event.end + timedelta(days=1)).day == 1


#: Before the first end of a stretch told by its first and last occasions: an apposition opened by
#: "the first" (or "the earliest", "the opening one"), a few words of place perhaps, then the date's
#: preposition (", the first in Aldby on 3 June", ", the first on 5 October", ", the earliest at 9am").
_FIRST_OCCASION = re.compile(
    r",\s+the\s+(?:first|earliest|opening)(?:\s+one)?\b[^,;:.()]{0,60}?\s(?:on|in|at|during)?\s*(?:the\s+)?$",
    re.IGNORECASE)
#: Between the first occasion's date and the last's: "and the last", "and the final one", a few words of
#: place, then the date's preposition. "The second" is left out: "two walks, the first on 12 April and
#: the second on 14 June" counts each walk, two happenings on their own days.
_LAST_OCCASION = re.compile(
    r"^\s*,?\s*(?:and|to|until|with)\s+the\s+(?:last|final|latest|closing)(?:\s+one)?\b[^,;:.()]{0,60}?\s"
    r"(?:on|in|at|during)?\s*(?:the\s+)?$", re.IGNORECASE)


def fold_first_and_last_occasions(text: str, events: Sequence[Event]) -> list[Event]:
    """A run of occasions told by its first and last ("Hearings were held in four towns, the first in
    Aldby on 3 June and the last in Cray on 27 June", "We ran six workshops, the first on 2 May and the
    final one on 30 May") is one happening over the stretch, not one on each end: the tagger dates
    the two ends apart. The last end's event is dropped; the first's stretches to it. When the main
    clause dated the run already ("in October and November, the first on 5 October and …"), that
    event stays, as wide as both ends, and the first's is dropped too."""
    out = list(events)
    drop: set[int] = set()
    for i, j, a, b in _later_dates_of_sentence(events, drop):
        if i in drop or j in drop or a.begin is None or b.end is None or a.begin > b.end:
            continue
        if not (_FIRST_OCCASION.search(text, a.sentence_start, a.timex_start)
                and _LAST_OCCASION.match(text[a.timex_end:b.timex_start])):
            continue
        drop.add(j)
        main = next((k for k in range(i - 1, -1, -1) if k not in drop and events[k].sentence_start == a.sentence_start
                     and events[k].timex and events[k].timex_end <= a.timex_start), None)
        m = events[main] if main is not None else None
        if m is not None and m.begin is not None and m.end is not None and m.begin <= a.begin and b.end <= m.end:
            drop.add(i)
            continue
        out[i] = replace(out[i], end=max(a.end or a.begin, b.end),
                         derivation=f"{out[i].derivation}; through {b.timex}, the last occasion")
    return [e for n, e in enumerate(out) if n not in drop]
