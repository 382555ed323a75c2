"""Ranges and open ends: "from October to March", "(Sat-Sun)", "from 2013 onward".

Each end of a range is resolved on its own, then the pair is put in order: two yearless ends read
apart can come out reversed, and a story's range ends in its current time while the news reads on
from the first end. The range's span runs from its first end's first day to its second end's last.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from explorer.temporal.clause_direction import plainly_future
from explorer.temporal.grammar import Cand
from explorer.temporal.resolver_state import ResolverState
from explorer.temporal.tense import tense_at
from explorer.temporal.timex import Timex

#: How a range's derivation opens ("range 1940 to 1946"): a step counted from it knows it by this.
RANGE_DERIVATION = "range "

#: a verb of moving a date right before "from X to Y": "Sports day has moved from June to 5 July",
#: "the hearing was postponed from March to May". The two ends are the old date and the new one, each
#: read on its own (the old one may be past, the new one ahead), not one stretch read in one direction
#: the object a phrasal verb of moving may hold before its particle: "brought the gala forward"
_ITS_OBJECT = r"(?:\s+(?:the|a|an|its|their|his|her|this|that|our)\s+[\w'’-]+)?"
_RESCHEDULED = re.compile(r"(?i)(?:\b(?P<perfect>has|have|['’]s|['’]ve)\s+(?:(?:now|just|also|been)\s+){0,2})?\b(?P<verb>mov(?:ed?|ing)|postpon(?:ed?|ing)|delay(?:ed|ing)?|reschedul(?:ed?|ing)"
                          r"|shift(?:ed|ing)?|switch(?:ed|ing)?|chang(?:ed?|ing)|br(?:ought|ing|inging)" + _ITS_OBJECT + r"\s+(?:forward|back)"
                          r"|(?:push(?:ed|ing)?|put(?:ting)?)" + _ITS_OBJECT + r"\s+(?:back|off))\b(?:\s+[\w'’-]+){0,3}\s+from\s+$")
#: verbs that move a date later ("postponed", "pushed back") or earlier ("brought forward")
_LATER = ("postpon", "delay", "push", "put")
_EARLIER = ("br",)


def _rescheduled(text: str, start: int) -> tuple[str, bool] | None:
    """The verb of moving a date right before "from" at ``start`` ("postponed", "brought forward"),
    and whether it is a present perfect ("has been postponed": news of a plan still ahead)."""
    m = _RESCHEDULED.search(text, max(0, start - 80), start)
    return (m["verb"].lower(), m["perfect"] is not None) if m else None


def _nearest_year(probe: date, dct: date, ahead: bool) -> int:
    """The year that puts ``probe``'s month nearest ``dct`` (only on or after ``dct``'s month when
    ``ahead``); a tie goes to the later, as a plan looks ahead."""
    options = [date(probe.year + k, probe.month, 1) for k in (-1, 0, 1) if 1 <= probe.year + k <= 9999]
    if ahead:
        options = [o for o in options if (o.year, o.month) >= (dct.year, dct.month)]
    if not options:
        return probe.year  # the calendar's edge: no year on the wanted side of the page
    return min(options, key=lambda o: (abs((o - dct.replace(day=1)).days), -o.year)).year


def _year_after(old: date, verb: str) -> Callable[[date], int]:
    """Where a moved date's new month falls from its old day ``old``: after it for a postponement,
    before it for a date brought forward, else the occurrence nearest the old day."""
    if verb.startswith(_LATER):
        return lambda d: d.year if d.replace(day=1) >= old.replace(day=1) else d.year + 1
    if verb.startswith(_EARLIER):
        return lambda d: d.year if d.replace(day=1) <= old.replace(day=1) else d.year - 1
    return lambda d: _nearest_year(d, old, False)


class Ranges(ResolverState):
    """Anchoring rules for ranges and open ends; each end is read by the resolver's ``_single``."""

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

    def _under_way(self, head: Cand, tail: Cand, first: date, second: date, dct: date) -> tuple[Timex, Timex] | None:
        """ "The festival runs from December into May", "the fair runs from Jan. 1 to Dec. 31", told in
        March: a range told in the present (a schedule, read as ahead of the page) that is running on
        the page's day is the one under way, a year before the one ahead; None when that one is not."""
        a = self._in_year(head, lambda d: d.year - 1, first)
        b = self._in_year(tail, lambda d: d.year - 1, second)
        if isinstance(a.begin, date) and isinstance(b.end_day, date) and a.begin <= dct <= b.end_day:
            return a, b
        return None

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
            if _weekday_only(head) and _weekday_only(c.range_to) and ctx.dct is not None and not ctx.narrative \
                    and isinstance(first.begin, date) and isinstance(second.end_day, date) \
                    and first.begin <= second.end_day and second.end_day > ctx.dct and tense_at(ctx, c.start) == "past":
                # "the roads were shut Monday to Wednesday", told on a Monday: a stretch of weekdays
                # told as done has ended by the page's day; one that would still run on is last week's
                first, second = _week_earlier(first), _week_earlier(second)
                parts = [first]
            moved = _rescheduled(ctx.text, c.start)
            if moved and ctx.dct is not None and not ctx.narrative and _yearless_month(head) \
                    and _yearless_month(c.range_to):
                # "the vote was postponed from March to May", told in January: the old date was still the
                # plan when it was moved, so it is the month nearest the page (ahead of it when the move
                # is yet to come); the new date lies after it when postponed, before it when brought
                # forward, else nearest it; not a range read in one direction from the page
                dct = ctx.dct
                verb, perfect = moved
                ahead = perfect or tense_at(ctx, c.start) == "future"
                first = self._in_year(head, lambda d: _nearest_year(d, dct, ahead), dct)
                parts = [first]
                if isinstance(first.begin, date):
                    second = self._in_year(c.range_to, _year_after(first.begin, verb), first.begin)
            yearless_months = not moved and isinstance(first.begin, date) and isinstance(second.begin, date) \
                and end is not None and end.year is None and end.month is not None and c.range_to.kind == "under" \
                and head.kind == "under" and head.spec is not None and head.spec.month is not None
            if yearless_months and c.range_to.rel is not None and head.rel is None:
                # "from June to September last year": the year said once, at the end, is the whole
                # range's; the first end falls in it, or in the year before when later in the calendar
                first = self._in_year(head, lambda d: d.year if d <= second.begin else d.year - 1,
                                      second.begin)  # type: ignore[arg-type]
                parts = [first]
            elif yearless_months and head.rel is None and second.begin >= first.begin:  # type: ignore[operator]
                # each end read on its own can land in different years ("sales were strong between May
                # and July", told in March: May of last year by the past tense, July of this one as
                # still near): one range reads in one direction, the first end picks the year and the
                # second follows it, the next year only when it comes earlier in the calendar
                second = self._in_year(c.range_to, lambda d: d.year if d >= first.begin else d.year + 1,
                                       first.begin)  # type: ignore[arg-type]
            elif yearless_months:
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
            elif not moved and not ctx.narrative and isinstance(first.begin, date) and isinstance(second.begin, date) \
                    and end is not None and end.year is None and end.month is not None and c.range_to.kind == "under" \
                    and (second.begin.year - first.begin.year) * 12 + second.begin.month - first.begin.month > 11:
                # "held the town from April to June", told in March: the first end read as last April
                # (past tense), the second alone as the June ahead; a range of two yearless months
                # runs to the first such month on or after its first end, not a year and more on
                second = self._in_year(c.range_to, lambda d: d.year if d >= first.begin else d.year + 1, first.begin)
            if yearless_months and ctx.dct is not None and not ctx.narrative and head.rel is None \
                    and isinstance(first.begin, date) and first.begin > ctx.dct and isinstance(second.begin, date) \
                    and tense_at(ctx, c.start) != "past" and not plainly_future(ctx, c.start, reported=False):
                under_way = self._under_way(head, c.range_to, first.begin, second.begin, ctx.dct)
                if under_way is not None:
                    first, second = under_way
                    parts = [first]
            parts.append(second)
            begin = first.begin
            end = second.end_day
            if moved and isinstance(begin, date) and isinstance(end, date) and isinstance(second.begin, date) \
                    and isinstance(first.end_day, date) and second.begin < begin:
                begin, end = second.begin, first.end_day  # brought forward: the new date comes first in time
            if begin and end and end < begin:
                end = None  # ends in the wrong order ("1901-01-01 - 1900"): no span rather than a wrong one
            if begin is None or end is None:
                begin, end = None, None
            cert = "exact" if first.certainty == second.certainty == "exact" else ("inferred" if begin else "undated")
            return Timex(c.start, c.end, ctx.text[c.start:c.end], first.type, first.value, c.mod,
                         begin, end, cert, f"{RANGE_DERIVATION}{first.value} to {second.value}", first.anchor,  # type: ignore[arg-type]
                         parts=tuple(parts))
        # open end: "from 2013 onward" runs to the document date (or at least to its own end)
        begin = first.begin
        bound = ctx.dct if ctx.dct and first.end_day and ctx.dct >= first.end_day else first.end_day
        how = f"open range bounded by document date {ctx.dct}" if bound == ctx.dct and ctx.dct else "open range bounded by its own end"
        return Timex(c.start, c.end, ctx.text[c.start:c.end], first.type, first.value, "ON_OR_AFTER",
                     begin, bound if begin else None, "inferred" if begin else "undated", how, first.anchor,
                     parts=(first,))



def _yearless_month(c: Cand) -> bool:
    """A month, or a day of one, with no year and no "last"/"next" ("May", "5 July")."""
    return c.kind == "under" and c.spec is not None and c.spec.month is not None and c.spec.year is None \
        and c.rel is None


def _weekday_only(c: Cand) -> bool:
    """A bare weekday ("Friday", "Friday night"): no month, day or year of its own."""
    return c.spec is not None and c.spec.weekday is not None and c.spec.month is None and c.spec.year is None


def _week_earlier(t: Timex) -> Timex:
    """The same weekday (with its part of day or clock time) seven days before ``t``."""
    if not isinstance(t.begin, date) or not isinstance(t.end_day, date) or not re.match(r"\d{4}-\d\d-\d\d", t.value):
        return t
    begin, end = t.begin - timedelta(days=7), t.end_day - timedelta(days=7)
    return replace(t, value=begin.isoformat() + t.value[10:], begin=begin, end_day=end,
                   derivation=f"{t.derivation}, a week back: a past stretch ends by the page's day")


def _without_range(c: Cand) -> Cand:
    return c.parts[0] if c.parts else c

