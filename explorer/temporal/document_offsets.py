"""Expressions counted from the document's date: "today", "last year", "two weeks ago", "at 9 a.m.".

News counts "yesterday" and "this month" from the day it was written; a clock time belongs to the
day named beside it, a story's "this year" to the story's time. This family decides which day a
document-relative expression counts from (and leaves it undated, waiting for the document date,
when there is none).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from explorer.temporal.anchor_context import PARAGRAPH_BREAK as _PARAGRAPH_BREAK, Context, inside_quotes, paragraph_start, sentence_of
from explorer.temporal.clock_times import NIGHT_GONE, PAST_MIDNIGHT, SMALL_HOURS, TIMELINE_DAY, UPDATE_REACH, UPDATED_BEFORE, entry_update_stamp
from explorer.temporal.compared_periods import gran_of_value
from explorer.temporal.document_date import dateline_month_day
from explorer.temporal.grammar import Cand
from explorer.temporal.grammar.rules_business import NEW_YEAR
from explorer.temporal.grammar.rules_posts import is_post
from explorer.temporal.named_days import CLOCK_AFTER_DAY
from explorer.temporal.narrators_present import present_clause
from explorer.temporal.normalize import MAX_DAY, Spec, shift, span_of, spec_of_day
from explorer.temporal.occurrence import weekend_offset
from explorer.temporal.reported_years import telling_day
from explorer.temporal.resolver_state import is_weekday_of_a_told_time, ResolverState, timex, undated_value
from explorer.temporal.clause_direction import plainly_future
from explorer.temporal.tense import tense_at
from explorer.temporal.tense_markers import REPORTING
from explorer.temporal.timex import DOCUMENT_ANCHOR, Timex


# What may stand between a clock time and the day word said after it ("6:30 tmr", "9am, tomorrow")
_DAY_AFTER_CLOCK = re.compile(r"(?i)[ \t]*(?:,|on)?[ \t]*")

# a state said in the present to last up to a time: "stays mild through the weekend"
_THROUGH_BEFORE = re.compile(r"(?i)\b(?:through|thru|until|till|into)\s+$")

# "at 02:20 that night", "1 a.m. the same night": a time in the small hours of the night just told
_THAT_NIGHT = re.compile(r"(?i)\s*,?\s*(?:that|the\s+same|that\s+same)\s+night\b")
#: a rule that holds on many days: "every day", "daily", "each evening", "every Thursday", "on
#: weekdays", "seven days a week", "Mondays to Fridays"
_EVERY_DAY = re.compile(
    r"(?i)\b(?:every|each)\s+(?:single\s+)?(?:day|morning|afternoon|evening|night|weekday|weekend|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\bdaily\b|\bweekdays\b|\bseven\s+days\s+a\s+week\b"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)days\s+(?:to|through|-|–)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)days\b")
#: a clock time as an end of opening hours: "from 10am", "until 9pm", "10:00 to 01:00", "8am–8pm"
_HOURS_AFTER = re.compile(r"(?i)[ \t]*(?:-|–|—|to|until|till)[ \t]*(?:\d|noon|midnight)")
_HOURS_BEFORE = re.compile(r"(?i)(?:\bfrom|\bbetween|\buntil|\btill|\bto|-|–|—)[ \t]*$")
#: how far (in characters) from a clock time such a rule may be said, in its sentence
_EVERY_DAY_REACH = 60


def _standing_hours(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """Whether the clock time at ``start``..``end`` is an hour of a standing rule: an end of a span of
    hours ("from 8am to 8pm") with a rule of every day said within reach of it in its clause (no full
    stop or semicolon between)."""
    if not (_HOURS_AFTER.match(text, end) or _HOURS_BEFORE.search(text, max(0, start - 12), start)):
        return False  # one time of a day ("wakes at 6am every day") may be a day's; hours are a span
    a, b = max(sentence[0], start - _EVERY_DAY_REACH), min(sentence[1], end + _EVERY_DAY_REACH)
    for m in _EVERY_DAY.finditer(text, a, b):
        between = text[min(m.end(), end):max(m.start(), start)]
        if ";" not in between and ". " not in between:
            return True
    return False


#: the page's own day said right after a clock time: "at 03:55 UTC this morning", "04:12 today"
_TODAY_AFTER = re.compile(r"(?i)[ \t]+(?:today|tonight|this[ \t]+(?:morning|afternoon|evening))\b")
# a clock time that names its own day ("06:00 today", "9pm tonight", "7am this morning")
_NAMES_ITS_DAY = re.compile(r"(?i)\b(?:today|tonight|tonite|this\s+(?:morning|afternoon|evening)|last\s+night)\b")
#: a part of a day said with "the" and no day of its own ("in the morning", "by the evening",
#: "during the night"): a part of the day the report has just named
_THE_PART = re.compile(r"(?i)(?:during\s+|through\s+)?the\s+(?:morning|afternoon|evening|night)")
#: a part of a day without its article after "by"/"until"/"toward": "crossed the border early Sunday,
#: and by evening had taken 5,000 prisoners" (the evening of the day told, as "the evening" is)
_BARE_PART = re.compile(r"(?i)morning|afternoon|evening|night")
_BY_BEFORE = re.compile(r"(?i)\b(?:by|until|till|toward|towards)\s+$")
#: "until", "till" right before a clock time (a hedge allowed): the end of a stretch that began earlier
_UNTIL_BEFORE = re.compile(r"(?i)\b(?:until|till|til)\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?$")
#: a TIMEX3 value with a clock time before noon
_MORNING_CLOCK = re.compile(r"T(?:0\d|1[01]):")
_PART_NAMES = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}


#: "this week" said on a Sunday, the last day of its ISO week ("later this week" too, not "earlier")
_THIS_WEEK = re.compile(r"(?i)(?:later\s+)?this\s+week")
#: a scheduled present or a copula right before it: "Congress returns this week", "talks resume this
#: week", "the vote is this week" (a calendar for the days ahead, as a Sunday paper writes one)
_SCHEDULED_BEFORE_WEEK = re.compile(
    r"(?i)\b(?:meets?|opens?|begins?|starts?|resumes?|continues|reopens?|convenes?|returns?|arrives?|visits?|"
    r"hosts?|faces?|plays?|takes?\s+(?:up|place|effect)|goes\s+ahead|go(?:es)?\s+on\s+trial|is|are)"
    r"(?:\s+(?:again|later|early|back|[a-z]+ly))?\s+$")


def _week_ahead_of_sunday(ctx: Context, c: Cand) -> bool:
    """Whether ``c``, "this week" on a Sunday, means the week that begins the next day: told in the
    future ("will vote this week") or as a calendar in the present ("returns this week"), or "later
    this week". The ISO week of a Sunday is the one ending that day, which a Sunday paper's preview
    has already put behind it; told in the past ("voted this week") it is that ending week."""
    assert ctx.dct is not None
    if ctx.dct.weekday() != 6 or c.unit != "W" or c.n or c.value is not None \
            or not _THIS_WEEK.fullmatch(ctx.text, c.start, c.end):
        return False
    if ctx.text[c.start:c.end].lower().startswith("later"):
        return True
    tense = tense_at(ctx, c.start)
    if tense is not None:
        return tense == "future"
    return _SCHEDULED_BEFORE_WEEK.search(ctx.text, sentence_of(ctx, c.start)[0], c.start) is not None


#: a line that heads what follows it: short, and ending in no sentence's stop ("Wednesday 11 March
#: (to 12:00)", "Update 2 - 12 March 2026"), as against "On Monday the crews returned."
_HEADING_LINE = re.compile(r"[^\n]{1,60}(?<![.!?])[ \t]*(?=\n|$)")


def _on_a_heading_line(text: str, pos: int) -> bool:
    """Whether ``pos`` is on a line of its own that heads the lines after it (see :data:`_HEADING_LINE`)."""
    start = text.rfind("\n", 0, pos) + 1
    return _HEADING_LINE.match(text, start) is not None and text.find("\n", pos) != -1


def _night_gone_by(ctx: Context, c: Cand, n: float) -> bool:
    """Whether ``c`` is a lone "overnight" told in the past in a report ("the river rose overnight",
    "crews repaired the main overnight"): the night that ended on the page's day, which began the day
    before it. Told ahead ("the road will close overnight") it is the coming night, the page's own."""
    if n or c.type != "TIME" or c.unit != "D" or c.value != "NI" or ctx.narrative \
            or ctx.text[c.start:c.end].lower() != "overnight":
        return False
    return tense_at(ctx, c.start) == "past"


#: "the year" of a results report, and the figures it is the year of: "profit for the year"
_THE_YEAR = re.compile(r"(?i)the\s+(?:full\s+)?(?:(?:fiscal|financial)\s+)?year")
_FIGURES_FOR = re.compile(r"(?i)\b(?:results|earnings|profits?|net\s+income|loss(?:es)?|revenues?|sales|turnover)\s+(?:for|in)\s+$")
#: "this quarter" owning the figures of a results report: "This quarter's loss includes a charge",
#: "this quarter's results show ..." (figures that are out belong to a quarter that has ended)
_THIS_QUARTER = re.compile(r"(?i)this\s+quarter")
_OWNS_FIGURES = re.compile(
    r"(?i)['’]s\s+(?:[a-z-]+\s+)?(?:results|earnings|profits?|net|income|loss(?:es)?|revenues?|sales|turnover|"
    r"figures|performance|charges?|margins?)\b")
#: the end of a quarter ("the end of the quarter", "the close of the current quarter")
_QUARTER_END_AHEAD = re.compile(r"(?i)the\s+(?:end|close)\s+of\s+the\s+")
#: a modal verb with its verb before the expression: what may yet happen ("could test", "should recover")
_MODAL_BEFORE = re.compile(r"(?i)\b(?:could|might|may|should|would|will|shall|can)\s+(?:not\s+|still\s+|also\s+)?(?!have\b|be\s+[a-z]+ed\b)[a-z]{2,}\b")


#: a clock that says which half of the day it is: "11pm", "9 a.m.", "noon", a 24-hour "09:30" (its hours
#: from 13 need no telling)
_SAYS_ITS_HALF = re.compile(r"(?i)[ap]\.?m\b|noon|midday|midnight|\b0\d[:.]\d\d|\bhours\b")
#: how an hour read as the evening's is derived
EVENING_HOUR = "an hour of the evening or night of"

#: what stands between a time told and an "ago" that restates it: "in 2011, fifteen years ago"
_RESTATED_AFTER = re.compile(r",\s*(?:(?:about|some|nearly|almost|over|exactly|more\s+than)\s+)?")


#: How a story's "the new year" is derived ("the new year after the story's 1853-10").
_NEW_YEAR_AFTER = "the new year after the story's "


class DocumentOffsets(ResolverState):
    """Anchoring rules for what counts from the document's date (or a day named beside it)."""

    def _dated_earlier_in_sentence(self, c: Cand) -> bool:
        """Whether a day already tagged earlier in ``c``'s sentence dates its telling ("had warned on
        Friday that the talks could fail by the weekend"): a plan is then ahead of that day, not of
        the page's."""
        start = sentence_of(self.ctx, c.start)[0]
        return any(t.type == "DATE" and start <= t.start < c.start for t in self.out)

    def _quarter_owning_results(self, c: Cand) -> tuple[Spec, int] | None:
        """ "Third-quarter net fell 20% ... This quarter's loss includes a $4 million charge", told in
        November: a results report's "this quarter" that owns figures is the quarter it reports, the
        last one completed, which the text named before (as a quarter of its own or a year back),
        not the one under way, whose figures cannot be out yet. Returns the spec and the expression
        naming that quarter; None when the text reports no such quarter."""
        ctx = self.ctx
        if ctx.dct is None or ctx.narrative or c.unit != "Q" or c.n or c.value is not None \
                or not _THIS_QUARTER.fullmatch(ctx.text, c.start, c.end) or not _OWNS_FIGURES.match(ctx.text, c.end) \
                or tense_at(ctx, c.start) == "future":
            return None  # "this quarter's sales will be lower": the quarter under way
        first_day = date(ctx.dct.year, 3 * ((ctx.dct.month - 1) // 3) + 1, 1)
        ended = shift(first_day, "M", -3)  # the first day of the last quarter completed
        for begin in (ended, shift(ended, "Y", -1)):
            for index in range(len(self.out) - 1, -1, -1):
                t = self.out[index]
                if gran_of_value(t.value) == "Q" and t.begin == begin:
                    return spec_of_day(ended, "Q"), index
        return None

    def _deictic_day_before(self, c: Cand) -> int | None:
        """The day told from the page's date ("tomorrow", "yesterday", "tonight") earlier in ``c``'s
        sentence, as an index into ``out``; None when there is none, when it is only the day a
        statement was made on ("said yesterday that ..."), or when ``c`` opens a timeline's entry."""
        sa = sentence_of(self.ctx, c.start)[0]
        for i in range(len(self.out) - 1, -1, -1):
            t = self.out[i]
            if t.start < sa:
                return None
            if self.cands[i].kind != "dct" or t.type not in ("DATE", "TIME") or not isinstance(t.begin, date) \
                    or t.begin != t.end_day or not re.fullmatch(r"\d{4}-\d\d-\d\d(?:T(?:MO|AF|EV|NI))?", t.value) \
                    or t.derivation.endswith(NIGHT_GONE):
                continue  # (the night just gone ended on the page's day, which the clock after it is of)
            between = self.ctx.text[t.end:c.start]
            if REPORTING.search(self.ctx.text, sa, c.start) and re.search(r"(?i)\bthat\b", between):
                return None  # "said yesterday that the man was seen at 10pm": the telling's day, not the sighting's
            return i
        return None

    def _telling_day_weekend(self, c: Cand) -> int | None:
        """The weekend a plan told on a day named earlier in the sentence looks to, in ISO weeks from
        the document's: the one ending that day's week ("had warned on Friday that the talks could
        fail by the weekend", read on Monday: the weekend just gone; "said Thursday it would deploy
        troops by the weekend", read that Thursday: the one ahead). None when no such day is named."""
        start = sentence_of(self.ctx, c.start)[0]
        days = [t.begin for t in self.out if t.type == "DATE" and start <= t.start < c.start
                and isinstance(t.begin, date) and t.begin == t.end_day]
        if not days:
            return None
        told, dct = days[-1], self.ctx.dct
        return ((told - timedelta(days=told.weekday())) - (dct - timedelta(days=dct.weekday()))).days // 7

    def _names_a_day_before(self, c: Cand) -> bool:
        """Whether a single day was told before ``c`` in its sentence or on its line ("Thursday 13 March
        – Lunch club, as every Thursday, from noon": that Thursday's noon)."""
        line = self.ctx.text.rfind("\n", 0, c.start) + 1
        start = min(sentence_of(self.ctx, c.start)[0], line)
        return any(t.start >= start and t.type == "DATE" and isinstance(t.begin, date) and t.begin == t.end_day
                   for t in self.out)

    def _night_told_in_the_past(self, c: Cand) -> Timex:
        """The night of a lone "overnight" told in the past (see :func:`_night_gone_by`). A day the
        account told earlier in its paragraph is the day whose night it is ("The storm hit the coast on
        Monday. It weakened overnight": Monday night; "began at 19:40 yesterday and went on overnight");
        a day heading its lines is the morning after it ("Wednesday 11 March" above "The deck cured
        overnight": the night before); with neither, or after the page's own day ("this morning"), it
        is the night that ended on the page's day, which began the day before it (TimeML dates a night
        by its evening)."""
        ctx = self.ctx
        assert ctx.dct is not None
        sentence, paragraph = sentence_of(ctx, c.start)[0], paragraph_start(ctx.text, c.start)
        for i in range(len(self.out) - 1, -1, -1):
            t = self.out[i]
            if t.start < paragraph:
                break
            if t.type not in ("DATE", "TIME") or t.certainty == "undated" or not isinstance(t.begin, date) \
                    or t.begin != t.end_day or t.parts or t.derivation.endswith(NIGHT_GONE):
                continue
            in_sentence = t.start >= sentence and self.cands[i].kind != "dct"
            if t.begin == ctx.dct and not in_sentence:
                break  # "tested positive this morning ... moved two patients overnight": the night just gone
            if not in_sentence and _on_a_heading_line(ctx.text, t.start):
                day, why = t.begin - timedelta(days=1), f"the night before the day heading it, {t.value}"
            else:
                day, why = t.begin, f"the night of the day told, {t.value}"
            return timex(ctx, c, self._offset_spec(day, c), "inferred", why, i)
        spec = self._offset_spec(ctx.dct, replace(c, n=-1))
        return timex(ctx, c, spec, self._dct_certainty(), f"document date {ctx.dct.isoformat()} - 1 day {NIGHT_GONE}")

    def _update_of_overnight_page(self, c: Cand) -> Timex | None:
        """A live page that covers a night ("Thursday 7 May 2026 – Friday 8 May 2026", then "Last
        updated 02:40") was last updated on the day its small hours fall in: a stamp before noon is on
        the range's second day, a later one on its first (the page's date is the first). The entries
        then go back from it (a stamp later than it, the evening before), as on any live page."""
        ctx = self.ctx
        if c.type != "TIME" or c.n or not re.fullmatch(r"\d\d:\d\d", c.value or "") or c.start > UPDATE_REACH \
                or not UPDATED_BEFORE.search(ctx.text, max(0, c.start - 24), c.start):
            return None
        for i in range(len(self.out) - 1, -1, -1):
            t = self.out[i]
            if len(t.parts) != 2 or t.type != "DATE":
                continue
            first, second = t.parts[0].begin, t.parts[1].begin
            if not isinstance(first, date) or not isinstance(second, date) or (second - first).days != 1 \
                    or t.parts[0].end_day != first or t.parts[1].end_day != second:
                return None
            day = second if (c.value or "") < "12" else first
            return timex(ctx, c, self._offset_spec(day, c), "inferred", f"update of the night's page {t.value}", i)
        return None

    def _restates_the_time_told(self, c: Cand) -> bool:
        """ "I retired in 2011, fifteen years ago": an "ago" set after a comma beside the time just told,
        which it restates counted from the page's date (given, not guessed); counted from the story's
        time instead it named 1996."""
        ctx = self.ctx
        if ctx.dct is None or ctx.dct_inferred or not self.out or not c.n or c.unit not in ("Y", "M", "D", "W"):
            return False
        told = self.out[-1]
        if not _RESTATED_AFTER.fullmatch(ctx.text, told.end, c.start):
            return False
        if not isinstance(told.begin, date) or not isinstance(told.end_day, date):
            return False
        span = span_of(self._offset_spec(ctx.dct, c))
        return span is not None and told.begin <= span[0] <= told.end_day

    def _part_of_the_told_day(self, c: Cand, day: date) -> bool:
        """Whether ``c`` is "the morning", "the afternoon", "the evening" told in the past, in the
        paragraph of the day just told or the one after it, that day well before the page's: a news page
        retelling an old day goes on through its hours (a bare part of the day is the page's own only
        when nothing else is told)."""
        ctx = self.ctx
        if ctx.dct is None or c.type != "TIME" or c.n or c.unit != "D" or self.last_dated is None \
                or not (c.value or "").startswith(("MO", "AF", "EV")) \
                or ctx.text[c.start:c.start + 4].lower() != "the " or (ctx.dct - day).days < 7 \
                or tense_at(ctx, c.start) != "past" or inside_quotes(ctx, c.start):
            return False
        told = self.out[self.last_dated]
        return len(_PARAGRAPH_BREAK.findall(ctx.text, told.end, c.start)) <= 1

    def _story_new_year(self, c: Cand) -> Timex | None:
        """ "We refitted over the summer and sailed for England in the new year" after "October 1853",
        in a page with no date: the year after the story's time when that time reached the second half
        of its year (1854), else its own year; None for anything but "the new year", with no dated time
        told before, or in quoted speech."""
        ctx = self.ctx
        if c.value != NEW_YEAR or self.last_dated is None or inside_quotes(ctx, c.start):
            return None
        prev = self.out[self.last_dated]
        end = prev.end_day or prev.begin
        if not isinstance(end, date) or prev.certainty == "undated" or end.year < 1:
            return None
        # (the new year told again is the same one)
        year = end.year if prev.derivation.startswith(_NEW_YEAR_AFTER) else end.year + (1 if end.month >= 7 else 0)
        return timex(ctx, c, Spec("Y", year=year), "inferred", f"{_NEW_YEAR_AFTER}{prev.value}",
                     self.last_dated)

    def _undated_weekday_just_told(self, c: Cand) -> int | None:
        """The weekday told just before ``c`` in its sentence with no day to count from (a weekday of an
        old year the sentence names), as an index into ``out``; None for anything else."""
        if not self.out or self.out[-1].start < sentence_of(self.ctx, c.start)[0]:
            return None
        last = self.out[-1]
        return len(self.out) - 1 if is_weekday_of_a_told_time(last) else None

    def _runs_past_midnight(self, day: date, c: Cand) -> bool:
        """Whether the clock time ``c``, told on ``day``, ends a stretch that ran on past midnight: a
        small hour (before five) right after "until" or "till" ("stayed until two in the morning",
        "at work till 3 a.m."), which is the night after the day told, not its early morning."""
        clock = self._offset_spec(day, c).clock
        return clock is not None and clock[:2] < "05" and day < MAX_DAY \
            and _UNTIL_BEFORE.search(self.ctx.text, max(0, c.start - 24), c.start) is not None

    def _from_dct(self, c: Cand) -> Timex:
        ctx = self.ctx
        story = self._story_span()
        if ctx.narrative and c.type == "TIME" and not c.n and story is not None and story[0] == story[1]:
            # "at 5:30 PM" in a story is on the story's day, not on the day the text was written
            spec = self._offset_spec(story[0], c)
            if self._runs_past_midnight(story[0], c):
                # "The 12th. Heavy weather all day. The carpenter at work until two in the morning."
                spec = self._offset_spec(story[0] + timedelta(days=1), c)
                return timex(ctx, c, spec, "inferred", f"{SMALL_HOURS} {story[0].isoformat()}", self.last_dated)
            night = self.story_night(story[0], c)
            if night is not None:
                # "At 9pm we turned in. At 2am the wind tore the tent": the story ran on past midnight
                later, index = night
                return timex(ctx, c, self._offset_spec(later, c), "inferred", f"{PAST_MIDNIGHT} {self.out[index].value}", index)
            return timex(ctx, c, spec, "inferred", f"story day {story[0].isoformat()}", self.last_dated)
        if story is not None and story[0] == story[1] and self._part_of_the_told_day(c, story[0]):
            # "arrived in the afternoon" after "At 11.15 a.m. on 13 May 1910 … that morning", in a page
            # of 2010: the afternoon of the day the account tells, not the page's
            spec = self._offset_spec(story[0], c)
            return timex(ctx, c, spec, "inferred", f"story day {story[0].isoformat()}", self.last_dated)
        overnight = self._update_of_overnight_page(c)
        if overnight is not None:
            return overnight
        if ctx.narrative and story is not None and ctx.dct is not None and not ctx.dct_inferred \
                and c.unit == "D" and c.value in (None, "MO", "AF", "EV", "NI") and inside_quotes(ctx, c.start):
            # "He said in an address, 'I am tonight announcing ...'" in a history of 1969 dated 2009:
            # the speaker's day, the story's day when it is told to the day, else a day the text does
            # not name; not the day the page was written or fetched
            if story[0] == story[1]:
                spec = self._offset_spec(story[0] + timedelta(days=int(c.n or 0)), c)
                return timex(ctx, c, spec, "inferred", f"said on the story day {story[0].isoformat()}", self.last_dated)
            part = f"T{c.value}" if c.type == "TIME" and c.value else ""
            return timex(ctx, c, None, "undated", "said on a day of the story the text does not name",
                         value=f"XXXX-XX-XX{part}")
        if c.type == "TIME" and not c.n and c.unit == "D" and re.fullmatch(r"\d\d:\d\d", c.value or "") \
                and _standing_hours(ctx.text, c.start, c.end, sentence_of(ctx, c.start)) \
                and not self._opens_entry(c) and not self._names_a_day_before(c):
            # "open daily except Mondays, from 10am to 5pm", "sell alcohol from 10:00 to 01:00 every
            # day", "our team is available every day from 8am to 8pm": hours that hold on every day
            # a rule names, a time of no one day (TimeML leaves the day unsaid)
            return timex(ctx, c, None, "undated", "a time of the days a standing rule names",
                         value=f"XXXX-XX-XXT{c.value}")
        if ctx.dct is not None and not ctx.narrative and c.type == "TIME" and not c.n and c.unit == "D" \
                and re.fullmatch(r"\d\d:\d\d", c.value or "") and _TODAY_AFTER.match(ctx.text, c.end):
            # "At 03:55 UTC this morning the stations recorded ...", after "the same evening" of a day
            # told days before: the page's own morning, not the small hours after that evening
            return timex(ctx, c, self._offset_spec(ctx.dct, c), self._dct_certainty(),
                         f"document date {ctx.dct.isoformat()} (this day, said after it)")
        entry = c.type == "TIME" and not c.n and ":" in (c.value or "") and self._opens_entry(c)
        # ("Update, 16:20: The council announced ..." under a report of Tuesday's count: when the page
        # was written, no time of the account's day)
        timeline = self._timeline_day(c) if entry and not entry_update_stamp(ctx.text, c.start) else None
        if timeline is not None:
            # "13:02 – A change was deployed" under "Timeline", in a report of an outage on Tuesday 21
            # May published a week later: the entries are on the day the report is about
            named = self.out[timeline]
            assert isinstance(named.begin, date)
            spec = self._offset_spec(named.begin, c)
            moved = self._past_midnight(spec, c.start)
            if moved is not None:
                later, index = moved
                return timex(ctx, c, later, "inferred", f"{PAST_MIDNIGHT} {self.out[index].value}", index)
            return timex(ctx, c, spec, "inferred", f"{TIMELINE_DAY} {named.value}", timeline)
        # a timeline's entry is the time of its own line: a day named in the entry before it is not its day
        bare_clock = c.type == "TIME" and not c.n and ":" in (c.value or "") and not entry \
            and not _NAMES_ITS_DAY.search(ctx.text, c.start, c.end)  # "06:00 today" is today's, whatever day was named
        day_here = self._day_in_sentence(c, 2) if bare_clock else None
        if day_here is not None and ctx.dct is not None and isinstance(self.out[day_here].begin, date) \
                and self.out[day_here].begin > ctx.dct and self.out[day_here].start < sentence_of(ctx, c.start)[0] \
                and tense_at(ctx, c.start) == "past":
            # "... landfall late Thursday or early Friday, forecasters said. At 11 a.m., the storm was
            # 380 miles south": a forecast day of the sentence before is not the day of a time the
            # writer reports in the past
            day_here = None
        if day_here is not None and entry_update_stamp(ctx.text, c.start) \
                and self.out[day_here].start < ctx.text.rfind("\n", 0, c.start):
            day_here = None  # "Updated 15:05" heading an entry: the page's time, not that of a day the entry before told
        deictic = self._deictic_day_before(c) if bare_clock else None
        if deictic is not None and (day_here is None or self.out[day_here].start < self.out[deictic].start):
            # "High water tomorrow is at 7.52am", "Tonight the crew is out ... until about 11pm": a clock
            # time in the sentence of a day told from the page's ("tomorrow", "yesterday", "tonight")
            # is a time of that day, not of the page's day, nor of a day named in the sentence before
            named = self.out[deictic]
            assert isinstance(named.begin, date)
            day = named.begin
            if re.search(r"T(?:EV|NI)$", named.value) and (c.value or "99") < "05" and day < MAX_DAY:
                day += timedelta(days=1)  # "tonight ... until 1am": past midnight
            return timex(ctx, c, self._offset_spec(day, c), self._dct_certainty(), f"on the day of {named.value}", deictic)
        if day_here is None and bare_clock:
            told = self._account_clock(c) or self._last_told_day_clock(c)
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
                return timex(ctx, c, spec, "inferred", f"{SMALL_HOURS} {named.value}", day_here)
            if named.type == "DATE" and named.end <= c.start and self._runs_past_midnight(named.begin, c):
                # "On Friday they stayed until two in the morning"
                spec = self._offset_spec(named.begin + timedelta(days=1), c)
                return timex(ctx, c, spec, "inferred", f"{SMALL_HOURS} {named.value}", day_here)
            if spec.clock is not None and re.search(r"T(?:EV|NI)$", named.value) and "06" <= spec.clock[:2] <= "11" \
                    and not _SAYS_ITS_HALF.search(ctx.text, c.start, c.end) and named.start >= sentence_of(ctx, c.start)[0]:
                # "On Friday night the sirens went at half past eleven", "That evening they played
                # until a quarter to ten": an hour with no a.m. or p.m., told on a day's evening or
                # night, is that evening's (23:30, 21:45), not the morning's
                spec = spec.with_(clock=f"{int(spec.clock[:2]) + 12:02d}{spec.clock[2:]}")
                return timex(ctx, c, spec, "inferred", f"{EVENING_HOUR} {named.value}", day_here)
            later = self._after_evening(named.begin, c)
            if later != named.begin:
                # "at 11 p.m. on March 9 ... By 2 a.m.": the run of times went past midnight
                return timex(ctx, c, self._offset_spec(later, c), "inferred", f"{PAST_MIDNIGHT} {named.value}", day_here)
            return timex(ctx, c, spec, "exact" if named.certainty == "exact" else "inferred",
                          f"day of {named.value}", day_here)
        the_part = c.type == "TIME" and not c.n and c.value in ("MO", "AF", "EV", "NI") and c.unit == "D" \
            and (_THE_PART.fullmatch(ctx.text, c.start, c.end) is not None
                 or _BARE_PART.fullmatch(ctx.text, c.start, c.end) is not None
                 and _BY_BEFORE.search(ctx.text, max(0, c.start - 10), c.start) is not None)
        the_night = the_part and c.value == "NI"
        part_of = self._day_in_sentence(c, 2) if the_part else None
        if part_of is not None and the_night and self.out[part_of].start < sentence_of(ctx, c.start)[0]:
            sa, sb = sentence_of(ctx, self.out[part_of].start)
            if any(t.type == "TIME" and _MORNING_CLOCK.search(t.value) and sa <= t.start < sb for t in self.out):
                # "The trawler left at 6 a.m. on 3 March. Winds hampered the search through the night":
                # a time before noon in the sentence before says nothing of which night followed
                part_of = None
        if part_of is not None and isinstance(self.out[part_of].begin, date):
            # "made landfall on Monday and moved inland during the night", "Shares fell on Friday.
            # Dealers sold in the morning": "the" points at the day just named, in this sentence or
            # the one before, not at the day the report was written
            named = self.out[part_of]
            assert isinstance(named.begin, date)
            return timex(ctx, c, self._offset_spec(named.begin, c), "inferred", f"{_PART_NAMES[c.value or 'NI']} of {named.value}", part_of)
        undated_day = self._undated_weekday_just_told(c) if the_part and part_of is None else None
        if undated_day is not None:
            # "In 1977 a storm flattened the tent on the Saturday night, and the crowd finished the
            # evening in the hall": that Saturday's evening, as undated as the Saturday, not the page's
            day = self.out[undated_day]
            value = re.sub(r"T(?:MO|AF|EV|NI)$", "", day.value) + f"T{c.value}"
            return timex(ctx, c, None, "undated", f"{_PART_NAMES[c.value or 'NI']} of {day.value}", undated_day, value=value)
        after_time = self._night_after_time(c) if the_night else None
        if after_time is not None:
            spec, index = after_time
            return timex(ctx, c, spec, "inferred", f"the night after {self.out[index].value}", index)
        told_part = self._last_told_day_clock(c, part=True) if the_part and not the_night and part_of is None else None
        if told_part is not None:
            # "appeared on television at 05:30. The president flew back in the morning": a part of a
            # day told in the past goes on the run of times of the day last told, as a clock time does
            # (not "the night", which a time before noon says nothing of: see above)
            return told_part
        if ctx.narrative and story is not None and c.value == "ago" and c.n and c.unit in ("Y", "M", "D", "W") \
                and not inside_quotes(ctx, c.start) and not self._restates_the_time_told(c):
            # "had tricked him two years ago", told in 1975: counted from the story's time
            spec = self._offset_spec(story[0], c)
            return timex(ctx, c, spec, "inferred", f"story time {self.out[self.last_dated or 0].value} {c.n:+g} {c.unit}",
                          self.last_dated)
        promised_on = telling_day(ctx, c, self.out, self.cands) if not ctx.narrative else None
        if promised_on is not None:
            # "stated on November 18, 2021 that payment would be made by the end of the year": the
            # year the words were said in (reported_years.py)
            return timex(ctx, c, self._offset_spec(promised_on, c), "inferred",
                          f"said on {promised_on.isoformat()} {(c.n or 0):+g} {c.unit}")
        if ctx.narrative and story is not None and c.value == NEW_YEAR and (story_new_year := self._story_new_year(c)) is not None:
            # "died on the night of 11 November. She moved back to the city in the new year": the year
            # after the story's autumn, in a story with a page date as without one
            return story_new_year
        if ctx.narrative and not c.n and story is not None and c.unit in ("Y", "M"):
            # "the end of the year", "this year", "this month" in a story are the story's
            spec = spec_of_day(story[0], c.unit)
            return timex(ctx, c, spec, "inferred", f"story time {self.out[self.last_dated or 0].value}",
                          self.last_dated)
        if c.type == "TIME" and c.value and ":" in c.value and not c.n and c.unit == "D" and ctx.dct is not None:
            nxt = self._cand_after(c)
            if nxt is not None and nxt.kind == "dct" and nxt.unit == "D" and nxt.n and nxt.type == "DATE" \
                    and nxt.value is None and _DAY_AFTER_CLOCK.fullmatch(ctx.text, c.end, nxt.start):
                # "up at 6:30 tmr": the clock is on the day named right after it
                day = ctx.dct + timedelta(days=int(nxt.n))
                return timex(ctx, c, self._offset_spec(day, c), self._dct_certainty(),
                              f"on the day named after it (document date {nxt.n:+g} day)")
        if c.type == "TIME" and c.value and ":" in c.value and not c.n and c.unit == "D":
            nxt = self._cand_after(c)
            if nxt is not None and nxt.kind == "abs" and nxt.spec is not None and nxt.spec.gran == "D" \
                    and _DAY_AFTER_CLOCK.fullmatch(ctx.text, c.end, nxt.start):
                # "through midnight, December 12, 2022", "at 9 p.m. on March 3, 2021": the clock
                # is on the dated day said right after it, not on the document's
                span = span_of(nxt.spec)
                if span is not None:
                    return timex(ctx, c, self._offset_spec(span[0], c), "exact", "on the day named after it")
        if c.type == "TIME" and c.value and ":" in c.value and not c.n and c.unit == "D":
            got = self._day_just_before(c, CLOCK_AFTER_DAY)
            if got is not None:
                prev, index = got
                day = prev.parts[-1] if prev.parts else prev
                if isinstance(day.begin, date) and day.begin == day.end_day:
                    # "tomorrow at 12pm", "Sat-Sun 1:00pm-6:00pm": the clock is on the day just named
                    return timex(ctx, c, self._offset_spec(day.begin, c), "inferred", f"on the day of {day.value}", index)
        if c.rel == "bare" and c.type == "TIME" and c.value and ctx.narrative \
                and (story is not None or ctx.dct is not None and not ctx.dct_inferred):
            # "at night", "at 19:00" in a story: a time of some day the text does not name here (with
            # no story time at all it hangs on the document's date, below, and moves when that is set;
            # a date the page was given is when it was written or fetched, no day of the story: "the
            # Persians fled at night" in a history of 479 BC dated 2009 is no night of 2009)
            return timex(ctx, c, None, "undated", "a time of day whose day is not said", value=f"XXXX-XX-XXT{c.value}")
        if ctx.dct is None and ctx.narrative and c.type == "DATE" and not c.n and c.unit == "D" \
                and ctx.text[c.start:c.end].lower() == "today" and not inside_quotes(ctx, c.start) \
                and (tense_at(ctx, c.start) is None or present_clause(ctx.text, c.start, c.end)):
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
                return timex(ctx, c, None, "undated", "needs the document date", DOCUMENT_ANCHOR,
                              value=f"{day or 'XXXX-XX-XX'}T{c.value}")
            story_new_year = self._story_new_year(c)
            if story_new_year is not None:
                return story_new_year
            value = undated_value(c)
            if c.type == "DATE" and c.unit == "D" and isinstance(c.n, int) and abs(c.n) <= 7 and value == "XXXX-XX-XX" \
                    and (day := dateline_month_day(ctx.text, c.n)) is not None:
                # "VELDEN, March 14 (Northwire) - ... yesterday": the day before the dateline's, its
                # year unknown as the dateline's is
                return timex(ctx, c, None, "undated", "the dateline's day, its year unknown", DOCUMENT_ANCHOR, value=day)
            return timex(ctx, c, None, "undated", "needs the document date", DOCUMENT_ANCHOR, value=value)
        if c.value == "the past" and ctx.narrative:
            # a story's "in the past year" is the year before its own moment, a stretch of time
            return self._duration(Cand(c.start, c.end, "dur", "DURATION", value=f"P1{c.unit}"))
        compared = self._last_year_compared(c)
        if compared is not None:
            spec, index = compared
            return timex(ctx, c, spec, "inferred", f"the period compared with, after {self.out[index].value}", index)
        if c.value == NEW_YEAR and ctx.dct.month >= 11:
            c = replace(c, n=1)  # "in the new year", written in November or December: the year about to begin
        n = c.n or 0
        if c.unit == "WE" and c.rel is not None:
            tense = tense_at(ctx, c.start)
            if tense is None and c.rel == "the" and _THROUGH_BEFORE.search(ctx.text[max(0, c.start - 12):c.start]):
                tense = "future"  # "temperatures stay mild through the weekend": a state lasting into the one ahead
            elif tense == "past" and not ctx.narrative and plainly_future(ctx, c.start) \
                    and not self._dated_earlier_in_sentence(c):
                # "officials said the bridge would reopen over the weekend": a plan reported in the
                # past is still ahead of the report, as a weekday in the same clause is; but when the
                # report has a day of its own before it ("had warned on Friday that the talks could fail
                # by the weekend", read on Monday) the weekend is the one after that day, gone by now
                tense = "future"
            n = weekend_offset(ctx.dct, c.rel, tense, post=not ctx.narrative and is_post(ctx.text))
            if tense == "past" and c.rel == "the" and not ctx.narrative and plainly_future(ctx, c.start):
                told = self._telling_day_weekend(c)
                n = n if told is None else told
            if c.rel == "the" and tense != "past" and ctx.dct.weekday() >= 5 and not ctx.narrative \
                    and _BY_BEFORE.search(ctx.text, max(0, c.start - 12), c.start):
                # "crews expect to restore power by the weekend", "stays below freezing until the
                # weekend", said on a Saturday or Sunday: an end still ahead is the next weekend, not
                # the one under way
                n = 1
            c = Cand(c.start, c.end, c.kind, c.type, unit="WE", n=n)
        if _week_ahead_of_sunday(ctx, c):
            spec = self._offset_spec(ctx.dct, replace(c, n=1))
            return timex(ctx, c, spec, self._dct_certainty(), f"document date {ctx.dct.isoformat()} is a Sunday: the week ahead")
        spec = self._offset_spec(ctx.dct, c)
        if c.value == "ago" and c.unit == "Y" and self.last_dated is not None:
            prev = self.out[self.last_dated]
            compared = self._compared_period(n)
            if compared is not None:
                spec = compared
            elif gran_of_value(prev.value) == "M" and isinstance(prev.begin, date) and self._month_compared(c, prev):
                spec = spec_of_day(shift(prev.begin, "Y", n), "M")  # "prices rose in March from a year ago"
            elif gran_of_value(prev.value) in ("Q", "H") and prev.begin is not None and (ctx.dct - prev.begin).days < 300:
                # earnings reports: "a year ago" compares with the quarter (or half) just named
                spec = spec_of_day(shift(prev.begin, "Y", n), gran_of_value(prev.value))
        if c.unit == "Y" and not c.n and c.value is None and ctx.dct.month <= 3 \
                and _THE_YEAR.fullmatch(ctx.text, c.start, c.end) \
                and _FIGURES_FOR.search(ctx.text, max(0, c.start - 30), c.start) and tense_at(ctx, c.start) == "past":
            # "profit for the year rose 12%", told in February: the year whose figures are reported is
            # the one just ended, not the one begun weeks ago
            spec = self._offset_spec(ctx.dct, replace(c, n=-1))
            return timex(ctx, c, spec, self._dct_certainty(), f"document date {ctx.dct.isoformat()} - 1 year (the year reported)")
        if c.value == "quarter" and c.n == -1 and _QUARTER_END_AHEAD.match(ctx.text, c.start) \
                and (tense_at(ctx, c.start) == "future"
                     or _MODAL_BEFORE.search(ctx.text, sentence_of(ctx, c.start)[0], c.start)):
            # "profits will improve by the end of the quarter", "the market could test its lows before
            # the end of the quarter": an end still to come is the current quarter's, not the end of
            # the last quarter completed, which "the quarter" of a results report names
            spec = self._offset_spec(ctx.dct, replace(c, n=0))
            return timex(ctx, c, spec, self._dct_certainty(), f"document date {ctx.dct.isoformat()} (this quarter, its end ahead)")
        reported = self._quarter_owning_results(c)
        if reported is not None:
            spec, index = reported
            return timex(ctx, c, spec, "inferred", f"the quarter reported, {self.out[index].value}", index)
        named = self._reported_period(c) if c.value == "quarter" else None
        if named is not None:
            # "profit in the first half fell from the same period last year", "sales in the third
            # quarter ... the year-ago quarter": the period just reported (or it a year back), not
            # the last quarter completed before the report
            prev = self.out[named]
            assert isinstance(prev.begin, date)
            back = (c.n or 0) < -1
            spec = spec_of_day(shift(prev.begin, "Y", -1) if back else prev.begin, gran_of_value(prev.value))
            return timex(ctx, c, spec, "inferred", f"{'a year before ' if back else ''}the reported period {prev.value}", named)
        if c.type == "TIME" and not n and c.unit == "D" and spec.clock is not None:
            moved = self._past_midnight(spec, c.start)
            if moved is not None:
                later, index = moved
                return timex(ctx, c, later, "inferred", f"{PAST_MIDNIGHT} {self.out[index].value}", index)
        if _night_gone_by(ctx, c, n):
            return self._night_told_in_the_past(c)
        sign = "+" if n >= 0 else "-"
        unit_name = {"D": "day", "W": "week", "WE": "weekend", "M": "month", "Q": "quarter", "Y": "year",
                     "DE": "decade", "CE": "century", "S": "season"}.get(c.unit or "", "unit")
        why = f"document date {ctx.dct.isoformat()} {sign} {abs(n):g} {unit_name}" if n else f"document date {ctx.dct.isoformat()} (this {unit_name})"
        return timex(ctx, c, spec, self._dct_certainty(), why)
