"""Narrative (story) time: what a relative or yearless date counts from as a text goes on.

In news the writer's day anchors; in a history the last date told does, unless a date is an aside,
a retold account, an old passage or a stray mention. These rules decide which, for the resolver.
"""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta

from explorer.temporal import lexicon as lx
from explorer.temporal.anchor_context import PARAGRAPH_BREAK, Context, inside_quotes, paragraph_start, sentence_of
from explorer.temporal.compared_periods import closes_a_period
from explorer.temporal.historical_present import goes_on_in_the_present
from explorer.temporal.grammar import Cand
from explorer.temporal.grammar.rules_relative import ANNIVERSARY
from explorer.temporal.narrative import (APPOSED_PARTICIPLE, WRITERS_FUTURE, compared_or_cited, in_parentheses, is_incidental, looks_back,
                                         names_a_level, names_a_thing_by_its_year)
from explorer.temporal.news_frame import told_from_the_news
from explorer.temporal.normalize import MAX_DAY, Spec, span_of
from explorer.temporal.resolver_state import ResolverState, timex
from explorer.temporal.clause_direction import PLAN_BETWEEN, SCHEDULED, TELLING, past_verb_reaches, plainly_future
from explorer.temporal.clock_times import UPDATED_BEFORE
from explorer.temporal.tense import reported_on, tense_at
from explorer.temporal.tense_markers import HAD_DONE, REPORTING, tense_markers
from explorer.temporal.timex import Timex

#: Before a year, in its clause, a plan of the writer's now: "will open in", "is due to reopen in", "hopes to
#: move in", "is expected to open in", "plans to reopen in" (present or future tense); or a future reported
#: as said ("said the road would open in"; not a bare "would", a story's own future-in-the-past).
_PLAN_OF_THE_NOW = re.compile(
    r"(?i)\b(?:(?:" + TELLING + r")\b[^.;!?]{0,60}?\bwould|will|shall|(?:is|are)\s+(?:now\s+|also\s+)?(?:" + SCHEDULED + r"|expected|"
    r"going|hoped|meant|intended|likely)|(?:hopes?|plans?|aims?|intends?|expects?|wants?)\s+to)\b[^,;.!?]*$")


#: the writer's own future before a bare month in its sentence ("will start in April", "is due to
#: open in May"), outside a quotation's words (checked by the caller)
_WRITERS_FUTURE_BEFORE = re.compile(r"(?i)" + WRITERS_FUTURE.pattern + r"[^.;:!?]{0,60}$")
#: how a clock time in a retold past night got the account's day
_ACCOUNT_DAY = "day of the account told from"

# The future of the writer's now (not a future seen from a past date, like "would", "planned to")
_WILL = re.compile(r"(?i)\b(?:will|won't|shall|'ll)\b")

#: what a yearless month, season or weekday is picked by when it counts from the writer's now
_DEICTIC_RELS = frozenset({"last", "next", "this", "this past", "this coming", "coming", "past"})
# "the next May", "the past week": counted from the time just named, not from the report
_ANAPHORIC_THE = re.compile(r"(?i)\bthe\s+$")
# what ends a past account in news: a new paragraph (``PARAGRAPH_BREAK``), or the writer's present
# or future between
_WRITERS_NOW_WORDS = re.compile(r"(?i)\b(?:will|shall|won't|is|are|says|say|now|today)\b")

#: a whole year counted back from the page, said as the time of an act ("Last year the fair drew ...",
#: "two years ago it moved"), and what makes it a year figures are set against instead
_YEAR_BACK_TOLD = re.compile(r"(?i)last\s+year|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+ago")
_COMPARED_BEFORE = re.compile(r"(?i)\b(?:from|than|since|of|with|over|versus|vs\.?|against|in|by)\s+$")
#: the ``rel`` of a month, quarter or half counted in the writer's years ("January this year")
WRITERS_YEAR = frozenset({"year0", "year-1", "year+1"})

def _is_writers_now(c: Cand) -> bool:
    """A weekday on its own ("Thursday") or a month or season picked by "last", "next", "this":
    deictic, meaning the writer's now."""
    spec = c.spec
    if spec is None:
        return False
    return c.rel in _DEICTIC_RELS or c.rel is None and spec.weekday is not None and spec.month is None


#: A relative clause opened after a year, up to the date: ", who died in", ", which reopened on".
_RELATIVE_AFTER_THE_YEAR = re.compile(r",\s+(?:who|which|whose)\b[^,;:()\"“”—–]*$")

#: A year that heads its line, then a full stop, a colon or a dash and the text under it: "2004. Halloran
#: visits the valley", "1868: The railway arrives" (a profile or a timeline told year by year).
_YEAR_HEADS_LINE = re.compile(r"[ \t]*\d{3,4}(?:\s*(?:BC|BCE|AD|CE))?\s*(?:[.:]|\s[—–-])\s")

# A past participle that makes the year part of a noun phrase, not the clause's time: an aside after
# a comma ("the fund, set up in 1996 by doctors,") or a participle with its agent ("a plan approved
# by shareholders in 2001"), not after "was"/"were" ("was bought by Ford in 1990": the clause's own)
_PARTICIPLE = rf"(?:[a-z]{{2,}}ed|(?:re)?{lx.IRREGULAR_PARTICIPLE})"
_AGENT_YEAR = re.compile(
    rf"(?i)(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bbeing )\b{_PARTICIPLE}\s+by\s+(?:[\w.'’-]+\s+){{1,6}}"
    r"(?:in|on|during)\s+$")


#: "and" joining a clause to the one a year was told in
_AND = re.compile(r"\band\b")


def _yearless_month_told_after(ctx: Context, year: Cand, later: Cand) -> bool:
    """Whether ``later``, a candidate after the stated ``year``, is a month or a day of a month with no
    year, weekday or "last"/"next" of its own ("In May", "on 3 June"), told outside quotes in a later
    sentence or in a clause joined by "and" ("in 1953, and in June it toured Norway"): the text counts it
    in the year it last stated, which the story then stood at. Not a month earlier in the calendar than
    the stated one's ("In November 2008 protesters … on April 15"): that is no month of the same year."""
    spec = later.spec
    if year.spec is not None and year.spec.month is not None and spec is not None and spec.month is not None \
            and spec.month < year.spec.month:
        return False
    return later.kind == "under" and spec is not None and spec.month is not None and spec.year is None \
        and spec.weekday is None and later.rel is None and not later.parts and not inside_quotes(ctx, later.start) \
        and (later.start >= sentence_of(ctx, year.start)[1] or _AND.search(ctx.text, year.end, later.start) is not None)


def year_of_a_modifier(text: str, sentence_start: int, c: Cand) -> bool:
    """Whether the explicit date ``c`` sits in a participle phrase that describes a noun."""
    tail = text[max(sentence_start, c.start - 90):c.start]
    return bool(APPOSED_PARTICIPLE.search(tail) or _AGENT_YEAR.search(tail))


#: a value with its year ("1931", "2019-06-18") and one with a month but no year ("XXXX-06-18", "XXXX-03");
#: the first read by previous_offsets too
STATED_YEAR = re.compile(r"(?:BC)?\d{4}")
_YEARLESS_MONTH = re.compile(r"XXXX-(?:0[1-9]|1[0-2])")

#: the derivation of a month read in an old story a news text retells
_RETOLD = "retold account after"
#: the year of an aside about someone or of a bound, said before it in its sentence
_STORY_ASIDE_BEFORE = re.compile(r"(?i)(?:,\s*(?:who|which|whose|where|when|[a-z]+ed|built|born|begun|made|set\s+up)\b[^,;]*"
                                 r"|\bsince\b[^,;.]*)$")  # ", founded in 1990," is an aside too
#: a verb that undoes a stop, before the month in its clause: "It reopened in March", "services resumed
#: in May", "the line was restarted in June"
_UNDOES_A_STOP_BEFORE = re.compile(r"(?i)\b(?:re-?opened|resumed|restarted|relaunched|came\s+back|was\s+back|were\s+back)\b[^,;.]{0,40}$")
#: what a clause says after its month when it looks ahead ("duty changes in August would raise costs")
_WOULD_AFTER = re.compile(r"(?i)[^,;.]{0,60}?\b(?:would|will|shall|is\s+due|are\s+due)\b")
#: the same clause going on into the writer's now after a date: "and is planned to finish", "and will close"
_GOES_ON_INTO_NOW = re.compile(
    r"(?i)[^,;.]{0,60}?\band\s+(?:will|(?:is|are)\s+(?:planned|due|expected|scheduled|set|likely)\s+to)\b")
#: a past perfect in the words right before a year, in its clause ("a hinge design it had patented in
#: 2016"): a look back from the story, no time the story goes on in
_HAD_DONE_BEFORE = re.compile(HAD_DONE.pattern + r"[^,;.]*\b(?:in|on|during)\s+$")
_BOUND_BEFORE = re.compile(r"(?i)\b(?:since|born|until|till|by|before|after|from|to)\s+(?:the\s+|early\s+|late\s+)?(?:(?:in|on)\s+)?$")
#: how long before the document's date a paragraph's opening year must be for the paragraph to be
#: a history rather than the background of the news (a decade: a career's or a firm's recent past
#: reaches into the news's year, a building's or a town's past does not)
_HISTORY_YEARS = 10
#: a person's birth date said just before it: a life's start, no time the story returns to
_LIFE_DATE_BEFORE = re.compile(r"(?i)\b(?:born|b\.)\s+(?:in\s+|on\s+)?$")


class StoryTime(ResolverState):
    """Anchoring rules about the story's time: which reference a relative date counts from, old
    passages and retold accounts, and stray dates that must not move the story."""

    def _stray(self, c: Cand) -> bool:
        """A year far from the story's that the text leaves again at once: the next stated year is
        back near the story's time ("declassified in 2005, ... in 1959"), so this one was an aside."""
        story = self._story_span()
        if story is None or c.spec is None or c.spec.year is None:
            return False
        here = story[0].year
        year = -c.spec.year if c.spec.bc else c.spec.year
        if abs(year - here) < 2:
            return False
        if _YEAR_HEADS_LINE.match(self.ctx.text, self.ctx.text.rfind("\n", 0, c.start) + 1) \
                and not self.ctx.text[self.ctx.text.rfind("\n", 0, c.start) + 1:c.start].strip():
            return False  # "2004. She visits the valley …": a year heading its paragraph sets the story's time
        while self._next < len(self.upcoming) and self.upcoming[self._next].start <= c.start:
            self._next += 1
        for nxt in self.upcoming[self._next:self._next + 12]:
            if nxt.start - c.end > 1500:
                break
            if nxt.kind == "prev" and (nxt.n or 0) > 0 and nxt.unit in ("D", "W", "M", "S", "Y"):
                # "When the council tried to close it in 1974, ... The bridge fell the following
                # year": a step counted on from this year, told before any other, shows the story
                # stood at it; it was no aside, whatever year the text names next
                return False
            if _yearless_month_told_after(self.ctx, c, nxt):
                # "It burned down in 1934. In May the owners rebuilt it. … The strike of 1926": a month
                # told with no year of its own after this year, before any other, is this year's; the
                # story stood at it, however far the text goes back afterwards
                return False
            spec = nxt.spec if not nxt.parts else nxt.parts[0].spec
            if nxt.kind != "abs" or spec is None or spec.year is None or spec.gran in ("DE", "CE"):
                continue
            if looks_back(self.ctx.text, sentence_of(self.ctx, nxt.start)[0], nxt):
                # "In 1957 she became …. Two years later she moved to a town the government had chosen
                # in 1955": a year told in the past perfect looks back; it is no return to the story's time
                continue
            if _LIFE_DATE_BEFORE.search(self.ctx.text[max(0, nxt.start - 16):nxt.start]):
                continue  # "the chronicler, who was born in 1398": a birth year is no return either
            then = -spec.year if spec.bc else spec.year
            back = abs(then - here) < abs(year - here) and abs(then - year) > 1
            if not back or is_incidental(self.ctx.text, sentence_of(self.ctx, nxt.start)[0], nxt, self.ctx.quotes):
                return back
            # a next year told as the story's own must come back to the story, not go on from this one: a
            # life told year by year after a news lead of its end ("died on Saturday ... Born in 1936 ...
            # studied from 1954 ... in 1962") nears the page's year with every step, and each is the
            # story's time in turn (a next year in an aside, "(left 1985)", says nothing of that)
            return abs(then - here) < abs(then - year)
        return False

    def _names_an_earlier_thing(self, c: Cand, t: Timex) -> bool:
        """A bare year before the story's that modifies a noun after "the" ("the 1614 rules gave each
        order one vote", "the 1852 survey had lapsed", "The 1958 failure taught them"): the thing's
        year, which a history names looking back; the story stays in its own year."""
        if not names_a_thing_by_its_year(self.ctx.text, c) or c.spec is None or c.spec.year is None:
            return False
        story = self._story_span()
        if story is not None:
            here = story[0].year
        elif self.bc_point is not None and self.bc_point[1].year is not None:
            here = -self.bc_point[1].year  # a story told in BC years ("the 451 BC border stones" in 386 BC)
        else:
            return False
        return (-c.spec.year if c.spec.bc else c.spec.year) < here

    def _within_an_aside(self, c: Cand, t: Timex) -> bool:
        """ "that year", "the same year" hanging on a year told in its own sentence as an aside or a
        look back, which left the story where it was ("had suffered a visitation before, in 1603, and
        the pest house built in that year still stood"): the step belongs to the aside too."""
        if c.kind != "prev" or c.n or t.anchor is None or t.anchor < 0 or self.last_dated is None \
                or t.anchor <= self.last_dated:
            return False
        return self.out[t.anchor].start >= sentence_of(self.ctx, c.start)[0]

    def _looking_back(self, spec: Spec, ref: date) -> Spec | None:
        """The latest occurrence that begins no later than the story's time ("the spring" in a
        flashback told in December 1919 is the spring of 1919)."""
        best: tuple[date, Spec] | None = None
        for y in (ref.year - 1, ref.year):
            if not 1 <= y <= 9999:
                continue
            s = spec.with_(year=y)
            sp = span_of(s)
            if sp and sp[0] <= ref and (best is None or sp[0] > best[0]):
                best = (sp[0], s)
        return best[1] if best else None

    def _reference(self, c: Cand) -> tuple[date | None, str, bool]:
        """The date an underspecified expression is read against, and how to describe it."""
        ctx = self.ctx
        # a year stated earlier in the same sentence wins even in news ("in 1998 ... on March 3")
        if self.last_dated is not None:
            prev = self.out[self.last_dated]
            sa, _ = sentence_of(ctx, c.start)
            same_sentence = prev.start >= sa and self.last_dated == self.last_explicit
            if same_sentence and not ctx.narrative and ctx.dct is not None and prev.end_day is not None \
                    and prev.end_day < ctx.dct and _WILL.search(ctx.text[prev.end:c.start]):
                same_sentence = False  # "joined in July 1997, will join NATO on March 12": the future is after the report
            if same_sentence and not ctx.narrative \
                    and is_incidental(ctx.text, sa, self.cands[self.last_dated], ctx.quotes):
                # "the board, founded in 1998, met on March 3": an aside names no year for it (with no
                # document date either, the day waits for one rather than take the aside's year)
                same_sentence = False
            if same_sentence and not ctx.narrative and ctx.dct is not None \
                    and names_a_thing_by_its_year(ctx.text, self.cands[self.last_dated]) \
                    and prev.end_day is not None and prev.end_day.year > ctx.dct.year and tense_at(ctx, c.start) == "past":
                # "parliament rejected the 2026 budget, and on 3 October the minister resigned", told in
                # 2025: a thing named by a year still ahead of the page (a budget, a plan) is no time of
                # the done act, which news counts from the page
                same_sentence = False
            if same_sentence and not ctx.narrative and ctx.dct is not None \
                    and year_of_a_modifier(ctx.text, sa, self.cands[self.last_dated]):
                same_sentence = False  # "the fund, set up in 1996 by doctors, paid out on Oct. 4": the year dates the fund
            if same_sentence and not ctx.narrative and ctx.dct is not None and c.rel is None and c.spec is not None \
                    and c.spec.weekday is not None and c.spec.month is None and c.spec.day is None \
                    and reported_on(ctx.text, c.start):
                same_sentence = False  # "sank on 2 May 2019, officials said Friday": the report's Friday
            if same_sentence and not ctx.narrative and ctx.dct is not None and c.rel is None and c.spec is not None \
                    and c.spec.weekday is not None and c.spec.month is None and c.spec.day is None \
                    and closes_a_period(ctx.text, prev.start):
                # "reported results for the three months ended September 30, 2023 on Thursday": the
                # date closes the period the figures cover; the weekday is the report's
                same_sentence = False
            if same_sentence and not ctx.narrative and ctx.dct is not None and c.rel in _DEICTIC_RELS \
                    and not _ANAPHORIC_THE.search(ctx.text[max(0, c.start - 5):c.start]):
                # "joined in 1990 and became chairman last May": news counts "last"/"next"/"this" from
                # the report, not from a year the sentence named ("the next May" after it does)
                same_sentence = False
            # a day told from the writer's now inside a life story: no past account or old passage takes it
            news_day = not same_sentence and (self._news_day(c) or self._goes_on_into_now(c))
            if not same_sentence and not ctx.narrative and not news_day and self._same_past_account(prev, c):
                same_sentence = True  # a paragraph of dated news that retells a past night or season
            if not same_sentence and not ctx.narrative and not news_day and self._in_old_passage(prev, c):
                same_sentence = True  # a paragraph of dated news that tells a history of years ago
            if same_sentence and not ctx.narrative and not news_day and ctx.dct is not None and c.rel is None \
                    and _RELATIVE_AFTER_THE_YEAR.search(ctx.text, prev.end, c.start):
                # "The count was started in 1979 by Ann Voss, who died in March": a relative clause
                # opened after the year tells of its noun at another time, which news counts from the
                # page, as it would in a sentence of its own (session 34)
                same_sentence = False
            story = self._story_span()
            told_just_before = prev.start >= (sentence_of(ctx, sa - 1)[0] if sa > 0 else 0)
            if not told_just_before and c.rel == "next" and prev.start >= paragraph_start(ctx.text, c.start) \
                    and re.match(r"(?i)the\s+following\s", ctx.text[max(0, c.start - 4):c.start + 14].lstrip()) \
                    and not prev.derivation.startswith("document date"):
                # "In the autumn of 1991 I rented a garage. The first jacket took six weeks. We sold the
                # first hundred the following May": "following" looks back to the time last told in the
                # paragraph, however many sentences back
                told_just_before = True
            if story is not None and c.rel == "next" and told_just_before \
                    and _ANAPHORIC_THE.search(ctx.text[max(0, c.start - 5):c.start]):
                # "moved to Leeds in 1998. The next May it returned": the May after the time just told
                # (in this or the sentence before), in news as in a story; counted from the end of
                # that time, so after "1998" it is May 1999
                return story[1], f"after previous date {prev.value}", True
            writers = ctx.narrative and ctx.dct is not None and not ctx.dct_inferred and not same_sentence \
                and not inside_quotes(ctx, c.start) \
                and (c.rel in _DEICTIC_RELS or c.kind == "under" and plainly_future(ctx, c.start, reported=False)
                     or c.kind == "under" and self._ahead_in_the_writers_now(c))
            # "last autumn", "next May", "will open in late September" outside quotes are the writer's,
            # told from a date the page gives, even in a passage that tells old years
            if news_day and ctx.dct is None:
                # an obituary with no date to be had: "she died on 28 February" after a life told in
                # years is undated, anchored on the document, not placed in the life's last year
                return None, "", False
            writers = writers or news_day
            if (ctx.narrative or same_sentence or ctx.dct is None) and story is not None and not writers:
                if not ctx.narrative and not same_sentence and ctx.dct is None and (
                        _is_writers_now(c) or c.kind == "under" and plainly_future(ctx, c.start, reported=False)
                        or self._incidental_story_year()):
                    # news without a date: "said Thursday", "last February" are the writer's, not
                    # the last date the article named, and so is the writer's own future ("the
                    # funeral will be held on April 24" after a life told in past years), and a
                    # year the text named only in an aside ("ending a drought that began in 2011")
                    # is no time of the news: they wait for the document's date
                    return None, "", False
                if self._past_after_a_plans_year(c):
                    return (ctx.dct, f"document date {ctx.dct.isoformat()}", False) if ctx.dct is not None else (None, "", False)
                if ctx.dct is None and not same_sentence and self._aside_year_among_yearless_days():
                    # "June 24: ... The old hut, rebuilt in 1931 after a fire, held twenty. ... August
                    # 9: ...": a page that tells its days without a year names one only for a thing
                    # it describes; its later days stay as yearless as its first
                    return None, "", False
                return story[0], f"previous date {prev.value}", True
        if ctx.dct is not None:
            return ctx.dct, f"document date {ctx.dct.isoformat()}", False
        return None, "", False

    def _past_after_a_plans_year(self, c: Cand) -> bool:
        """A yearless date told in the past after a year the text gave only as a plan of the writer's
        now ("The club hopes to move to a new ground in 2030. Its chairman resigned on 14 February").
        The plan lies ahead of the page, so a done act is not in its year: the story's time was never
        there. (A plan told in the past, "would not reopen until 1951", is a story's step, and stays.)"""
        if self.last_dated is None or tense_at(self.ctx, c.start) != "past":
            return False
        prev = self.cands[self.last_dated]
        if prev.kind != "abs":
            return False
        start = sentence_of(self.ctx, prev.start)[0]
        return _PLAN_OF_THE_NOW.search(self.ctx.text, max(start, prev.start - 80), prev.start) is not None

    def _ahead_in_the_writers_now(self, c: Cand) -> bool:
        """A yearless date told as ahead ("I open an exhibition there on the 20th of April") right after
        the passage came to the writer's now: the last time told before it, in its paragraph, was
        counted from the page ("Next month I'm going back"), and no date with a year came since. The
        story's old years are behind; what is ahead is ahead of the page."""
        ctx = self.ctx
        if not self.out or tense_at(ctx, c.start) != "future":
            return False
        para = paragraph_start(ctx.text, c.start)
        since = -1 if self.last_explicit is None else self.last_explicit
        return any(t.derivation.startswith("document date") and t.start >= para
                   for t in self.out[since + 1:])

    def _goes_on_into_now(self, c: Cand) -> bool:
        """A yearless day or month in news whose act goes on into the writer's now, said in the same
        clause ("Work began on 15 September and is planned to finish in late November", "opened in
        March and will close in May"): the writer's year, not that of a history told before it."""
        ctx = self.ctx
        return not ctx.narrative and ctx.dct is not None and c.kind == "under" and c.spec is not None \
            and c.spec.year is None and c.spec.month is not None and c.rel is None \
            and _GOES_ON_INTO_NOW.match(ctx.text, c.end) is not None

    def _news_day(self, c: Cand) -> bool:
        """A yearless day told from the writer's now inside a life story ("The council said
        he had met former colleagues ... on 2 October", see :mod:`explorer.temporal.news_frame`)."""
        ctx = self.ctx
        if c.kind != "under" or c.rel is not None or c.spec is None or c.spec.weekday is not None \
                or c.spec.year is not None or inside_quotes(ctx, c.start):
            return False
        sentence = sentence_of(ctx, c.start)
        if (c.spec.month is None or c.spec.day is None) and not _WRITERS_FUTURE_BEFORE.search(ctx.text, sentence[0], c.start):
            # a bare month ("cracks noticed in March, the report says") stays with the account's year;
            # the writer's own future does not ("Work will start in April, the council said" after a
            # wall "built in 1887" and a warning "in 2019": April of the report's year, not of 2019)
            return False
        return told_from_the_news(ctx.text, sentence, c.start)

    def _same_past_account(self, prev: Timex, c: Cand) -> bool:
        """A passage of dated news that retells something past ("On the night of February 7 the wall
        broke, and by the next day ... That spring ...", "met on 14 March last year. At about 11 p.m.
        ... By 1 a.m. ..."): the story's time set by a date stated with its year, some months before
        the document's date and not said in an aside, and then, in the same paragraph, no word of
        the writer's now ("on Tuesday", "last week", "will") before a yearless or anaphoric
        expression told in the past. Such an expression is the account's, not the document's: news
        is told per passage, and this passage is a story."""
        ctx = self.ctx
        start = self._account_date()
        if ctx.dct is None or ctx.dct_inferred or start is None:
            return False
        told = self.out[start]  # the account's date; ``prev`` is it or the last of its steps since
        if prev.end_day is None or told.end_day is None or (ctx.dct - max(prev.end_day, told.end_day)).days < 60:
            return False
        if not (self._tells_the_account(c) or goes_on_in_the_present(ctx, told, c) or self._day_soon_after_a_step(prev, told, c)):
            return False  # (a history told in the present: see historical_present)
        if inside_quotes(ctx, c.start) or inside_quotes(ctx, prev.start):
            return False
        between = ctx.text[told.end:c.start]
        if _WRITERS_NOW_WORDS.search(between) or not self._paragraphs_go_on(told.end, c):
            return False
        src = self.cands[start]
        if is_incidental(ctx.text, sentence_of(ctx, src.start)[0], src, ctx.quotes):
            return False  # "since 2023", "born in 1951": no story's time
        if c.kind == "under" and plainly_future(ctx, c.start, reported=False):
            return False
        # nothing deictic told between the account's date and this one
        i = bisect.bisect_right(self._starts_of_upcoming(), told.end)
        for u in self.upcoming[i:]:
            if u.start >= c.start:
                break
            if u.kind == "dct" and not (u.type == "TIME" and not u.n) \
                    or (u.spec is not None and u.spec.weekday is not None and u.spec.month is None) \
                    or u.rel in _DEICTIC_RELS:
                return False  # a clock time is the account's too; "Tuesday", "last week" the writer's
        return True

    def _paragraphs_go_on(self, since: int, c: Cand) -> bool:
        """Whether each paragraph begun after ``since`` and before ``c`` carries the account on: its
        first expression is a step from the time told ("Two days later", "That summer") or a clock
        time ("The alarm was raised at 4.15 a.m."), as a retelling's second paragraph opens after a
        lede that set the day; a paragraph that opens otherwise, or with none, is the writer's again."""
        text = self.ctx.text
        starts = self._starts_of_upcoming()
        for m in PARAGRAPH_BREAK.finditer(text, since, c.start):
            i = bisect.bisect_left(starts, m.end())
            first = self.upcoming[i] if i < len(self.upcoming) else None
            if first is None or first.start > c.start or not (
                    first.kind == "prev" or first.kind == "dct" and first.type == "TIME" and not first.n
                    and ":" in (first.value or "")):
                return False
        return True

    def _opens_old_passage(self, c: Cand, t: Timex) -> bool:
        """Whether ``c`` (just resolved to ``t``, the last of ``out``) opens a passage of dated news
        that tells a history: the first date of its paragraph, stated with its year at least
        ``_HISTORY_YEARS`` before the document's date (a background of recent years, "joined the trust
        in 2019 ... met on 14 April", runs on into the news's own year), in the main clause of a past sentence ("The mill was built
        in 1788 by the Hale family."), not in an aside, a parenthesis or quotes. Such a year is the
        passage's time even after "built in", which elsewhere marks an aside."""
        ctx = self.ctx
        if ctx.narrative or ctx.dct is None or c.kind != "abs" or c.parts or c.spec is None \
                or c.spec.year is None or c.spec.gran not in ("Y", "M", "D") or not isinstance(t.end_day, date) \
                or t.end_day.year > ctx.dct.year - _HISTORY_YEARS or inside_quotes(ctx, c.start):
            return False
        sa = sentence_of(ctx, c.start)[0]
        clause = ctx.text[sa:c.start]
        if re.search(r"[,(\[;:—–]|\b(?:which|who|whose|that)\b", clause) or tense_at(ctx, c.start) != "past" \
                or year_of_a_modifier(ctx.text, sa, c):
            return False  # "Under a program approved by the board in 1987, ...": the year dates the program
        para = paragraph_start(ctx.text, c.start)
        return not any(o.start >= para and o.begin is not None for o in self.out[:-1])

    def _in_old_passage(self, prev: Timex, c: Cand) -> bool:
        """A yearless date or a step ("On 12 March", "In June", "the next year") in the paragraph a
        history opened (see :meth:`_opens_old_passage`), told in the past with nothing of the
        writer's now between: it is the history's, not the news's (news or narrative is decided per
        passage). ``prev`` is the story's current time and must be in that paragraph."""
        ctx = self.ctx
        if ctx.dct is None or self.last_dated is None or inside_quotes(ctx, c.start):
            return False
        spec = c.spec
        bare = c.kind == "under" and spec is not None and spec.year is None and c.rel is None \
            and spec.weekday is None and (spec.month is not None or spec.season is not None)
        # a day of the month alone ("on the 26th") or a weekday said with "the" ("On the Thursday", "the
        # Monday morning"): steps of the account, when the passage goes on from a paragraph before
        step = c.kind == "under" and spec is not None and spec.year is None and spec.month is None and c.rel is None \
            and (spec.weekday is None and spec.day is not None
                 or spec.weekday is not None and _ANAPHORIC_THE.search(ctx.text[max(0, c.start - 5):c.start]) is not None)
        if not (bare or step or c.kind == "prev" or c.rel == "that_year"):
            return False
        if tense_at(ctx, c.start) != "past":
            return False
        para = paragraph_start(ctx.text, c.start)
        opener = next((i for i, o in enumerate(self.out) if o.start >= para and o.begin is not None), None)
        if opener is None or not self._opens_old_passage_at(opener):
            # the paragraph opens with no date of its own, or with a step of the account: the passage
            # may go on from a paragraph before, by a step of the account ("On the Thursday", "on the
            # 26th"), or by a month or day once the account has gone on by steps ("that evening", "An
            # hour later"); a year alone ("In March 2016 the river rose. // The mill reopened in
            # June.") starts no account a new paragraph goes on with: that June is the writer's
            opener = self._old_passage_carried_on(c)
            if opener is not None and bare and not self._stepped_on_since(opener):
                return False
        elif step:
            return False  # the passage's own paragraph: a day or a weekday has its own rules there
        if opener is None or prev.start < self.out[opener].start or not self._opens_old_passage_at(opener) \
                or not isinstance(prev.end_day, date) or prev.end_day.year > ctx.dct.year - _HISTORY_YEARS:
            return False  # the passage has come up to recent years ("last inspected in August 2025")
        if _WRITERS_NOW_WORDS.search(ctx.text[self.out[opener].end:c.start]):
            return False
        i = bisect.bisect_right(self._starts_of_upcoming(), self.out[opener].end)
        for u in self.upcoming[i:]:
            if u.start >= c.start:
                break
            if u.kind == "dct" and not (u.type == "TIME" and not u.n) \
                    or (u.spec is not None and u.spec.weekday is not None and u.spec.month is None
                        and not _ANAPHORIC_THE.search(ctx.text[max(0, u.start - 5):u.start])) \
                    or u.rel in _DEICTIC_RELS:
                # "on Saturday", "last week": the writer's again ("on the Monday": the story's; a clock
                # time is the account's too)
                return False
        return True

    def _old_passage_carried_on(self, c: Cand) -> int | None:
        """For ``c`` in a paragraph that has told no date before it: the opener of an old passage (see
        :meth:`_opens_old_passage`) in a paragraph before, as an index into ``out``, when every date told
        since is of the passage's years and none was counted from the page ("On the night of the 3rd of
        March 1974, four men entered the vault ... / The theft was noticed on the Monday morning ... /
        For weeks the police had nothing. Then, on 19 April, a jeweller ..."): a long read or a
        magazine piece tells its old story over paragraphs, as a history does. None when a date of
        the writer's own time comes between, or the passage lies more than three paragraphs back."""
        ctx = self.ctx
        assert ctx.dct is not None
        para = paragraph_start(ctx.text, c.start)
        reach = para
        for _ in range(3):
            reach = paragraph_start(ctx.text, reach - 1) if reach > 0 else 0
        for i in range(len(self.out) - 1, -1, -1):
            o = self.out[i]
            if o.start < reach:
                return None
            if o.begin is None:
                continue  # a stretch, a set: no time of the story
            if o.derivation.startswith("document date") \
                    or not isinstance(o.end_day, date) or o.end_day.year > ctx.dct.year - _HISTORY_YEARS:
                return None
            if self._opens_old_passage_at(i):
                return i
        return None

    def _stepped_on_since(self, opener: int) -> bool:
        """Whether a date read from the story's time (a step of the account, "that evening", "An hour
        later", "on the Monday": not a date stated with its year) was told since ``opener``."""
        return any(o.begin is not None and not o.derivation.startswith(("explicit", "document date"))
                   for o in self.out[opener + 1:])

    def _opens_old_passage_at(self, i: int) -> bool:
        """:meth:`_opens_old_passage` for the ``i``-th output, which was the last when it was read."""
        saved, self.out = self.out, self.out[:i + 1]
        try:
            return self._opens_old_passage(self.cands[i], self.out[i])
        finally:
            self.out = saved

    def _account_date(self) -> int | None:
        """The date that set the story's time, as an index into ``out``: the last one, before or at
        the story's current point, said with its year ("4 March 2019") or with the writer's year
        ("the evening of 14 March last year"), or as an anniversary ("a year ago today")."""
        if self.last_dated is None:
            return None
        for i in range(self.last_dated, max(-1, self.last_dated - 12), -1):
            u = self.cands[i]
            if u.kind == "dct" and u.value == ANNIVERSARY:
                return i  # "a year ago today, fire swept through the works": a past day, told again
            if u.kind == "dct" and u.unit == "Y" and u.n is not None and u.n < 0 and u.type == "DATE" \
                    and _YEAR_BACK_TOLD.fullmatch(self.ctx.text, u.start, u.end) \
                    and not _COMPARED_BEFORE.search(self.ctx.text, max(0, u.start - 24), u.start):
                # "Last year the fair drew 4,000 people. In the summer it moved to the park": a year
                # counted back from the page sets the story's time as a stated one does (not a part of
                # it, "the end of last year", nor a year figures are compared with, "up from last year")
                return i
            if u.spec is None:
                continue
            if u.kind == "abs" and u.spec.year is not None and u.spec.gran not in ("DE", "CE"):
                return i
            if u.kind == "under" and u.rel in WRITERS_YEAR and u.spec.month is not None:
                return i
        return None

    def _day_soon_after_a_step(self, prev: Timex, told: Timex, c: Cand) -> bool:
        """Whether ``c`` is a day and month with no year told right after a step of the account ("The
        thefts came to light in November 2023 … Renshaw resigned the next day. The charity reported her
        the following week, and she was arrested on 4 December"), falling within two months after the
        account's date: the account goes on to that day. A bare day alone is news's own year (see
        :meth:`_tells_the_account`); after a step of a story set in a month with its year, it is the story's."""
        spec = c.spec
        if c.kind != "under" or spec is None or spec.year is not None or c.rel is not None \
                or spec.month is None or spec.day is None or not isinstance(told.begin, date):
            return False
        if not prev.derivation.startswith("anchored on previous date"):
            return False
        try:
            day = date(told.begin.year, spec.month, spec.day)
            if day < told.begin:
                day = date(told.begin.year + 1, spec.month, spec.day)
        except ValueError:
            return False
        return 0 <= (day - told.begin).days <= 62

    def _tells_the_account(self, c: Cand) -> bool:
        """Whether ``c`` is said the way a retold story goes on: a step from the time just told ("the
        next day", "two days later", "that morning", "that year"), "that spring", "the autumn", a
        part of a named day ("the night of February 7") or a clock time. A bare month, day or quarter
        ("in December", "through Sept. 29", "the third quarter") is what news says of its own year,
        and "last year", "next month", a weekday are the writer's."""
        if c.kind == "prev" or c.rel == "that_year":
            return True
        if c.kind == "dct":
            return c.type == "TIME" and not c.n and ":" in (c.value or "")
        spec = c.spec
        if c.kind != "under" or spec is None or spec.year is not None or c.rel is not None:
            return False
        if spec.gran == "S":
            return _ANAPHORIC_THE.search(self.ctx.text[max(0, c.start - 5):c.start]) is not None \
                or self.ctx.text[c.start:c.start + 4].lower() == "the "
        return spec.part_of_day is not None and spec.day is not None and spec.weekday is None

    def _account_clock(self, c: Cand) -> Timex | None:
        """A clock time in a retold night ("met on the evening of 14 March last year. At about 11 p.m.
        they argued. By 1 a.m. one of them was in hospital"): on the account's day, and past midnight
        once an evening time of that day was told and this one is in the small hours."""
        if self.ctx.narrative or self.last_dated is None or not self._tells_the_account(c):
            return None
        prev = self.out[self.last_dated]
        if not isinstance(prev.begin, date) or prev.begin != prev.end_day or not self._same_past_account(prev, c):
            return None
        day = self._after_evening(prev.begin, c)
        return timex(self.ctx, c, self._offset_spec(day, c), "inferred", f"{_ACCOUNT_DAY} {prev.value}",
                      self.last_dated)

    def _after_evening(self, day: date, c: Cand) -> date:
        """``day``, or the day after it when ``c`` is a small-hours clock time ("by 2 a.m.") told after an
        evening time of ``day`` ("at 11 p.m. on March 9"), after its evening or night ("on Tuesday
        night"), or after a small-hours time already moved to the next day, in its sentence or the two
        before."""
        clock = re.fullmatch(r"(\d\d):(\d\d)", c.value or "")
        if clock is None or int(clock[1]) >= 6 or day >= MAX_DAY:
            return day
        if UPDATED_BEFORE.search(self.ctx.text, max(0, c.start - 24), c.start):
            # "Friday 20 March 2026 · Last updated 00:40" under a headline of "Thursday evening": the
            # page's update is a time of the day its header names, however late the night it tells
            return day
        sa = sentence_of(self.ctx, c.start)[0]
        for _ in range(2):
            back = len(self.ctx.text[:sa].rstrip()) - 1
            if back >= 0:
                sa = sentence_of(self.ctx, back)[0]
        next_day = day + timedelta(days=1)
        for t in reversed(self.out):
            if t.start < sa:
                break
            if t.type == "TIME" and re.fullmatch(rf"{day.isoformat()}T(?:EV|NI)", t.value):
                return next_day  # "on Tuesday night ... by 2 a.m.": the small hours after a night or an evening
            last = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)", t.value)
            if t.type == "TIME" and last is not None:
                if last[1] == day.isoformat() and int(last[2]) >= 18:
                    return next_day
                if last[1] == next_day.isoformat() and (int(last[2]), int(last[3])) <= (int(clock[1]), int(clock[2])):
                    return next_day  # "by 2 a.m. ... at 5:30 a.m.": the run of times is past midnight already
                return day
        return day

    def _aside_year_among_yearless_days(self) -> bool:
        """The story's time was set by the first year the page states, said in an aside (a participle
        phrase describing a noun, a relative clause, a parenthesis: see :func:`is_incidental`), after
        days and months the page told without a year: a log's or a diary's yearless days go on past a
        year that dates only what the aside describes ("the mill, rebuilt in 1911")."""
        i = self.last_explicit
        if i is None or self.last_dated != i:
            return False
        prev = self.cands[i]
        if prev.kind != "abs" or prev.spec is None or prev.spec.gran != "Y":
            return False
        sa = sentence_of(self.ctx, prev.start)[0]
        if not (year_of_a_modifier(self.ctx.text, sa, prev) or is_incidental(self.ctx.text, sa, prev, self.ctx.quotes)):
            return False
        before = self.out[:i]
        if any(STATED_YEAR.match(t.value) for t in before):
            return False  # a year told before: the page is no yearless log
        return any(_YEARLESS_MONTH.match(t.value) for t in before)

    def _incidental_story_year(self) -> bool:
        """The story's time was set by a year said in an aside (a relative clause, "since <year>", a
        birth year, a parenthesis, a quotation), as :func:`is_incidental` reads it."""
        if self.last_explicit is None or self.last_dated != self.last_explicit:
            return False
        prev = self.cands[self.last_explicit]
        return is_incidental(self.ctx.text, sentence_of(self.ctx, prev.start)[0], prev, self.ctx.quotes)

    def _looked_back_to(self, i: int) -> bool:
        """Whether the ``i``-th date is told in a past perfect right before it, in its clause ("a hinge
        it had patented in 2016")."""
        t = self.out[i]
        return _HAD_DONE_BEFORE.search(self.ctx.text, max(sentence_of(self.ctx, t.start)[0], t.start - 60), t.start) is not None

    def _retold_month(self, c: Cand) -> Timex | None:
        """A bare month or day ("in March", "on November 14") told in the past tense right after a date
        at least two years before the document's ("came to collapse in 2019. Engineers noticed cracks
        in March, and the bridge fell on November 14"): news retelling an old story goes on in the
        story's year, as a history does, until something is dated again. Only while the last date is
        that old year (or a month so read), stated within the two sentences before, with no day of
        the writer's between: a month after "on Tuesday" or "last year" is the writer's again. A date
        earlier in the year than the one just told is the next year's (the account moves forward)."""
        ctx = self.ctx
        i = self.last_mentioned
        if ctx.dct is None or i is None or c.spec is None or c.spec.month is None:
            return None
        if i > 0 and self._looked_back_to(i) and not self._looked_back_to(i - 1) \
                and self.out[i - 1].start >= sentence_of(ctx, self.out[i].start)[0]:
            # "In the spring of 2019 Loomfield sued, claiming Asterion copied a hinge it had patented
            # in 2016. Asterion answered that May": the look back names no time the story goes on in;
            # the story's own date, told before it in its sentence, does
            i -= 1
        t, ci = self.out[i], self.cands[i]
        if _BOUND_BEFORE.search(ctx.text, max(0, t.start - 16), t.start) or names_a_level(ctx.text, t.end):
            return None  # "since 2015", "born in 1950", "the May 2007 high": a bound, a life, a level
        if not isinstance(t.begin, date) or t.begin.year > ctx.dct.year - 2 or ci.parts:
            return None
        told = ci.kind == "abs" and ci.spec is not None and ci.spec.gran in ("Y", "S", "M", "D") and not ci.spec.bc
        if not (told or t.derivation.startswith(_RETOLD)) or told and c.spec.gran == "D":
            return None  # a day joins the story once it is told month by month, never straight from a year
        if told and "\n" in ctx.text[t.end:c.start]:
            return None  # a new paragraph goes on from a year only once the account is told month by month
        if told and ci.spec is not None and ci.spec.gran == "Y" \
                and _UNDOES_A_STOP_BEFORE.search(ctx.text, sentence_of(ctx, c.start)[0], c.start):
            # "The museum closed in 2019 for repairs. It reopened in March": what ends a stop told by its
            # year is the news the page brings, in the writer's year, not a month of the stop's year
            return None
        if _STORY_ASIDE_BEFORE.search(ctx.text, sentence_of(ctx, t.start)[0], t.start) or self._looked_back_to(i) \
                or in_parentheses(ctx.text, sentence_of(ctx, t.start)[0], t.start) \
                or compared_or_cited(ctx.text, sentence_of(ctx, t.start)[0], ci) \
                or _WOULD_AFTER.match(ctx.text, c.end):
            # ", who joined in 2019,", "since 2011", "(built in 1868)": an aside; "in August would raise": a plan
            return None
        start = sentence_of(ctx, c.start)[0]
        for _ in range(2):
            back = len(ctx.text[:start].rstrip()) - 1
            if back >= 0:
                start = sentence_of(ctx, back)[0]
        if t.start < start or tense_at(ctx, c.start) != "past":
            return None
        year = t.begin.year
        if ci.spec is not None and ci.spec.gran != "Y" and (t.begin.month, t.begin.day if ci.spec.gran == "D" else 0) \
                > (c.spec.month, c.spec.day or 0):
            year += 1
        if year >= ctx.dct.year:
            return None
        return timex(ctx, c, c.spec.with_(year=year), "inferred", f"{_RETOLD} {t.value}", anchor=i)

    def _past_told_from_story(self, c: Cand, story: tuple[date, date]) -> bool:
        """ "In 1847 the family moved to Ohio. Over the next thirty years the farm grew": in a past
        clause right after a dated point (this or the previous sentence) that lies before the
        report, "the next <n> <units>" counts on from that point even in news; "will invest over the
        next five years" stays the writer's."""
        ctx = self.ctx
        if c.anchored_span != "next" or self.last_dated is None:
            return False
        sa, sb = sentence_of(ctx, c.start)
        if _WILL.search(ctx.text[sa:sb]) or PLAN_BETWEEN.search(ctx.text[sa:c.start]) \
                or not past_verb_reaches(ctx, c.start) \
                or not any(name == "past" and not REPORTING.match(ctx.text, sa + start)
                           for start, name, _ in tense_markers(ctx, sa, sb, ctx.text[sa:sb])):
            return False  # ("next" itself reads as a future to tense_at: the verbs decide here)
        if ctx.dct is not None and story[1] >= ctx.dct:
            return False
        prev = self.out[self.last_dated]
        return prev.start >= (sentence_of(ctx, sa - 1)[0] if sa > 0 else 0)
