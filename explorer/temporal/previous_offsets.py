"""Expressions counted from the date told before them: "two weeks later", "the same day", "a year earlier".

"Two weeks later" hangs on the previous dated expression, and if that one is undated, so is this
one: we never invent a date from nothing. A duration that states its own anchor ("the past four
months", "over the next thirty years") counts from the story's time or the document's date.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from explorer.temporal.anchor_context import in_closed_relative_clause, sentence_of
from explorer.temporal.clock_times import PAST_MIDNIGHT, SMALL_HOURS
from explorer.temporal.compared_periods import COMPARED, gran_of_value
from explorer.temporal.grammar import Cand
from explorer.temporal.grammar.rules_relative import FROM_AN_EVENT, IN_THE_UNIT_TOLD, SAME_A_YEAR_BACK, SAME_IN_YEAR
from explorer.temporal.grammar.rules_relative import _EVENT_AFTER as EVENT_NAMED_AFTER
from explorer.temporal.narrative import is_incidental, looks_back
from explorer.temporal.ranges import RANGE_DERIVATION
from explorer.temporal.winter_labels import labelled_winter
from explorer.temporal.normalize import Spec, beyond_calendar, clamp, season_step, shift, spec_of_day, value_of
from explorer.temporal.story_time import STATED_YEAR, year_of_a_modifier
from explorer.temporal.resolver_state import GRAN_ORDER, ResolverState, coarser, timex, undated_after, undated_value
from explorer.temporal.tense import tense_at
from explorer.temporal.timex import DOCUMENT_ANCHOR, Timex
from explorer.temporal.year_anchors import YEAR_SAID_AFTER_IT
from explorer.temporal.yearless import told_in

#: the derivation of a year that restates the one the date before it was read in ("Easter the following year")
RESTATED_YEAR = "the year of the date before,"

#: between a counted step and the date said with it: ", in 1998," / " (in 1998)" / ", on 9 March 1815"
_SAID_WITH_IT = re.compile(r"\s*(?:,|\(|—|–)?\s*(?:in|on)\s+")


def _a_stated_date(c: Cand, t: Timex) -> bool:
    """Whether ``t`` is a date the text states by the calendar ("12 April 1861", or "April 12" in the
    story's year), not a step counted from another ("the next day") nor a range."""
    return c.kind in ("abs", "under") and c.spec is not None and c.spec.weekday is None and t.type == "DATE" \
        and isinstance(t.begin, date) and t.certainty != "undated" and not t.parts


#: a comma (and no more) between a date and the count after it: "On 27 June 1950, two days after ..."
_APPOSITION = re.compile(r"[ \t]*,[ \t]*")
#: "the week before", "the previous month", "the prior year": the one before the period just named, even
#: after "last week" or "a year ago" (a second "a year earlier" names the report's comparison period again)
_THE_ONE_BEFORE = re.compile(r"(?i)the[ \t]+(?:(?:previous|prior|preceding)[ \t]+|(?:day|week|month|quarter|year)[ \t]+before\b)")
#: what joins a second count to a first in that apposition: its event, then "and"
_AND_ANOTHER = re.compile(r"[^.;,\n]*\band[ \t]+")
_NAMED_AGAIN = "the date just told, named again"


_STILL = re.compile(r"(?i)\s+still\b")

#: "the next weekend", "the following weekend" (not "a weekend later", which counts a week)
_NEXT_WEEKEND = re.compile(r"(?i)the\s+(?:next|following|ensuing|subsequent)\s+weekend")
_THE_NEXT_WEEK = re.compile(r"(?i)the\s+(?:(?:following|next|ensuing|subsequent|previous|preceding|prior|same)\s+week|week\s+(?:before|after))\b")


#: a figure set against a period right before it: "from the previous month", "than the prior year"
_COMPARED_JUST_BEFORE = re.compile(r"(?i)\b(?:from|compared\s+(?:with|to)|than|over|versus|against)\s+$")

def _day_of_a_coarser_value(c: Cand, spec: Spec | None) -> str | None:
    """The TimeML value of a day counted from a month or a year ("the next day" after "in March
    1992"): a day of that month, unknown which ("1992-03-XX"), as TimeML writes it; the span stays the
    month's. None (the spec's own value) for anything else."""
    if c.unit != "D" or c.type != "DATE" or spec is None or spec.gran not in ("M", "Y") or spec.bc:
        return None
    value = value_of(spec)
    return value + ("-XX" if spec.gran == "M" else "-XX-XX") if re.fullmatch(r"\d{4}(?:-\d\d)?", value) else None


#: the far end of a comparison or of a stretch to now, right before a year: "the worst since 2011",
#: "more than in any similar case since", "higher than in", "compared with"
_SINCE_OR_THAN = re.compile(r"(?i)\b(?:since|than(?:\s+in)?|compared\s+(?:with|to))\s+(?:[\w'’-]+\s+){0,2}$")


#: what makes a year told in its sentence an aside, not the story's time: a relative clause, a
#: reported clause, a past perfect or a stretch ("where we planted in 2015", "showing that it had
#: treated 6,200 patients last year", "open since 2019")
_SUBORDINATE_BEFORE = re.compile(r"(?i)\b(?:who|whom|whose|which|where|that|had|since)\b")


#: a day without its year ("XXXX-07-19"; one with it is story_time.STATED_YEAR's)
_YEARLESS_DAY = re.compile(r"XXXX-(?:0[1-9]|1[0-2])-\d\d")


class PreviousOffsets(ResolverState):
    """Anchoring rules for offsets from the date told before, and for anchored durations."""

    def _from_prev(self, c: Cand) -> Timex:
        """``c`` counted from the date told before it; a step forward told in the past that lands
        after the page's date moves the yearless date it counts from a year back (see
        :meth:`_step_back_into_the_past`)."""
        t = self._counted_from_prev(c)
        moved = self._step_back_into_the_past(c, t)
        return t if moved is None else moved

    def _step_back_into_the_past(self, c: Cand, t: Timex) -> Timex | None:
        """ "The family moved to the town in the summer and opened a cafe the following year", told in
        October 2025: the summer was read as the last one gone by (2025's) and the year after it is
        2026, after the page, while "opened" tells it as done. The past tense chose that summer only
        because no year was said, so the pair is the summer before (2024) and the year after it
        (2025). Only a yearless season, month or day the past tense dated moves, and only when the
        step then lands on or before the page's date."""
        ctx = self.ctx
        if ctx.dct is None or (c.n or 0) <= 0 or c.unit not in ("Y", "S", "M") or not isinstance(t.anchor, int) \
                or t.anchor < 0 or not isinstance(t.begin, date) or t.begin <= ctx.dct or tense_at(ctx, c.start) != "past":
            return None
        prev = self.out[t.anchor]
        if prev.type != "DATE" or not prev.derivation.endswith(told_in("past")) or not isinstance(prev.begin, date) \
                or not isinstance(prev.end_day, date) or not re.match(r"\d{4}\b", prev.value):
            return None
        try:
            back = replace(prev, value=f"{prev.begin.year - 1:04d}{prev.value[4:]}", begin=shift(prev.begin, "Y", -1),
                           end_day=shift(prev.end_day, "Y", -1), derivation=f"{prev.derivation}; a year back, "
                           "before a step told as done")
        except (ValueError, OverflowError):
            return None
        self.out[t.anchor] = back
        moved = self._counted_from_prev(c)
        if not isinstance(moved.begin, date) or moved.begin > ctx.dct:
            self.out[t.anchor] = prev
            return None
        return moved

    def _counted_from_prev(self, c: Cand) -> Timex:
        ctx = self.ctx
        if c.unit in ("TM", "TH"):
            return self._clock_offset(c)
        if c.rel == SAME_A_YEAR_BACK:
            return self._same_a_year_back(c)
        if c.rel == SAME_IN_YEAR:
            return self._same_in_year(c)
        said = self._year_of_the_date_before(c)
        if said is not None:
            return said
        stated = self._date_said_with_it(c)
        if stated is not None:
            return stated
        anchor = self.last_dated
        if (c.n or 0) > 0 and anchor is not None and anchor in self.looked_back_from:
            # "came to us on 2 June ... had found her the evening before ... operated two days later":
            # a step forward after a look back resumes from the time looked back from (a further look
            # back, "a year earlier" again, still counts from the last one)
            anchor = self.looked_back_from[anchor]
        if not c.n and self.last_mentioned is not None and not self._day_past_a_coarser_aside(c, anchor) \
                and not self._day_past_a_look_back(c, anchor):
            anchor = self.last_mentioned  # "later that year", "that same summer": the date just named, aside or not
        if c.n and c.unit in ("D", "W", "M", "Y") and self.last_mentioned is not None and anchor is not None \
                and self.last_mentioned > anchor and self.out[self.last_mentioned].start >= sentence_of(ctx, c.start)[0] \
                and not in_closed_relative_clause(ctx.text, sentence_of(ctx, c.start)[0], self.out[self.last_mentioned].start,
                                               self.out[self.last_mentioned].end, c.start):
            # "the timetable runs until 30 March, and the new one starts the day after": the day after
            # the date just named in the sentence, even one that is no step of the story (but not one
            # in a relative clause already closed: "The captain, who had joined in 1905, retired the
            # following year" retired the year after the story's, not after 1905)
            anchor = self.last_mentioned
        day = self._day_before_a_coarser_mention(c, anchor)
        if day is not None:
            anchor = day
        if anchor is not None and self._steps_past_the_page(c, anchor):
            # "He died on Monday. ... won the contract in 1970. Work began two years later": a step
            # told in the past that would land after the page's date from the day the story stood on
            # counts from the year mentioned since (a life's year read as a look back from that day)
            anchor = self.last_mentioned
        if c.unit in ("DE", "CE") and self.last_coarse is not None and (anchor is None or self.last_coarse > anchor):
            anchor = self.last_coarse  # "a decade later" after "the 1960s"
        if not c.n and c.unit in ("Y", "S") and anchor is not None and self._writers_own_day(anchor):
            anchor = self._year_told_before(anchor)
        if anchor is not None and self._previous_in_a_comparison(c, anchor):
            period = self._period_named_before(c, anchor)
            if period is not None:
                # "inflation reached 46 percent in May, the bureau said Wednesday. Prices rose 5.2
                # percent from the previous month": the month before the month the figure is for, not
                # before the day the figures were told
                anchor = period
        bc = self._bc_offset(c, anchor)
        if bc is not None:
            return bc
        told_day = self._yearless_day_past_an_aside_year(c, anchor)
        if told_day is not None:
            # "July 19: a record night. The old hut, rebuilt in 1931, held twenty. Three days later the
            # well ran dry": a step from the day a yearless log told, not from the year of its aside
            prev = self.out[told_day]
            return timex(ctx, c, None, "undated", f"anchored on undated {prev.value}", told_day,
                          value=undated_after(c, prev.value))
        if self.last_point is not None and (anchor is None or self.last_point > anchor):
            # the story's last time point has no date ("on a Monday"): what hangs on it has none either
            prev = self.out[self.last_point]
            return timex(ctx, c, None, "undated", f"anchored on undated {prev.value}", self.last_point,
                          value=undated_after(c, prev.value))
        if anchor is None:
            # nothing earlier in the text: news writes "a year earlier" against the document date
            if ctx.dct is None or c.unit == "S":
                return timex(ctx, c, None, "undated", "no earlier date to hang on",
                              DOCUMENT_ANCHOR if ctx.dct is None else None, value=undated_value(c))
            if self._told_past_from_no_date(c):
                return timex(ctx, c, None, "undated", "told in the past, from a time the text never dates", None,
                             value=undated_value(c))
            spec = self._offset_spec(ctx.dct, c)
            return timex(ctx, c, spec, "inferred", f"document date {ctx.dct.isoformat()} {c.n:+g} {c.unit}")
        prev = self.out[anchor]
        pc = self.cands[anchor]
        if ctx.dct is not None and not ctx.narrative and (
                not c.n and c.mod in ("START", "MID", "END") and c.unit in ("W", "M")
                or c.rel == IN_THE_UNIT_TOLD) and GRAN_ORDER.get(gran_of_value(prev.value), 0) > GRAN_ORDER[c.unit]:
            # "convicted of taking bribes between 1984 and 1987. His lawyer said he would appeal by the
            # end of the month": news names a part of a month (or week) of its own time; a year told
            # before has no month to take it from. So is "earlier in the day" after "sales rose in
            # October": the report's day, not a day of October
            spec = self._offset_spec(ctx.dct, c)
            return timex(ctx, c, spec, self._dct_certainty(), f"document date {ctx.dct.isoformat()} (this {c.unit}; {prev.value} has none)")
        if (ctx.dct is not None and not ctx.narrative and pc.kind == "dct" and pc.unit == c.unit
                and (pc.n or 0) < 0 and (c.n or 0) < 0 and not _THE_ONE_BEFORE.match(ctx.text, c.start)):
            # "up from $3 a year ago ... compared with $2 a year earlier": both name the same
            # comparison period, counted from the report, not one from the other (the very period
            # the first named, when that was a quarter or half)
            spec = spec_of_day(prev.begin, gran_of_value(prev.value)) \
                if gran_of_value(prev.value) in ("Q", "H") and isinstance(prev.begin, date) \
                else self._offset_spec(ctx.dct, c, gran_hint=gran_of_value(prev.value))
            return timex(ctx, c, spec, "inferred", f"same period as {prev.value} (document date {c.n:+g} {c.unit})", anchor)
        if (ctx.dct is not None and not ctx.narrative and pc.kind == "prev" and pc.unit == c.unit == "Y"
                and (c.n or 0) < 0 and pc.n == c.n and isinstance(prev.begin, date) and prev.certainty != "undated"
                and not _STILL.match(ctx.text, c.end) and not self._stretch_since(anchor)
                and COMPARED.search(ctx.text, sentence_of(ctx, c.start)[0], c.start)):
            # "down from $3 a year earlier ... compared with $2 a year earlier": the report's comparison
            # period named again, not a year before it ("a year earlier still" does step back)
            spec = spec_of_day(prev.begin, gran_of_value(prev.value))
            return timex(ctx, c, spec, "inferred", f"same period as {prev.value}", anchor)
        base = prev.begin
        assert base is not None and c.unit is not None
        if prev.derivation.startswith(SMALL_HOURS) and isinstance(base, date) and c.type == "TIME" and not c.n:
            base = base - timedelta(days=1)  # "at 02:20 that night": the night is the evening's, not the small hours' day
        elif prev.derivation.startswith((SMALL_HOURS, PAST_MIDNIGHT)) and isinstance(base, date) and c.unit == "D" and c.n:
            # "On the night of 22 April ... candles lit at two in the morning. We called the insurer the
            # next day": the day after the night's day, not after the small hours' (which are its end)
            base = base - timedelta(days=1)
        prev_gran = gran_of_value(prev.value)
        if (c.n or 0) > 0 and prev.derivation.startswith(RANGE_DERIVATION) and isinstance(base, date) \
                and isinstance(prev.end_day, date) and prev.end_day > base:
            # "served in the navy between 1940 and 1946 and became a teacher two years later": a step
            # forward counts from where the range ends (its value is its first end, as TimeML writes it)
            end = prev.end_day
            base = date(end.year, 1, 1) if prev_gran == "Y" else date(end.year, end.month, 1) if prev_gran == "M" else end
        if c.unit == "S":
            winter_after_day = c.value == "WI" and prev_gran == "D" and (c.n or 0) > 0
            if c.n and c.value and (prev_gran in ("S", "M") or prev_gran == "D" and c.n < 0 or winter_after_day) and isinstance(base, date):
                # "in the spring of 1848 ... the following autumn": the first autumn after that
                # spring (1848's), not the autumn of the year after. After a year or a day the
                # year's step stays ("in 1848 ... the following spring" is 1849's; our gold reads
                # "the following summer" after "14 March 1538" as 1539's too). After a month, as after
                # a season: "burned in August 2019 ... replanted the next winter" is the winter of
                # 2019-20, "in January 1607 ... the following summer" 1607's; and back from a day, "on 14
                # September 1925 ... had been chosen the previous spring" is the spring just gone, 1925's
                spec = season_step(spec_of_day(base, "S"), c.value, int(c.n))
            else:
                y = base.year if not (c.n or 0) else base.year + int(c.n or 0)
                spec = Spec("S", year=y, season=c.value)
            found = timex(ctx, c, spec, "inferred", f"anchored on previous date {prev.value}", anchor, )
            if winter_after_day:
                # "lifted the siege on 25 September 1643 ... died the following winter": the winter that
                # begins that December, not a year later (the year's step put it in December 1644); a
                # history labels it by its January's year, its days stay (see winter_labels)
                return labelled_winter(found, ctx.narrative)
            return found
        compared = self._compared_period(c.n or 0) if c.unit == "Y" and ctx.dct is not None else None
        if compared is not None:
            return timex(ctx, c, compared, "inferred", f"the period compared with, after {prev.value}", anchor)
        if prev_gran in ("Q", "H") and c.unit == "Y" and c.n:  # "a year earlier" is that quarter; "that year" a year
            gran = prev_gran
        elif prev_gran == "M" and self._month_compared(c, prev):
            gran = "M"  # "rose 2.4 percent in March from a year earlier": March a year back
        elif c.unit == "D" and c.type == "TIME":
            # "that night" after "in 1989": a night of that year, never its first day (as "the next
            # day" after a year stays the year)
            gran = "D" if GRAN_ORDER.get(prev_gran, 0) <= GRAN_ORDER["D"] else prev_gran
        else:
            # as precise as the unit allows ("two weeks later" is a day), never more precise
            # than what we hang on ("two weeks later" after "May 1920" is still May 1920)
            gran = coarser(prev_gran, {"W": "D"}.get(c.unit, c.unit))
            if c.unit == "W" and (not c.n or _THE_NEXT_WEEK.match(ctx.text, c.start)):
                # "the following week", "that week", "later in the week" name a week, not a day in it
                gran = coarser(prev_gran, "W")
            unit_gran = {"W": "D", "WE": "D"}.get(c.unit, c.unit)
            if GRAN_ORDER.get(prev_gran, 0) > GRAN_ORDER.get(unit_gran, 0) and isinstance(base, date) \
                    and isinstance(prev.end_day, date):
                # a step finer than what it hangs on ("the day before" after "2011", "the previous
                # day" after "May 1945") is counted from the middle of it: from its first day, "the
                # day before" would fall in the year or month before
                base = base + (prev.end_day - base) / 2
        if c.unit == "WE" and c.n == 1 and prev_gran == "D" and isinstance(base, date) and base.weekday() < 5 \
                and _NEXT_WEEKEND.fullmatch(ctx.text, c.start, c.end):
            # "opened on Monday 8 December and moved indoors the next weekend": the first weekend after
            # a weekday is that week's own, not the one a week on (after a Saturday it is)
            c = replace(c, n=0)
        spec = self._offset_spec(base, c, gran_hint=gran)
        if prev.value.startswith("XXXX") or prev.certainty == "undated":
            return timex(ctx, c, None, "undated", f"anchored on undated {prev.value}", anchor,
                          value=undated_after(c, prev.value))
        n = c.n or 0
        unit_name = {"D": "days", "W": "weeks", "WE": "weekends", "M": "months", "Q": "quarters", "Y": "years",
                     "DE": "decades", "CE": "centuries"}.get(c.unit, c.unit)
        why = f"anchored on previous date {prev.value} {'+' if n >= 0 else '-'} {abs(n):g} {unit_name}"
        # computed from another expression, not stated: never more certain than "inferred"
        return timex(ctx, c, spec, "inferred", why, anchor, value=_day_of_a_coarser_value(c, spec))

    def _date_said_with_it(self, c: Cand) -> Timex | None:
        """A step told with its own date right after it ("Half a century later, in 1998, the pier was
        rebuilt", "Two days later, on 9 March 1815, ..."): the date the writer states is the step's,
        whatever the count from the date before would give (an anchor fifty years off lands in 2075).
        Only a counted step ("that year" has no count to get wrong) and a full date (a year at least)."""
        if not c.n:
            return None
        nxt = self._cand_after(c)
        if nxt is None or nxt.kind != "abs" or nxt.spec is None or nxt.spec.year is None \
                or not _SAID_WITH_IT.fullmatch(self.ctx.text, c.end, nxt.start):
            return None
        spec = nxt.spec
        if c.unit in ("Y", "DE", "CE") and spec.gran != "Y":
            spec = Spec("Y", year=spec.year, bc=spec.bc)  # "Two years later, in March 1962": the year a step of years lands in
        elif c.unit == "M" and spec.month is not None and spec.gran == "D":
            spec = Spec("M", year=spec.year, month=spec.month, bc=spec.bc)
        return timex(self.ctx, c, spec, "inferred", "the date said with it")

    def _day_before_a_coarser_mention(self, c: Cand, anchor: int | None) -> int | None:
        """ "On 18 September the board published figures for last year. Three days later it
        postponed the vote"; "On the night of 22 April the frost came. The slope, where we planted
        in 2015, came through. We called our insurer the next day": a step of days or weeks counts
        from the day the account last told, not from a year mentioned since (a figure's period, an
        aside's year), which has no day to count from. Only a day told in the last few sentences
        (within 600 characters) and a year mentioned after it; else None."""
        if not c.n or c.unit not in ("D", "W") or anchor is None \
                or GRAN_ORDER.get(gran_of_value(self.out[anchor].value), 0) < GRAN_ORDER["Y"]:
            return None
        year = self.out[anchor]
        if not _SUBORDINATE_BEFORE.search(self.ctx.text, sentence_of(self.ctx, year.start)[0], year.start):
            return None  # "In 1945 he joined the army. Two weeks later ...": the year the story moved to
        for i in range(anchor - 1, -1, -1):
            t = self.out[i]
            if c.start - t.end > 600:
                return None
            if t.type not in ("DATE", "TIME") or t.certainty == "undated" or not isinstance(t.begin, date):
                continue
            if gran_of_value(t.value) == "D":
                return i
            if GRAN_ORDER.get(gran_of_value(t.value), 0) < GRAN_ORDER["Y"]:
                return None  # a month or a week told before the year: no day the account stood on
        return None

    def _yearless_day_past_an_aside_year(self, c: Cand, anchor: int | None) -> int | None:
        """A step of days or weeks ("Three days later") in a page with no date, right after a year said
        only in an aside about a thing ("The old hut, rebuilt in 1931 after a fire, held only twenty"),
        when the page told a day without its year just before (within 600 characters) and no year of
        its own: the index of that day, which the step counts from; else None."""
        ctx = self.ctx
        if ctx.dct is not None or not c.n or c.n < 0 or c.unit not in ("D", "W") or anchor is None \
                or any(t.type in ("DATE", "TIME") for t in self.out[anchor + 1:]):
            return None  # (the year must be the last time told: a day told since is the step's own anchor)
        year = self.cands[anchor]
        if year.kind != "abs" or year.spec is None or year.spec.gran != "Y":
            return None
        sa = sentence_of(ctx, year.start)[0]
        if not (year_of_a_modifier(ctx.text, sa, year) or is_incidental(ctx.text, sa, year, ctx.quotes)):
            return None
        for i in range(anchor - 1, -1, -1):
            t = self.out[i]
            if c.start - t.end > 600 or STATED_YEAR.match(t.value):
                return None
            if _YEARLESS_DAY.fullmatch(t.value):
                return i
        return None

    def _steps_past_the_page(self, c: Cand, anchor: int) -> bool:
        """Whether ``c``, a step forward ("two years later", "the following year") told in the past,
        would land after the document's date counted from ``anchor``, while a date mentioned after the
        anchor (and before the page's date) is there to count from instead."""
        ctx, since = self.ctx, self.last_mentioned
        if ctx.dct is None or (c.n or 0) <= 0 or c.unit not in ("D", "W", "M", "Y") or since is None or since <= anchor:
            return False
        base, told = self.out[anchor].begin, self.out[since].begin
        if not isinstance(base, date) or not isinstance(told, date) or told >= ctx.dct:
            return False
        said = self.cands[since]
        if in_closed_relative_clause(ctx.text, sentence_of(ctx, c.start)[0], self.out[since].start, self.out[since].end, c.start) \
                or _SINCE_OR_THAN.search(ctx.text, max(0, said.start - 40), said.start):
            # "The cyclist, who had moved to the town in 2018, died two days later", "fined more
            # than in any case since 2015. It appealed a week later": a year told of someone in an
            # aside closed before the step, or the far end of a comparison, is no time of the story
            # to step from (a life's years told in its own clauses are: "founded in 2021 ... built a
            # prototype the following year")
            return False
        return shift(base, c.unit, c.n or 0) > ctx.dct and tense_at(ctx, c.start) == "past"

    def _year_of_the_date_before(self, c: Cand) -> Timex | None:
        """ "the following year" in "Martinmas the following year": the year the feast just before it
        was read in (it counted the step already), not one more year on from the feast."""
        if c.unit != "Y" or not self.out or YEAR_SAID_AFTER_IT not in self.out[-1].derivation:
            return None
        feast = self.out[-1]
        if self.ctx.text[feast.end:c.start].strip(" \t,") or not isinstance(feast.begin, date):
            return None
        return timex(self.ctx, c, Spec("Y", year=feast.begin.year), "inferred", f"{RESTATED_YEAR} {feast.value}",
                     len(self.out) - 1)

    def _day_past_a_look_back(self, c: Cand, anchor: int | None) -> bool:
        """ "That night", "that morning" told in the plain past after a sentence that looked back to
        an earlier day ("On 18 April the navvies began cutting. The Northern men had occupied the
        eastern end on 11 April. That night the gangs fought"): the night of the story's day, to
        which the telling has returned, not of the day looked back to."""
        ctx = self.ctx
        told = self.last_mentioned
        if c.unit != "D" or anchor is None or told is None or told <= anchor \
                or gran_of_value(self.out[anchor].value) != "D" \
                or self.out[told].start >= sentence_of(ctx, c.start)[0]:
            return False
        sa = sentence_of(ctx, c.start)[0]
        if looks_back(ctx.text, sa, c) or is_incidental(ctx.text, sa, c, ctx.quotes):
            return False  # "... that night they had slept in the barn": still the look back
        was = self.cands[told]
        return self.out[told].derivation.endswith(", looking back") or was.kind == "abs" \
            and is_incidental(ctx.text, sentence_of(ctx, was.start)[0], was, ctx.quotes)

    def _day_past_a_coarser_aside(self, c: Cand, anchor: int | None) -> bool:
        """ "that night", "that morning" after a day the story stands on and an aside that named only a
        year ("On the evening of 6 March ... I've lived there since 2009. ... that night"): the night
        is the story's day's, not a night of the aside's year. A day's part can hang on a day only."""
        if c.unit != "D" or anchor is None or self.last_mentioned is None or self.last_mentioned == anchor:
            return False
        told, story = gran_of_value(self.out[self.last_mentioned].value), gran_of_value(self.out[anchor].value)
        return GRAN_ORDER.get(told, 0) > GRAN_ORDER["D"] and GRAN_ORDER.get(story, 99) <= GRAN_ORDER["D"]

    def _told_past_from_no_date(self, c: Cand) -> bool:
        """Whether ``c``, with no earlier date in the text, is a step the past tense tells from a time
        the text never dates: "Ten days later, the army withdrew" (a step forward from the page's date
        cannot be told as done) or "resigned the day before the vote" (a day counted from an event,
        not from the page). Counted from the document date it would be wrong; undated it is only
        unknown. "A year earlier" (news counts it back from its own date) and a plan ("talks will
        resume the day after the vote") keep the document date."""
        ctx = self.ctx
        if not c.n or c.unit not in ("D", "W", "M", "Y") or c.value is not None:
            return False
        said = ctx.text[c.start:c.end].lower()
        from_event = re.fullmatch(r"the\s+(?:day|week|month|year)\s+(?:before|after)", said) is not None \
            and EVENT_NAMED_AFTER.match(ctx.text, c.end) is not None
        if not from_event and not (c.n > 0 and said.endswith("later")):
            return False
        return tense_at(ctx, c.start) == "past"

    def _previous_in_a_comparison(self, c: Cand, anchor: int) -> bool:
        """Whether ``c`` is "the previous month" (quarter, year) that news sets a figure against
        ("rose 5 percent from the previous month"), while what it would count from is a day."""
        ctx = self.ctx
        return not ctx.narrative and c.n == -1 and c.unit in ("M", "Q", "Y") \
            and gran_of_value(self.out[anchor].value) == "D" \
            and _COMPARED_JUST_BEFORE.search(ctx.text, max(0, c.start - 30), c.start) is not None

    def _period_named_before(self, c: Cand, since: int) -> int | None:
        """The last period of ``c``'s unit named for itself (a month for "the previous month"; not one
        counted back from another, "a year earlier"), in its sentence or the one before, at or before
        the output ``since``; None when there is none."""
        ctx = self.ctx
        start = sentence_of(ctx, c.start)[0]
        if start > 0:
            start = sentence_of(ctx, len(ctx.text[:start].rstrip()) - 1)[0]
        for i in range(since, -1, -1):
            t = self.out[i]
            if t.start < start:
                return None
            if t.type == "DATE" and isinstance(t.begin, date) and t.certainty != "undated" and not t.parts \
                    and gran_of_value(t.value) == c.unit and self.cands[i].kind not in ("dur", "prev") \
                    and self.cands[i].value != "ago":  # a period compared with ("a year earlier") is no figure's own
                return i
        return None

    def _same_in_year(self, c: Cand) -> Timex:
        """ "the same quarter of 1997": the period of the date just named (a quarter, a month; for
        "period", whatever it was), in the year said; the year alone when nothing that fine was named."""
        ctx = self.ctx
        year = int(c.value or 0)
        index = self.last_mentioned
        named = self.out[index] if index is not None else None
        gran = gran_of_value(named.value) if named is not None else ""
        fits = gran in ("Q", "H", "M", "W", "D") if c.unit == "P" else GRAN_ORDER.get(gran, 9) <= GRAN_ORDER.get(c.unit or "", 0)
        if named is not None and isinstance(named.begin, date) and named.certainty != "undated" and fits and 1 <= year <= 9999:
            day = date(year, named.begin.month, min(named.begin.day, 28))
            unit = gran if c.unit == "P" else c.unit
            return timex(ctx, c, spec_of_day(day, unit), "inferred", f"the {unit} of {named.value}, in {year}", index)
        return timex(ctx, c, Spec("Y", year=year), "inferred", f"the year said, {year}")

    def _same_a_year_back(self, c: Cand) -> Timex:
        """ "the same month last year": the month (week, day) of the date just named, a year before;
        with none named as precisely, in news the document's month a year before."""
        ctx = self.ctx
        assert c.unit is not None
        index = self.last_mentioned
        named = self.out[index] if index is not None else None
        if named is not None and isinstance(named.begin, date) and named.certainty != "undated" \
                and GRAN_ORDER.get(gran_of_value(named.value), 9) <= GRAN_ORDER.get(c.unit, 0):
            base, how, anchor = named.begin, f"the {c.unit} of {named.value}, a year back", index
        elif ctx.dct is not None and not ctx.narrative:
            base, how, anchor = ctx.dct, f"document date {ctx.dct.isoformat()}, a year back", None
        else:
            return timex(ctx, c, None, "undated", "no date named to count from", value=undated_value(c))
        if beyond_calendar(base, "Y", -1):
            return timex(ctx, c, None, "undated", "beyond the calendar (years 1-9999)", value=undated_value(c))
        return timex(ctx, c, spec_of_day(shift(base, "Y", -1), c.unit), "inferred", how, anchor)

    def _counted_from_an_event(self, c: Cand) -> Timex | None:
        """ "Eight days after the siege, ...", "a month after the battle": in a history a count of days,
        weeks or months from an event told after a stated day is a date (WikiWars marks it so, news
        marks the count alone as a duration). The event is the last one the story dated by name, so
        the count runs from the last day stated in full, not from a step the story took since ("the
        next day"); right after that day and a comma ("On 27 June 1950, two days after the invasion")
        the phrase names that very day again."""
        ctx = self.ctx
        assert c.unit is not None and c.n is not None
        stated = next((i for i in range(len(self.out) - 1, -1, -1) if _a_stated_date(self.cands[i], self.out[i])), None)
        if stated is None:
            return None
        told = self.out[stated]
        assert isinstance(told.begin, date)
        if gran_of_value(told.value) != "D" or c.unit not in ("D", "W", "M"):
            # "joined the navy in 1940, a year after her father", "Two years after the wedding (in
            # 1905)": a count of years, or from a year, stays how long it was (our gold set marks
            # those durations, WikiWars only counts days, weeks and months from a day)
            return None
        c = replace(c, type="DATE")
        last = self.out[-1] if self.out else None
        if _APPOSITION.fullmatch(ctx.text, told.end, c.start) or last is not None and last.derivation.startswith(_NAMED_AGAIN) \
                and _AND_ANOTHER.fullmatch(ctx.text, last.end, c.start):
            # (and a second count joined to the first: "two days after the invasion and three months
            # before the intervention" both name the date told)
            return timex(ctx, c, spec_of_day(told.begin), "inferred", f"{_NAMED_AGAIN}, {told.value}", stated)
        if beyond_calendar(told.begin, c.unit, c.n):
            return None
        return timex(ctx, c, spec_of_day(shift(told.begin, c.unit, c.n)), "inferred",
                      f"stated date {told.value} {c.n:+g} {c.unit}, counted from an event", stated)

    def _duration(self, c: Cand) -> Timex:
        ctx = self.ctx
        if c.rel == FROM_AN_EVENT and ctx.narrative and c.n and c.unit in ("D", "W", "M", "Y"):
            dated = self._counted_from_an_event(c)
            if dated is not None:
                return dated
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
