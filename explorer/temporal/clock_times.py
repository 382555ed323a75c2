"""Clock times and offsets from a day: "three days later", "at 2 a.m. that night", past midnight.

An offset counts from a base day at the expression's granularity; a clock time after an evening or
in the small hours belongs to the night just told. These rules compute those for the resolver.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta

from explorer.temporal.anchor_context import paragraph_start, sentence_of
from explorer.temporal.clause_direction import plainly_future
from explorer.temporal.entry_stamps import entry_clock
from explorer.temporal.grammar import Cand
from explorer.temporal.grammar.rules_relative import ANNIVERSARY, DAY_OF_MONTH, FROM_TODAY
from explorer.temporal.normalize import MAX_DAY, MIN_DAY, Spec, beyond_calendar, duration_value, shift, spec_of_day, valid_day
from explorer.temporal.resolver_state import BeyondCalendar, ResolverState, timex
from explorer.temporal.tense import tense_at
from explorer.temporal.timex import Timex


# Reporting verbs say when something was reported, not when it happened ("they said they expect
# the sale to close by Dec. 15"): they count only when nothing else in the sentence marks a tense.
#: how a clock time moved past midnight by the run of times before it is derived
PAST_MIDNIGHT = "past midnight after"

#: how a timeline's clock time got the day of the happening the text reports
TIMELINE_DAY = "timeline day"

#: how a lone "overnight" told in the past got the night before the page's day ("the river rose
#: overnight"): the night ended on the page's day, so a clock time after it is of that day, not the night's
NIGHT_GONE = "(the night just gone)"

#: how a clock time in the small hours of the night just told ("at 02:20 that night") got its day
SMALL_HOURS = "small hours of the night of"


#: how a clock time got the day the step right after it names ("at 09:15 the next morning")
DAY_OF_THE_STEP_AFTER = "the day of the step after it,"
#: what may stand between a clock time and the step naming its day: "at 09:15 the next morning",
#: "at 6 a.m., the following day", "at noon on the next day"
_CLOCK_THEN_STEP = re.compile(r"(?i)[ \t]*,?[ \t]*(?:on[ \t]+)?")
#: the steps that name the clock time's day by themselves ("the next morning", "two days later"), not
#: a count from a happening ("twenty-four days after we began", which says how long, not which day)
_A_STEP_NAMING_A_DAY = re.compile(r"(?i)(?:the[ \t]+)?(?:next|following)[ \t]+(?:day|morning|afternoon|evening|night)"
                                  r"|[\w-]+[ \t]+days?[ \t]+later")

#: how an entry's stamp later in the day than the page's last update got the day before
_BEFORE_THE_UPDATE = "before the page's update"
#: "Updated", "Last updated:" right before a clock time: the page says when it was last written
UPDATED_BEFORE = re.compile(r"(?i)\bupdated\b[ \t:,]*(?:at[ \t]+)?$")
#: an entry's own stamp of when it was written, alone before its clock time at the start of its line
#: ("Updated 16:10", "Posted at 09:40", "Update, 14:20"): a time of the page's day, never of the account
_ENTRY_UPDATE_STAMP = re.compile(r"(?i)[ \t•*-]*(?:last[ \t]+)?(?:updated?|posted)\b[ \t:,]*(?:at[ \t]+)?$")


def entry_update_stamp(text: str, pos: int) -> bool:
    """Whether the clock time at ``pos`` is an entry's stamp of when it was written ("Updated 16:10"
    opening its line)."""
    return _ENTRY_UPDATE_STAMP.fullmatch(text, text.rfind("\n", 0, pos) + 1, pos) is not None


#: How far into the page (in characters) its header, and so its update time, lies.
UPDATE_REACH = 300
#: how a clock time told in the past got the day the report last named
_LAST_TOLD_DAY = "day last told"

#: How far back (in sentences) the day last named still dates a bare clock time told in the past.
_TOLD_DAY_SENTENCES = 4

#: a TIMEX3 value of one day, with or without a time of it: its day, and the time when it is one
_DAY_VALUE = re.compile(r"(\d{4}-\d\d-\d\d)(?:T(\d\d:\d\d|MO|AF|EV|NI))?")


#: the time of a day that a later, earlier-looking clock time runs on from into the next day: an
#: evening or a night, or a clock time from 18:00 ("24:00" is the midnight ending the day)
_EVENING_ON = re.compile(r"EV|NI|(?:1[89]|2[0-4]):\d\d")


#: a past perfect ("had been drinking since noon"): the account goes back, not on to the next day
_PAST_PERFECT = re.compile(r"(?i)\bhad\s+(?:not\s+|already\s+|just\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|un|ung|ought|ound|ing)\b")


class ClockTimes(ResolverState):
    """Anchoring rules for times of day and offsets: "two hours later", "that night",
    a time past midnight after an evening."""

    def move_clock_to_its_step(self, i: int) -> None:
        """Give the clock time right before the step at ``i`` the step's day: in "boarded at 09:15 the
        next morning" the time is of the next morning, not of the day named before it. WHY after the
        fact: the step is counted from the day told before the clock time, which the clock time, read
        first, took as its own; moving it once the step is resolved keeps both on the right day."""
        if i < 1:
            return
        step, clock, c = self.out[i], self.out[i - 1], self.cands[i]
        if c.kind != "prev" or c.unit != "D" or not c.n or c.n < 0 or step.anchor != i - 1 or step.parts:
            return
        if clock.type != "TIME" or not re.search(r"T\d", clock.value) or clock.parts \
                or not isinstance(step.begin, date) or not isinstance(clock.begin, date) or step.begin == clock.begin:
            return
        if _CLOCK_THEN_STEP.fullmatch(self.ctx.text, clock.end, step.start) is None \
                or _A_STEP_NAMING_A_DAY.fullmatch(step.text) is None:
            return
        day = step.begin
        self.out[i - 1] = replace(clock, value=f"{day.isoformat()}T{clock.value.split('T', 1)[1]}", begin=day,
                                  end_day=day, derivation=f"{DAY_OF_THE_STEP_AFTER} {step.text!r}")

    def _offset_spec(self, base: date, c: Cand, gran_hint: str | None = None) -> Spec:
        assert c.unit is not None
        n = c.n or 0
        unit = c.unit
        if beyond_calendar(base, "W" if unit == "WE" else unit, n):
            raise BeyondCalendar
        d = shift(base, "W" if unit == "WE" else unit, n)
        gran = unit
        if c.value == "ago" or c.kind == "prev":
            # "six weeks ago" is a week (TimeBank writes 1999-W47), "a decade ago" a year (so is "two
            # decades ago": the project's gold writes 2005 for it; a decade value was tried and undone)
            gran = {"DE": "Y", "CE": "Y"}.get(unit, unit) if c.value == "ago" else unit
        if gran_hint is not None:
            gran = gran_hint
        if c.value in (ANNIVERSARY, FROM_TODAY):
            gran = "D"  # "a year ago today", "two weeks from today" are days
        s = spec_of_day(d, gran)
        if c.value and c.value.startswith(DAY_OF_MONTH) and gran == "M" and s.year is not None and s.month:
            day = int(c.value[len(DAY_OF_MONTH):])  # "the 12th of next month": that day of the month reached
            if valid_day(s.year, s.month, day):
                s = s.with_(gran="D", day=day)
        if c.type == "TIME" and c.value and gran == "D":
            s = s.with_(clock=c.value) if ":" in c.value else s.with_(part_of_day=c.value)
        return s

    def _night_after_time(self, c: Cand) -> tuple[Spec, int] | None:
        """ "The crew launched the raft at 10 p.m. on Saturday ... the search went on through the night":
        the night of the day of the last clock time told, in this sentence or the three before it (in
        its paragraph or the one before), when that time was said of a day and is past noon. A day
        named in between, or a time that fell on the document's own day by default, says nothing.
        Returns the night and the index of the time it follows."""
        ctx = self.ctx
        para = paragraph_start(ctx.text, c.start)
        para = paragraph_start(ctx.text, para - 1) if para > 0 else 0
        sa = sentence_of(ctx, c.start)[0]
        for _ in range(3):
            back = len(ctx.text[:sa].rstrip()) - 1
            if back >= 0:
                sa = sentence_of(ctx, back)[0]
        para = max(para, sa)
        for i in range(len(self.out) - 1, max(-1, len(self.out) - 8), -1):
            t = self.out[i]
            if t.start < para:
                return None
            if t.type == "DATE" and isinstance(t.begin, date) and t.begin == t.end_day:
                if not self._day_of_time_before(i):
                    return None  # a day named since
                continue  # "10 p.m. on Saturday": the day the time before it was said of
            last = re.fullmatch(r"\d{4}-\d\d-\d\dT(\d\d):\d\d", t.value)
            if t.type != "TIME" or last is None or not isinstance(t.begin, date):
                continue
            if t.derivation.endswith("(this day)") or t.derivation.startswith(PAST_MIDNIGHT) \
                    or t.certainty == "undated" or int(last[1]) < 12:
                return None
            return self._offset_spec(t.begin, c), i
        return None

    def _not_after_the_update(self, c: Cand, t: Timex) -> Timex:
        """``t``, or the day before it when ``c`` is an entry's clock stamp on a live page whose header
        says when it was last updated ("Updated 02:15, 14 March"): nothing on the page happened
        after its update, so a stamp later in the day than the update's time ("23:40", newest entries
        first) was written on the evening before."""
        if c.type != "TIME" or t.type != "TIME":
            return t
        in_entry = self._in_its_entry(c, t)
        if in_entry is not None:
            return in_entry
        update = self._update_stamp()
        if update is None or c.start <= update.end:
            return t
        stamp = entry_clock(self.ctx.text, c.start)
        here, then = _DAY_VALUE.fullmatch(t.value), _DAY_VALUE.fullmatch(update.value)
        if stamp is not None and c.start < stamp.end() and here is not None and then is not None and here[2] and then[2] \
                and ":" in here[2] and here[1] != then[1] and t.derivation.endswith("(this day)") \
                and isinstance(update.begin, date) and isinstance(t.begin, date) and update.begin > t.begin > MIN_DAY:
            # a night's page updated in the small hours of the day after its date ("Last updated 02:40"
            # on the 8th): a stamp up to the update's time is that day's, a later one the evening before
            day = update.begin if here[2] <= then[2] else update.begin - timedelta(days=1)
            return replace(t, value=f"{day.isoformat()}T{here[2]}", begin=day, end_day=day, certainty="inferred",
                           derivation=f"{_BEFORE_THE_UPDATE} {update.value}")
        if stamp is None or c.start >= stamp.end() or here is None or then is None or here[1] != then[1] \
                or not here[2] or not then[2] or here[2] <= then[2] or not isinstance(t.begin, date) or t.begin <= MIN_DAY:
            return t
        day = t.begin - timedelta(days=1)
        return replace(t, value=f"{day.isoformat()}T{here[2]}", begin=day, end_day=day, certainty="inferred",
                       derivation=f"{_BEFORE_THE_UPDATE} {update.value}")

    def _in_its_entry(self, c: Cand, t: Timex) -> Timex | None:
        """A clock time in the words of a timeline's or a live page's entry, read on the page's own day
        only for want of another ("- 14:05 - Error rates climb; the on-call engineer is paged at 14:09"
        under an outage of 4 March published on the 9th; "02:05 — ... declared the result at 01:58" on
        a night's page): a time of its entry's stamp's day, the day before when it is an evening time
        told in a small-hours entry. None unless the stamp was given a day of its own."""
        here = _DAY_VALUE.fullmatch(t.value)
        if here is None or not here[2] or ":" not in here[2] or not t.derivation.endswith("(this day)") \
                or not isinstance(t.begin, date):
            return None
        stamp = entry_clock(self.ctx.text, c.start)
        if stamp is None or c.start < stamp.end():
            return None
        entry = next((o for o in reversed(self.out) if o.start == stamp.start("time")), None)
        told = _DAY_VALUE.fullmatch(entry.value) if entry is not None else None
        if entry is None or told is None or not told[2] or ":" not in told[2] or not isinstance(entry.begin, date) \
                or entry.derivation.endswith("(this day)") or entry.begin <= MIN_DAY:
            return None
        day = entry.begin - timedelta(days=1) if told[2] < "06" and here[2] >= "18" else entry.begin
        if day == t.begin:
            return None
        return replace(t, value=f"{day.isoformat()}T{here[2]}", begin=day, end_day=day, certainty="inferred",
                       derivation=f"in the entry of {entry.value}")

    def _update_stamp(self) -> Timex | None:
        """The page's last update: a clock time on a day, said in its header after "Updated"
        (settled once the walk is past the header)."""
        if self._update is not None:
            return self._update or None
        for t in self.out:
            if t.start > UPDATE_REACH:
                break
            told = _DAY_VALUE.fullmatch(t.value)
            if t.type == "TIME" and told is not None and told[2] and ":" in told[2] \
                    and UPDATED_BEFORE.search(self.ctx.text, max(0, t.start - 24), t.start):
                self._update = t
                return t
        if self.out and self.out[-1].start > UPDATE_REACH:
            self._update = False  # past the header with no update time: none
        return None

    def _last_told_day_clock(self, c: Cand, part: bool = False) -> Timex | None:
        """A bare clock time told in the past ("A search dog found them at 19:40", "The roof collapsed
        at about 04:05") is a time of the day the report last named, not of the day it was published:
        an incident log, a fire service's summary, a rescue story name the day once ("11 January,
        17:05", "At 02:14 on Sunday 1 March", "on Sunday morning") and then go on by the clock. The
        day last named counts when it is before the document's date and within four sentences, and no
        time of the document's own day ("this morning", a clock time left on it) was told since; a
        morning time after that day's night, or a small-hours one after its evening, is the next day.
        ``part``: ``c`` is a part of a day ("flew back in the morning", "by the evening"), which goes on
        the same run of times (session 34), a morning after that day's evening or night the next day's."""
        ctx = self.ctx
        if ctx.dct is None or ctx.narrative or tense_at(ctx, c.start) != "past" \
                or not (re.fullmatch(r"\d\d:\d\d", c.value or "") or part and c.value in ("MO", "AF", "EV")):
            return None
        if entry_update_stamp(ctx.text, c.start):
            return None  # "Updated 16:10" heading a live page's entry: when the entry was written, not a day it told
        sa = sentence_of(ctx, c.start)[0]
        for _ in range(_TOLD_DAY_SENTENCES - 1):
            back = len(ctx.text[:sa].rstrip()) - 1
            if back >= 0:
                sa = sentence_of(ctx, back)[0]
        for i in range(len(self.out) - 1, -1, -1):
            t = self.out[i]
            if t.start < sa:
                return None
            told = _DAY_VALUE.fullmatch(t.value)
            if t.type not in ("DATE", "TIME") or told is None or t.certainty == "undated" or not isinstance(t.begin, date):
                continue  # a month, a year, a stretch: no day of its own
            # the page's own day, or a day ahead: the time is the page's; but when the page's day is only
            # inferred, from the latest day the text tells, a run of times past that day's evening goes
            # on into the night after it ("on 6 May ... The polls closed at 10pm. The result came at
            # 3.15am" is of the 7th: the text tells that day by its evening, not the night after)
            on_inferred_day = ctx.dct_inferred and not t.derivation.endswith("(this day)") and (
                t.begin == ctx.dct or t.begin == ctx.dct + timedelta(days=1) and t.derivation.startswith(_LAST_TOLD_DAY))
            if (t.derivation.endswith("(this day)") or t.derivation.endswith(NIGHT_GONE) or t.begin >= ctx.dct) \
                    and not on_inferred_day:
                return None
            if t.type != "TIME" and not self._day_of_time_before(i):
                return None  # a day named without a time ("reported missing on Sunday") starts no run of times
            if plainly_future(ctx, t.start) or plainly_future(ctx, c.start):
                return None  # "said the first ferry would leave at 06:30": a plan, no time of the account
            day, when = t.begin, told[2]
            if t.type != "TIME":  # "at 11pm on Tuesday": the day of the time said before it
                when = _DAY_VALUE.fullmatch(self.out[i - 1].value)[2]  # type: ignore[index]
            back = _PAST_PERFECT.search(ctx.text, sentence_of(ctx, c.start)[0], c.start) is not None
            if not back and _EVENING_ON.fullmatch(when or "") and (c.value == "MO" if part else c.value < min(when if ":" in when else "18:00", "12:00")) \
                    and day < MAX_DAY:
                day += timedelta(days=1)  # "hit on Sunday evening ... at 06:30": the clock ran on past midnight
            elif on_inferred_day and (t.begin == ctx.dct or c.value < (when or "")):
                return None  # a time of the page's own day after all, or no later in the night run on into
            return timex(ctx, c, self._offset_spec(day, c), "inferred", f"{_LAST_TOLD_DAY} {t.value}", i)
        return None

    def story_night(self, day: date, c: Cand) -> tuple[date, int] | None:
        """The day after ``day`` for a small-hours clock time ``c`` (before 06:00) told, in a story's
        paragraph of one day, after an evening time of that day: a diary's "At 9pm we turned in. At 2am
        the wind tore the tent" runs forward past midnight, as narrative does. A later small hour goes on
        from one already moved ("At 3am ... by 5am"). Not told in a past perfect ("We had fed the team
        at 6am" looks back), nor when a day was named since the evening time. Returns the day and the
        index of the time it follows, or None."""
        ctx = self.ctx
        clock = c.value or ""
        if c.type != "TIME" or not re.fullmatch(r"\d\d:\d\d", clock) or clock >= "06" or day >= MAX_DAY:
            return None
        if _PAST_PERFECT.search(ctx.text, sentence_of(ctx, c.start)[0], c.start) is not None:
            return None
        para = paragraph_start(ctx.text, c.start)
        for i in range(len(self.out) - 1, max(-1, len(self.out) - 8), -1):
            t = self.out[i]
            if t.start < para:
                return None
            told = _DAY_VALUE.fullmatch(t.value)
            if told is None or not isinstance(t.begin, date):
                continue
            if t.type == "DATE":
                if t.begin == t.end_day and not self._day_of_time_before(i):
                    return None  # a day named since: the run starts again
                continue
            when = told[2] or ""
            if t.type != "TIME" or not (":" in when or when in ("EV", "NI")):
                continue
            if t.begin == day and _EVENING_ON.fullmatch(when):
                return day + timedelta(days=1), i
            if t.begin == day + timedelta(days=1) and t.derivation.startswith(PAST_MIDNIGHT) and when <= clock:
                return t.begin, i
            return None
        return None

    def _day_of_time_before(self, i: int) -> bool:
        """Whether day ``i`` is the day of the clock time just before it ("10 p.m. on Saturday", marked as
        two expressions the TimeML way), so that it is no new day named after that time."""
        if i == 0:
            return False
        t, before = self.out[i], self.out[i - 1]
        joint = self.ctx.text[before.end:t.start]
        return before.type == "TIME" and before.begin == t.begin and re.fullmatch(r"(?i)\s*,?\s*(?:on|at)?\s*", joint) is not None

    def _entry_stamp_end(self, pos: int) -> int | None:
        """Where the clock stamp opening the line of ``pos`` ends (a live page's or a timeline's entry,
        "23:10 – The count will resume on Monday"), or None when no stamp opens it: ``pos`` before it
        is the stamp, after it in the entry's words."""
        stamp = entry_clock(self.ctx.text, pos)
        return stamp.end() if stamp is not None else None

    def _past_midnight(self, spec: Spec, pos: int | None = None) -> tuple[Spec, int] | None:
        """A clock time of the document's day (or of the day heading it) in a run of clock times, as a
        live blog or a timeline lists them: once the run has gone past midnight ("11.50pm", then
        "00:40") its later times are on the next day. A time in the small hours right after an
        evening one starts that day; a time not before the last one stays on the last one's day. A
        day named in between starts the run again; "4pm" told after "9pm" (no small hours) stays put.
        Returns the moved time and the index of the time it follows."""
        clock = re.fullmatch(r"(\d\d):(\d\d)", spec.clock or "")
        if clock is None or spec.year is None or spec.month is None or spec.day is None:
            return None
        stamp_end = self._entry_stamp_end(pos) if pos is not None else None
        entry = pos is not None and stamp_end is not None and pos < stamp_end
        for i in range(len(self.out) - 1, max(-1, len(self.out) - 8), -1):
            t = self.out[i]
            if t.type == "DATE" and isinstance(t.begin, date) and t.begin == t.end_day:
                told_end = self._entry_stamp_end(t.start) if entry else None
                if told_end is not None and t.start >= told_end:
                    # "03:50 – ... will be sworn in on Monday. / 04:05 – ...": a day told in an
                    # entry's words is no heading of the run, whose next stamp goes on from the last
                    continue
                return None  # a day named since the last time: the run starts again
            last = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)", t.value)
            if t.type != "TIME" or last is None:
                continue
            if not (t.derivation.startswith(PAST_MIDNIGHT) or t.derivation.startswith(TIMELINE_DAY)
                    or t.derivation.startswith("document date") and t.derivation.endswith("(this day)")):
                return None  # the last time was said of a day of its own ("noon on Saturday")
            here = date(spec.year, spec.month, spec.day)
            hour, minute = int(clock[1]), int(clock[2])
            try:
                # "24:00" is the midnight that ends its day
                before = datetime(int(last[1]), int(last[2]), int(last[3])) + timedelta(hours=int(last[4]), minutes=int(last[5]))
                if here > before.date() or hour > 23:
                    return None
                if (hour, minute) >= (before.hour, before.minute):
                    day = before.date()
                elif before.hour >= 18 and hour < 6:
                    day = before.date() + timedelta(days=1)
                else:
                    return None
            except (OverflowError, ValueError):
                return None  # the calendar's last day
            if day == here or day > MAX_DAY:
                return None
            return spec.with_(year=day.year, month=day.month, day=day.day), i
        return None

    def _clock_offset(self, c: Cand) -> Timex:
        """ "14 minutes later", "two hours earlier": the clock time that many minutes or hours from
        the last clock time the text gave, in this sentence or the two before; without one, the
        stretch itself (a duration)."""
        ctx = self.ctx
        sa, _ = sentence_of(ctx, c.start)
        for _ in range(2):
            back = len(ctx.text[:sa].rstrip()) - 1
            if back >= 0:
                sa = sentence_of(ctx, back)[0]
        minutes = (c.n or 0) * (60 if c.unit == "TH" else 1)
        # only a told sequence of past events counts on ("declared an emergency 14 minutes later"); a
        # post's "reach home 2 hours later" says how long it took
        for i in range(len(self.out) - 1 if tense_at(ctx, c.start) == "past" else -1, -1, -1):
            t = self.out[i]
            if t.start < sa:
                break
            m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)", t.value)
            opened = ctx.text.rfind("(", sa, t.start)
            if opened >= 0 and ctx.text.find(")", opened, t.start) < 0:
                continue  # "18:52 local time (16:52 UTC)": the same moment in another zone
            if m and int(m[4]) < 24:
                when = datetime(int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5])) + timedelta(minutes=minutes)
                if not MIN_DAY <= when.date() <= MAX_DAY:
                    break
                spec = Spec("D", year=when.year, month=when.month, day=when.day, clock=f"{when.hour:02d}:{when.minute:02d}")
                return timex(ctx, c, spec, t.certainty if t.certainty != "undated" else "inferred",
                              f"{t.value} {minutes:+g} minutes", i)
        # the stretch alone, without its "later", as TimeML marks a duration
        end = c.start + len(re.sub(r"(?i)[\s-]+(?:later|earlier)$", "", ctx.text[c.start:c.end]))
        return Timex(c.start, end, ctx.text[c.start:end], "DURATION", duration_value(abs(c.n or 0), c.unit or "TM"),
                     c.mod, None, None, "exact", "a stretch from no clock time", None)
