"""A yearless day or month told inside a stretch of the story that the text gave with its year.

A report of a later year tells a past story's stretch with its year and its days bare: on a page of
November 2026, "Between March and July 2025 the roofer took deposits from nine families. On 14 May
he cashed a cheque from a pensioner. In June he told another family the tiles were on order." The
page's date puts "14 May" and "June" in 2026, months before the page; the writer, who named the
stretch, leaves its days yearless because they lie inside it.

So: a day and month, or a month, with no year, no weekday and no "last"/"next", told in the past,
lies in the year of the stretch told last before it, when

* the stretch is a span of months with its year, bounded by "between ... and", "from ... to/until"
  or "... to/through ...", told in the same or the next paragraph, with no other time with a year
  between (a look back, an aside or the writer's own days end the story's stretch);
* the stretch is the story's: its clause tells an act done in it, not a reporting period, whose
  noun stands before it ("the year to March 2025", "the six months from January to June 2025",
  "the period between April and June 2025") or whose figures it dates ("sales between April and
  June 2025 rose 4%", "Q2 2025 sales"): a period of account is what figures cover, and a later
  day is the news's own;
* the day falls inside the stretch, or within a month after its end (the raid that ended it);
* the page's reading would put the day in another year.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from explorer.temporal.anchor_context import Context, inside_quotes, paragraph_start, sentence_of
from explorer.temporal.grammar import Cand
from explorer.temporal.grammar.blocks import FIGURES
from explorer.temporal.narrative import is_incidental, looks_back
from explorer.temporal.normalize import Spec, valid_day
from explorer.temporal.tense import tense_at
from explorer.temporal.timex import Timex

#: the derivation of a day read so
DERIVATION = "inside the stretch told"
#: how long after the stretch's end a day may fall and still be the stretch's (the act that ended it)
AFTER_END_DAYS = 31
#: the bound words that open a stretch told as the story's time: "between March and July 2025",
#: "from March to July 2025", "March to July 2025"
_STRETCH_OPENS_BEFORE = re.compile(r"(?i)\b(?:between|from)\s+(?:early\s+|late\s+|mid-?\s*)?$")
_STRETCH_BOUND_WORD = re.compile(r"(?i)\s(?:and|to|until|till|through|-|–)\s")
#: a reporting period's noun right before the stretch: "the year to", "the six months from", "the
#: period between", "the quarter", "the financial year", "Q2"
_PERIOD_NOUN_BEFORE = re.compile(
    r"(?i)\b(?:year|years|quarter|quarters|half|months|weeks|period|season|term|fiscal|financial|Q[1-4]|H[12])"
    r"\s+(?:\w+\s+){0,2}?(?:between|from|to|ended|ending|through)?\s*$")
#: figures in the stretch's sentence: the stretch is the span they cover
_FIGURES_IN = re.compile(rf"(?i)\b(?:{FIGURES}|sales|revenue|turnover|output|accounts|(?:rose|fell|grew|dropped|climbed)\s+\d|\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent))\b")
#: a plan told in the past ("said it would publish a report in May"): its day lies ahead of the telling
_PLANNED_BEFORE = re.compile(r"(?i)\b(?:would|will|'d|was\s+to|were\s+to|planned\s+to|hoped\s+to|expected\s+to|due\s+to)\b[^.;:!?,]{0,50}$")


def _is_story_stretch(ctx: Context, t: Timex, cand: Cand) -> bool:
    """Whether ``t`` (its candidate ``cand``) is a stretch of months told with its year as the story's
    time (see the module's docstring), not a period of account."""
    if not isinstance(t.begin, date) or not isinstance(t.end_day, date) or (t.end_day - t.begin).days < 40:
        return False
    sp = cand.spec
    if sp is None or sp.year is None or cand.kind != "abs" or sp.bc:
        return False
    text = ctx.text
    inner = text[cand.start:cand.end]
    if not _STRETCH_BOUND_WORD.search(inner):
        return False  # a month or a year alone is no stretch with bounds
    a, b = sentence_of(ctx, cand.start)
    before = text[max(a, cand.start - 40):cand.start]
    if not _STRETCH_OPENS_BEFORE.search(before) and not re.search(r"(?i)\b(?:from|between)\b", inner[:8]):
        return False
    if _PERIOD_NOUN_BEFORE.search(text[max(a, cand.start - 40):cand.start].rstrip() + " ") \
            or _PERIOD_NOUN_BEFORE.search(before):
        return False
    if _FIGURES_IN.search(text, a, b):
        return False
    if is_incidental(text, a, cand, ctx.quotes) or looks_back(text, a, cand):
        return False
    return tense_at(ctx, cand.end) == "past"


def day_inside_a_told_stretch(ctx: Context, c: Cand, out: list[Timex], cands: list[Cand]) -> tuple[Spec, int] | None:
    """The yearless day or month ``c`` in the year of the story's stretch told before it (see the
    module's docstring), with the index into ``out`` of that stretch; None when the rule does not hold."""
    sp = c.spec
    if ctx.dct is None or ctx.narrative or c.kind != "under" or c.rel is not None or sp is None \
            or sp.year is not None or sp.month is None or sp.gran not in ("D", "M") or sp.weekday is not None \
            or c.parts or inside_quotes(ctx, c.start):
        return None
    if tense_at(ctx, c.start) != "past" or _PLANNED_BEFORE.search(ctx.text, sentence_of(ctx, c.start)[0], c.start):
        return None
    here = paragraph_start(ctx.text, c.start)
    reach = paragraph_start(ctx.text, here - 1) if here > 0 else 0  # this paragraph or the one before
    for index in range(len(out) - 1, -1, -1):
        t, cand = out[index], cands[index]
        if t.start >= c.start:
            continue
        if t.start < reach:
            return None
        if not isinstance(t.begin, date) or not isinstance(t.end_day, date):
            continue
        if not _is_story_stretch(ctx, t, cand):
            if t.derivation.startswith(DERIVATION) and t.begin.year == t.end_day.year:
                continue  # a day the stretch holds, told before this one
            return None  # another time told between: the story has left the stretch
        year = t.begin.year
        if t.end_day.year != year or year == ctx.dct.year:
            return None
        day = sp.day or 1
        if not valid_day(year, sp.month, day):
            return None
        first = date(year, sp.month, day)
        last = first if sp.day else (date(year, sp.month + 1, 1) - timedelta(days=1) if sp.month < 12 else date(year, 12, 31))
        if last < t.begin or first > t.end_day + timedelta(days=AFTER_END_DAYS):
            return None
        return sp.with_(year=year), index
    return None


__all__ = ["DERIVATION", "day_inside_a_told_stretch"]
