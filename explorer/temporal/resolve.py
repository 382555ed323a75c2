"""Anchoring: what a candidate means in this document.

An underspecified "December 26" or "Tuesday" takes its year/week from a reference: the document
date in news, the last mentioned date in a narrative (or in the same sentence), and the tense of
the sentence decides whether the nearest earlier or later occurrence is meant. "Two weeks later"
hangs on the previous dated expression, and if that one is undated, so is this one: we never
invent a date from nothing.

This module is the entry point: :class:`Resolver` walks the candidates and dispatches each by kind
(stated, from the document date, from the previous date, duration, range). What it reads lives
beside it, one concern per module: the text lookups (``anchor_context``), tense and direction
(``tense``), which occurrence is meant (``occurrence``), and the rule families the resolver is
assembled from on top of its walk state (``resolver_state``): yearless days, months and weekdays
(``yearless``), what counts from the document date (``document_offsets``), from the date told
before and anchored durations (``previous_offsets``), ranges (``ranges``), story time
(``story_time``), days named nearby (``named_days``), years (``year_anchors``), compared periods
(``compared_periods``) and clock times and offsets (``clock_times``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from explorer.temporal.anchor_context import PARAGRAPH_BREAK, is_heading, names_a_dated_source, opens_entry, sentence_of
from explorer.temporal.clock_times import ClockTimes
from explorer.temporal.compared_periods import ComparedPeriods
from explorer.temporal.document_offsets import DocumentOffsets
from explorer.temporal.evening_hours import in_the_told_half
from explorer.temporal.grammar import Cand
from explorer.temporal.grammar.blocks import CLIPPED_YEAR, year_near
from explorer.temporal.grammar.rules_business import YEAR_PERIOD
from explorer.temporal.grammar.rules_calendar_days import NTH_OF_THE_MONTH, nth_day_key
from explorer.temporal.lexicon import DAY_AND_MONTH_WORDS
from explorer.temporal.name_years import year_in_name
from explorer.temporal.named_days import NamedDays
from explorer.temporal.narrative import in_apposed_participle, is_incidental, names_a_things_year, narrative_at, opens_no_story
from explorer.temporal.normalize import Spec, holiday_date
from explorer.temporal.period_parts import PART_OF, as_part, as_timeml
from explorer.temporal.previous_offsets import RESTATED_YEAR, PreviousOffsets
from explorer.temporal.ranges import Ranges
from explorer.temporal.resolver_state import NO_HEADING, is_weekday_of_a_told_time, BeyondCalendar, timex, undated_value
from explorer.temporal.story_limits import is_story_limit, names_a_campaign
from explorer.temporal.story_time import StoryTime
from explorer.temporal.timex import Timex
from explorer.temporal.week_of import WEEK_OF, as_week
from explorer.temporal.weekday_order import in_told_order
from explorer.temporal.winter_labels import labelled_winter
from explorer.temporal.year_anchors import YearAnchors, story_year_said_after
from explorer.temporal.yearless import TOLD_IN_THE_PAST, YearlessDates

#: What may open a paragraph before its clock time: a word or two ("At", "Shortly after").
_BEFORE_THE_CLOCK = re.compile(r"[ \t]*(?:[A-Z][a-z]+(?:[ \t]+[a-z]+)?[ \t]+)?")

_COARSE_VALUE = re.compile(r"(?:BC)?\d{1,3}")


def _coarser_than_year(value: str) -> bool:
    """A decade ("196"), a century ("10", "BC02") or a millennium: coarser than a year."""
    return _COARSE_VALUE.fullmatch(value) is not None


#: a diary's or a log's dated heading names its day by number or weekday ("Friday 14 February",
#: "9 March"); a holiday's name over a programme's section ("New Year's Eve") is no entry's day
_DIARY_DAY = re.compile(r"(?i)\d|\b(?:mon|tue|wed|thu|fri|sat|sun)")
#: a heading's clock time that also names its day ("Update 5 - 19 November 2027, 06:55 UTC") dates the
#: entry under it as a dated heading does; a bare "16:40" over a live blog's entry names no day
_NAMES_A_DAY = re.compile(rf"(?i)\b(?:{DAY_AND_MONTH_WORDS})\b|\d{{4}}-\d\d-\d\d")

# "last year", "next year", "this year" right after a yearless day, month or season ("Juneteenth
# last year", "June 19, next year"): the year of that day
_YEAR_AFTER = re.compile(r"(?i),?[ \t]+(last|this|next)[ \t]+year\b(?!['’])")


#: a heading line with no date, set off by a blank line before it: a section's title ("Before you
#: travel", "Getting there"), not a sentence (no full stop, no colon and words after it)
_UNDATED_HEADING = re.compile(r"\n[ \t]*\n[ \t]*[A-Z][\w'’,&() -]{2,50}(?<![.!?:;,])[ \t]*\n")


def _year_said_after(text: str, c: Cand) -> str | None:
    """The writer's-year ``rel`` ("year-1", "year0", "year+1") said right after ``c``, when ``c`` is a
    yearless day, month or season with no "last"/"next" of its own; else None."""
    spec = c.spec
    if c.kind != "under" or spec is None or spec.year is not None or c.rel is not None or c.list_head is not None \
            or spec.gran not in ("D", "M", "S") or spec.weekday is not None and spec.month is None \
            or spec.month is None and spec.season is None and not (c.value or "").startswith("HOLIDAY:"):
        return None
    m = _YEAR_AFTER.match(text, c.end)
    if m is None:
        return None
    return {"last": "year-1", "next": "year+1"}.get(m.group(1).lower(), "year0")


class Resolver(YearlessDates, DocumentOffsets, PreviousOffsets, Ranges, StoryTime, NamedDays, YearAnchors,
               ComparedPeriods, ClockTimes):
    """Walks the candidates in text order, keeping the narrative state (last dated expression).

    Its rules come in families, one base class each (see the module docstring); this class holds
    the walk (:meth:`add`) and the dispatch by kind of candidate."""

    def _clipped_year(self, c: Cand) -> Cand:
        """ "the Club of '89" in a history of the 1790s, "by '09" after 1804: a two-figure year is of the
        century the story is in, or in news of the document's (:func:`year_near`)."""
        story = self._story_span() if self.ctx.narrative else None
        reference = story[0].year if story is not None else self.ctx.dct.year if self.ctx.dct is not None else None
        assert c.spec is not None and c.spec.year is not None
        spec = c.spec if reference is None else c.spec.with_(year=year_near(c.spec.year % 100, reference))
        return replace(c, spec=spec, rel=None)

    # -- per kind -------------------------------------------------------------------------------
    def add(self, c: Cand) -> None:
        ctx = self.ctx
        if self.entry_end is not None and c.start >= self.entry_end and self.dct_before_entry is None \
                and c.type == "TIME" and ":" in (c.value or "") \
                and (brk := PARAGRAPH_BREAK.match(ctx.text, self.entry_end)) is not None \
                and _BEFORE_THE_CLOCK.fullmatch(ctx.text, brk.end(), c.start):
            # "Saturday 17 January 2026. The team was called out at 10.40 … // At 16.30 a second call came
            # in": on a log with no date of its own, a clock time opening the next paragraph goes on with
            # the entry's day (a page with a date of its own goes back to it, as below)
            line_end = ctx.text.find("\n", c.end)
            self.entry_end = len(ctx.text) if line_end < 0 else line_end
        if self.entry_end is not None and c.start >= self.entry_end:
            ctx.dct, self.entry_end = self.dct_before_entry, None  # past the entry: the page's date again
        if self.last_heading is not None and self.dct_before_headings is not NO_HEADING and self.out \
                and _UNDATED_HEADING.search(ctx.text, self.out[-1].end, c.start):
            # "Before you travel" after an itinerary's last day, "Notes" after a diary's: a heading with
            # no date of its own closes the dated days; what follows is said on the page's date again
            ctx.dct, self.last_heading = self.dct_before_headings, None
        if ctx.passages is not None:
            ctx.narrative = narrative_at(ctx.passages, c.start)
        if c.rel == CLIPPED_YEAR:
            c = self._clipped_year(c)
        if c.rel in ("short_year", "story_only") and not ctx.narrative:
            return  # "in 204 Main Street": outside a history a three-digit number is no year
        if c.kind == "ref" and c.rel == "the time" and ctx.narrative:
            story = self._story_span()
            if story is None:
                return  # a history that has told no date yet: "the time" points at nothing
            # "the largest navy in the world at the time": the story's year, as WikiWars writes it;
            # it names no new point, so the story's state stays as it was
            self.out.append(timex(ctx, c, Spec("Y", year=story[0].year), "inferred", "the story's year",
                                   anchor=self.last_dated))
            self.cands.append(c)
            return
        # a date headed by a phrase (headed_dates.py) is read from where the phrase starts, so the verb
        # before it gives the tense ("exams start the week beginning Monday"), not "beginning"
        # (mark_heads sets head and head_kind together: a head tells that there is a kind)
        if c.head is None:
            t = self._not_after_the_update(c, self._resolve(c))
        elif c.head_kind == WEEK_OF.name:
            t = as_week(ctx.text, c.head, self._resolve(replace(c, start=c.head)))
        else:
            # "the second week of January": the month cut down to the part
            assert c.head_kind == PART_OF.name, c.head_kind
            t, duration = self._part(c)
            if duration is not None:
                self.part_durations[len(self.out)] = duration
        t = in_the_told_half(self.out, t) or t  # "at seven in the evening. At nine o'clock ...": 21:00
        ordered = in_told_order(self.out, t, ctx.text, sentence_of(ctx, t.start)[0])
        if ordered is not None:  # "had entered on Monday and returned on Wednesday": the week before
            index, moved = ordered
            if index is None:
                t = moved
            else:
                self.out[index] = moved
        self.out.append(t)
        self.cands.append(c)
        self.move_clock_to_its_step(len(self.out) - 1)
        if (t.type == "DATE" or t.type == "TIME" and _NAMES_A_DAY.search(t.text)) and isinstance(t.begin, date) \
                and t.begin == t.end_day and not c.parts and _DIARY_DAY.search(t.text) and (is_heading(ctx.text, t.start, t.end)
                                                   or names_a_dated_source(ctx.text, t.start, t.end)):
            # "Wednesday 9 March, La Paz" heading a diary entry: what the entry says of "today",
            # "tomorrow" or "this morning" is said on that day, until the next such heading
            if self.entry_end is not None:
                self.dct_before_entry = t.begin  # a heading read inside an entry outlasts it
            elif self.last_heading is None:
                self.dct_before_headings = ctx.dct
            ctx.dct = t.begin
            self.last_heading = len(self.out) - 1
        elif t.type == "DATE" and isinstance(t.begin, date) and t.begin == t.end_day and not c.parts \
                and t.certainty != "undated" and opens_entry(ctx.text, t.start, t.end):
            # "3 October: The footbridge passed its inspection on Wednesday": a status page's or a
            # log's entry line is told on its stamp's day, so its weekdays and "this morning" count
            # from it; only to the line's end (a programme's "22 June: a concert" is one line, and
            # the page goes on from its own date after the list)
            if self.entry_end is None:
                self.dct_before_entry = ctx.dct
            line_end = ctx.text.find("\n", t.end)
            self.entry_end = len(ctx.text) if line_end < 0 else line_end
            ctx.dct = t.begin
            self.last_entry_stamp = len(self.out) - 1
        if c.kind == "abs" and not c.parts and year_in_name(ctx.text, c.start, c.end):
            return  # "since the War of 1812", "the Class of 2010": a name, not a time the text is at
        if c.kind == "abs" and self.last_dated is None and opens_no_story(ctx.text, c):
            return  # "Est. May 19, 1883" on the masthead, "since 1989": no time the text's story is at
        coarse = _coarser_than_year(t.value)
        if t.begin is not None and t.type in ("DATE", "TIME") and t.certainty != "undated" and c.kind != "dur" \
                and not coarse:
            self.last_mentioned = len(self.out) - 1
        if coarse:
            # "the fabled 11th century temple", "in the 1990s": a decade or a century is no point the
            # story stands at, so "this year" or "in January" never count from it; only "a decade
            # later" may (see ``_from_prev``)
            if t.begin is not None and t.certainty != "undated":
                self.last_coarse = len(self.out) - 1
            return
        if t.derivation.endswith(", looking back"):
            return  # a flashback or a comparison: the story stays where it was
        if ctx.narrative and (self._names_an_earlier_thing(c, t) or self._within_an_aside(c, t)):
            return  # "the 1614 rules", "the pest house built in that year": the story stays where it was
        if c.kind == "abs" and c.spec is not None and c.spec.bc and c.spec.year is not None and not c.parts \
                and c.spec.gran in ("Y", "S", "M", "D") \
                and not is_incidental(ctx.text, sentence_of(ctx, c.start)[0], c, ctx.quotes):
            self.bc_point = (len(self.out) - 1, c.spec)
        if c.kind == "dct" and ctx.narrative and self.last_dated is not None:
            return  # the writer's "this year" is not a step of the story
        if c.kind in ("abs", "under") and self.last_dated is not None and t.begin is not None \
                and is_incidental(ctx.text, sentence_of(ctx, c.start)[0], c, ctx.quotes) \
                and not self._opens_old_passage(c, t):
            return  # a citation, a birth year, a plan: the story's time stays where it was
        if c.kind == "abs" and self.last_dated is not None and isinstance(t.end_day, date) \
                and in_apposed_participle(ctx.text, sentence_of(ctx, c.start)[0], c) \
                and (story := self._story_span()) is not None and t.end_day < story[0]:
            return  # "The oldest bell, cast in 1611, was tuned": a look back to the bell's year
        if c.kind == "abs" and ctx.narrative and self._stray(c):
            return
        if t.derivation.startswith(RESTATED_YEAR):
            return  # "Easter the following year": the story stays on the feast, which is finer
        if self._things_year_after_the_sentences_date(c, t):
            return  # "until 1824, when a new treaty restored the border of 1815": 1815 is the border's
        if self._looks_back_from_a_day(c, t):
            return
        if c.kind == "prev" and (c.n or 0) < 0 and ctx.narrative:
            return  # "during the previous year" looks back; the story does not go with it
        if ctx.narrative and is_story_limit(ctx.text, c) and self._ahead_of_story(t):
            return  # "was reduced to 900 by December": a limit summed up ahead; the story stays
        if names_a_campaign(ctx.text, c):
            return  # "launched a spring offensive": the season labels the campaign; the story stays
        if c.kind == "abs" and self.last_dated is not None and t.begin is not None and t.end_day is not None:
            prev = self.out[self.last_dated]
            if prev.begin is not None and prev.end_day is not None and t.begin <= prev.begin \
                    and prev.end_day <= t.end_day and (prev.begin, prev.end_day) != (t.begin, t.end_day):
                return  # "1941" after "December 7": the story is still on that day
        if t.type in ("DATE", "TIME") and c.kind in ("abs", "under", "prev") and not c.parts:
            # (a weekday of a year told, "In 1977 … on the Saturday night", with no day to count from, is
            # no undated point: "Two years later" counts from 1977, the time still told)
            self.last_point = len(self.out) - 1 if t.certainty == "undated" and not (
                is_weekday_of_a_told_time(t) or t.anchor is not None and t.anchor >= 0
                and is_weekday_of_a_told_time(self.out[t.anchor])) else None
        if t.begin is not None and t.type in ("DATE", "TIME") and t.certainty != "undated" and c.kind != "dur":
            if c.kind == "prev" and (c.n or 0) < 0 and self.last_dated is not None:
                self.looked_back_from[len(self.out) - 1] = self.looked_back_from.get(self.last_dated, self.last_dated)
            self.last_dated = len(self.out) - 1
            if c.kind == "abs":
                self.last_explicit = self.last_dated

    def _part(self, c: Cand) -> tuple[Timex, str | None]:
        """The part of a month or a year "the second week of January" names (period_parts.py), read
        from where the phrase starts. Told as done, a part of the month under way that lies after the
        page ("stalled in the second week of January", written on 3 January) is last year's."""
        ctx = self.ctx
        assert c.head is not None
        period = self._resolve(replace(c, start=c.head))
        t, duration = as_part(ctx.text, c.head, c.start, period)
        if duration is not None and c.kind == "under" and c.spec is not None and ctx.dct is not None \
                and not ctx.narrative and isinstance(t.begin, date) and isinstance(period.begin, date) \
                and t.begin > ctx.dct >= period.begin and period.derivation.endswith(TOLD_IN_THE_PAST):
            # (the period's own reading says its tense: "the last week" holds a past marker of its own)
            earlier = timex(ctx, replace(c, start=c.head), c.spec.with_(year=period.begin.year - 1),
                            period.certainty, f"{period.derivation}, its part told as done before the page")
            t, duration = as_part(ctx.text, c.head, c.start, earlier)
        return t, duration

    def timexes(self) -> list[Timex]:
        """Everything resolved, each part of a period written as TimeML's duration (period_parts.py)."""
        if not self.part_durations:
            return self.out
        return [as_timeml(t, self.part_durations[i]) if i in self.part_durations else t for i, t in enumerate(self.out)]

    def _ahead_of_story(self, t: Timex) -> bool:
        """Whether ``t`` begins after the story's current time ends (a limit behind it, "by the
        start of July" told from October, is a look back the story goes back with)."""
        story = self._story_span()
        return story is not None and isinstance(t.begin, date) and t.begin > story[1]

    def _things_year_after_the_sentences_date(self, c: Cand, t: Timex) -> bool:
        """Whether ``c`` is a year naming a thing ("the border of 1815") told after the sentence
        already said a later time for its happening ("until 1824, when a new treaty restored the
        border of 1815"): the thing's year, not a step back of the story, so "the next year" after it
        counts from 1824. Alone in its sentence, "the election of 1824" does date the story."""
        if self.last_dated is None or not names_a_things_year(self.ctx.text, c) or not isinstance(t.end_day, date):
            return False
        said = self.out[self.last_dated]
        return said.start >= sentence_of(self.ctx, c.start)[0] and isinstance(said.begin, date) \
            and said.begin > t.end_day

    def _looks_back_from_a_day(self, c: Cand, t: Timex) -> bool:
        """Whether ``c`` is a bare year some years before the account's day, told while the account
        is still in that day's year ("We set off on 21 June 2025 ... The cottage became a hostel in
        2004. We finished on 23 June"): an account told by the day is not left for a year it looks
        back to, so the next yearless day is still the account's."""
        day = self.last_explicit
        if c.kind != "abs" or c.spec is None or c.spec.gran != "Y" or c.parts or day is None \
                or self.last_dated is None or not isinstance(t.begin, date) or not isinstance(t.end_day, date):
            return False
        told, now = self.out[day], self.out[self.last_dated]
        if not isinstance(told.begin, date) or told.begin != told.end_day or not isinstance(now.begin, date):
            return False
        if told.begin == self.ctx.dct or is_heading(self.ctx.text, told.start, told.end) \
                or opens_entry(self.ctx.text, told.start, told.end):
            return False  # the page's own date or an entry's stamp: a life told in years moves on from it
        return now.begin.year == told.begin.year and t.end_day.year <= told.begin.year - 2

    def _resolve(self, c: Cand) -> Timex:
        if c.range_to is not None or c.open_end:
            return self._range(c)
        try:
            return self._single(c)
        except BeyondCalendar:  # "9999 years ago": no day the calendar has, so no date, not year 1
            return timex(self.ctx, c, None, "undated", "beyond the calendar (years 1-9999)", value=undated_value(c))

    def _single(self, c: Cand) -> Timex:
        ctx = self.ctx
        year_after = _year_said_after(ctx.text, c)
        if year_after is not None:
            # "Juneteenth last year", "June 19 next year": the year said right after the day is
            # its year, counted like "June last year" (the writer's years, or the story's)
            c = replace(c, rel=year_after)
            if c.value and c.value.startswith("HOLIDAY:"):
                return self._holiday_in_writers_year(c, c.value.split(":", 1)[1])
            return self._writers_year(c)
        step = story_year_said_after(ctx.text, c)
        if step is not None and (in_year := self._in_the_year_said_after(c, step)) is not None:
            return in_year
        if c.value and c.value.startswith("HOLIDAY:") and c.spec is not None:
            return self._holiday(c, c.value.split(":", 1)[1])
        if c.kind == "abs":
            assert c.spec is not None
            if c.value == YEAR_PERIOD:
                quarter = self._year_period(c)
                if quarter is not None:
                    spec, index = quarter
                    return timex(ctx, c, spec, "inferred", f"the reported period {self.out[index].value}, in the year said", index)
                c = replace(c, value=None)
            return timex(ctx, c, c.spec, "exact", "explicit", value=c.value)
        if c.kind == "under":
            if c.spec is not None and c.spec.season == "WI" and c.spec.year is None and c.rel in (None, "this"):
                # "the winter", read from the story's or the report's time: labelled by its genre's year
                return labelled_winter(self._under(c), ctx.narrative)
            return self._under(c)
        if c.kind == "dct":
            return self._from_dct(c)
        if c.kind == "prev" and c.value and c.value.startswith(NTH_OF_THE_MONTH):
            return self._nth_day_of_the_month(c)
        if c.kind == "prev":
            return self._from_prev(c)
        if c.kind == "dur":
            return self._duration(c)
        if c.kind in ("ref", "set"):
            return Timex(c.start, c.end, ctx.text[c.start:c.end], c.type, c.value or "PRESENT_REF",  # type: ignore[arg-type]
                         c.mod, None, None, "exact", "explicit", None)
        raise ValueError(c.kind)

    def _nth_day_of_the_month(self, c: Cand) -> Timex:
        """ "the last Saturday of the month": the month the text is in, read as "the end of the month"
        is (the page's, or the story's under a month heading), then that weekday in it."""
        month = self._from_prev(replace(c, value=None))
        if not isinstance(month.begin, date) or month.certainty == "undated":
            return replace(month, value="XXXX-XX-XX", type="DATE")
        key = nth_day_key(c.value or "", month.begin.month)
        day = holiday_date(key, month.begin.year)
        if day is None:
            return replace(month, value="XXXX-XX-XX")
        return timex(self.ctx, replace(c, value=None), Spec("D", year=day.year, month=day.month, day=day.day),
                     month.certainty, f"{key} in {month.value} ({month.derivation})", month.anchor)


__all__ = ["Resolver"]
