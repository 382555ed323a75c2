"""A happening told "within" a span of the story's last date: in the window from that date to the span's end.

"The strike began on 4 May 1926. Within two weeks, the union called it off." The tagger reads "two weeks"
as a free duration (TimeML gives it no place), so the sentence had no date and its happening no event.
A reader places the calling-off between 4 May and 18 May: from the story's last date to the span after it.
Only where the text allows that reading: the span opens its sentence ("Within two weeks, ...", "Within
a month the ..."), counts a definite length (a number or "a"/"an"; "within hours" is the same day or the
next), is not "within a month of the opening" (its own anchor), the sentence tells no plan ("will",
"expects") and has no date of its own nor tells a state ("was leading"), and the last date was told in the sentence before or the one
before that. The expressions returned are copies for the events (their span opens at "Within", which the title drops);
the tagger's own stay as they are.

A span closing the clause of an act the text gives no date ("The board rejected the offer within a week",
"Newspapers picked the story up within days") makes no event of its own; the act is dated by the story's day, and
the bounds of the dates around it stretched it to the next date told, a month or more on. There the span ends the
act's window: from its first day to the span's end (:func:`acts_within_their_span`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Sequence

from explorer.calendar import days_in_month
from explorer.events.date_roles import date_role
from explorer.events.record import Event
from explorer.events.story_day import UNDATED_ACT
from explorer.sentences import SentenceIndex
from explorer.temporal.timex import Timex

_WITHIN = re.compile(r"(?i)^\W*within\s+(?:the\s+(?:next|following)\s+)?$")
#: The same span opening a clause joined to a dated one: "opened her practice in 1962, and within a year
#: she had won the competition", "the dam failed on 3 May; within a week the town was rebuilt".
_WITHIN_CLAUSE = re.compile(r"(?i)(?:,\s+and|;|,\s+but)\s+(within\s+(?:the\s+(?:next|following)\s+)?)$")
_LENGTH = re.compile(r"^P(?:T)?(\d+)([YMWDH])$")
_PLAN = re.compile(r"(?i)\b(?:will|would|shall|could|might|may|must|expects?|expected|plans?|planned|hopes?|aims?|"
                   r"intends?|should|going to|is to|are to)\b")
#: a state reached, not a happening: "Within five years she was leading the department"
_STATE = re.compile(r"(?i)\b(?:was|were|is|are|been)\s+(?:\w+ly\s+)?\w+ing\b")
#: how many sentences back the story's last date may lie
_REACH = 2


def _end_after(day: date, value: str) -> date | None:
    if value in ("PTXH",):
        return day + timedelta(days=1)
    m = _LENGTH.match(value)
    if m is None:
        return None
    n, unit = int(m.group(1)), m.group(2)
    if "T" in value:
        return day + timedelta(days=1) if unit == "H" and n <= 24 else None
    if unit in "WD":
        return day + timedelta(days=n * (7 if unit == "W" else 1))
    months = n * (12 if unit == "Y" else 1)
    k = day.year * 12 + day.month - 1 + months
    y, mo = k // 12, k % 12 + 1
    return date(y, mo, min(day.day, days_in_month(y, mo))) if 1 <= y <= 9999 else None


def placed_within(text: str, timexes: Sequence[Timex]) -> list[Timex]:
    """``timexes`` with each "within" span that opens a sentence after a dated one placed from that
    date to the span's end (see the module's docstring)."""
    out = list(timexes)
    if not any(t.type == "DURATION" and t.begin is None for t in timexes):
        return out
    sentences = SentenceIndex(text)
    for n, t in enumerate(timexes):
        if t.type != "DURATION" or t.begin is not None:
            continue
        here = sentences.index_at(t.start)
        s = sentences.sentences[here]
        joined = _WITHIN_CLAUSE.search(text, s.start, t.start)
        opens_at = s.start if joined is None else joined.start(1)  # where the span's clause opens
        if not (_WITHIN.match(text[s.start:t.start]) or joined) or text[t.end:t.end + 4].lower().startswith(" of") \
                or _PLAN.search(text[t.end:s.end]) or _STATE.search(text[t.end:s.end]):
            continue
        if any(o.start >= opens_at and o.end <= s.end and o is not t and o.type in ("DATE", "TIME") for o in timexes):
            continue
        first = sentences.sentences[max(0, here - _REACH)].start
        # (a date with a role of its own, "lower than in the hard winter of 1684", is no story date)
        last = next((o for o in reversed(timexes[:n]) if first <= o.start < opens_at and o.type in ("DATE", "TIME")
                     and isinstance(o.begin, date) and isinstance(o.end_day, date) and o.certainty != "undated"
                     and date_role(text, o.start, o.end) is None), None)
        if last is None or (last.end_day - last.begin).days > 366:
            continue
        end = _end_after(last.end_day, t.value)
        if end is None:
            continue
        opening = opens_at + len(text[opens_at:t.start]) - len(text[opens_at:t.start].lstrip())
        out[n] = replace(t, start=opening, text=text[opening:t.end], begin=last.begin, end_day=end, certainty="inferred",
                         derivation=f"within {t.value} of the story's date {last.value}", anchor=n - 1 - timexes[:n][::-1].index(last))
    return out


#: "within a week", "within two days", "within a fortnight", "within days", "within hours": a span closing an
#: act's clause (not "within a week of the opening", which counts from its own anchor; not "five working days")
_WITHIN_SPAN = re.compile(r"(?i)\bwithin\s+(?:(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?"
                          r"(?P<unit>hour|day|week|fortnight|month|year)(?P<plural>s)?\b(?!\s+(?:of|after|before)\b)")
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10}
#: how many days "within days" reaches ("within hours" is the same day)
_SOME_DAYS = 7


def _span_end(first: date, m: re.Match[str]) -> date | None:
    """The last day of the span ``m`` names counted from ``first``; None when it names no length ("within weeks")
    or counts months or years from a day that may stand for a whole month or year (a first of the month)."""
    unit, n = m["unit"].lower(), m["n"]
    if n is None:
        return first if unit == "hour" and m["plural"] else first + timedelta(days=_SOME_DAYS) \
            if unit == "day" and m["plural"] else None
    count = _NUMBERS.get(n.lower()) or int(n)
    if unit == "hour":
        return first if count <= 12 else first + timedelta(days=1)
    if unit in ("day", "week", "fortnight"):
        return first + timedelta(days=count * {"day": 1, "week": 7, "fortnight": 14}[unit])
    if first.day == 1:
        return None
    k = first.year * 12 + first.month - 1 + count * (12 if unit == "year" else 1)
    y, mo = k // 12, k % 12 + 1
    return date(y, mo, min(first.day, days_in_month(y, mo))) - timedelta(days=1) if 1 <= y <= 9999 else None


def acts_within_their_span(events: Sequence[Event]) -> list[Event]:
    """``events`` with each undated act whose sentence closes on a span ("rejected it within a week") ending
    where the span ends, counted from the act's first day, when its window reached further (see the module's
    docstring). A sentence with two such spans says nothing sure of either act."""
    out = list(events)
    for n, e in enumerate(events):
        if e.timex or not e.derivation.startswith(UNDATED_ACT) or not isinstance(e.begin, date) \
                or not isinstance(e.end, date):
            continue
        spans = list(_WITHIN_SPAN.finditer(e.sentence))
        if len(spans) != 1 or _PLAN.search(e.sentence, 0, spans[0].start()):
            continue
        end = _span_end(e.begin, spans[0])
        if end is None or not e.begin <= end < e.end:
            continue
        out[n] = replace(e, end=end, derivation=f"{e.derivation}; {spans[0].group(0)} of its first day")
    return out
