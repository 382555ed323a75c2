"""A yearless day told in the past, a few days or weeks after an old day the text gave with its year.

News that retells an old happening names its first day in full and the days after it bare: "On 15
May 1976 the embankment gave way ... Rescuers searched for a week. The last body was found on 24
May." Counted back from the page (16 May 2026) "24 May" is 24 May 2025, a day a writer would never
leave yearless a year after it; the reader takes it as the account's next days, nine days after the
day told. The rules for an old passage (story_time) keep such a day in the story's year only while
nothing of the writer's time comes between; a quote "said on Thursday" or a memorial "unveiled in
1977" in between broke the passage, and the day went to the page's year.

So: a day and month with no year and no weekday, told in the past, that the page's date would put
more than :data:`FAR_BEHIND_DAYS` back, lies in the year of the last day told in full (a day, month
and year some years before the page), when it falls at most :data:`SOON_AFTER_DAYS` after that
day, counting into the next year for an account that crosses the new year ("found on 3 January"
after "15 December 1976"). Not a plan told in the past ("said it would publish a report in May"),
and not counted from a look back ("in 2022 it had opened on August 27"). The writer's own recent days between ("she said on Thursday") do not
end the account; a time of another old year told last before the day ("a school opened in 2004")
does: the day may be of that year.

A day or month told right after a day given in full, up to :data:`CLOSE_SENTENCES` sentences back
with no other time between, is the account's however recent: "On 4 September 2019 the journal
added a note. // Hallin at first defended the work. In an interview on the 18th of September he
said ..." in a blog post of November 2020 is 18 September 2019, not 2020 (the writer would have
named the new year). A month is one of the next two after the day's own ("On 12.03.2019 the paper
came out. ... Doubts began in May").
"""

from __future__ import annotations

import re
from datetime import date

from explorer.temporal.anchor_context import Context, inside_quotes, sentence_of
from explorer.temporal.grammar import Cand
from explorer.temporal.narrative import is_incidental, looks_back
from explorer.temporal.normalize import Spec, valid_day
from explorer.temporal.tense import tense_at
from explorer.temporal.timex import Timex

#: how far back from the page a bare day must fall for the writer to have meant another year: news
#: names a day of the last few months bare, one nearly a year back with its year
FAR_BEHIND_DAYS = 240
#: how soon after the day told in full the bare day must fall to be the account's
SOON_AFTER_DAYS = 62
#: a plan told in the past ("said they would publish a report in May", "was to reopen in June"): its
#: month lies ahead of the telling, not in the account
_PLANNED_BEFORE = re.compile(r"(?i)\b(?:would|will|'d|was\s+to|were\s+to|planned\s+to|hoped\s+to|expected\s+to|due\s+to)\b[^.;:!?,]{0,50}$")
#: how many sentences back a day told in full may stand for a day after it to be its account's
#: whatever the page's date, when no other time is told between
CLOSE_SENTENCES = 3
#: how many sentences back a day told in full may stand for a day after it to be its account's when
#: only the account's own times are told between
ACCOUNT_SENTENCES = 8
#: the derivation of a day read so
DERIVATION = "days after the old day told"
#: how old the day told in full must be (in years before the page's) to be an old account's
OLD_YEARS = 2


def _back_from_page(dct: date, month: int, day: int) -> date | None:
    """The latest (month, day) on or before the page's date."""
    for year in (dct.year, dct.year - 1):
        if valid_day(year, month, day) and date(year, month, day) <= dct:
            return date(year, month, day)
    return None


def _sentences_back(ctx: Context, pos: int, n: int) -> int:
    """Where the sentence ``n`` sentences before the one at ``pos`` begins (or the first's start)."""
    start = sentence_of(ctx, pos)[0]
    for _ in range(n):
        back = len(ctx.text[:start].rstrip()) - 1
        if back < 0:
            break
        start = sentence_of(ctx, back)[0]
    return start


def day_after_old_day(ctx: Context, c: Cand, out: list[Timex], cands: list[Cand]) -> tuple[Spec, int] | None:
    """The yearless day ``c`` in the year of the old account it follows (see the module's docstring),
    with the index into ``out`` (the times so far; ``cands`` their candidates) of the day it counts
    from; None when the rule does not hold."""
    sp = c.spec
    if ctx.dct is None or ctx.narrative or c.kind != "under" or c.rel is not None or sp is None \
            or sp.year is not None or sp.month is None or sp.gran not in ("D", "M") or sp.weekday is not None or c.parts \
            or inside_quotes(ctx, c.start):
        return None
    if tense_at(ctx, c.start) != "past" or _PLANNED_BEFORE.search(ctx.text, sentence_of(ctx, c.start)[0], c.start):
        return None
    day = sp.day or 1  # a month counts from its first day
    news = _back_from_page(ctx.dct, sp.month, day)
    far = news is not None and (ctx.dct - news).days > FAR_BEHIND_DAYS
    close_from = _sentences_back(ctx, c.start, CLOSE_SENTENCES)
    account_from = _sentences_back(ctx, c.start, ACCOUNT_SENTENCES)
    nearest = True  # no time told between the day told and ``c``
    nearest_year: int | None = None  # the year of the nearest time told before ``c`` that is not the writer's own
    between: list[date] = []  # the times told since, neither the writer's own, nor a look back, nor an aside's
    writers_own = False  # a day of the writer's own told since
    for index in range(len(out) - 1, -1, -1):
        t, cand = out[index], cands[index]
        if t.start >= c.start or not isinstance(t.begin, date) or not isinstance(t.end_day, date):
            continue
        if t.derivation.startswith("document date") or (ctx.dct - t.end_day).days <= FAR_BEHIND_DAYS:
            nearest = False
            writers_own = True
            continue  # the writer's own days ("she said on Thursday") tell nothing of the account
        if looks_back(ctx.text, sentence_of(ctx, cand.start)[0], cand):
            nearest = False
            continue  # "in 2022 it had opened on August 27": a look back is no day of the account
        # a day given in full ("15 May 1976"), or one the account has told since ("the next day")
        full = t.begin == t.end_day and not cand.parts and (
            cand.kind == "abs" and cand.spec is not None and cand.spec.gran == "D" and cand.spec.year is not None
            and not cand.spec.bc or t.derivation.startswith((DERIVATION, "anchored on previous date")))
        if not full:
            if not is_incidental(ctx.text, sentence_of(ctx, cand.start)[0], cand, ctx.quotes):
                # ("the memorial that was unveiled in 1977": an aside's year moves no account on)
                nearest_year = t.begin.year if nearest_year is None else nearest_year
                between.append(t.begin)
            nearest = False
            continue
        first = t.begin
        close = nearest and t.start >= close_from
        # "The fire broke out at 06:40 on 3 March 2024 … put out the fire at 11:50. … The council reopened
        # the southbound bore on 28 March", on a page of November 2025: only the account's own times told
        # since (its day's clock times), in a year before the page's, a few paragraphs back
        close = close or not writers_own and first.year < ctx.dct.year and t.start >= account_from \
            and all(0 <= (b - first).days <= SOON_AFTER_DAYS for b in between)
        if not close and (not far or first.year > ctx.dct.year - OLD_YEARS
                          or nearest_year is not None and nearest_year != first.year):
            return None  # no old account, or the text has gone on to another year since ("opened in 2004")
        for year in (first.year, first.year + 1):
            if not valid_day(year, sp.month, day) or sp.day is None and (year, sp.month) == (first.year, first.month):
                continue  # (a month must be one after the day's own)
            if 0 < (date(year, sp.month, day) - first).days <= SOON_AFTER_DAYS:
                return sp.with_(year=year), index
        return None
    return None


__all__ = ["ACCOUNT_SENTENCES", "CLOSE_SENTENCES", "DERIVATION", "FAR_BEHIND_DAYS", "OLD_YEARS", "SOON_AFTER_DAYS", "day_after_old_day"]
