"""A day of the month said alone ("on the 26th") right after its month was told: a day of that month.

Writers drop the month of a day when they have just named it: "September brought four defeats, and
the manager was sacked on the 26th"; "December began mild, but a cold spell set in on the 7th and
lasted until the 19th"; "The last week of February turned colder, and snow fell on the 27th". Read
against the document date instead, the day went to the report's month (a May report put "the 7th"
on 7 May), a month nobody had named. A sports review, a weather summary and a ship's log of our own
all had the kind.

The month counts when it was told in this sentence or the one before, as a month, a day or a part
of one month (one calendar month holds the whole span), and the day is not before where that span
begins ("on 30 September ... sacked on the 26th" names a day the reader cannot place without a
month), unless its clause looks back from the day told: "The ferry sailed on 30 September. Its
sister ship had left on the 12th" (a past perfect) names an earlier day of the same month, as "the
ship, which had sailed on the 3rd" after "reached port on 20 May" does. A bare day read so is
itself a told day of that month, so "until the 19th" after "on the 7th" stays in it.
"""

from __future__ import annotations

from datetime import date

from explorer.temporal.anchor_context import Context, sentence_of
from explorer.temporal.grammar import Cand
from explorer.temporal.narrative import looks_back
from explorer.temporal.normalize import Spec, valid_day
from explorer.temporal.timex import Timex

#: the derivation of a day read so, which marks it as a told day of its month for the next bare day
DERIVATION = "a day of the month just told"


def is_bare_day(c: Cand) -> bool:
    """ "the 26th", "on the 7th": a day of the month with no month, weekday or clock."""
    sp = c.spec
    return c.kind == "under" and sp is not None and sp.gran == "D" and sp.month is None and sp.weekday is None \
        and sp.day is not None and c.rel is None and not c.parts


def _names_its_month(told: Timex, told_cand: Cand) -> bool:
    """Whether the month of an expression is in its words ("September", "30 September", "the last
    week of February") or was itself read as a day of a month just told."""
    sp = told_cand.spec
    return sp is not None and sp.month is not None or told.derivation.startswith(DERIVATION)


def day_in_month_just_told(ctx: Context, c: Cand, told: Timex | None, told_cand: Cand | None,
                           sentences_back: int = 1) -> Spec | None:
    """The bare day ``c`` in the month of ``told`` (the time last told, from ``told_cand``), when
    that month was named in this sentence or the ``sentences_back`` before and the day is not before
    its start."""
    if told is None or told_cand is None or not is_bare_day(c) or not _names_its_month(told, told_cand):
        return None
    return _in_month_of(ctx, c, told, sentences_back)


def _in_month_of(ctx: Context, c: Cand, told: Timex, sentences_back: int) -> Spec | None:
    first, last = told.begin, told.end_day
    if not isinstance(first, date) or not isinstance(last, date) or (first.year, first.month) != (last.year, last.month):
        return None
    sentence_start, _ = sentence_of(ctx, c.start)
    previous_start = sentence_start
    walked = 0
    while walked < sentences_back and previous_start > 0:
        back = len(ctx.text[:previous_start].rstrip()) - 1  # the last character of the sentence before
        if back < 0:
            previous_start = 0
            break
        start, end = sentence_of(ctx, back)
        previous_start = start
        walked += len(ctx.text[start:end].split()) > 2  # a list's number ("2.") or a heading's stub is no sentence
    assert c.spec is not None and c.spec.day is not None
    if told.start < previous_start or told.start > c.start or not valid_day(first.year, first.month, c.spec.day):
        return None
    if c.spec.day < first.day and not looks_back(ctx.text, sentence_start, c):
        return None
    return c.spec.with_(year=first.year, month=first.month)


#: How many sentences back the last day told with its month may stand when the times told since
#: name no month of their own ("left on the 14th of January. She had last been overhauled in
#: September 1922. The weather worsened during the night. At 4.40 a.m. on the 15th ...").
STORY_DAY_SENTENCES = 3


def day_in_story_month(ctx: Context, c: Cand, told: list[tuple[Timex, Cand]]) -> tuple[Spec, int] | None:
    """The bare day ``c`` in the month of the last day told with its month (``told``: the times told
    so far with their candidates, in text order) up to :data:`STORY_DAY_SENTENCES` sentences back,
    passing over times that name no month (a night, a clock time) and an aside that looks back from
    the story ("had last been overhauled in September 1922"). Returns the day and the index of the
    time it was read from. Read against the document date instead, a court's report of June put a
    January wreck's "the 15th" on 15 June."""
    if not is_bare_day(c):
        return None
    for index in range(len(told) - 1, -1, -1):
        t, cand = told[index]
        if t.start >= c.start or not (_names_its_month(t, cand) or _story_clock(t)):
            continue
        if looks_back(ctx.text, sentence_of(ctx, cand.start)[0], cand):
            continue
        spec = _in_month_of(ctx, c, t, STORY_DAY_SENTENCES)
        return (spec, index) if spec is not None else None
    return None


def _story_clock(t: Timex) -> bool:
    """A time of a day the story told ("shortly before 6 a.m." after "at 4.40 a.m. on the 15th"), not
    one put on the document's own day."""
    return t.type == "TIME" and t.certainty != "undated" and isinstance(t.begin, date) and t.begin == t.end_day \
        and not t.derivation.startswith("document date")


__all__ = ["DERIVATION", "STORY_DAY_SENTENCES", "day_in_month_just_told", "day_in_story_month", "is_bare_day"]
