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

import re
from datetime import date

from explorer.temporal.anchor_context import Context, sentence_of
from explorer.temporal.grammar import Cand
from explorer.temporal.narrative import looks_back
from explorer.temporal.normalize import Spec, valid_day
from explorer.temporal.tense import tense_at
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


def month_named(told: Timex, told_cand: Cand) -> bool:
    """Whether ``told`` names one month, in its words or as a day read in one: a month a bare day after
    it may be of (a clock time or a part of a day names none, and is passed over)."""
    first, last = told.begin, told.end_day
    return _names_its_month(told, told_cand) and isinstance(first, date) and isinstance(last, date) \
        and (first.year, first.month) == (last.year, last.month)


#: what may stand before a letter's or an entry's date on its line or after the sentence before: a
#: place of up to four capitalised words and a comma ("Sallow Bay, 30th Sept. 1854.")
_PLACE_BEFORE_A_WRITING_DATE = re.compile(r"(?:^|[.!?\n])[ \t]*(?:[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3},[ \t]*)?\Z")
#: a full stop closing the date (a sentence of its own), or the line's end
_WRITING_DATE_ENDS = re.compile(r"[ \t]*(?:\.[ \t]*(?:\n|[A-Z])|\n)")


def _dates_its_writing(text: str, told: Timex) -> bool:
    """Whether ``told`` is the date a letter or an entry is written on: a sentence of its own, with at
    most a place before it ("Harwick, 14 March 1853. A gale on the night of the 11th tore ..."). A
    bare day before it, told as done, is a day of that month already past when it was written."""
    return _PLACE_BEFORE_A_WRITING_DATE.search(text[max(0, told.start - 60):told.start]) is not None \
        and _WRITING_DATE_ENDS.match(text, told.end) is not None


def day_in_month_just_told(ctx: Context, c: Cand, told: Timex | None, told_cand: Cand | None) -> Spec | None:
    """The bare day ``c`` in the month of ``told`` (the time last told, from ``told_cand``), when
    that month was named in this sentence or the one before and the day is not before its start."""
    if told is None or told_cand is None or not is_bare_day(c) or not _names_its_month(told, told_cand):
        return None
    first, last = told.begin, told.end_day
    if not isinstance(first, date) or not isinstance(last, date) or (first.year, first.month) != (last.year, last.month):
        return None
    sentence_start, _ = sentence_of(ctx, c.start)
    previous_start = _sentences_back(ctx, c.start, 1)  # (sentence_start - 1 is the gap between sentences, which no sentence holds)
    assert c.spec is not None and c.spec.day is not None
    if told.start < previous_start or told.start > c.start or not valid_day(first.year, first.month, c.spec.day):
        return None
    if c.spec.day < first.day and not looks_back(ctx.text, sentence_start, c) \
            and not (_dates_its_writing(ctx.text, told) and tense_at(ctx, c.start) == "past"):
        return None
    if first == last == ctx.dct and c.spec.day > first.day and tense_at(ctx, c.start) == "past":
        # "Wednesday 1 November. A letter from Mother at last, written on the 20th": a day told as done
        # after the day the entry (or the page) is written on lies in the month before it, when that day
        # is the nearer of the two: an entry written up a few days late runs on into its own month ("July
        # 1st. Finished the triangulation. Tressider fell ill on the 3rd" is 3 July, not 3 June)
        year, month = (first.year, first.month - 1) if first.month > 1 else (first.year - 1, 12)
        if valid_day(year, month, c.spec.day) \
                and (first - date(year, month, c.spec.day)).days < c.spec.day - first.day:
            return c.spec.with_(year=year, month=month)
    return c.spec.with_(year=first.year, month=first.month)


#: How many sentences back the last day told with its month may stand when the times told since
#: name no month of their own (a list's number, "2.", is no sentence): "left on the 14th of January.
#: She had last been overhauled in September 1922. 2. The weather worsened during the night. At 4.40
#: a.m. on the 15th ...".
STORY_DAY_SENTENCES = 3


def _sentences_back(ctx: Context, pos: int, count: int) -> int:
    """Where the sentence ``count`` sentences before the one holding ``pos`` starts, a list's number or
    a stub of two words or fewer not counting as one."""
    start = sentence_of(ctx, pos)[0]
    walked = 0
    while walked < count and start > 0:
        back = len(ctx.text[:start].rstrip()) - 1  # the last character of the sentence before
        if back < 0:
            return 0
        a, b = sentence_of(ctx, back)
        start = a
        walked += len(ctx.text[a:b].split()) > 2
    return start


def _story_clock(t: Timex) -> bool:
    """A time of a day the story told ("shortly after midnight" after "at 9 p.m. on the 22nd"), not one
    put on the document's own day."""
    return t.type == "TIME" and t.certainty != "undated" and isinstance(t.begin, date) and t.begin == t.end_day \
        and not t.derivation.startswith("document date")


def day_in_story_month(ctx: Context, c: Cand, told: list[tuple[Timex, Cand]]) -> tuple[Spec, int] | None:
    """The bare day ``c`` in the month of the last day told with its month up to
    :data:`STORY_DAY_SENTENCES` sentences back, or of a time of a day the story told (``told``: the
    times so far with their candidates), past times naming no month and a look-back aside ("had last
    been overhauled in September 1922"), when the day is not before that day. Returns the day and the index of the time it was read from."""
    if not is_bare_day(c):
        return None
    floor = _sentences_back(ctx, c.start, STORY_DAY_SENTENCES)
    for index in range(len(told) - 1, -1, -1):
        t, cand = told[index]
        if t.start >= c.start:
            continue
        if t.start < floor:
            return None
        if not (month_named(t, cand) or _story_clock(t)) or looks_back(ctx.text, sentence_of(ctx, cand.start)[0], cand):
            continue
        first = t.begin
        assert isinstance(first, date) and c.spec is not None and c.spec.day is not None
        if c.spec.day < first.day or not valid_day(first.year, first.month, c.spec.day):
            return None
        return c.spec.with_(year=first.year, month=first.month), index
    return None


__all__ = ["DERIVATION", "STORY_DAY_SENTENCES", "day_in_month_just_told", "day_in_story_month", "is_bare_day", "month_named"]
