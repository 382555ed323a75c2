"""A list of yearless days opening their lines, told around its page's date ("Key dates in the
dispute" under a news story: "12 June: The port authority announces plans …", "3 July: The union
rejects a pay offer …", "6 October: A court refuses …").

Such a box tells its steps in the present, the tense of a chronology's entries; read one entry at a
time, the present pushes its first day past the page's date, and every later entry follows it into
the next year. The list as a whole has one reading that matters: it is told around the page's date
(a dispute's steps up to the story's day, a season's fixtures from it on), so of the readings a year
apart, the one whose stretch lies nearest the page's date is the list's. Entries that name their
year keep it; nothing here knows a particular date or name.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from explorer.temporal.normalize import valid_day
from explorer.temporal.occurrence import span_distance
from explorer.temporal.page_term import header_year
from explorer.temporal.timex import Timex

#: After an entry's date, the mark that sets its words off: "12 June:", "3 July –", "4 May —".
_ENTRY_MARK = re.compile(r"[ \t]*(?:[:–—]|-[ \t])")
#: What may stand before an entry's date on its line: a bullet.
_BULLET = re.compile(r"[ \t]*(?:[-•*·][ \t]+)?")
#: A year written in the expression: the entry says its own year.
_YEAR = re.compile(r"\d{4}|['’]\d{2}\b")
#: Fewer entries than this make no list a reader would call one.
_MIN_ENTRIES = 3


def _opens_an_entry(text: str, t: Timex) -> bool:
    line = text.rfind("\n", 0, t.start) + 1
    return (t.type == "DATE" and isinstance(t.begin, date) and isinstance(t.end_day, date) and not t.parts
            and t.derivation != "explicit" and not _YEAR.search(t.text)
            and _BULLET.fullmatch(text, line, t.start) is not None and _ENTRY_MARK.match(text, t.end) is not None)


def _runs(text: str, out: list[Timex]) -> list[list[int]]:
    """The runs of entries: indices into ``out`` of dates opening lines one after another, with only
    blank lines or the entries' own lines between them."""
    runs: list[list[int]] = []
    for i, t in enumerate(out):
        if not _opens_an_entry(text, t):
            continue
        if runs:
            # the entry before ends its line, and only blank lines lie between
            line_end = text.find("\n", out[runs[-1][-1]].end)
            if line_end != -1 and line_end < t.start and not text[line_end:t.start].strip():
                runs[-1].append(i)
                continue
        runs.append([i])
    return [r for r in runs if len(r) >= _MIN_ENTRIES]


def _shift(day: date, years: int) -> date | None:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return None


def _moved(t: Timex, years: int) -> Timex | None:
    begin, end = _shift(t.begin, years), _shift(t.end_day, years)  # type: ignore[arg-type]
    m = re.match(r"\d{4}", t.value)
    if begin is None or end is None or m is None:
        return None
    value = f"{int(m.group()) + years:04d}{t.value[4:]}"
    return replace(t, value=value, begin=begin, end_day=end,
                   derivation=f"{t.derivation}; a list of days told around the page's date ({years:+d} year)")


def _year_nearest(days: list[Timex], page: date) -> int | None:
    """The one year the run's days are read in: of the page's year and the years either side, the one
    that puts the run's stretch nearest the page's date; None when the days are not told in calendar
    order within a year (a run over New Year is left as it is read)."""
    month_days = [(t.begin.month, t.begin.day, t.end_day.month, t.end_day.day) for t in days]  # type: ignore[union-attr]
    if any(b < a for a, b in zip(month_days, month_days[1:])) or any(d[2:] < d[:2] for d in month_days):
        return None
    readings = []
    for year in (page.year - 1, page.year, page.year + 1):
        first, last = _shift(days[0].begin, year - days[0].begin.year), _shift(days[-1].end_day, year - days[-1].end_day.year)  # type: ignore[arg-type, union-attr]
        if first is None or last is None:
            return None
        # (a tie goes to the reading most entries have already)
        readings.append((span_distance((first, last), page), -sum(1 for t in days if t.begin.year == year), year))  # type: ignore[union-attr]
    return min(readings)[2]


def lists_around_the_page(text: str, dct: date | None, out: list[Timex]) -> list[Timex]:
    """``out`` with each run of line-opening yearless days (see the module's doc) read in the one year
    that puts its stretch nearest the page's date ``dct``. The other expressions on an entry's line
    read in its year ("at dawn" in an entry) move with it."""
    if dct is None:
        return out
    runs = _runs(text, out)
    if not runs:
        return out
    titled = header_year(text, out)
    out = list(out)
    for run in runs:
        year = _year_nearest([out[i] for i in run], dct)
        if year is not None and titled is not None and abs(titled - dct.year) <= 1:
            year = titled  # "Your tax diary for 2026" over the list: its days are that year's (page_term.py)
        if year is None:
            continue
        for i in run:
            entry = out[i]
            years = year - entry.begin.year  # type: ignore[union-attr]
            if years == 0:
                continue
            end = text.find("\n", entry.end)
            end = len(text) if end == -1 else end
            for j in range(i, len(out)):
                t = out[j]
                if t.start >= end:
                    break
                if j == i or isinstance(t.begin, date) and t.begin.year == entry.begin.year \
                        and t.derivation != "explicit" and not _YEAR.search(t.text) and not t.parts:  # type: ignore[union-attr]
                    moved = _moved(t, years)
                    if moved is not None:
                        out[j] = moved
    return out


# --------------------------------------------------------------------------- an "on this day" page

#: A page's heading that names the day its list recalls across the years: "On this day: 14 November",
#: "This day in history — March 3", "Today in history: 9 May", "On this date". Its rest may hold the day.
_THIS_DAY_HEADING = re.compile(
    r"(?i)[ \t#*]*(?:on\s+this\s+(?:day|date)|(?:this\s+day|today)\s+in\s+history)\b(?:\s+in\s+history)?"
    r"(?P<rest>[^\n]*)$")
#: The most words such a heading's line holds (a sentence "On this day in 1851 the viaduct opened" is none).
_HEADING_WORDS = 9
#: A year opening an entry's line and the mark after it: "1851 – ", "1851: ", "1851 - ", "In 1851, ".
_YEAR_ENTRY = re.compile(r"(?i)[ \t]*(?:[-•*·][ \t]+)?(?:in[ \t]+)?(?P<year>\d{3,4})(?:[ \t]*[:–—,]|[ \t]+-[ \t])")
#: A day of a month in a value, its year known or not: "XXXX-11-14", "2026-11-14".
_MONTH_DAY_VALUE = re.compile(r"(?:\d{4}|XXXX)-(\d\d)-(\d\d)$")
#: Derivation of an entry's year read as the page's day in that year.
THIS_DAY_DERIVATION = "the page's day in that year (an 'on this day' list)"
#: Fewer year entries than this under the heading make no list of the day.
_MIN_YEAR_ENTRIES = 2


def _heading_day(text: str, out: list[Timex], dct: date | None) -> tuple[int, int, int] | None:
    """(where the heading's line ends, month, day) of an "on this day" heading: the day named on its
    line, or the page's own day when the line names none ("On this date:" under an almanac's "Today is
    Saturday, May 9"). None when the text has no such heading."""
    for m in re.finditer(r"(?m)^[^\n]*$", text):
        line = m.group()
        head = _THIS_DAY_HEADING.match(line)
        if head is None or not line.strip() or len(line.split()) > _HEADING_WORDS or re.search(r"\d{4}", head.group("rest")):
            continue
        for t in out:
            if m.start() <= t.start < m.end() and (v := _MONTH_DAY_VALUE.match(t.value)):
                return m.end(), int(v.group(1)), int(v.group(2))
        if dct is not None and not head.group("rest").strip(" \t:–—-"):
            return m.end(), dct.month, dct.day
    return None


def years_on_the_pages_day(text: str, dct: date | None, out: list[Timex]) -> list[Timex]:
    """``out`` with the years opening the entries of an "on this day" list read as that day in each year.

    Why: such a page ("On this day: 14 November", then "1851 – The viaduct opened to traffic", "1907 –
    Suffragists marched through the town") tells what happened on its day in each year it lists; read
    alone, each entry's year dated its happening to the whole year. The year keeps its TIMEX3 value
    (the words name the year); its calendar span, which dates the happening, becomes the one day. Only
    the year that opens a line after the heading, set off by a mark ("1851 –", "1851:", "In 1851,"),
    and only when at least :data:`_MIN_YEAR_ENTRIES` entries follow it."""
    found = _heading_day(text, out, dct)
    if found is None:
        return out
    after, month, day = found
    entries = []
    for i, t in enumerate(out):
        line = text.rfind("\n", 0, t.start) + 1
        m = _YEAR_ENTRY.match(text, line)
        if t.start < after or m is None or m.start("year") != t.start or t.end != m.end("year") \
                or t.derivation != "explicit" or t.parts or not isinstance(t.begin, date) or t.value != m.group("year").zfill(4) \
                or not valid_day(t.begin.year, month, day):
            continue
        entries.append(i)
    if len(entries) < _MIN_YEAR_ENTRIES:
        return out
    out = list(out)
    for i in entries:
        t = out[i]
        the_day = date(t.begin.year, month, day)  # type: ignore[union-attr]
        out[i] = replace(t, begin=the_day, end_day=the_day, derivation=f"{t.derivation}; {THIS_DAY_DERIVATION}")
    return out
