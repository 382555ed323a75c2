"""Ranges and lists: how neighbouring candidates share parts.

"July, August and September 2015" states the year once for three months, "from March to May 2011"
once for both ends; "1997-2004" and "between 1997 and 1998" are one interval. This runs on the
candidates, before anchoring, so the shared year is known when each part is resolved.
"""

from __future__ import annotations

import re

from explorer.temporal.grammar import Cand, range_of
from explorer.temporal.grammar.scanner import EXPRESSION_BREAK
from explorer.temporal.daylight import daylight_on_days
from explorer.temporal.indefinite_days import indefinite_weekdays
from explorer.temporal.joined_parts import parts_on_joined_days
from explorer.temporal.weekday_sets import weekday_sets
from explorer.temporal.headed_dates import mark_heads
from explorer.temporal.period_parts import PART_OF
from explorer.temporal.week_of import WEEK_OF
from explorer.temporal.normalize import Spec, valid_day

_RANGE_SEP = re.compile(r"(?i)^\s*(?:-|–|—|to|through|thru|until|till|up\s+to)\s*$")
_AND_SEP = re.compile(r"(?i)^\s*and\s*$")
#: "from December into May": a season told across the new year is one range, its end after its start
_INTO_SEP = re.compile(r"(?i)^\s*into\s*$")
_LIST_SEP = re.compile(r"(?i)^\s*(?:,|and|or|,\s*and|,\s*or|&|/)\s*$")
_BETWEEN = re.compile(r"(?i)\bbetween\s+$")
_OPEN_END = re.compile(r"(?i)^\s*(?:on(?:wards?)?|and\s+(?:beyond|after|later|onwards?))\b")
_FROM = re.compile(r"(?i)\b(?:from|since|starting\s+(?:in|from))\s+$")
_CALENDAR_GRANS = {"D", "M", "S", "Q", "H", "Y"}


def _calendar(c: Cand) -> bool:
    return c.kind in ("abs", "under") and c.spec is not None and c.spec.gran in _CALENDAR_GRANS and not c.parts


def _share_year(c1: Cand, c2: Cand, is_range: bool) -> None:
    """Copy a year stated on one side to the other, in place."""
    s1, s2 = c1.spec, c2.spec
    assert s1 is not None and s2 is not None
    if c1.kind == "under" and c2.kind == "abs" and s2.year is not None and s1.gran in ("D", "M", "S") and s2.gran in ("D", "M", "S"):
        y = s2.year
        if is_range and (s1.month or 0) > (s2.month or 13) and s1.gran in ("D", "M") and s2.gran in ("D", "M"):
            y -= 1  # "December to February 2016"
        if s1.gran == "D" and s1.weekday is not None and s1.month is None:
            return
        c1.spec = s1.with_(year=y, bc=s2.bc)  # "the summer and autumn of 481 BC": the era goes with the year
        c1.kind = "abs"
    elif c2.kind == "under" and c1.kind == "abs" and s1.year is not None and is_range and s2.gran in ("D", "M", "S") and s1.gran in ("D", "M", "S"):
        if s2.gran == "D" and s2.month is None:
            return
        y = s1.year
        if (s2.month or 13) < (s1.month or 0):
            y += 1  # "from November 2018 to March"
        c2.spec = s2.with_(year=y, bc=s1.bc)
        c2.kind = "abs"


_LIST_JOIN = r"(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]*&[ \t]*)"
_BARE_DAY = r"(?P<dd>(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)"
# a bare number that goes on as something else is no day: "14 people", "12:30", "13 percent"
_NOT_A_DAY_AFTER = (r"(?![\d:.,/%]\d|[ \t]*(?:%|percent|per\b|people|of\b|[ap]\.?m\b|hours?|days?|years?|months?|"
                    r"weeks?|minutes?|times|[-–]|[A-Z][a-z]))")
# nor one a noun follows: "May 3 and 4 others"
_NO_NOUN_AFTER = (r"(?![ \t]+(?!(?:in|at|on|when|while|as|and|or|but|after|before|the|to|with|of|for|this|that|"
                  r"were|was|are|is|will|from|until|last|next)\b)[a-z])")
_NEXT_DAY = re.compile(_LIST_JOIN + r"\b" + _BARE_DAY + r"\b" + _NOT_A_DAY_AFTER + _NO_NOUN_AFTER)
# "May 2 - 3, 9 - 10, 16 - 17": after a range of days, more ranges of bare days in the same month
_NEXT_DAY_PAIR = re.compile(_LIST_JOIN + r"\b(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?[ \t]*[-–][ \t]*"
                            r"(?P<d2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b" + _NOT_A_DAY_AFTER + _NO_NOUN_AFTER)
_PREV_DAY = re.compile(r"(?<![\d.,:/$])\b" + _BARE_DAY + r"\b" + _LIST_JOIN + r"\Z")
#: a date that begins with its weekday's name ("Saturday 12 October", "Sat, 12 Oct")
_WEEKDAY_HEAD = re.compile(r"(?i)(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\b")
_WEEKDAY_BEFORE = re.compile(r"(?i)\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[ \t]+\Z")
#: a word that counts the number after it: "Day 1", "Stage 4", "No. 3" (no day of a month)
_LABEL_BEFORE = re.compile(r"(?i)\b(?:day|stage|leg|week|no\.?|number)[ \t]+\Z")


def _day_head(c: Cand) -> Cand | None:
    """The day a list of bare day numbers would share its month with: a day-level date, or the
    first end of a range of them."""
    first = c.parts[0] if c.parts else c
    sp = first.spec
    if first.kind not in ("abs", "under") or sp is None or sp.gran != "D" or sp.month is None or sp.day is None \
            or sp.clock is not None or sp.part_of_day is not None:
        return None
    return first


def day_lists(text: str, cands: list[Cand]) -> list[Cand]:
    """ "July 12, 13 and 14", "12, 13 and 14 July", "March 3, 10, 17 and 24": each bare day number
    listed beside a date is its own date in the same month (and year), as TimeML marks them."""
    occupied = [(c.start, c.end) for c in cands]

    def free(a: int, b: int) -> bool:
        return not any(s < b and a < e for s, e in occupied)

    extra: list[Cand] = []
    for c in cands:
        head = _day_head(c)
        if head is None:
            continue
        sp = head.spec
        assert sp is not None
        if not c.parts and re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\Z", text[c.start:c.end]):  # forward: "July 12, 13 and 14"
            pos = c.end
            while (m := _NEXT_DAY.match(text, pos)) and free(m.start("d"), m.end()):
                d = int(m["d"])
                if not valid_day(sp.year or 2000, sp.month, d):  # type: ignore[arg-type]
                    break
                extra.append(Cand(m.start("d"), m.end(), head.kind, head.type, sp.with_(day=d, weekday=None), rel=head.rel,
                                   list_head=head))
                occupied.append((m.start("d"), m.end()))
                pos = m.end()
        if len(c.parts) == 2 and c.range_to is not None and re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\Z", text[c.start:c.end]):
            last = (c.parts[1].spec.day if c.parts[1].spec is not None else None) or 32
            pos = c.end
            while (m := _NEXT_DAY_PAIR.match(text, pos)) and free(m.start("d"), m.end()):
                d, d2 = int(m["d"]), int(m["d2"])
                if not (last < d < d2) or not valid_day(sp.year or 2000, sp.month, d2):  # type: ignore[arg-type]
                    break  # the days of a list go forward: "3 - 4, 1 - 2" is something else
                one = Cand(m.start("d"), m.end("d"), head.kind, head.type, sp.with_(day=d, weekday=None), rel=head.rel,
                           list_head=head)
                two = Cand(m.start("d2"), m.end(), head.kind, head.type, sp.with_(day=d2, weekday=None), rel=head.rel,
                           list_head=head)
                extra.append(range_of(one, two))
                occupied.append((m.start("d"), m.end()))
                pos, last = m.end(), d2
        # backward: "12, 13 and 14 July"; never a number a label counts: "Day 1, Sunday 14 September"
        # heads an itinerary's first day, no list of the 1st and the 14th
        # nor a number before a date headed by its weekday, unless a weekday heads the number too:
        # "City 1, Saturday 12 October" is a score, "Tuesday 5 and Thursday 7 February" a list
        weekdays = bool(_WEEKDAY_HEAD.match(text, c.start))
        pos = c.start
        while (m := _PREV_DAY.search(text, max(0, pos - 16), pos)) and free(m.start(), m.end("dd")) \
                and not (weekdays and not _WEEKDAY_BEFORE.search(text, max(0, m.start() - 12), m.start())) \
                and not _LABEL_BEFORE.search(text, max(0, m.start() - 10), m.start()):
            d = int(m["d"])
            if not valid_day(sp.year or 2000, sp.month, d) or d >= (sp.day or 32):  # type: ignore[arg-type]
                break
            extra.append(Cand(m.start(), m.end("dd"), head.kind, head.type, sp.with_(day=d, weekday=None), rel=head.rel,
                                   list_head=head))
            occupied.append((m.start(), m.end("dd")))
            pos = m.start()
    if not extra:
        return cands
    return sorted(cands + extra, key=lambda c: c.start)


# "at 9 a.m. on March 3", "10:30 GMT on Tuesday, 5 March", "at 5:34 a.m. Baghdad time on March 20": what
# joins a clock time to its day ("on" in lower case, or in a line of capitals: "at 10 a.m. On 9 June we
# sailed" is a clock whose "a.m." ended its sentence, and the day opens the next)
# ("at 23.15 local time (21.15 UTC) on 4 March": a zone's name, then the time in another zone)
_CLOCK_ON = re.compile(r"^[ \t]*(?:(?:[A-Za-z]+[ \t]+)?(?:time|Time)[ \t]+|[A-Z]{2,4}[ \t]+|\([^()\n]{1,30}\)[ \t]*){0,2},?[ \t]*(?:on|ON)[ \t]+$")


def _clock_alone(c: Cand) -> bool:
    """A clock time with no day of its own ("9 a.m.", "10:30 GMT"), read against the document."""
    return c.kind == "dct" and c.type == "TIME" and not c.n and not c.parts and bool(c.value) and ":" in (c.value or "")


#: ... and without "on" before a weekday counted from the page: "at 01:20 GMT last Saturday", "at
#: 05:42 local time (03:42 GMT) last Thursday", "9.40am this Monday"
_CLOCK_BEFORE_COUNTED_DAY = re.compile(
    r"^[ \t]*(?:(?:[A-Za-z]+[ \t]+)?(?:time|Time)[ \t]+|[A-Z]{2,4}[ \t]+|\([^()\n]{1,30}\)[ \t]*){0,2},?[ \t]*(?:on[ \t]+)?$")
#: the weekday's words that count it from the page
_COUNTED = ("last", "this", "next")


def _day_for_clock(c: Cand) -> bool:
    sp = c.spec
    return (c.kind in ("abs", "under") and sp is not None and sp.gran == "D" and not c.parts
            and (c.rel is None or c.rel in _COUNTED and sp.weekday is not None and sp.day is None)
            and sp.clock is None and sp.part_of_day is None and (sp.day is not None or sp.weekday is not None))


def _joins_clock_to_day(text: str, clock: Cand, day: Cand) -> bool:
    """Whether the words between ``clock`` and ``day`` make the clock a time of that day."""
    gap = text[clock.end:day.start]
    return bool(_CLOCK_ON.match(gap) or day.rel in _COUNTED and _CLOCK_BEFORE_COUNTED_DAY.match(gap))


def _on_day(clock: Cand, day: Cand) -> None:
    assert day.spec is not None
    clock.kind, clock.spec, clock.rel, clock.unit, clock.n = day.kind, day.spec.with_(clock=clock.value), day.rel, None, None
    clock.value = None


def clocks_on_days(text: str, cands: list[Cand]) -> list[Cand]:
    """ "at 9 a.m. on March 3": the clock time written before its day is a time of that day
    (``2019-03-03T09:00``), not of the document's. TimeML marks the two apart ("11 a.m." and
    "11 November 1918"), so the spans stay apart and the clock takes the day's reading."""
    for i, prev in enumerate(cands[:-1]):
        if not _clock_alone(prev):
            continue
        c = cands[i + 1]
        if _day_for_clock(c) and _joins_clock_to_day(text, prev, c):
            _on_day(prev, c)
        elif i + 2 < len(cands) and _clock_alone(c) and _day_for_clock(cands[i + 2]) \
                and text.rfind("(", prev.end, c.start) >= 0 and text.find(")", c.end, cands[i + 2].start) >= 0 \
                and _joins_clock_to_day(text, prev, cands[i + 2]):
            # "at 05:42 local time (03:42 GMT) last Thursday": both clocks, the same moment, on that day
            _on_day(prev, cands[i + 2])
            _on_day(c, cands[i + 2])
    for prev, c in zip(cands, cands[1:]):
        ends = [prev, *prev.parts] if prev.range_to is not None and len(prev.parts) == 2 else []
        if ends and all(e is not None and e.kind == "dct" and e.type == "TIME" and not e.n and ":" in (e.value or "")
                        for e in ends) and _day_for_clock(c) and _CLOCK_ON.match(text[prev.end:c.start]):
            # "2:30-4 pm on Saturday", "from 10 to 11.30am on March 3": both ends of a clock range
            # written before its day are times of that day, as one clock time is
            assert c.spec is not None
            for e in ends:
                assert e is not None
                e.kind, e.spec, e.rel, e.unit, e.n = c.kind, c.spec.with_(clock=e.value), c.rel, None, None
                e.value = None
    for first, second in zip(cands, cands[1:]):
        sp = second.spec
        if _clock_alone(first) and second.type == "TIME" and sp is not None and sp.clock is not None \
                and (sp.day is not None or sp.weekday is not None) and _CLOCK_RANGE.match(text[first.end:second.start]):
            # "between 13:07 and 15:49 UTC on Tuesday 21 May", "open 10am-4pm on Saturday": the
            # range's first end is on the day too
            first.kind, first.spec, first.rel, first.unit, first.n = second.kind, sp.with_(clock=first.value), second.rel, None, None
            first.value = None
    return cands


# what joins the two clock times of a range said of one day
_CLOCK_RANGE = re.compile(r"^[ \t]*(?:[A-Z]{2,4}[ \t]+)?(?:and|to|until|till|-|–|—)[ \t]*$")


# a bracketed aside closing right before a year: "December 7 (December 8 in Asian time zones), 1941"
_ASIDE_THEN_YEAR = re.compile(r"\)[ \t]*,?[ \t]*$")
_OPEN_ASIDE = re.compile(r"[ \t]*\(")


def years_after_asides(text: str, cands: list[Cand]) -> None:
    """A year written after a bracketed aside is the year of the day before the aside, in place.

    "December 7 (December 8 in Asian time zones), 1941", "on 4 July (a Friday), 1919": the writer
    parks a remark between a day and its year, which cut the year off (the day was then read from the
    document date). Days inside the aside that name their month share the year too. Only a day or a
    month with no year of its own, right before the "(", takes it."""
    for k, year in enumerate(cands):
        spec = year.spec
        if year.kind != "abs" or spec is None or spec.gran != "Y" or spec.year is None or year.parts \
                or not _ASIDE_THEN_YEAR.search(text, max(0, year.start - 4), year.start):
            continue
        close = text.rfind(")", 0, year.start)
        opened = text.rfind("(", 0, close)
        if opened < 0 or "\n" in text[opened:close] or close - opened > 80:
            continue
        head = next((c for c in reversed(cands[:k]) if c.end <= opened), None)
        if head is None or not _yearless_month_day(head) or not _OPEN_ASIDE.match(text, head.end) \
                or text[head.end:opened].strip():
            continue
        for c in [head] + [c for c in cands[:k] if opened < c.start and c.end <= close and _yearless_month_day(c)]:
            assert c.spec is not None
            c.spec = c.spec.with_(year=spec.year, bc=spec.bc)
            c.kind = "abs"


def _yearless_month_day(c: Cand) -> bool:
    return c.kind == "under" and c.spec is not None and c.spec.gran in ("D", "M") and c.spec.month is not None \
        and c.spec.year is None and not c.parts and c.rel is None


def coordinate(text: str, cands: list[Cand]) -> list[Cand]:
    """Distribute shared years over lists and merge range ends into single candidates."""
    years_after_asides(text, cands)
    indefinite_weekdays(text, cands)
    weekday_sets(text, cands)
    cands = mark_heads(text, mark_heads(text, cands, WEEK_OF), PART_OF)
    out = day_lists(text, clocks_on_days(text, daylight_on_days(text, list(cands))))
    parts_on_joined_days(text, out)
    i = len(out) - 2
    while i >= 0:
        c1, c2 = out[i], out[i + 1]
        gap = text[c1.end:c2.start]
        if _calendar(c1) and _calendar(c2) and len(gap) <= 12 and not EXPRESSION_BREAK.search(gap):
            # "- 2009" / "- 2015": two entries of a list are neither a range nor a list of one expression
            before = text[max(0, c1.start - 12):c1.start]
            is_range = bool(_RANGE_SEP.match(gap)) or (bool(_AND_SEP.match(gap)) and bool(_BETWEEN.search(before))) \
                or (bool(_INTO_SEP.match(gap)) and bool(_FROM.search(before)))
            if is_range or _LIST_SEP.match(gap):
                _share_year(c1, c2, is_range)
            if is_range and gap.strip() not in ("-", "–", "—") or (is_range and c1.kind == c2.kind):
                out[i:i + 2] = [range_of(c1, c2)]
        i -= 1
    for c in out:
        if _calendar(c) and c.kind == "abs":
            m = _OPEN_END.match(text[c.end:c.end + 20])
            if m and _FROM.search(text[max(0, c.start - 20):c.start]):
                part = Cand(c.start, c.end, c.kind, c.type, c.spec, c.mod, c.unit, c.n, c.value, c.rel)
                c.parts = [part]
                c.end += m.end()
                c.open_end = True
    return out


__all__ = ["coordinate", "day_lists", "clocks_on_days", "years_after_asides", "Spec"]
