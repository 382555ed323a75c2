"""Periods compared in results and statistics: what "a year earlier" or "last year" is set against.

A figure compared with an earlier period counts from the period just reported, not from the writer's
day; these rules recognise the comparison and the reported stretch for the resolver.
"""

from __future__ import annotations

import re
from datetime import date

from explorer.temporal.anchor_context import sentence_of
from explorer.temporal.grammar import Cand
from explorer.temporal.normalize import Spec, shift, spec_of_day
from explorer.temporal.resolver_state import ResolverState
from explorer.temporal.tense import tense_at
from explorer.temporal.timex import Timex


# A figure set against an earlier one: "up from $3 million a year earlier", "compared with", "than"
COMPARED = re.compile(r"(?i)\b(?:from|compared\s+(?:with|to)|than|versus|vs\.|against)\b")

# "last year" as the other side of a figure's comparison: "compared with a loss of $3 million last
# year", "from $504.2 million, or $4.41 a share, last year", "an increase from last year's $1.55 billion"
_MONTH_ENDS_PERIOD_BEFORE = re.compile(r"(?i)\b(?:to|ended|ending|through|until)\s+(?:end-)?$")
_MONTH_ENDS_PERIOD_AFTER = re.compile(r"(?i)\s+(?:quarter|half|year|period)\b")
_LAST_YEAR = re.compile(r"(?i)last\s+year(?:['’]s)?")
_FIGURE_COMPARED_BEFORE = re.compile(
    r"(?i)\b(?:from|compared\s+(?:with|to)|versus|than|against)\s+(?:an?\s+|the\s+)?(?:(?:net\s+)?(?:loss|profit|earnings|income)\s+of\s+)?"
    r"[$€£]?\s?\d[\d,.]*(?:\s*(?:%|percent|million|billion|cents?|[a-z]+\s+a\s+share))?(?:,\s*or\s+[^,;]{1,30},)?\s*$")
_FIGURE_AFTER = re.compile(r"(?i)['’]s\s+(?:fully\s+diluted\s+)?[$€£]?\s?\d")
# a reported stretch of months ("the nine months", "the first six months") and how it is written
_REPORTED_STRETCH = re.compile(r"P(?:[6-9]|1[01])M")
_THE_STRETCH = re.compile(r"(?i)the\s+(?:first\s+|latest\s+|past\s+)?(?:six|nine|\d+)\s+months$")
# "the quarter ended", "the three months ending": the day after it closes the period named before it
_PERIOD_ENDED_BEFORE = re.compile(r"(?i)\b(?:quarter|period|months|half)\s+(?:ended|ending|that\s+ended)\s+$")
# a period named as a quarter or a half ("the third quarter", "fourth-quarter", "Q3", "the first half")
_NAMES_A_QUARTER = re.compile(r"(?i)quarter|half|\bQ[1-4]\b|\b[1-4]Q\b|\bH[12]\b")
# "the quarter ended Sept. 30", "the period ending in June": a period given by its own end
_PERIOD_ENDED = re.compile(r"(?i)[ \t]+(?:ended|ending|that\s+ended|to|through)\b")


#: the granularity a TIMEX3 value is written in, by the shape of the value (first that fits)
_GRAN_OF_VALUE = tuple((re.compile(shape), gran) for shape, gran in (
    (r"(?:BC)?\d{4}-\d\d-\d\d.*", "D"), (r"\d{4}-\d\d", "M"), (r"\d{4}-Q\d", "Q"), (r"\d{4}-(?:SP|SU|FA|WI)", "S"),
    (r"\d{4}-H\d", "H"), (r"\d{4}-W\d\d(?:-WE)?", "W"), (r"\d{3}", "DE"), (r"\d{2}", "CE")))


def closes_a_period(text: str, start: int) -> bool:
    """Whether the date at ``start`` is the end a report period is given by ("the three months ended
    September 30, 2023", "the quarter ending June 30"): the span the figures cover, no time of the act
    told around it."""
    return _PERIOD_ENDED_BEFORE.search(text, max(0, start - 24), start) is not None


def gran_of_value(v: str) -> str:
    """The granularity code (D M Q S H W DE CE, else Y) of the TIMEX3 value ``v``."""
    return next((gran for shape, gran in _GRAN_OF_VALUE if shape.fullmatch(v)), "Y")


class ComparedPeriods(ResolverState):
    """Anchoring rules for periods set against one another in reports: "up from last year",
    "the same month a year earlier", "the nine months to June"."""

    def _compared_period(self, n: float) -> Spec | None:
        """What "a year ago" ("a year earlier", "year-ago") compares with in a results report, where
        the period last named is not simply a quarter of this year: the quarter that "the quarter
        ended Sept. 30" names (not its last day), the same comparison period when the one named last
        was already a year back ("in the year-ago quarter ... year-ago results"), and the year when a
        stretch of months was reported since ("For the nine months, ... a year earlier"). None
        leaves the reading to the quarter rule and the document date."""
        ctx = self.ctx
        if n != -1 or self.last_dated is None or ctx.dct is None or ctx.narrative:
            return None
        index = self.last_dated
        if self._stretch_since(index):
            return Spec("Y", year=shift(ctx.dct, "Y", -1).year)
        prev = self.out[index]
        if gran_of_value(prev.value) == "D" and index > 0 and closes_a_period(ctx.text, prev.start):
            named = self.out[index - 1]
            if gran_of_value(named.value) in ("Q", "H") and isinstance(named.begin, date) \
                    and 0 <= prev.start - named.end <= 24:
                # "the fiscal first quarter ended Sept. 30": the quarter (labelled as the text labels
                # it), the one just reported however long ago its label's calendar quarter began
                return spec_of_day(shift(named.begin, "Y", -1), gran_of_value(named.value))
            return None
        gran = gran_of_value(prev.value)
        if gran not in ("Q", "H") or not isinstance(prev.begin, date):
            return None
        days = (ctx.dct - prev.begin).days
        if 300 <= days < 700 and self.cands[index].kind == "dct":
            return spec_of_day(prev.begin, gran)  # already the year-back period: the same one again
        return None

    def _last_year_compared(self, c: Cand) -> tuple[Spec, int] | None:
        """ "In the latest quarter it lost $23 million, compared with earnings of $33 million last
        year", "a 13% increase from last year's $1.55 billion": "last year" as the other side of a
        figure's comparison is the reported period a year back, as "a year ago" is (the quarter or
        half named in this sentence or the one before, the comparison period already named, or the
        year after a stretch of months). Elsewhere "last year" is the year. Returns the spec and the
        expression it hangs on."""
        ctx = self.ctx
        if ctx.narrative or ctx.dct is None or c.unit != "Y" or c.n != -1 or c.value is not None \
                or self.last_dated is None or not _LAST_YEAR.fullmatch(ctx.text, c.start, c.end) \
                or not _FIGURE_COMPARED_BEFORE.search(ctx.text, max(0, c.start - 70), c.start) \
                and not _FIGURE_AFTER.match(ctx.text, c.end):
            return None
        compared = self._compared_period(-1)
        if compared is not None:
            return compared, self.last_dated
        prev = self.out[self.last_dated]
        gran = gran_of_value(prev.value)
        if gran not in ("Q", "H") or not isinstance(prev.begin, date) or (ctx.dct - prev.begin).days >= 300:
            return None
        start = sentence_of(ctx, c.start)[0]
        back = len(ctx.text[:start].rstrip()) - 1
        if back >= 0:
            start = sentence_of(ctx, back)[0]
        if prev.start < start:
            return None
        return spec_of_day(shift(prev.begin, "Y", -1), gran), self.last_dated

    def _month_compared(self, c: Cand, prev: Timex) -> bool:
        """ "Prices rose 2.4 percent in March from a year earlier": in news, a figure for a month set
        against "a year earlier/ago" in the same sentence is compared with that month a year back
        (as a quarter's is with the quarter); in a story "in May 1920 ... a year earlier" stays a year."""
        ctx = self.ctx
        if ctx.narrative or ctx.dct is None or c.unit != "Y" or (c.n or 0) != -1:
            return False
        sa = sentence_of(ctx, c.start)[0]
        if _MONTH_ENDS_PERIOD_BEFORE.search(ctx.text, max(sa, prev.start - 12), prev.start) \
                or _MONTH_ENDS_PERIOD_AFTER.match(ctx.text, prev.end):
            return False  # "the three months to September", "the September quarter": a longer period's end
        return prev.start >= sa and COMPARED.search(ctx.text, prev.end, c.start) is not None

    def _stretch_since(self, index: int) -> bool:
        """Whether a reported stretch of months ("the nine months", "the first six months") was named
        after expression ``index``: a comparison after it is with that stretch a year back."""
        return any(t.type == "DURATION" and _REPORTED_STRETCH.fullmatch(t.value) and _THE_STRETCH.match(t.text)
                   for t in self.out[index + 1:])

    def _reported_period(self, c: Cand) -> int | None:
        """The quarter (or, for "period", the half) named last, in this sentence or the one before,
        that a business period ("the quarter", "the same period last year", "the year-ago quarter")
        stands for: a calendar quarter or half of the report's year or the one before, ended before
        the report. None when the text named none there."""
        ctx = self.ctx
        if self.last_dated is None or ctx.dct is None:
            return None
        index = self.last_dated
        prev = self.out[index]
        gran = gran_of_value(prev.value)
        if gran not in ("Q", "H") or gran == "H" and "period" not in ctx.text[c.start:c.end].lower():
            return None
        if _PERIOD_ENDED.match(ctx.text, c.end):
            return None  # "the quarter ended Sept. 30" is the one that ended then, whatever was named before
        origin = self._year_back_of(prev)
        if origin is not None:
            # "fourth-quarter earnings fell ... from a year earlier. Sales in the latest period ...": the
            # comparison named last stands a year behind the reported quarter, which the period is
            index, prev = origin, self.out[origin]
        if not isinstance(prev.begin, date) or not isinstance(prev.end_day, date) \
                or prev.end_day >= ctx.dct and not self._reported_under_its_label(prev) \
                or (ctx.dct - prev.begin).days >= 300:
            return None
        sa = sentence_of(ctx, c.start)[0]
        back = len(ctx.text[:sa].rstrip()) - 1
        if back >= 0:
            sa = sentence_of(ctx, back)[0]
        return index if self.out[self.last_dated].start >= sa else None

    def _year_period(self, c: Cand) -> tuple[Spec, int] | None:
        """ "Net rose in the third quarter ... In the 1989 period also, interest expense was lower": a
        report's "the <year> period" right after a quarter (or half) reported in this sentence or the
        one before is that quarter of the year it says (TBAQ marks 1989-Q3, and "the 1988 period" then
        the same quarter a year back). After a stretch of months ("in the first nine months ... the
        1988 period") or with no reported quarter near, None: the year. Returns the spec and the
        expression it hangs on."""
        named = self._reported_period(c)
        if named is None or self._stretch_since(named) or c.spec is None or c.spec.year is None:
            return None
        period = self.out[named]
        assert isinstance(period.begin, date)
        if abs(c.spec.year - period.begin.year) > 1 or not _NAMES_A_QUARTER.search(period.text):
            return None  # "the six months ended Oct. 1 ... the latest period": no quarter was named
        return spec_of_day(period.begin.replace(year=c.spec.year), gran_of_value(period.value)), named

    def _year_back_of(self, t: Timex) -> int | None:
        """The quarter (or half) expression ``t`` was read a year behind ("a year earlier" after
        "fourth-quarter earnings"), None when ``t`` hangs on no such expression."""
        k = t.anchor
        if not isinstance(k, int) or not 0 <= k < len(self.out) or not isinstance(t.begin, date):
            return None
        named = self.out[k]
        if gran_of_value(named.value) != gran_of_value(t.value) or not isinstance(named.begin, date) \
                or shift(named.begin, "Y", -1) != t.begin:
            return None
        return k

    def _reported_under_its_label(self, t: Timex) -> bool:
        """Whether a quarter not over at the report ("fourth-quarter" in a report of November) was
        told as results already in ("reported a decline in fourth-quarter earnings", "posted net
        income for the fiscal second quarter"): then the label is the company's fiscal quarter, just
        reported, and "the latest period" or "the quarter" after it is that quarter. A forecast ("will
        result in a fourth-quarter charge") names the quarter under way, not the one reported."""
        ctx = self.ctx
        assert ctx.dct is not None and isinstance(t.begin, date)
        return t.begin <= ctx.dct and tense_at(ctx, t.start) == "past"
