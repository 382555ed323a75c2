"""The term a page with no date names in its header: "Department of History, Autumn 2025" under a
syllabus's title, "Seminar syllabus, Spring 2026", "Kestle Harbour tide table, June 2026".

A syllabus, a club's season programme or a course page gives no publication date, but heads itself
with the season and year it is for; its lines then list yearless days ("Week 3 (13 October)",
"Proposals are due March 20") between the years of its topics ("the outbreak of 1832", "the Elwha,
2011–2014"). Read as a story, each topic year moved the story's time and the next yearless day took
it (13 October 1832); read against the term, each day is the one nearest the term (a January exam
after an autumn term is the next January). Only the header's term counts: a season named in the body
is one of the page's own times, not the page's frame.
"""

from __future__ import annotations

import re
from datetime import date

from explorer.temporal.anchor_context import PARAGRAPH_BREAK
from explorer.temporal.normalize import Spec, span_of
from explorer.temporal.occurrence import span_distance
from explorer.temporal.timex import Timex

#: a season or a month with its year, as TimeML values it ("2025-FA", "2026-06")
_TERM = re.compile(r"\d{4}-(?:SP|SU|FA|WI|0[1-9]|1[0-2])")
#: how far a header may run: a title, a department's or a club's line, a teacher's name
_HEADER_LINES = 4
_HEADER_CHARS = 400
#: how long a title's line may be: a sentence of prose runs longer, or ends with a full stop
_TITLE_CHARS = 90


#: what stands before a year that names the page's own year in its title: "Your tax diary for 2026",
#: "Fixtures, 2025", "Sky notes: 2026" (not "since 2019" or "in 1832", a year the page tells of)
_TITLE_YEAR_BEFORE = re.compile(r"(?i)(?:\bfor|[,:(–—]|\s-|^)[ \t]*$")


def _title_line(text: str, t: Timex) -> bool:
    """Whether ``t`` stands on a title's line: one of the page's first lines, short, not a sentence
    ("Department of History, Autumn 2025", not "The war began in March 2003, when the army crossed.")."""
    start = text.rfind("\n", 0, t.start) + 1
    end = text.find("\n", t.end)
    line = text[start:len(text) if end < 0 else end].strip()
    return text.count("\n", 0, start) < _HEADER_LINES - 1 and len(line) <= _TITLE_CHARS and not re.search(r"[.!?]$", line)


def _header_end(text: str) -> int | None:
    """Where the page's header ends (its first blank line), or None when no short header opens it."""
    gap = PARAGRAPH_BREAK.search(text)
    end = gap.start() if gap is not None else len(text)
    if end > _HEADER_CHARS or text.count("\n", 0, end) >= _HEADER_LINES:
        return None
    return end


def header_term(text: str, out: list[Timex]) -> int | None:
    """The index in ``out`` of the season or month with its year the page's header names (the lines before its first
    blank line, a few at most), or None when the header names none or names more than one."""
    end = _header_end(text)
    if end is None:
        return None
    terms = [i for i, t in enumerate(out)
             if t.end <= end and t.type == "DATE" and t.derivation == "explicit" and _TERM.fullmatch(t.value)
             and _title_line(text, t)]
    return terms[0] if len(terms) == 1 else None


#: a capitalised title word before a year that names the page's own year, in a log's or a report's title:
#: "Race Season Diary 2022", "Log of the Year 2023", "Annual Report 2024" (not a preposition, "Since 2019",
#: "In 1832", "After 1945": a year the page tells of)
_TITLE_WORD_BEFORE = re.compile(r"(?<![\w’'-])(?!(?:In|Since|After|Before|From|Of|Until|Till|By|Through|To|Around|Circa|"
                                r"Beyond|Towards?|Between|And|Or|On|At)[ \t])(?-i:[A-Z][a-z]+)[ \t]+$")


def entries_year(text: str, out: list[Timex]) -> int | None:
    """The index in ``out`` of the one year the page's header names as its own, in a title's words
    ("Race Season Diary 2022", "Club calendar, 2025", "Your tax diary for 2026"), or None. Read for the
    yearless days that open a diary's or a log's entries ("Sunday 6 March. The season opened …"): with no
    page date, they are that year's. Why: such a log names its year once, in its title; its entries'
    days were left with no year at all (a dated log's page date is not inferred from its entries)."""
    end = _header_end(text)
    if end is None:
        return None
    found = [i for i, t in enumerate(out)
             if t.end <= end and t.type == "DATE" and t.derivation == "explicit" and not t.parts and _title_line(text, t)
             and re.fullmatch(r"\d{4}", t.value)
             and (_TITLE_YEAR_BEFORE.search(text, text.rfind("\n", 0, t.start) + 1, t.start)
                  or _TITLE_WORD_BEFORE.search(text, text.rfind("\n", 0, t.start) + 1, t.start))]
    return found[0] if len({out[i].value for i in found}) == 1 else None


def header_year(text: str, out: list[Timex]) -> int | None:
    """The one year the page's header gives as its own ("Your tax diary for 2026", "Club calendar,
    2025", "Autumn 2025"), or None. A list of yearless days under such a title is that year's, even
    when the page's date lies nearer the year before (a diary for the year posted in its first days)."""
    end = _header_end(text)
    if end is None:
        return None
    years = {t.value[:4] for t in out
             if t.end <= end and t.type == "DATE" and t.derivation == "explicit" and not t.parts and _title_line(text, t)
             and (_TERM.fullmatch(t.value) or re.fullmatch(r"\d{4}", t.value)
                  and _TITLE_YEAR_BEFORE.search(text, text.rfind("\n", 0, t.start) + 1, t.start))}
    return int(years.pop()) if len(years) == 1 else None


def nearest_the_term(spec: Spec, term: Timex) -> Spec | None:
    """``spec`` (a yearless month or day) in the year that puts it nearest the term's stretch."""
    if not isinstance(term.begin, date) or not isinstance(term.end_day, date):
        return None
    best: tuple[int, Spec] | None = None
    for year in (term.begin.year - 1, term.begin.year, term.begin.year + 1):
        s = spec.with_(year=year)
        span = span_of(s)
        if span is None:
            continue
        far = min(span_distance((term.begin, term.end_day), span[0]), span_distance((term.begin, term.end_day), span[1]))
        if span[0] <= term.begin and term.end_day <= span[1]:
            far = 0
        if best is None or far < best[0]:
            best = (far, s)
    return best[1] if best else None
