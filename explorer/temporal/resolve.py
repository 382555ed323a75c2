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
assembled from on top of its walk state (``resolver_state``): story time (``story_time``), days
named nearby (``named_days``), years (``year_anchors``), compared periods (``compared_periods``)
and clock times and offsets (``clock_times``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from explorer.temporal.anchor_context import _inside_quotes, _sentence_of, is_heading
from explorer.temporal.clock_times import ClockTimes, _PAST_MIDNIGHT, _TIMELINE_DAY
from explorer.temporal.compared_periods import ComparedPeriods, _COMPARED, _gran_of_value
from explorer.temporal.grammar import Cand
from explorer.temporal.grammar.rules_business import NEW_YEAR
from explorer.temporal.name_years import year_in_name
from explorer.temporal.named_days import NamedDays, _CLOCK_AFTER_DAY
from explorer.temporal.narrative import is_incidental, looks_back, moves_on_from, narrative_at, opens_no_story
from explorer.temporal.normalize import MAX_DAY, Spec, beyond_calendar, clamp, shift, span_of, spec_of_day, value_of
from explorer.temporal.occurrence import resolve_under, weekend_offset
from explorer.temporal.resolver_state import _BeyondCalendar, _GRAN_ORDER, _coarser, _timex
from explorer.temporal.story_time import StoryTime, _WRITERS_YEAR
from explorer.temporal.tense import (
    AHEAD_OF, _SINCE, _condition_under_future, _deadline_ahead, _headline_plan, _participle_with_agent,
    _past_verb_reaches, _plainly_future, _slack, _weekday_deadline, adjacent_past, schedules_month, tense_at,
)
from explorer.temporal.timex import DOCUMENT_ANCHOR, Timex
from explorer.temporal.year_anchors import YearAnchors, _SCHEDULE_VERB_BEFORE


# What may stand between a clock time and the day word said after it ("6:30 tmr", "9am, tomorrow")
_DAY_AFTER_CLOCK = re.compile(r"(?i)[ \t]*(?:,|on)?[ \t]*")

_COARSE_VALUE = re.compile(r"(?:BC)?\d{1,3}")


def _coarser_than_year(value: str) -> bool:
    """A decade ("196"), a century ("10", "BC02") or a millennium: coarser than a year."""
    return _COARSE_VALUE.fullmatch(value) is not None


#: a diary's or a log's dated heading names its day by number or weekday ("Friday 14 February",
#: "9 March"); a holiday's name over a programme's section ("New Year's Eve") is no entry's day
_DIARY_DAY = re.compile(r"(?i)\d|\b(?:mon|tue|wed|thu|fri|sat|sun)")

# a figure set against a quarter: "fell 8% from the fourth quarter", "up from the third quarter"
_COMPARED_FIGURE = re.compile(
    r"(?i)(?:%|\bper\s?cent|\bup|\bdown|\bhigher|\blower)\s+(?:from|compared\s+(?:with|to)|than|versus|over)\s+$")
# the year said right after a quarter: "the third quarter in 2017", "the fourth quarter of 1989",
# "the second quarter of the fiscal year ended March 31, 2015" (a year alone, not "1989-90" or "2017's")
_QUARTER_YEAR_AFTER = re.compile(
    r"[ \t]+(?:in|of)[ \t]+(?:(?:the|its|their|our)[ \t]+)?(?:fiscal[ \t]+year[ \t]+(?:that[ \t]+)?(?:ended|ending|ends|to)[ \t]+"
    r"(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+)?)?(\d{4})\b(?![-/–]\d|['’]s)")

# a state said in the present to last up to a time: "stays mild through the weekend"
_THROUGH_BEFORE = re.compile(r"(?i)\b(?:through|thru|until|till|into)\s+$")
# "last year", "next year", "this year" right after a yearless day, month or season ("Juneteenth
# last year", "June 19, next year"): the year of that day
_YEAR_AFTER = re.compile(r"(?i),?[ \t]+(last|this|next)[ \t]+year\b(?!['’])")


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


_UNTIL = re.compile(r"(?i)\b(?:until|till|til|before)\s+(?:the\s+)?$")
# "said in March that ...": the report itself is dated, so it lies behind the report's page
_SAID_IN = re.compile(r"(?i)\b(?:said|told|announced|reported|stated|declared|confirmed|disclosed)\s+(?:in|on)\s+(?:early\s+|late\s+|mid-?)?$")

_STILL = re.compile(r"(?i)\s+still\b")

# "at 02:20 that night", "1 a.m. the same night": a time in the small hours of the night just told
_THAT_NIGHT = re.compile(r"(?i)\s*,?\s*(?:that|the\s+same|that\s+same)\s+night\b")
_SMALL_HOURS = "small hours of the night of"
# a clock time that names its own day ("06:00 today", "9pm tonight", "7am this morning")
_NAMES_ITS_DAY = re.compile(r"(?i)\b(?:today|tonight|tonite|this\s+(?:morning|afternoon|evening))\b")
_THE_NIGHT = re.compile(r"(?i)(?:during\s+|through\s+)?the\s+night")

_THE_NEXT_WEEK = re.compile(r"(?i)the\s+(?:following|next|previous|preceding|same)\s+week\b")

# "in March", "during early March": a month the clause's verb places; unlike "by March" or "through
# March", no deadline whose verb may belong to another clause ("had been expected ... by February")
_IN_MONTH = re.compile(r"(?i)\b(?:in|during)\s+(?:early\s+|late\s+|mid-?\s*)?$")
class Resolver(StoryTime, NamedDays, YearAnchors, ComparedPeriods, ClockTimes):
    """Walks the candidates in text order, keeping the narrative state (last dated expression).

    Its rules come in families, one base class each (see the module docstring); this class holds
    the walk (:meth:`add`) and the dispatch by kind of candidate."""

    # -- per kind -------------------------------------------------------------------------------
    def add(self, c: Cand) -> None:
        ctx = self.ctx
        if ctx.passages is not None:
            ctx.narrative = narrative_at(ctx.passages, c.start)
        if c.rel in ("short_year", "story_only") and not ctx.narrative:
            return  # "in 204 Main Street": outside a history a three-digit number is no year
        if c.kind == "ref" and c.rel == "the time" and ctx.narrative:
            story = self._story_span()
            if story is None:
                return  # a history that has told no date yet: "the time" points at nothing
            # "the largest navy in the world at the time": the story's year, as WikiWars writes it;
            # it names no new point, so the story's state stays as it was
            self.out.append(_timex(ctx, c, Spec("Y", year=story[0].year), "inferred", "the story's year",
                                   anchor=self.last_dated))
            self.cands.append(c)
            return
        t = self._resolve(c)
        self.out.append(t)
        self.cands.append(c)
        if t.type == "DATE" and isinstance(t.begin, date) and t.begin == t.end_day and not c.parts \
                and _DIARY_DAY.search(t.text) and is_heading(ctx.text, t.start, t.end):
            # "Wednesday 9 March, La Paz" heading a diary entry: what the entry says of "today",
            # "tomorrow" or "this morning" is said on that day, until the next such heading
            ctx.dct = t.begin
            self.last_heading = len(self.out) - 1
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
        if c.kind == "abs" and c.spec is not None and c.spec.bc and c.spec.year is not None and not c.parts \
                and c.spec.gran in ("Y", "S", "M", "D") \
                and not is_incidental(ctx.text, _sentence_of(ctx, c.start)[0], c, ctx.quotes):
            self.bc_point = (len(self.out) - 1, c.spec)
        if c.kind == "dct" and ctx.narrative and self.last_dated is not None:
            return  # the writer's "this year" is not a step of the story
        if c.kind in ("abs", "under") and self.last_dated is not None and t.begin is not None \
                and is_incidental(ctx.text, _sentence_of(ctx, c.start)[0], c, ctx.quotes) \
                and not self._opens_old_passage(c, t):
            return  # a citation, a birth year, a plan: the story's time stays where it was
        if c.kind == "abs" and ctx.narrative and self._stray(c):
            return
        if c.kind == "prev" and (c.n or 0) < 0 and ctx.narrative:
            return  # "during the previous year" looks back; the story does not go with it
        if c.kind == "abs" and self.last_dated is not None and t.begin is not None and t.end_day is not None:
            prev = self.out[self.last_dated]
            if prev.begin is not None and prev.end_day is not None and t.begin <= prev.begin \
                    and prev.end_day <= t.end_day and (prev.begin, prev.end_day) != (t.begin, t.end_day):
                return  # "1941" after "December 7": the story is still on that day
        if t.type in ("DATE", "TIME") and c.kind in ("abs", "under", "prev") and not c.parts:
            self.last_point = len(self.out) - 1 if t.certainty == "undated" else None
        if t.begin is not None and t.type in ("DATE", "TIME") and t.certainty != "undated" and c.kind != "dur":
            self.last_dated = len(self.out) - 1
            if c.kind == "abs":
                self.last_explicit = self.last_dated

    def _resolve(self, c: Cand) -> Timex:
        if c.range_to is not None or c.open_end:
            return self._range(c)
        try:
            return self._single(c)
        except _BeyondCalendar:  # "9999 years ago": no day the calendar has, so no date, not year 1
            return _timex(self.ctx, c, None, "undated", "beyond the calendar (years 1-9999)", value=_undated_value(c))

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
        if c.value and c.value.startswith("HOLIDAY:") and c.spec is not None:
            return self._holiday(c, c.value.split(":", 1)[1])
        if c.kind == "abs":
            assert c.spec is not None
            return _timex(ctx, c, c.spec, "exact", "explicit", value=c.value)
        if c.kind == "under":
            assert c.spec is not None
            bc = self._bc_story(c)
            if bc is not None:
                return bc
            if c.rel == "that_year":
                return self._that_year(c)
            year_of = _QUARTER_YEAR_AFTER.match(ctx.text, c.end) if c.rel == "quarter" and c.spec.year is None else None
            if year_of is not None:
                # "the third quarter in 2017", "the second quarter of the fiscal year ended March 31,
                # 2015": the year said right after the quarter is its year (a fiscal year by the
                # calendar year it ends in, as TimeBank labels fiscal quarters)
                return _timex(ctx, c, c.spec.with_(year=int(year_of.group(1))), "exact", "the year said after it")
            if c.rel in _WRITERS_YEAR:
                return self._writers_year(c)
            if c.list_head is not None:
                head = self._single(c.list_head)  # read alone: nothing it depends on is changed
                if isinstance(head.begin, date) and head.certainty != "undated":
                    return _timex(ctx, c, c.spec.with_(year=head.begin.year), head.certainty,
                                  f"listed with {head.value}")
            if c.spec.weekday is not None and c.spec.month is None and c.rel is None:
                near = self._weekday_near(c)
                if near is not None:
                    return near
            ref, how, narr = self._reference(c)
            weekday = c.spec.weekday is not None and c.spec.month is None
            if weekday and narr and self._story_span() is not None and len(set(self._story_span() or ())) > 1:
                # "last Monday" needs a day to count from; a year ("since 2019") is none
                ref, how, narr = (ctx.dct, f"document date {ctx.dct.isoformat()}", False) if ctx.dct else (None, "", False)
            if weekday and c.rel == "that":
                # "against the leaders on Tuesday 18 February and against the Hawks that Friday": the
                # Friday of the week just told, on or after the day last named (anaphoric, like "previous")
                told = self._last_named_day(c.start)
                if told is not None and isinstance(self.out[told].begin, date):
                    named = self.out[told]
                    assert isinstance(named.begin, date)
                    spec = resolve_under(c.spec, named.begin, None, None, True)
                    if spec is not None:
                        return _timex(ctx, c, spec, "inferred", f"in the week of the day named, {named.value}", anchor=told)
                c = replace(c, rel=None)
            told = self._last_named_day(c.start) if weekday and c.rel is None and (ctx.dct is None or ctx.dct_inferred) else None
            if told is not None and tense_at(ctx, c.start) in ("past", None) and tense_at(ctx, self.out[told].start) == "past" \
                    and moves_on_from(ctx.text, self.out[told].end, c.start):
                # "met on 1 March 2021 to settle the price. On Tuesday the builders signed", with no
                # document date given: the Tuesday after, as narrative time moves, not one before a
                # report date guessed from that very day (a day told as past: a bond "due March 1,
                # 2011" starts no story)
                named = self.out[told]
                assert isinstance(named.begin, date)
                spec = resolve_under(c.spec, named.begin, None, None, True)
                if spec is not None:
                    return _timex(ctx, c, spec, "inferred", f"told after the day named, {named.value}", anchor=told)
            named_day = self._last_named_day(c.start) if weekday and c.rel == "previous" else None
            if named_day is not None and (ref is None or self.out[named_day].begin <= ref):
                # "down 4.5% from the previous Friday" after "Friday": the one before the day just
                # named (anaphoric, as TimeML reads "previous"), not before the report
                named = self.out[named_day]
                assert isinstance(named.begin, date)
                spec = resolve_under(c.spec, named.begin, "past", "previous", False)
                if spec is not None:
                    return _timex(ctx, c, spec, "inferred", f"before the day named, {named.value}", anchor=named_day)
            if weekday and c.rel is None and ctx.dct is not None and not narr:
                listed = self._listing_heading_day(c)
                if listed is not None:
                    return listed
                ahead = self._weekday_ahead_of_day(c)
                if ahead is not None:
                    return ahead
            if ref is None:
                return _timex(ctx, c, None, "undated", "no reference date", DOCUMENT_ANCHOR, value=value_of(c.spec))
            if not narr and not ctx.narrative and c.rel is None and c.spec.month is not None and c.spec.weekday is None \
                    and c.spec.gran in ("M", "D") and c.spec.clock is None and c.spec.part_of_day is None:
                retold = self._retold_month(c)
                if retold is not None:
                    return retold
            tense = tense_at(ctx, c.start)
            if c.spec.weekday is not None and c.spec.month is None and ctx.text.startswith("'s", c.end):
                # "Wednesday's ruling", "Friday's close": news names a day's event once it happened;
                # "are calm ahead of Monday's vote" one still to come (told in the past, either)
                ahead = tense != "past" and AHEAD_OF.search(ctx.text, max(0, c.start - 30), c.start)
                tense = "future" if ahead else "past"
            possessive = weekday and ctx.text.startswith("'s", c.end)
            # "said they would fight Wednesday's ruling": the reported plan is after the ruling, not the ruling after the report
            plain_future = not ctx.narrative and (_plainly_future(ctx, c.start, reported=not possessive) or (
                c.spec.weekday is None and schedules_month(ctx.text, _sentence_of(ctx, c.start)[0], c.start, c.end)))
            if plain_future:
                tense = "future"
            elif weekday and c.rel is None and tense == "past" and _weekday_deadline(ctx, c):
                tense = "future"
            elif c.rel is None and tense == "past" and not possessive and _condition_under_future(ctx, c):
                tense = "future"
            elif c.spec.weekday is None and _participle_with_agent(ctx, c.start):
                # "the targets set by the board in May": the participle governs the date, whatever
                # the verbs of the clauses around it ("It is unclear which ... will accept") say
                tense = "past"
            if tense is None and c.rel is None and not ctx.narrative \
                    and _SCHEDULE_VERB_BEFORE.search(ctx.text[max(0, c.start - 30):c.start]):
                tense = "future"  # "the haunted house opens on Halloween", "the show opens on March 3"
            named = self._weekday_named_before(c, ref, tense) if weekday and c.rel is None and not narr \
                and not ctx.narrative else None
            if named is not None:
                # "between 13:07 and 15:49 UTC on Tuesday 21 May ... The change on Tuesday": the
                # Tuesday the text has named with its date, not the one counted from the report
                day = self.out[named]
                assert isinstance(day.begin, date)
                return _timex(ctx, c, spec_of_day(day.begin), day.certainty if day.certainty == "exact" else "inferred",
                              f"the weekday named as {day.value}", anchor=named)
            # a weekday beside a dated dateline is still news: the tense says which side of it
            story_like = ctx.narrative or (narr and not weekday)
            if weekday and not narr:
                # a weekday counted from the document's date is news even inside a story-like passage
                # ("the revival, which opened on Tuesday night" in a review that retells 1987): the
                # tense says which side of that date, never "the next one" as a story moving on
                story_like = False
            if story_like and narr and c.rel is None and looks_back(ctx.text, _sentence_of(ctx, c.start)[0], c):
                back = self._looking_back(c.spec, self._story_end() or ref)
                if back is not None:
                    return _timex(ctx, c, back, "inferred", f"{how}, looking back", anchor=self.last_dated)
            strong_past = tense == "past" and (adjacent_past(ctx, c.start, c.end) and not _deadline_ahead(ctx, c)
                                               or _SAID_IN.search(ctx.text[max(0, c.start - 20):c.start]) is not None)
            # "closed until November 14", "unlikely before the autumn" with no past verb; a headline's
            # plan ("Prices to peak in June"): a time ahead
            open_until = tense == "future" and (_UNTIL.search(ctx.text[max(0, c.start - 12):c.start]) is not None
                                                or _headline_plan(ctx, c.start))
            if c.rel == "quarter" and not story_like and _COMPARED_FIGURE.search(ctx.text[max(0, c.start - 40):c.start]):
                # "sales would fall 8% from the fourth quarter", told in April: a figure is set
                # against a quarter with results, so one not yet begun this year is last year's
                tense = "past"
            spec = resolve_under(c.spec, ref, tense, c.rel, story_like,
                                 strong_past=strong_past,
                                 slack=0 if open_until else _slack(ctx, c, tense, strong_past, plain_future),
                                 ref_end=self._story_end() if narr else None,
                                 strong_future=plain_future or open_until,
                                 in_month=c.spec.gran == "M" and tense == "past"
                                 and bool(_IN_MONTH.search(ctx.text[max(0, c.start - 16):c.start]))
                                 and _past_verb_reaches(ctx, c.start))
            if spec is not None and c.rel is None and spec.year is not None and spec.weekday is None \
                    and _SINCE.search(ctx.text[max(0, c.start - 24):c.start]):
                sp = span_of(spec)
                if sp is not None and sp[0] > ref and spec.year > 1:
                    spec = spec.with_(year=spec.year - 1)  # "since February" said in January: last February
            if spec is None:
                return _timex(ctx, c, None, "undated", "no consistent reading", value=value_of(c.spec))
            why = f"{how} + {tense} tense" if tense and not c.rel else f"{how} + {c.rel}" if c.rel else how
            anchor = self.last_dated if narr else None
            return _timex(ctx, c, spec, self._cert_for(narr), why, anchor=anchor)
        if c.kind == "dct":
            return self._from_dct(c)
        if c.kind == "prev":
            return self._from_prev(c)
        if c.kind == "dur":
            return self._duration(c)
        if c.kind in ("ref", "set"):
            return Timex(c.start, c.end, ctx.text[c.start:c.end], c.type, c.value or "PRESENT_REF",  # type: ignore[arg-type]
                         c.mod, None, None, "exact", "explicit", None)
        raise ValueError(c.kind)

    def _from_dct(self, c: Cand) -> Timex:
        ctx = self.ctx
        story = self._story_span()
        if ctx.narrative and c.type == "TIME" and not c.n and story is not None and story[0] == story[1]:
            # "at 5:30 PM" in a story is on the story's day, not on the day the text was written
            spec = self._offset_spec(story[0], c)
            return _timex(ctx, c, spec, "inferred", f"story day {story[0].isoformat()}", self.last_dated)
        entry = c.type == "TIME" and not c.n and ":" in (c.value or "") and self._opens_entry(c)
        timeline = self._timeline_day(c) if entry else None
        if timeline is not None:
            # "13:02 – A change was deployed" under "Timeline", in a report of an outage on Tuesday 21
            # May published a week later: the entries are on the day the report is about
            named = self.out[timeline]
            assert isinstance(named.begin, date)
            spec = self._offset_spec(named.begin, c)
            moved = self._past_midnight(spec)
            if moved is not None:
                later, index = moved
                return _timex(ctx, c, later, "inferred", f"{_PAST_MIDNIGHT} {self.out[index].value}", index)
            return _timex(ctx, c, spec, "inferred", f"{_TIMELINE_DAY} {named.value}", timeline)
        # a timeline's entry is the time of its own line: a day named in the entry before it is not its day
        bare_clock = c.type == "TIME" and not c.n and ":" in (c.value or "") and not entry \
            and not _NAMES_ITS_DAY.search(ctx.text, c.start, c.end)  # "06:00 today" is today's, whatever day was named
        day_here = self._day_in_sentence(c, 2) if bare_clock else None
        if day_here is not None and ctx.dct is not None and isinstance(self.out[day_here].begin, date) \
                and self.out[day_here].begin > ctx.dct and self.out[day_here].start < _sentence_of(ctx, c.start)[0] \
                and tense_at(ctx, c.start) == "past":
            # "... landfall late Thursday or early Friday, forecasters said. At 11 a.m., the storm was
            # 380 miles south": a forecast day of the sentence before is not the day of a time the
            # writer reports in the past
            day_here = None
        if day_here is None and bare_clock:
            told = self._account_clock(c)
            if told is not None:
                return told
        if day_here is not None:
            # "Saturday 29 June: the procession starts at 9.30 p.m.": a clock time in the sentence of a
            # day is a time of that day, in news too, not of the day the text was written; so is one
            # in the next sentence ("... turned back on Tuesday evening. It departed at 18:52 ...")
            named = self.out[day_here]
            assert isinstance(named.begin, date)
            spec = self._offset_spec(named.begin, c)
            if spec.clock is not None and spec.clock[:2] < "05" and named.type == "DATE" \
                    and _THAT_NIGHT.match(ctx.text, c.end) and named.begin < MAX_DAY:
                # "on 14 April ... At 02:20 that night": the small hours of that night are the next day
                spec = self._offset_spec(named.begin + timedelta(days=1), c)
                return _timex(ctx, c, spec, "inferred", f"{_SMALL_HOURS} {named.value}", day_here)
            later = self._after_evening(named.begin, c)
            if later != named.begin:
                # "at 11 p.m. on March 9 ... By 2 a.m.": the run of times went past midnight
                return _timex(ctx, c, self._offset_spec(later, c), "inferred", f"{_PAST_MIDNIGHT} {named.value}", day_here)
            return _timex(ctx, c, spec, "exact" if named.certainty == "exact" else "inferred",
                          f"day of {named.value}", day_here)
        the_night = c.type == "TIME" and not c.n and c.value == "NI" and c.unit == "D" \
            and _THE_NIGHT.fullmatch(ctx.text, c.start, c.end) is not None
        night_of = self._day_in_sentence(c, 1) if the_night else None
        if night_of is not None and isinstance(self.out[night_of].begin, date):
            # "made landfall on Monday and moved inland during the night": the night of the day just named
            named = self.out[night_of]
            assert isinstance(named.begin, date)
            return _timex(ctx, c, self._offset_spec(named.begin, c), "inferred", f"night of {named.value}", night_of)
        after_time = self._night_after_time(c) if the_night else None
        if after_time is not None:
            spec, index = after_time
            return _timex(ctx, c, spec, "inferred", f"the night after {self.out[index].value}", index)
        if ctx.narrative and story is not None and c.value == "ago" and c.n and c.unit in ("Y", "M", "D", "W") \
                and not _inside_quotes(ctx, c.start):
            # "had tricked him two years ago", told in 1975: counted from the story's time
            spec = self._offset_spec(story[0], c)
            return _timex(ctx, c, spec, "inferred", f"story time {self.out[self.last_dated or 0].value} {c.n:+g} {c.unit}",
                          self.last_dated)
        if ctx.narrative and not c.n and story is not None and c.unit in ("Y", "M"):
            # "the end of the year", "this year", "this month" in a story are the story's
            spec = spec_of_day(story[0], c.unit)
            return _timex(ctx, c, spec, "inferred", f"story time {self.out[self.last_dated or 0].value}",
                          self.last_dated)
        if c.type == "TIME" and c.value and ":" in c.value and not c.n and c.unit == "D" and ctx.dct is not None:
            nxt = self._cand_after(c)
            if nxt is not None and nxt.kind == "dct" and nxt.unit == "D" and nxt.n and nxt.type == "DATE" \
                    and nxt.value is None and _DAY_AFTER_CLOCK.fullmatch(ctx.text, c.end, nxt.start):
                # "up at 6:30 tmr": the clock is on the day named right after it
                day = ctx.dct + timedelta(days=int(nxt.n))
                return _timex(ctx, c, self._offset_spec(day, c), self._dct_certainty(),
                              f"on the day named after it (document date {nxt.n:+g} day)")
        if c.type == "TIME" and c.value and ":" in c.value and not c.n and c.unit == "D":
            nxt = self._cand_after(c)
            if nxt is not None and nxt.kind == "abs" and nxt.spec is not None and nxt.spec.gran == "D" \
                    and _DAY_AFTER_CLOCK.fullmatch(ctx.text, c.end, nxt.start):
                # "through midnight, December 12, 2022", "at 9 p.m. on March 3, 2021": the clock
                # is on the dated day said right after it, not on the document's
                span = span_of(nxt.spec)
                if span is not None:
                    return _timex(ctx, c, self._offset_spec(span[0], c), "exact", "on the day named after it")
        if c.type == "TIME" and c.value and ":" in c.value and not c.n and c.unit == "D":
            got = self._day_just_before(c, _CLOCK_AFTER_DAY)
            if got is not None:
                prev, index = got
                day = prev.parts[-1] if prev.parts else prev
                if isinstance(day.begin, date) and day.begin == day.end_day:
                    # "tomorrow at 12pm", "Sat-Sun 1:00pm-6:00pm": the clock is on the day just named
                    return _timex(ctx, c, self._offset_spec(day.begin, c), "inferred", f"on the day of {day.value}", index)
        if c.rel == "bare" and c.type == "TIME" and c.value and ctx.narrative and story is not None:
            # "at night", "at 19:00" in a story: a time of some day the text does not name here (with
            # no story time at all it hangs on the document's date, below, and moves when that is set)
            return _timex(ctx, c, None, "undated", "a time of day whose day is not said", value=f"XXXX-XX-XXT{c.value}")
        if ctx.dct is None and ctx.narrative and c.type == "DATE" and not c.n and c.unit == "D" \
                and ctx.text[c.start:c.end].lower() == "today" and not _inside_quotes(ctx, c.start) \
                and tense_at(ctx, c.start) is None:
            # "it is today one of the best-preserved canals": a history's narrator speaking of their own
            # present (TimeML's PRESENT_REF), no day of the story and none to set later
            return Timex(c.start, c.end, ctx.text[c.start:c.end], "DATE", "PRESENT_REF", None, None, None,
                         "exact", "the narrator's present", None)
        if ctx.dct is None:
            if c.type == "TIME" and c.value and re.fullmatch(r"\d\d:\d\d", c.value) and not c.n and c.unit == "D":
                # "on March 14 at 11 a.m." with no date to count from: the clock keeps its hour and
                # the day said just before it keeps its month and day (XXXX-03-14T11:00), as a
                # dated day would give them; alone it is a time of some day (XXXX-XX-XXT11:00)
                day = self._undated_day_just_before(c)
                return _timex(ctx, c, None, "undated", "needs the document date", DOCUMENT_ANCHOR,
                              value=f"{day or 'XXXX-XX-XX'}T{c.value}")
            return _timex(ctx, c, None, "undated", "needs the document date", DOCUMENT_ANCHOR,
                          value=_undated_value(c))
        if c.value == "the past" and ctx.narrative:
            # a story's "in the past year" is the year before its own moment, a stretch of time
            return self._duration(Cand(c.start, c.end, "dur", "DURATION", value=f"P1{c.unit}"))
        compared = self._last_year_compared(c)
        if compared is not None:
            spec, index = compared
            return _timex(ctx, c, spec, "inferred", f"the period compared with, after {self.out[index].value}", index)
        if c.value == NEW_YEAR and ctx.dct.month >= 11:
            c = replace(c, n=1)  # "in the new year", written in November or December: the year about to begin
        n = c.n or 0
        if c.unit == "WE" and c.rel is not None:
            tense = tense_at(ctx, c.start)
            if tense is None and c.rel == "the" and _THROUGH_BEFORE.search(ctx.text[max(0, c.start - 12):c.start]):
                tense = "future"  # "temperatures stay mild through the weekend": a state lasting into the one ahead
            n = weekend_offset(ctx.dct, c.rel, tense)
            c = Cand(c.start, c.end, c.kind, c.type, unit="WE", n=n)
        spec = self._offset_spec(ctx.dct, c)
        if c.value == "ago" and c.unit == "Y" and self.last_dated is not None:
            prev = self.out[self.last_dated]
            compared = self._compared_period(n)
            if compared is not None:
                spec = compared
            elif _gran_of_value(prev.value) == "M" and isinstance(prev.begin, date) and self._month_compared(c, prev):
                spec = spec_of_day(shift(prev.begin, "Y", n), "M")  # "prices rose in March from a year ago"
            elif _gran_of_value(prev.value) in ("Q", "H") and prev.begin is not None and (ctx.dct - prev.begin).days < 300:
                # earnings reports: "a year ago" compares with the quarter (or half) just named
                spec = spec_of_day(shift(prev.begin, "Y", n), _gran_of_value(prev.value))
        named = self._reported_period(c) if c.value == "quarter" else None
        if named is not None:
            # "profit in the first half fell from the same period last year", "sales in the third
            # quarter ... the year-ago quarter": the period just reported (or it a year back), not
            # the last quarter completed before the report
            prev = self.out[named]
            assert isinstance(prev.begin, date)
            back = (c.n or 0) < -1
            spec = spec_of_day(shift(prev.begin, "Y", -1) if back else prev.begin, _gran_of_value(prev.value))
            return _timex(ctx, c, spec, "inferred", f"{'a year before ' if back else ''}the reported period {prev.value}", named)
        if c.type == "TIME" and not n and c.unit == "D" and spec.clock is not None:
            moved = self._past_midnight(spec)
            if moved is not None:
                later, index = moved
                return _timex(ctx, c, later, "inferred", f"{_PAST_MIDNIGHT} {self.out[index].value}", index)
        sign = "+" if n >= 0 else "-"
        unit_name = {"D": "day", "W": "week", "WE": "weekend", "M": "month", "Q": "quarter", "Y": "year",
                     "DE": "decade", "CE": "century", "S": "season"}.get(c.unit or "", "unit")
        why = f"document date {ctx.dct.isoformat()} {sign} {abs(n):g} {unit_name}" if n else f"document date {ctx.dct.isoformat()} (this {unit_name})"
        return _timex(ctx, c, spec, self._dct_certainty(), why)

    def _from_prev(self, c: Cand) -> Timex:
        ctx = self.ctx
        if c.unit in ("TM", "TH"):
            return self._clock_offset(c)
        anchor = self.last_dated
        if not c.n and c.unit != "S" and self.last_mentioned is not None:
            anchor = self.last_mentioned  # "later that year", "the same day": the date just named, aside or not
        if c.n and c.unit in ("D", "W", "M", "Y") and self.last_mentioned is not None and anchor is not None \
                and self.last_mentioned > anchor and self.out[self.last_mentioned].start >= _sentence_of(ctx, c.start)[0]:
            # "the timetable runs until 30 March, and the new one starts the day after": the day after
            # the date just named in the sentence, even one that is no step of the story
            anchor = self.last_mentioned
        if c.unit in ("DE", "CE") and self.last_coarse is not None and (anchor is None or self.last_coarse > anchor):
            anchor = self.last_coarse  # "a decade later" after "the 1960s"
        if not c.n and c.unit in ("Y", "S") and anchor is not None and self._writers_own_day(anchor):
            anchor = self._year_told_before(anchor)
        bc = self._bc_offset(c, anchor)
        if bc is not None:
            return bc
        if self.last_point is not None and (anchor is None or self.last_point > anchor):
            # the story's last time point has no date ("on a Monday"): what hangs on it has none either
            prev = self.out[self.last_point]
            return _timex(ctx, c, None, "undated", f"anchored on undated {prev.value}", self.last_point,
                          value=_undated_value(c))
        if anchor is None:
            # nothing earlier in the text: news writes "a year earlier" against the document date
            if ctx.dct is None or c.unit == "S":
                return _timex(ctx, c, None, "undated", "no earlier date to hang on",
                              DOCUMENT_ANCHOR if ctx.dct is None else None, value=_undated_value(c))
            spec = self._offset_spec(ctx.dct, c)
            return _timex(ctx, c, spec, "inferred", f"document date {ctx.dct.isoformat()} {c.n:+g} {c.unit}")
        prev = self.out[anchor]
        pc = self.cands[anchor]
        if (ctx.dct is not None and not ctx.narrative and pc.kind == "dct" and pc.unit == c.unit
                and (pc.n or 0) < 0 and (c.n or 0) < 0):
            # "up from $3 a year ago ... compared with $2 a year earlier": both name the same
            # comparison period, counted from the report, not one from the other (the very period
            # the first named, when that was a quarter or half)
            spec = spec_of_day(prev.begin, _gran_of_value(prev.value)) \
                if _gran_of_value(prev.value) in ("Q", "H") and isinstance(prev.begin, date) \
                else self._offset_spec(ctx.dct, c, gran_hint=_gran_of_value(prev.value))
            return _timex(ctx, c, spec, "inferred", f"same period as {prev.value} (document date {c.n:+g} {c.unit})", anchor)
        if (ctx.dct is not None and not ctx.narrative and pc.kind == "prev" and pc.unit == c.unit == "Y"
                and (c.n or 0) < 0 and pc.n == c.n and isinstance(prev.begin, date) and prev.certainty != "undated"
                and not _STILL.match(ctx.text, c.end) and not self._stretch_since(anchor)
                and _COMPARED.search(ctx.text, _sentence_of(ctx, c.start)[0], c.start)):
            # "down from $3 a year earlier ... compared with $2 a year earlier": the report's comparison
            # period named again, not a year before it ("a year earlier still" does step back)
            spec = spec_of_day(prev.begin, _gran_of_value(prev.value))
            return _timex(ctx, c, spec, "inferred", f"same period as {prev.value}", anchor)
        base = prev.begin
        assert base is not None and c.unit is not None
        if prev.derivation.startswith(_SMALL_HOURS) and isinstance(base, date) and c.type == "TIME" and not c.n:
            base = base - timedelta(days=1)  # "at 02:20 that night": the night is the evening's, not the small hours' day
        prev_gran = _gran_of_value(prev.value)
        if c.unit == "S":
            y = base.year if not (c.n or 0) else base.year + int(c.n or 0)
            spec = Spec("S", year=y, season=c.value)
            return _timex(ctx, c, spec, "inferred", f"anchored on previous date {prev.value}", anchor, )
        compared = self._compared_period(c.n or 0) if c.unit == "Y" and ctx.dct is not None else None
        if compared is not None:
            return _timex(ctx, c, compared, "inferred", f"the period compared with, after {prev.value}", anchor)
        if prev_gran in ("Q", "S", "H") and c.unit == "Y" and c.n:  # "a year earlier" is that quarter; "that year" a year
            gran = prev_gran
        elif prev_gran == "M" and self._month_compared(c, prev):
            gran = "M"  # "rose 2.4 percent in March from a year earlier": March a year back
        elif c.unit == "D" and c.type == "TIME":
            # "that night" after "in 1989": a night of that year, never its first day (as "the next
            # day" after a year stays the year)
            gran = "D" if _GRAN_ORDER.get(prev_gran, 0) <= _GRAN_ORDER["D"] else prev_gran
        else:
            # as precise as the unit allows ("two weeks later" is a day), never more precise
            # than what we hang on ("two weeks later" after "May 1920" is still May 1920)
            gran = _coarser(prev_gran, {"W": "D"}.get(c.unit, c.unit))
            if c.unit == "W" and (not c.n or _THE_NEXT_WEEK.match(ctx.text, c.start)):
                # "the following week", "that week", "later in the week" name a week, not a day in it
                gran = _coarser(prev_gran, "W")
            unit_gran = {"W": "D", "WE": "D"}.get(c.unit, c.unit)
            if _GRAN_ORDER.get(prev_gran, 0) > _GRAN_ORDER.get(unit_gran, 0) and isinstance(base, date) \
                    and isinstance(prev.end_day, date):
                # a step finer than what it hangs on ("the day before" after "2011", "the previous
                # day" after "May 1945") is counted from the middle of it: from its first day, "the
                # day before" would fall in the year or month before
                base = base + (prev.end_day - base) / 2
        spec = self._offset_spec(base, c, gran_hint=gran)
        if prev.value.startswith("XXXX") or prev.certainty == "undated":
            return _timex(ctx, c, None, "undated", f"anchored on undated {prev.value}", anchor, value=_undated_value(c))
        n = c.n or 0
        unit_name = {"D": "days", "W": "weeks", "WE": "weekends", "M": "months", "Q": "quarters", "Y": "years",
                     "DE": "decades", "CE": "centuries"}.get(c.unit, c.unit)
        why = f"anchored on previous date {prev.value} {'+' if n >= 0 else '-'} {abs(n):g} {unit_name}"
        # computed from another expression, not stated: never more certain than "inferred"
        return _timex(ctx, c, spec, "inferred", why, anchor)

    def _duration(self, c: Cand) -> Timex:
        ctx = self.ctx
        begin = end = None
        why = "explicit"
        cert = "exact"
        story = self._story_span() if c.anchored_span and c.unit and c.n else None
        if story is not None and (self._reference(c)[2] or self._past_told_from_story(c, story)) \
                and not beyond_calendar(story[1], c.unit or "Y", -(c.n or 0) if c.anchored_span == "past" else c.n or 0):
            # "In 1847 they moved to Ohio. Over the next thirty years ...": a story's "next/past
            # <n> <units>" count from the story's time, not from the document's date
            assert c.unit is not None and c.n is not None
            if c.anchored_span == "past":
                begin, end = clamp(date.fromordinal(max(1, shift(story[1], c.unit, -c.n).toordinal() + 1))), story[1]
            else:
                begin, end = story[0], clamp(date.fromordinal(max(1, shift(story[1], c.unit, c.n).toordinal())))
            why = f"story time {story[0].isoformat()}..{story[1].isoformat()}, {c.anchored_span} {c.n:g} {c.unit}"
            cert = "inferred"
        elif c.anchored_span and ctx.dct is not None and c.unit and c.n:
            # "the past four months" states its own anchor (now); "for four months" does not
            if c.anchored_span == "past":
                begin, end = clamp(date.fromordinal(max(1, shift(ctx.dct, c.unit, -c.n).toordinal() + 1))), ctx.dct
            else:
                begin, end = ctx.dct, clamp(date.fromordinal(max(1, shift(ctx.dct, c.unit, c.n).toordinal() - 1)))
            if end < begin:
                begin, end = end, begin
            why = f"document date {ctx.dct.isoformat()}, {c.anchored_span} {c.n:g} {c.unit}"
            cert = self._dct_certainty()
        value = c.value or "PXX"
        dm = re.fullmatch(r"P(\d+)(DE|CE)", value)
        if dm and not ctx.narrative:
            # news annotation counts decades and centuries in years ("two decades": P20Y)
            value = f"P{int(dm[1]) * (10 if dm[2] == 'DE' else 100)}Y"
        return Timex(c.start, c.end, ctx.text[c.start:c.end], "DURATION", value, c.mod,
                     begin, end, cert, why, None)  # type: ignore[arg-type]

    def _in_year(self, c: Cand, year_of: Callable[[date], int], other: date) -> Timex:
        """A range end ``c`` put in the year ``year_of`` picks from the other end's day ``other``
        (given the end's own month and day in that end's year); ``c`` as read when it cannot be."""
        assert c.spec is not None
        try:
            probe = date(other.year, c.spec.month or 1, c.spec.day or 1)
        except ValueError:
            return self._single(c)
        year = year_of(probe)
        got = self._single(replace(c, kind="abs", spec=replace(c.spec, year=year, weekday=None), rel=None))
        return got if isinstance(got.begin, date) else self._single(c)

    def _range(self, c: Cand) -> Timex:
        ctx = self.ctx
        first = self._single(_without_range(c))
        parts = [first]
        if c.range_to is not None:
            second = self._single(c.range_to)
            end = c.range_to.spec
            if isinstance(first.begin, date) and isinstance(second.begin, date) and second.begin < first.begin \
                    and end is not None and end.weekday is not None and end.month is None:
                # "(Sat-Sun)" read each from the document date can end before it begins: the second
                # weekday is then the first such day on or after the first end
                self._range_first = first
                try:
                    second = self._single(c.range_to)
                finally:
                    self._range_first = None
            head = _without_range(c)
            if isinstance(first.begin, date) and isinstance(second.begin, date) and second.begin < first.begin \
                    and end is not None and end.year is None and end.month is not None and c.range_to.kind == "under" \
                    and head.kind == "under" and head.spec is not None and head.spec.month is not None:
                # two yearless ends read each on its own came out in the wrong order: a story's range
                # ends in its current time ("from October to March" in 1945 began in 1944), the news
                # reads on from the first end ("the January-June period" in March: June of this year)
                if ctx.narrative:
                    first = self._in_year(head, lambda d: d.year if d < second.begin else d.year - 1, second.begin)
                    parts = [first]
                else:
                    second = self._in_year(c.range_to, lambda d: d.year if d >= first.begin else d.year + 1, first.begin)
                    if ctx.dct is not None and isinstance(second.begin, date) and second.begin > ctx.dct \
                            and isinstance(first.begin, date) and first.begin.year < second.begin.year \
                            and tense_at(ctx, c.start) == "past":
                        # "the lifts ran from December into May", told in March: a season told in
                        # the past that has ended, December of the year before last and May of last year
                        # (a range within one year, "the January-June period", stays the report's year)
                        first = self._in_year(head, lambda d: d.year - 1, first.begin)
                        second = self._in_year(c.range_to, lambda d: d.year - 1, second.begin)
                        parts = [first]
            parts.append(second)
            begin = first.begin
            end = second.end_day
            if begin and end and end < begin:
                end = None  # ends in the wrong order ("1901-01-01 - 1900"): no span rather than a wrong one
            if begin is None or end is None:
                begin, end = None, None
            cert = "exact" if first.certainty == second.certainty == "exact" else ("inferred" if begin else "undated")
            return Timex(c.start, c.end, ctx.text[c.start:c.end], first.type, first.value, c.mod,
                         begin, end, cert, f"range {first.value} to {second.value}", first.anchor,  # type: ignore[arg-type]
                         parts=tuple(parts))
        # open end: "from 2013 onward" runs to the document date (or at least to its own end)
        begin = first.begin
        bound = ctx.dct if ctx.dct and first.end_day and ctx.dct >= first.end_day else first.end_day
        how = f"open range bounded by document date {ctx.dct}" if bound == ctx.dct and ctx.dct else "open range bounded by its own end"
        return Timex(c.start, c.end, ctx.text[c.start:c.end], first.type, first.value, "ON_OR_AFTER",
                     begin, bound if begin else None, "inferred" if begin else "undated", how, first.anchor,
                     parts=(first,))


def _without_range(c: Cand) -> Cand:
    return c.parts[0] if c.parts else c


def _undated_value(c: Cand) -> str:
    unit = c.unit or "D"
    return {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX", "Q": "XXXX-QX",
            "Y": "XXXX", "DE": "XXX", "CE": "XX", "S": f"XXXX-{c.value or 'XX'}"}.get(unit, "XXXX-XX-XX")


__all__ = ["Resolver"]
