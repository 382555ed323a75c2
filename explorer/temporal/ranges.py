"""Ranges and open ends: "from October to March", "(Sat-Sun)", "from 2013 onward".

Each end of a range is resolved on its own, then the pair is put in order: two yearless ends read
apart can come out reversed, and a story's range ends in its current time while the news reads on
from the first end. The range's span runs from its first end's first day to its second end's last.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from explorer.temporal.grammar import Cand
from explorer.temporal.resolver_state import ResolverState
from explorer.temporal.tense import tense_at
from explorer.temporal.timex import Timex

#: a verb of moving a date right before "from X to Y": "Sports day has moved from June to 5 July",
#: "the hearing was postponed from March to May". The two ends are the old date and the new one, each
#: read on its own (the old one may be past, the new one ahead), not one stretch read in one direction
_RESCHEDULED = re.compile(r"(?i)\b(?:moved|postponed|delayed|rescheduled|shifted|switched|changed|brought\s+forward"
                          r"|pushed\s+back|put\s+back|put\s+off)\b(?:\s+[\w'’-]+){0,3}\s+from\s+$")


def _rescheduled(text: str, start: int) -> bool:
    return _RESCHEDULED.search(text, max(0, start - 70), start) is not None


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
            moved = _rescheduled(ctx.text, c.start)
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

