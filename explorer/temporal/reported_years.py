""""This year", "next year", "the end of the year" in a promise reported from a past day: counted from
the day it was made, not from the page.

"On November 18, 2021, the officer stated that payment would be made by the end of the year", "In
March 2019 the minister promised the line would open by the end of the year", "In 2016 the mayor
said the bridge would be finished next year": the future-in-the-past "would" says the words are
reported as said then, so their "year" is the year they were said in (2021, 2019, 2017). Counted
from the document date, a complaint filed in 2022 put the promised payment at the end of 2022, a
year after the reader knows it fell due. Found in a legal filing of our own; the same sentence shape
is the usual way histories and news backgrounders report old promises.

News keeps counting "last"/"next"/"this" from the report when no speech is reported ("joined in
1990 and became chairman last May", see ``story_time``); here a verb of saying and a "would" after
the dated day are both needed, in one sentence, outside quotation marks.
"""

from __future__ import annotations

from datetime import date

from explorer.temporal.anchor_context import Context, inside_quotes, sentence_of
from explorer.temporal.clause_direction import reported_future
from explorer.temporal.grammar import Cand
from explorer.temporal.narrative import is_incidental
from explorer.temporal.timex import Timex


def telling_day(ctx: Context, c: Cand, out: list[Timex], cands: list[Cand]) -> date | None:
    """The past day (or the first day of the past period) a promise holding ``c`` was reported as made
    on, when ``c`` is a "this/next year"-like expression of such a promise; else None. ``cands`` are
    the candidates of ``out``: a date said in an aside ("Quinn, who took over in 2021, said the board
    would review it next year") dates the aside, not the saying."""
    if c.kind != "dct" or c.unit not in ("Y", "M") or c.n not in (None, 0, 1) or ctx.dct is None \
            or c.type != "DATE" or inside_quotes(ctx, c.start):
        return None
    start = sentence_of(ctx, c.start)[0]
    said = None
    # the last past date of the sentence before ``c``: walked back from ``c`` to the sentence's start
    # only (candidates are in text order), not over the whole text for every "this/next year"
    for i in range(min(len(out), len(cands)) - 1, -1, -1):
        t, tc = out[i], cands[i]
        if tc.start < start:
            break
        if t.type == "DATE" and start <= t.start and t.end <= c.start \
                and isinstance(t.begin, date) and isinstance(t.end_day, date) and t.end_day < ctx.dct \
                and not t.value.startswith("P") and not is_incidental(ctx.text, start, tc, ctx.quotes):
            said = t
            break
    if said is None:
        return None
    assert isinstance(said.begin, date)
    if c.unit == "Y" and said.begin.year == ctx.dct.year or c.unit == "M" and said.begin.replace(day=1) == ctx.dct.replace(day=1):
        return None  # the same year (month) either way
    if reported_future(ctx.text, start, c.start, after=said.end) is None:
        return None
    return said.begin


__all__ = ["telling_day"]
