"""A diary's or a log's entry days follow one another, whatever years their entries look back to.

A log heads each entry with its day ("3 February 1912.", "6 February.", "Monday, 12 February:"), the
year told once. An entry may look back to another time ("I read my uncle's letters; he had taken this
route in 1887 and returned the following spring"): the story's time moves there, and the next entry's
yearless day used to take that look back's year (1888-02-06 for "6 February."). Why a separate chain:
the entry days are the writer's calendar, told in order; what an entry tells inside its prose is its
content and never moves that calendar. So a yearless entry day is read on or after the entry day
before it, and only when the prose between them has moved the story's year (else nothing changes).
"""

from __future__ import annotations

import re
from datetime import date

from explorer.temporal.grammar import Cand
from explorer.temporal.normalize import Spec, valid_day
from explorer.temporal.timex import Timex

#: Before an entry's day on its line: nothing but indentation or a list mark.
_LINE_OPENING = re.compile(r"[ \t#*•-]*")

#: After an entry's day: the stamp's own punctuation, or the line's end ("6 February. Calm at last",
#: "14 March: ice again", "7 February — fog"). A day running into its sentence ("4 March the ship
#: sailed") is no stamp.
_STAMP_CLOSE = re.compile(r"[ \t]*(?:[.:—–]|-[ \t]|,[ \t]*\n|\n|$)")

#: A full day value ("1912-02-03").
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")

#: how a day took its year from the entry day before it
DERIVATION = "after the entry day before it"


def opens_its_line(text: str, start: int) -> bool:
    """Whether only indentation or a list mark stands before ``start`` on its line."""
    return _LINE_OPENING.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None


def is_entry_stamp(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start``–``end`` heads an entry: it opens its line and closes with the
    stamp's punctuation or the line's end."""
    return opens_its_line(text, start) and _STAMP_CLOSE.match(text, end) is not None


def _moves_the_story(t: Timex, entry: Timex) -> bool:
    """Whether a date told inside an entry's prose moved the story off the entry's day: another year
    ("in 1887", "the following spring"), or a stretch coarser than a day ("that year", read on the
    entry's own year, would leave a later January in it). A clock time or a part of the day ("at noon",
    "the afternoon") keeps the entry's day."""
    if t.type not in ("DATE", "TIME") or not isinstance(t.begin, date) or not isinstance(entry.begin, date):
        return False
    return t.begin.year != entry.begin.year or _DAY_VALUE.match(t.value) is None


def entry_day_after_a_look_back(text: str, c: Cand, out: list[Timex]) -> tuple[Spec, int] | None:
    """The day of a yearless entry stamp ``c`` read on or after the entry day before it, with that
    day's index in ``out``; None unless the prose between the two moved the story off that day to
    another year or a coarser time (a look back, a flashback), and unless every date between them sits inside the prose (a year
    heading on its own line opens a new year of entries and is followed as before)."""
    spec = c.spec
    if spec is None or c.rel is not None or spec.year is not None or spec.month is None or spec.day is None \
            or c.type != "DATE" or not is_entry_stamp(text, c.start, c.end):
        return None
    for i in range(len(out) - 1, -1, -1):
        told = out[i]
        if opens_its_line(text, told.start):
            break
    else:
        return None
    if told.type != "DATE" or not _DAY_VALUE.fullmatch(told.value) or not isinstance(told.begin, date) \
            or not is_entry_stamp(text, told.start, told.end):
        return None
    if not any(_moves_the_story(t, told) for t in out[i + 1:]):
        return None
    year = told.begin.year
    if not valid_day(year, spec.month, spec.day) or date(year, spec.month, spec.day) < told.begin:
        year += 1
    if not valid_day(year, spec.month, spec.day):
        return None
    if spec.weekday is not None and date(year, spec.month, spec.day).weekday() != spec.weekday:
        return None
    return spec.with_(year=year), i
