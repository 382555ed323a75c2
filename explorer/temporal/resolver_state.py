"""The state the resolver keeps while it walks a text's candidates in order, shared by its rule families.

``Resolver`` is assembled from one class per family of anchoring rules (story time, named days,
years and holidays, compared periods, clock times); each reads and updates the same walk state,
which is defined once here with the helpers they all use, so every family can be read on its own.
A family may ask another's rule through ``self`` (a retold account's clock counts its offset as
``ClockTimes`` does); only the assembled ``Resolver`` has them all.
"""

from __future__ import annotations

import re

import bisect
import enum
from datetime import date

from explorer.temporal.anchor_context import Context, inside_quotes, sentence_of
from explorer.temporal.grammar import Cand
from explorer.temporal.normalize import Spec, narrow, span_of, value_of
from explorer.temporal.timex import Timex


GRAN_ORDER = {"D": 0, "W": 1, "WE": 1, "M": 2, "Q": 3, "S": 3, "H": 4, "Y": 5, "DE": 6, "CE": 7}


def coarser(a: str, b: str) -> str:
    return a if GRAN_ORDER.get(a, 0) >= GRAN_ORDER.get(b, 0) else b


def timex(ctx: Context, c: Cand, spec: Spec | None, certainty: str, derivation: str,
           anchor: int | None = None, value: str | None = None) -> Timex:
    span = span_of(spec) if spec is not None else None
    if span and c.mod in ("START", "MID", "END"):
        span = narrow(span, c.mod)
    if value is None:
        value = value_of(spec) if spec is not None else "XXXX-XX-XX"
    if span is None and certainty != "undated" and c.kind not in ("dur", "set", "ref"):
        certainty = "undated"
    return Timex(
        c.start, c.end, ctx.text[c.start:c.end], c.type, value, c.mod,  # type: ignore[arg-type]
        span[0] if span else None, span[1] if span else None,
        certainty if span else ("undated" if c.kind not in ("dur", "set", "ref") else "exact"),  # type: ignore[arg-type]
        derivation, anchor,
    )


def undated_value(c: Cand) -> str:
    """The TIMEX3 value of a candidate no date anchors, at its own granularity ("XXXX-XX")."""
    unit = c.unit or "D"
    return {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX", "Q": "XXXX-QX",
            "Y": "XXXX", "DE": "XXX", "CE": "XX", "S": f"XXXX-{c.value or 'XX'}"}.get(unit, "XXXX-XX-XX")


_BC_KNOWN = re.compile(r"BC(?P<y>\d{4}|XXXX)(?:-(?P<m>\d\d))?")


def undated_after(c: Cand, prev_value: str) -> str:
    """The value of ``c`` counted from an expression that has no date: unknown, but a day counted from
    a day before year 1 ("BC0480-08", "the end of the second day") is one too, in the year and the
    month that expression knows ("BC0480-08-XX"), as TimeML writes it; "XXXX-XX-XX" claimed no era."""
    value = undated_value(c)
    known = _BC_KNOWN.match(prev_value)
    if known is None or (c.unit or "D") not in ("D", "W", "WE", "M"):
        return value  # years counted from 5 BC may run past year 1: no era to claim
    if value == "XXXX-XX-XX":
        return f"BC{known['y']}-{known['m'] or 'XX'}-XX"
    if value == "XXXX-XX":
        return f"BC{known['y']}-XX"
    return "BC" + value


class BeyondCalendar(Exception):
    """An offset that lands outside years 1-9999: the expression is left undated."""


#: how an expression read in a story's year before 1 says where its year came from
STORY_BC = "story year"
#: how a weekday of an old year the sentence tells, with no day to count from, was read ("In 1977 … on
#: the Saturday night"): undated, yet no undated point the story's later counts hang on
WEEKDAY_OF_A_TOLD_TIME = "a weekday in"


def is_weekday_of_a_told_time(t: Timex) -> bool:
    """Whether ``t`` is such a weekday (undated, read by :data:`WEEKDAY_OF_A_TOLD_TIME`)."""
    return t.certainty == "undated" and t.derivation.startswith(WEEKDAY_OF_A_TOLD_TIME)


class _NoHeading(enum.Enum):
    """A value apart from every date and from None: no dated heading has been read yet (the date in
    force before the first one may itself be None)."""

    NO_HEADING = "no dated heading yet"


NO_HEADING = _NoHeading.NO_HEADING


#: a future told from a past before a date in its sentence: "said it would decide by December", "was due
#: to open in May", "planned to reopen in June"
_AHEAD_IN_THE_PAST = re.compile(
    r"(?i)\b(?:would|will|shall|could|might|going\s+to|due\s+to|expected\s+to|(?:plann|hop|intend|aim)ed\s+to|"
    r"(?:was|were)\s+to)\b|['’]ll\b|\bby\s+$")


class ResolverState:
    """The resolver's walk state (outputs so far, the story's current time, the last dates named)
    and the small questions every family of anchoring rules asks of it."""

    def __init__(self, ctx: Context, upcoming: list[Cand] | None = None) -> None:
        self.ctx = ctx
        #: every candidate of the text, in order, so a year can be checked against what follows it
        self.upcoming = upcoming or []
        self._starts: list[int] | None = None
        self._next = 0
        self.out: list[Timex] = []
        self.last_dated: int | None = None  # index in out: the story's current time
        self.last_mentioned: int | None = None  # the last dated expression, incidental or not
        self.last_explicit: int | None = None  # index of the last date stated with its year
        self.cands: list[Cand] = []  # the candidate each output came from
        self.last_point: int | None = None  # index of the last time point, when it is undated
        #: the last decade or century named ("the 1960s"): never the story's time, but what "a
        #: decade later" counts from when nothing finer was named since
        self.last_coarse: int | None = None
        #: a look back from the story's time ("found her the evening before"), by its index in out: the
        #: story's time it looked back from, which a step forward after it ("two days later") resumes
        self.looked_back_from: dict[int, int] = {}
        #: parts of a period ("the last week of August") by their index in out: TimeML's duration value,
        #: written at the end (``Resolver.timexes``); while walking, the story stands in them as in a date
        self.part_durations: dict[int, str] = {}
        #: the last year stated before 1 ("June 479 BC"): ``date`` has no such day, so it never
        #: becomes ``last_dated``; a yearless "the winter" after it is in its year
        self.bc_point: tuple[int, Spec] | None = None
        #: while a range is resolved, its first end: the second end's weekday counts from it
        self._range_first: Timex | None = None
        #: timelines: the first line of the run each entry line is in; the last dated heading (a
        #: diary's or a log's day); how far the search for the first day named has got, and what it found
        self._runs: dict[int, int] = {}
        self.last_heading: int | None = None
        #: the last single day stamped at the start of an entry's line ("Monday, 3 October 1887. Wind
        #: ...", "Tuesday. Gale all day."): a diary's next bare weekday stamp counts on from it
        self.last_entry_stamp: int | None = None
        #: the date in force before the first dated heading (itself maybe None), given back after a
        #: heading with no date closes the dated days; ``NO_HEADING`` until a dated heading is read
        self.dct_before_headings: date | None | _NoHeading = NO_HEADING
        self._first_scan = 0
        self._first_other: int | None = None
        #: while an entry opened by a stamp on its line is read ("3 October: ... on Wednesday"): where
        #: the entry ends and the date in force before it, given back there (see ``Resolver.add``)
        self.entry_end: int | None = None
        self.dct_before_entry: date | None = None
        #: the weekday headings of a listing read so far (indices into ``out``): each is after the last
        self._listing_days: list[int] = []
        #: a live page's last update said in its header ("Updated 02:15, 14 March"); False once the
        #: walk is past the header without one (see ``ClockTimes._update_stamp``)
        self._update: Timex | bool | None = None

    # -- helpers --------------------------------------------------------------------------------
    def _dct_certainty(self) -> str:
        return "inferred" if self.ctx.dct_inferred else "exact"

    def _done_after_the_page(self, c: Cand, begin: date, tense: str | None, story_like: bool) -> bool:
        """Whether a yearless date told as done (``tense`` past, no "last"/"next"), read as a story moving
        on (``story_like``), was put after the page's own date (found or given, not guessed from the
        story): a page cannot tell as done what lies after the day it was written, so the reading
        behind that date is meant ("issued 1 October 2025 … the new block, which opened in April"). Not
        a future told in the past before it ("said it would decide by December"), which may lie ahead. Not
        once a diary's dated heading or an entry's stamp has stood in for the page's date: a log written
        up later tells the days after its entry's ("23 May. … we reached Teshar on 27 May")."""
        ctx = self.ctx
        return story_like and tense == "past" and c.rel is None and ctx.dct is not None and not ctx.dct_inferred \
            and begin > ctx.dct and not inside_quotes(ctx, c.start) \
            and (self.dct_before_headings is NO_HEADING or self.dct_before_headings == ctx.dct) \
            and self.entry_end is None and self.last_entry_stamp is None \
            and not _AHEAD_IN_THE_PAST.search(ctx.text, sentence_of(ctx, c.start)[0], c.start)

    def _story_span(self) -> tuple[date, date] | None:
        """The story's current time: the last dated point, all of "1944" when that is all we know
        (also after "late 1944": the story is in that year), the first end of a range."""
        if self.last_dated is None:
            return None
        prev = self.out[self.last_dated]
        c = self.cands[self.last_dated]
        if c.kind == "abs" and c.mod in ("START", "MID", "END") and c.spec is not None and not c.parts:
            whole = span_of(c.spec)
            if whole is not None:
                return whole
        first = prev.parts[0] if prev.parts else prev
        if first.begin is None or first.end_day is None:
            return None
        return first.begin, first.end_day

    def _story_end(self) -> date | None:
        span = self._story_span()
        return span[1] if span else None

    def _starts_of_upcoming(self) -> list[int]:
        if self._starts is None:
            self._starts = [u.start for u in self.upcoming]
        return self._starts

    def _cert_for(self, from_narrative: bool) -> str:
        if from_narrative:
            return "inferred"
        return self._dct_certainty()

    def _cand_after(self, c: Cand) -> Cand | None:
        """The first candidate that starts at or after ``c``'s end (the candidates are in text order)."""
        if self._starts is None:
            self._starts = [u.start for u in self.upcoming]
        i = bisect.bisect_left(self._starts, c.end)
        return self.upcoming[i] if i < len(self.upcoming) else None
