"""Weekdays and days dated by a day named nearby: "Friday, May 5", a diary's heading, a listing.

A bare weekday or clock time is often dated by the day named just before it, in its sentence, or in
the heading of the listing or timeline it stands in; these rules find that day for the resolver.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from explorer.temporal.anchor_context import is_heading, opens_entry, sentence_of
from explorer.temporal.entry_stamps import entry_clock
from explorer.temporal.grammar import Cand
from explorer.temporal.lexicon import FULL_WEEKDAYS, MONTH_NAMES, SHORT_WEEKDAYS, WEEKDAY_NAMES, WEEKDAYS
from explorer.temporal.normalize import MAX_DAY, MIN_DAY, spec_of_day
from explorer.temporal.resolver_state import ResolverState, timex
from explorer.temporal.tense import tense_at
from explorer.temporal.tense_markers import HAD_DONE
from explorer.temporal.timex import Timex


#: how a weekday heading a listing of clock times got its day
_LISTING_DAY = "listing heading, on or after"
# a weekday alone on its line; the line under it opens with a clock time, and what it says
_LISTING_HEADING = re.compile(r"[^\S\n]*(?:on[^\S\n]+)?")
_LISTING_ENTRY = re.compile(r"[^\S\n]*(?:\d{1,2}(?:[:.]\d\d)?[^\S\n]*(?:[ap]\.?m\.?|[AP]\.?M\.?)|(?:[01]?\d|2[0-3])[:.]\d\d)\b[^\n]*")
_PAST_ENTRY = re.compile(r"\b(?:was|were|had|did|[a-z]{3,}ed)\b")

# What may stand between a day and a clock time said of it ("tomorrow at 12pm", "Sun 1:00pm-6:00pm")
CLOCK_AFTER_DAY = re.compile(r"(?i)[ \t]*(?:,|-|–|@|\bat\b|\bfrom\b)?[ \t]*")
# ... and between a day and a weekday listed with it ("May 5 (Tues", "this Friday, Saturday")
_WEEKDAY_AFTER_DAY = re.compile(r"(?i)[ \t]*(?:\(|,|&|/|\band\b|\bor\b|,[ \t]*(?:and|or)\b)[ \t]*")

_WEEKDAY_WORD = re.compile(r"(?i)\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b")

# "ahead of a holiday on Monday", "before Monday's vote", "in the run-up to Sunday's poll": what follows
# comes after the clause's own day (at most a few words between, no clause break)
_AHEAD_OF_BEFORE = re.compile(r"(?i)\b(?:ahead\s+of|before|in\s+the\s+run-up\s+to|in\s+advance\s+of)\s+"
                              r"(?:(?:the|a|an|this|next)\s+)?(?:[\w'’-]+\s+){0,3}?(?:on\s+)?$")
#: the next step of an account told in order: "the dam cracked on 3 May 2018, and on Friday the valley
#: flooded", "then on Sunday", "and by Friday"
_AND_THEN_ON = re.compile(r"(?i)(?:,\s*|\b)(?:and|then)\s+(?:then\s+|later\s+)?(?:on|by)\s+$")


#: a stamp or heading that names its day (a date, a weekday), as a diary's entries do; a deictic
#: "Today:" or "Tonight:" line names none, and a weekday line after it is no next entry
_NAMES_ITS_DAY = re.compile(rf"\d|\b(?:{WEEKDAY_NAMES}|{MONTH_NAMES})\b", re.IGNORECASE)


#: a line a diary's or a log's entry opens with: its weekday and its day of the month ("Thursday 11
#: June.", "Sat 13th"); group ``weekday`` is the weekday's name
_ENTRY_DAY_LINE = re.compile(rf"(?im)^[ \t]*(?P<weekday>{WEEKDAY_NAMES}|(?:{'|'.join(SHORT_WEEKDAYS)})\.?),?[ \t]+"
                             r"\d{1,2}(?:st|nd|rd|th)?\b")
#: a past perfect before the weekday in its sentence ("On Monday we had met a farmer"): the entry looks back
_HAD_BEFORE = re.compile(r"(?i)\bhad\b")
#: what, after a past perfect, makes the weekday another clause's: a plan or a report inside it ("had agreed
#: that classes would move from Tuesday", "had said it will close on Friday")
_NOT_THE_PERFECTS = re.compile(r"(?i)\b(?:would|will|shall|could|might|should|that|which|who|when|until|to\s+[a-z]+|"
                               r"was|were|is|are|has|have)\b")
#: a bound before the weekday: the perfect's state runs from or to it ("had fled since Tuesday", "had
#: been cleared by Tuesday night"), no day of the perfect's own act
_BOUND_BEFORE_WEEKDAY = re.compile(r"(?i)\b(?:since|by|until|till|from|before|after)\s+(?:the\s+)?$")
#: how many days after its entry's own day an entry tells what happened next ("Thursday 11 June. ... Sami
#: repaired the jib on Friday"): the day after; a weekday further on is more likely one looked back to
_ENTRY_TELLS_AHEAD = 1


#: how a weekday said with "the" inside a stretch of days just told got its day
IN_THE_STRETCH_TOLD = "the weekday in the stretch told,"
#: "the" right before a weekday ("on the Thursday"): a day of a time already told, not the writer's
_THE_BEFORE = re.compile(r"(?i)\bthe\s+$")
#: the longest stretch whose weekday "the Tuesday" can name (a week, or a run of days up to a fortnight)
_STRETCH_DAYS = 14


class NamedDays(ResolverState):
    """Anchoring rules that date a weekday or a time by a day named near it: the day just
    before, a weekday in the same sentence, a listing's or a timeline's heading."""

    def _listing_heading_day(self, c: Cand) -> Timex | None:
        """A weekday standing alone on its line over lines that open with clock times ("FRIDAY" /
        "7.30pm Quiz at the Swan" / "9pm Live jazz"): the heading of a what's-on listing or a
        schedule, which lists days to come: the first such day on or after the document's date, and
        each later heading after the one before it. Entries told in the past ("9pm The storm hit")
        make it a timeline of what happened, left to the rules for those."""
        ctx = self.ctx
        assert c.spec is not None and c.spec.weekday is not None and ctx.dct is not None
        if _LISTING_HEADING.fullmatch(ctx.text, ctx.text.rfind("\n", 0, c.start) + 1, c.start) is None:
            return None
        line_end = ctx.text.find("\n", c.end)
        if line_end < 0 or ctx.text[c.end:line_end].strip(" \t:.-–—") != "":
            return None
        entry = _LISTING_ENTRY.match(ctx.text, line_end + 1)
        if entry is None or _PAST_ENTRY.search(entry.group(0)):
            return None
        base = ctx.dct
        before = self._listing_days[-1] if self._listing_days else None
        if before is not None and isinstance(self.out[before].begin, date):
            base = max(base, self.out[before].begin + timedelta(days=1))  # type: ignore[operator]
        named = self._weekday_named_in_full(c.spec.weekday, self.out[before].begin if before is not None else None)
        if named is not None:
            self._listing_days.append(len(self.out))
            return timex(ctx, c, spec_of_day(self.out[named].begin), "inferred",  # type: ignore[arg-type]
                         f"{_LISTING_DAY} the day named {self.out[named].value}", anchor=named)
        day = base + timedelta(days=(c.spec.weekday - base.weekday()) % 7)
        if day > MAX_DAY:
            return None
        self._listing_days.append(len(self.out))
        return timex(ctx, c, spec_of_day(day), self._dct_certainty(),
                      f"{_LISTING_DAY} {base.isoformat()}", anchor=before)

    def _weekday_named_in_full(self, weekday: int, after: object) -> int | None:
        """The first day the page named earlier with this weekday and its date ("Thursday 11 September
        and Friday 12 September, Hull" under a programme's title), after the listing's last heading
        day: a programme's "Thursday" heading is that day, whatever day the page was updated on."""
        for i, t in enumerate(self.out):
            day = t.begin
            if t.type != "DATE" or not isinstance(day, date) or day != t.end_day or day.weekday() != weekday \
                    or t.certainty == "undated" or not _WEEKDAY_WORD.search(t.text) or not re.search(r"\d", t.text):
                continue
            if isinstance(after, date) and day <= after:
                continue
            return i
        return None

    def _day_just_before(self, c: Cand, gap: re.Pattern[str]) -> tuple[Timex, int] | None:
        """The output right before ``c`` in its sentence, when it names one day and only ``gap``
        stands between them ("tomorrow at 12pm", "May 5 (Tues"): ``c`` is said of that day."""
        if not self.out:
            return None
        prev = self.out[-1]
        if prev.end > c.start or prev.certainty == "undated" or prev.type not in ("DATE", "TIME"):
            return None
        if not gap.fullmatch(self.ctx.text[prev.end:c.start]) or prev.start < sentence_of(self.ctx, c.start)[0]:
            return None
        return prev, len(self.out) - 1

    def _undated_day_just_before(self, c: Cand) -> str | None:
        """The value of the undated day ("XXXX-03-14", "XXXX-WXX-2") said right before the clock time
        ``c`` in its sentence, with only ``at``/a comma between them; else None."""
        if not self.out:
            return None
        prev = self.out[-1]
        if prev.end > c.start or prev.certainty != "undated" or prev.type != "DATE" \
                or not re.fullmatch(r"XXXX-(?:\d\d-\d\d|WXX-\d)", prev.value):
            return None
        if not CLOCK_AFTER_DAY.fullmatch(self.ctx.text, prev.end, c.start) or prev.start < sentence_of(self.ctx, c.start)[0]:
            return None
        return prev.value

    def _weekday_after_heading(self, c: Cand) -> Timex | None:
        """A bare weekday heading its own line ("Tuesday", "Friday:") after an earlier dated heading
        of the same text, or stamping the start of an entry's line ("Tuesday. Gale all day.") after
        an earlier stamped entry: a diary's or a log's next entry, the first such weekday after the
        day the last heading (or stamp) named. A diary narrates its week forwards; read from the
        page's date each heading would look back a week from the one before it."""
        assert c.spec is not None and c.spec.weekday is not None
        text = self.ctx.text
        if is_heading(text, c.start, c.end):
            last = self.last_heading
        elif opens_entry(text, c.start, c.end):
            last = self.last_entry_stamp
        else:
            return None
        if last is None or not _NAMES_ITS_DAY.search(text, self.out[last].start, self.out[last].end):
            return None  # after "Today: sunny spells." a "Monday:" line is the tense's to place, not a diary's next day
        day = self.out[last].begin
        if not isinstance(day, date) or day >= MAX_DAY - timedelta(days=7):
            return None
        return self._weekday_after(c, day, f"the heading {self.out[last].value}", last)

    def _weekday_in_the_stretch_told(self, c: Cand) -> Timex | None:
        """A weekday said with "the" ("on the Tuesday", "on the Friday evening") after a stretch of a
        few days told in its paragraph ("The week of 2 February: ... presents the budget on the
        Tuesday", "March 9th-13th. We filmed at the salt works. On the Wednesday ..."): "the" points
        back to a week already told, so it is that weekday inside the stretch, not one counted from
        the page's date. None when a single day was told since (that day's rules place it), when the
        stretch is no week or so, or holds that weekday twice or not at all."""
        assert c.spec is not None and c.spec.weekday is not None
        ctx = self.ctx
        if not _THE_BEFORE.search(ctx.text, max(0, c.start - 5), c.start):
            return None
        wider: list[Timex] = []  # months or years told since the stretch ("the budget for 2026-27")
        for i in range(len(self.out) - 1, max(-1, len(self.out) - 6), -1):
            told = self.out[i]
            if ctx.text.count("\n\n", told.end, c.start) > 0:
                return None  # the paragraph that told the stretch is over
            if told.type != "DATE":
                continue  # "for a week", "at 10am": no stretch of days told
            if not isinstance(told.begin, date) or not isinstance(told.end_day, date) or told.certainty == "undated":
                return None
            length = (told.end_day - told.begin).days + 1
            if length > _STRETCH_DAYS:
                wider.append(told)
                continue
            if length < 2 or any(not (w.begin <= told.begin and told.end_day <= w.end_day) for w in wider):  # type: ignore[operator]
                return None  # a day since (its own rules place the weekday), or a month the stretch is not in
            days = [told.begin + timedelta(days=k) for k in range(length)
                    if (told.begin + timedelta(days=k)).weekday() == c.spec.weekday]
            if len(days) != 1:
                return None
            spec = spec_of_day(days[0])
            if c.spec.part_of_day:
                spec = spec.with_(part_of_day=c.spec.part_of_day)
            return timex(ctx, c, spec, "inferred", f"{IN_THE_STRETCH_TOLD} {told.value}", anchor=i)
        return None

    def _weekday_told_in_an_entry(self, c: Cand) -> Timex | None:
        """A bare weekday told in the past inside a diary's or a log's entry ("Thursday 11 June. The jib
        tore. Sami repaired it on Friday while we slept."): the entry's own day, or the day after it when
        that comes before the next entry's day, since an entry is written up after its day and runs on
        to the next one; counted back from the entry as from a page's date, it fell a week before. Only
        on a page with two or more such entry lines (a news page's single dateline counts back), and
        not in a past perfect ("On Monday we had met a farmer"), which looks back."""
        ctx = self.ctx
        spec = c.spec
        if spec is None or spec.weekday is None or spec.month is not None or spec.day is not None or c.rel is not None:
            return None
        if self.entry_end is not None and c.start < self.entry_end:
            last = self.last_entry_stamp
        else:
            last = self.last_heading
        if last is None or ctx.dct is None or self.out[last].begin != ctx.dct or not isinstance(ctx.dct, date):
            return None
        entry = self.out[last]
        line = ctx.text.rfind("\n", 0, entry.start) + 1
        if _ENTRY_DAY_LINE.match(ctx.text, line) is None or len(_ENTRY_DAY_LINE.findall(ctx.text)) < 2 \
                or is_heading(ctx.text, c.start, c.end) or opens_entry(ctx.text, c.start, c.end):
            return None
        sentence = sentence_of(ctx, c.start)
        if tense_at(ctx, c.start) != "past" or _HAD_BEFORE.search(ctx.text, sentence[0], sentence[1]):
            return None
        ahead = (spec.weekday - ctx.dct.weekday()) % 7
        following = _ENTRY_DAY_LINE.search(ctx.text, c.end)
        tells_ahead = _ENTRY_TELLS_AHEAD
        if following is not None:
            named = WEEKDAYS.get(following["weekday"].rstrip(".").lower())
            if named is not None and ahead >= ((named - ctx.dct.weekday()) % 7 or 7):
                return None  # the next entry's day, or past it: that entry tells it
            if named is not None:
                # entries days apart ("Friday 16 January: ... on Saturday ... on Sunday afternoon.
                # Tuesday 20 January: ..."): an entry tells the days up to the next entry's
                tells_ahead = max(tells_ahead, ((named - ctx.dct.weekday()) % 7 or 7) - 1)
        if ahead > tells_ahead or ctx.dct >= MAX_DAY - timedelta(days=ahead):
            return None
        day = spec_of_day(ctx.dct + timedelta(days=ahead)).with_(part_of_day=spec.part_of_day, clock=spec.clock)
        return timex(ctx, c, day, "inferred", f"told in the entry of {entry.value}, on or after its day", last)

    def _weekday_before_the_story_day(self, c: Cand) -> Timex | None:
        """A weekday told in a past perfect in news whose story stands on a day of the last fortnight before
        the page ("On Friday 14 March customers could not pay ... The change had passed review on
        Wednesday", published on the 21st): the perfect looks back from the story's day, so it is the
        last such weekday on or before that day (the 12th), not the last before the page (the 19th); the
        story's own weekday is that day ("resigned on Monday ... the cabinet had approved it on Monday
        morning")."""
        ctx = self.ctx
        spec = c.spec
        if spec is None or spec.weekday is None or spec.month is not None or c.rel is not None \
                or ctx.dct is None or ctx.narrative or self.last_dated is None:
            return None
        sa = sentence_of(ctx, c.start)[0]
        clause = re.split(r"[;:—–]|,\s+(?:and|but|while|when)\b", ctx.text[sa:c.start])[-1]
        had = [m for m in HAD_DONE.finditer(clause)]
        if not had or _NOT_THE_PERFECTS.search(clause, had[-1].end()) or _BOUND_BEFORE_WEEKDAY.search(clause[-12:]):
            return None  # ("had agreed that classes would move from Tuesday": the weekday is the plan's)
        story = self.out[self.last_dated]
        if story.type not in ("DATE", "TIME") or not isinstance(story.begin, date) or story.begin != story.end_day \
                or story.certainty == "undated" or not 0 < (ctx.dct - story.begin).days <= 14:
            return None
        back = story.begin - timedelta(days=(story.begin.weekday() - spec.weekday) % 7)
        day = spec_of_day(back).with_(part_of_day=spec.part_of_day, clock=spec.clock)
        return timex(ctx, c, day, "inferred", f"told in a past perfect, the {FULL_WEEKDAYS[spec.weekday]} before the "
                     f"story's day {story.begin.isoformat()}", self.last_dated)

    def _weekday_after(self, c: Cand, day: date, what: str, anchor: int) -> Timex:
        """The weekday ``c`` names, the first one after ``day`` (``what`` says which day that is)."""
        assert c.spec is not None and c.spec.weekday is not None
        ahead = day + timedelta(days=(c.spec.weekday - day.weekday() - 1) % 7 + 1)
        spec = spec_of_day(ahead).with_(part_of_day=c.spec.part_of_day, clock=c.spec.clock)
        return timex(self.ctx, c, spec, "inferred", f"the {FULL_WEEKDAYS[c.spec.weekday]} after {what}", anchor)

    def _on_a_log_entrys_line(self, i: int) -> bool:
        """Whether the ``i``-th time stands on the line of the last entry stamp ("5th. Sunday. Divine
        service on deck. Calm all day."): a log's entry tells a day gone by even where it has no verb,
        so the weekday told next ("On Monday we ran before a gale") is the one after it."""
        stamp = self.last_entry_stamp
        if stamp is None or stamp > i:
            return False
        text = self.ctx.text
        return text.rfind("\n", 0, self.out[stamp].start) == text.rfind("\n", 0, self.out[i].start)

    def _weekday_near(self, c: Cand) -> Timex | None:
        """A bare weekday listed with a day ("this Friday, Saturday", "May 5 - 6 (Tues-Wed)"): the
        occurrence nearest that day, not one counted from the document date; the second end of a
        range of weekdays that would end before it begins: the first such day after its first end."""
        assert c.spec is not None
        first = self._range_first
        if first is not None and isinstance(first.begin, date) and first.begin == first.end_day:
            base, anchor, how = first.begin, None, f"after {first.value}"
            days = range(0, 7)
        else:
            got = self._day_just_before(c, _WEEKDAY_AFTER_DAY)
            if got is None:
                return None
            prev, anchor = got
            pc = self.cands[anchor]
            head = pc.list_head if pc.list_head is not None else (pc.parts[0].list_head if pc.parts else None)
            day = prev.parts[0] if prev.parts else prev
            base = day.begin  # type: ignore[assignment]
            if head is not None:
                # "May 2 - 3, 9 - 10 (Sat-Sun)": the days of the whole list, from its first
                for t in self.out:
                    if t.start == head.start and isinstance(t.begin, date):
                        base = t.begin
                        break
            if not isinstance(base, date) or not isinstance(day.end_day, date) or day.begin != day.end_day and not prev.parts:
                return None
            how = f"beside {prev.value}"
            days = range(-3, 4)
        for k in sorted(days, key=abs):
            if not MIN_DAY.toordinal() <= base.toordinal() + k <= MAX_DAY.toordinal():
                continue  # the calendar's edge
            d = base + timedelta(days=k)
            if d.weekday() == c.spec.weekday:
                return timex(self.ctx, c, c.spec.with_(year=d.year, month=d.month, day=d.day), "inferred", how, anchor)
        return None

    def _weekday_named_before(self, c: Cand, ref: date, tense: str | None) -> int | None:
        """The day the text named earlier with this weekday and its date ("Tuesday 21 May"), when it
        is within a week of the reference on the side the tense allows; as an index into ``out``."""
        assert c.spec is not None
        for i in range(len(self.out) - 1, max(-1, len(self.out) - 40), -1):
            t = self.out[i]
            if c.start - t.end > 3000:
                return None
            if t.type != "DATE" or not isinstance(t.begin, date) or t.begin != t.end_day or t.certainty == "undated" \
                    or t.begin.weekday() != c.spec.weekday or not _WEEKDAY_WORD.search(t.text) \
                    or self.cands[i].spec is None or self.cands[i].spec.month is None:
                continue
            gap = (t.begin - ref).days
            if -7 <= gap <= 7 and not (tense == "past" and gap > 0) and not (tense == "future" and gap < 0):
                return i
        return None

    def _day_in_sentence(self, c: Cand, sentences: int = 1) -> int | None:
        """The single day named earlier in ``c``'s sentence (a date, or a clock time on a day), or in
        the ``sentences - 1`` sentences before it, as an index into ``out``; None when they name none.
        Never from before the line of a timeline's entry that ``c`` is in: the entry is of its own time."""
        sa, _ = sentence_of(self.ctx, c.start)
        for _ in range(sentences - 1):
            back = len(self.ctx.text[:sa].rstrip()) - 1  # the previous sentence's last character
            if back >= 0:
                sa = sentence_of(self.ctx, back)[0]
        line = self.ctx.text.rfind("\n", 0, c.start) + 1
        if line > sa and entry_clock(self.ctx.text, c.start, words=True):
            sa = line
        for i in range(len(self.out) - 1, -1, -1):
            t = self.out[i]
            if t.start < sa:
                return None
            if t.type in ("DATE", "TIME") and isinstance(t.begin, date) and t.begin == t.end_day \
                    and t.certainty != "undated" and re.match(r"\d{4}-\d\d-\d\d", t.value) and not t.parts \
                    and not self.cands[i].kind == "dct":
                return i
        return None

    def _weekday_ahead_of_day(self, c: Cand) -> Timex | None:
        """ "Trading was thin on Friday ahead of a holiday on Monday", "shares rose on Friday before
        Monday's vote": a weekday that something was "ahead of" or "before", in a sentence that has
        named the day it happened, is the first such weekday after that day (the past tense of the
        sentence is the day's, not the weekday's)."""
        ctx = self.ctx
        assert c.spec is not None and c.spec.weekday is not None
        sa = sentence_of(ctx, c.start)[0]
        then = _AND_THEN_ON.search(ctx.text, max(sa, c.start - 20), c.start) is not None
        if not then and not _AHEAD_OF_BEFORE.search(ctx.text, max(sa, c.start - 60), c.start):
            return None
        named = self._day_in_sentence(c)
        day = self.out[named].begin if named is not None else None
        if not isinstance(day, date) or self.out[named].end > c.start:
            return None
        if then and ctx.dct is not None and (ctx.dct - day).days <= 7:
            # "and on Friday" after a day of the account told (a day a week or more before the
            # report): the account's next step, the first such weekday after it; beside a day of the
            # report's own week the tense decides, as for any weekday of the news
            return None
        return self._weekday_after(c, day, self.out[named].value, named)

    def _opens_entry(self, c: Cand) -> bool:
        """Whether the clock time opens its line as a timeline's or a live blog's entry."""
        text = self.ctx.text
        stamp = entry_clock(text, c.start, words=True)
        return stamp is not None and stamp.start("time") == c.start

    def _timeline_day(self, c: Cand) -> int | None:
        """For a clock time opening a line of a timeline (a run of such lines): the day the text is
        about, as an index into ``out``. That is the dated heading over the run when there is one, else
        the first single day the text named before the run other than the document's own date (the
        headline's "outage of 21 May", the lead's "Late on Sunday 2 March"); None when the text named
        no such day, or the clock does not open a timeline's line."""
        text = self.ctx.text
        line = text.rfind("\n", 0, c.start) + 1
        run = self._runs.get(line)
        if run is None:
            run, seen = line, [line]
            for _ in range(200):  # the run's first entry: earlier lines that are entries (or blank)
                if run == 0:
                    break
                prev = text.rfind("\n", 0, run - 1) + 1
                if prev in self._runs:
                    run = self._runs[prev]  # the entry before is in a run already walked
                    break
                if text[prev:run].strip() and not entry_clock(text, prev, words=True):
                    break
                run = prev
                seen.append(prev)
            self._runs.update((s, run) for s in seen)
        if self.last_heading is not None and self.out[self.last_heading].start < run:
            return self.last_heading
        # the day named on the line right above the run ("Call-out 16. Sunday 19 January 2025" over "13:05
        # Two walkers cragfast …"): a log's entry names its day on a line of its own among other words,
        # which no heading rule reads; the run's clock times are of that day, not of the first day named
        above_end = len(text[:run].rstrip())
        above = text.rfind("\n", 0, above_end) + 1
        for i in range(len(self.out) - 1, -1, -1):
            t = self.out[i]
            if t.start < above:
                break
            if t.end <= above_end and t.type == "DATE" and isinstance(t.begin, date) and t.begin == t.end_day \
                    and not t.parts and t.certainty != "undated" and self.cands[i].kind != "dct":
                return i
        # the first day named other than the document's own: scanned once, on from where it stopped
        while self._first_other is None and self._first_scan < len(self.out):
            i = self._first_scan
            t = self.out[i]
            if t.start >= run:
                break
            self._first_scan += 1
            if t.type == "DATE" and isinstance(t.begin, date) and t.begin == t.end_day and not t.parts \
                    and t.certainty != "undated" and self.cands[i].kind != "dct" and t.begin != self.ctx.dct \
                    and not is_heading(text, t.start, t.end):
                self._first_other = i
        if self._first_other is not None and self.out[self._first_other].start < run:
            return self._first_other
        return None

    def _last_named_day(self, pos: int) -> int | None:
        """The last single day the text named (a date, not a clock time or part of a day) in the
        stretch before ``pos``, as an index into ``out``; None when the story's time has moved since to
        a month or a year more than a year apart from it ("born on 2 May 1958. He opened a gym in 1989. He died on
        Tuesday": the story has left that day, and its Tuesday is no longer the one after it; a year
        told in passing, "the first move since 2008", moves no story)."""
        for i in range(len(self.out) - 1, max(-1, len(self.out) - 6), -1):
            t = self.out[i]
            if pos - t.end > 1500:
                return None
            if t.type == "DATE" and isinstance(t.begin, date) and t.begin == t.end_day and t.certainty != "undated":
                story = self.out[self.last_dated] if self.last_dated is not None and self.last_dated > i else None
                if story is not None and isinstance(story.begin, date) and isinstance(story.end_day, date) \
                        and (story.end_day - story.begin).days >= 27 and not story.begin <= t.begin <= story.end_day \
                        and min(abs((story.begin - t.begin).days), abs((story.end_day - t.begin).days)) > 366:
                    return None
                return i
        return None
