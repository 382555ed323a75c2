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
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Sequence

from explorer.calendar import days_in_month
from explorer.events.date_roles import date_role
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
