"""Yearless days, months and weekdays: which occurrence "December 26", "Tuesday" or "in March" means.

An underspecified date takes its year (or week) from a reference: the document date in news, the
story's current time in a narrative, a day named nearby; the tense of its clause decides whether
the nearest earlier or later occurrence is meant. This family holds that one decision, the largest
of the resolver's, so the walk in ``resolve`` reads as a dispatch by kind.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from explorer.calendar import weekdays_named
from explorer.temporal import lexicon as lx
from explorer.temporal.anchor_context import Context, inside_quotes, is_heading, sentence_of
from explorer.temporal.days_after_told import DERIVATION as DAYS_AFTER_TOLD, day_after_old_day
from explorer.temporal.entry_chain import DERIVATION as ENTRY_CHAIN, entry_day_after_a_look_back
from explorer.temporal.grammar import Cand
from explorer.temporal.grammar.blocks import FIGURES, STATISTIC_AFTER
from explorer.temporal.grammar.rules_relative import COUNTED_FROM_WEEKDAY
from explorer.temporal.modal_plans import plan_ahead
from explorer.temporal.month_headings import headline_year_reviewed, is_month_heading, reviewed_year
from explorer.temporal.month_just_told import DERIVATION as MONTH_JUST_TOLD, day_in_month_just_told, day_in_story_month, is_bare_day, month_named
from explorer.temporal.narrative import looks_back, moves_on_from
from explorer.temporal.normalize import Spec, shift, span_of, spec_of_day, valid_day, value_of
from explorer.temporal.occasions import occasion_tense
from explorer.temporal.occurrence import resolve_under
from explorer.temporal.page_term import entries_year, header_term, nearest_the_term
from explorer.temporal.resolver_state import WEEKDAY_OF_A_TOLD_TIME, ResolverState, timex
from explorer.temporal.story_time import WRITERS_YEAR
from explorer.temporal.clause_direction import (
    adjacent_past, condition_under_future, deadline_ahead, participle_with_agent, past_verb_reaches, plainly_future,
    weekday_deadline, yearless_slack,
)
from explorer.temporal.tense import AHEAD_OF, headline_plan, possessive_day_ahead, tense_at
from explorer.temporal.tense_markers import HAD_DONE, SINCE, schedules_month, tense_markers
from explorer.temporal.told_stretch import DERIVATION as INSIDE_THE_STRETCH, day_inside_a_told_stretch
from explorer.temporal.timex import DOCUMENT_ANCHOR, Timex
from explorer.temporal.year_anchors import SCHEDULE_VERB_BEFORE, THAT_BEFORE

#: A future told in the narrator's own voice: "will", "shall", "'ll" ("would" is a story's future in
#: the past and keeps the story's time).
_NARRATORS_FUTURE = re.compile(r"\b(?:will|shall)\b|['’]ll\b", re.IGNORECASE)


#: Between a main clause's date and a later one: an "after" clause with a subject and a past verb of its
#: own (", after the council granted permission in ", " after a storm damaged the pier on ").
_AFTER_CLAUSE_BETWEEN = re.compile(
    r",?\s+after\s+(?:the|a|an|his|her|its|their|[A-Z][\w’'-]*)\b[^,;:.()]{0,60}?\s(?:[a-z]{3,}ed|[a-z]+)\b"
    r"[^,;:.()]{0,60}?\b(?:in|on|during|by)\s+(?:early\s+|late\s+|mid-?)?", re.IGNORECASE)


#: The main clause's second verb after an "after" phrase: "died in May 1950 after a short illness and
#: was buried … on 4 June" (the burial follows the death; the date is no "after" clause's).
_JOINED_VERB_AFTER = re.compile(r"\s(?:and|but)\s+(?:then\s+|later\s+)?(?:was|were|[a-z]{3,}ed)\b")


def told_in(tense: str) -> str:
    """How a yearless reading's derivation ends when a tense chose its year ("... + past tense")."""
    return f" + {tense} tense"


#: a weekday's name written in a day ("Monday 5 October", "Tue 3 March")
_WEEKDAY_WORD = re.compile(rf"(?i)\b(?:{lx.alternatives(tuple(sorted(lx.WEEKDAYS, key=len, reverse=True)))})\b")

#: the end of the derivation of a yearless month or day whose year a past verb chose ("in January",
#: "the second week of January" told as done); :meth:`Resolver._part` asks it of the period it cuts
#: a part from, so both sides read the one string
TOLD_IN_THE_PAST = told_in("past")
#: how the derivation of a month heading of a year told month by month starts
MONTH_HEADING = "a month heading of the year reviewed"
#: a year or month told as the time of the clause ("In 1977 …", "during March 1961"), not as a thing's
#: ("the mass bleaching of 2024")
_IN_A_TIME = re.compile(r"(?i)\b(?:in|during)\s+(?:early\s+|late\s+|mid-)?$")
#: "the" or "a" before a weekday: a story's day of its own week ("on the Saturday night", "on a Tuesday"),
#: not the news's bare "on Tuesday", which the writer counts from the page
_A_OR_THE = re.compile(r"(?i)\b(?:the|a)\s+$")
#: how a yearless day of a review whose headline names the year before the page's was read
YEAR_REVIEWED = "in the year the headline reviews"

_RESULTS_OF_BEFORE = re.compile(rf"(?i)\b{FIGURES}\s+(?:for|from|of)\s+(?:the\s+)?$")
#: a quarter's result said "in" it, with its amount or not: "will post a loss in the fourth quarter",
#: "expects a profit of $2 million in the fourth quarter" (told in January: the quarter just ended,
#: whose result is about to be posted, not the one ten months ahead). Results only, and of a quarter
#: only: "will publish a report in April" is a plan
_RESULT_IN_BEFORE = re.compile(
    r"(?i)\b(?:loss(?:es)?|profits?|earnings|net\s+income|results)"
    r"(?:\s+of\s+(?:about\s+|around\s+|nearly\s+)?[$€£]?\d[\d.,]*(?:\s+(?:million|billion|cents?|a\s+share))?)?"
    r"\s+in\s+(?:the\s+)?$")
# a figure set against a quarter: "fell 8% from the fourth quarter", "up from the third quarter"; or a
# period weighed against one with results: "expects the second half to be stronger than the first half"
# (not a deadline: "no later than the third quarter", "earlier than", "sooner than", "rather than")
_COMPARED_FIGURE = re.compile(
    r"(?i)(?:(?:%|\bper\s?cent|\bup|\bdown|\bhigher|\blower)\s+(?:from|compared\s+(?:with|to)|than|versus|over)"
    r"|\b(?!(?:lat|earli|soon|rath|oth)er\b)(?:[a-z]{3,}er|better|worse|weaker)\s+than)\s+$")
# the year said right after a quarter: "the third quarter in 2017", "the fourth quarter of 1989",
# "the second quarter of the fiscal year ended March 31, 2015" (a year alone, not "1989-90" or "2017's")
_QUARTER_YEAR_AFTER = re.compile(
    r"[ \t]+(?:in|of)[ \t]+(?:(?:the|its|their|our)[ \t]+)?(?:fiscal[ \t]+year[ \t]+(?:that[ \t]+)?(?:ended|ending|ends|to)[ \t]+"
    r"(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+)?)?(\d{4})\b(?![-/–]\d|['’]s)")

#: a yearless day's own year, said right after it: "On 4 March, in 1998, a breach flooded the homes", "on
#: 9 June in 2002" (not a year's span, "in 1998-99", nor a thing of that year, "in 1998's storm")
_DAYS_YEAR_AFTER = re.compile(r",?[ \t]+(?:in|of)[ \t]+(1\d{3}|20\d\d)\b(?![-/–]\d|['’]s)")

#: a level a month's figures reached, after the month: "matching April's 28-year low", "its March
#: peak", "above the February record". Figures (these, or a statistic the month labels) exist once
#: their month is over, so with a past verb the month is behind the report however far back (not the
#: April four months ahead of a December report, which the nearest reading took)
_LEVEL_AFTER = re.compile(r"(?:['’]s)?(?:[ \t]+[\w-]+){0,2}?[ \t]+(?:lows?|highs?|records?|peaks?|levels?|readings?|pace)\b")

#: a month's possessive before what was counted in it, two words at most between: "November's car
#: sales", "October's export orders", "December's jobs report"
_POSSESSIVE_FIGURES = re.compile(
    rf"(?i)['’]s(?:[ \t]+[\w-]+){{0,2}}?[ \t]+(?:{FIGURES}|sales|orders|output|production|payrolls|exports|imports|shipments)\b")


def _labels_figures(text: str, c: Cand) -> bool:
    """Whether a yearless month labels figures or a level they reached: "the October figures",
    "January's retail sales", "figures for January", "April's 28-year low". Figures exist once their
    month is over, so with a past verb the month is behind the report however far back; the
    possessive and the "figures for" forms were read as any month, the nearest one, a year ahead."""
    return bool(STATISTIC_AFTER.match(text, c.end) or _POSSESSIVE_FIGURES.match(text, c.end)
                or _LEVEL_AFTER.match(text, c.end) or _RESULTS_OF_BEFORE.search(text, max(0, c.start - 40), c.start))


#: a past perfect or a looking back before a yearless month in its clause ("had warned in January",
#: "earlier, in January"): a time before the story's, not one it moves on to
_LOOKS_BACK_BEFORE = re.compile(r"(?i)\b(?:had|earlier|before|previously|ago)\b[^,;.]*$")


def _from_the_page(t: Timex) -> bool:
    """Whether ``t`` was read from the document's date ("in November" counted back from the page)."""
    return (t.derivation or "").startswith("document date")




_CLAUSE_MARK = re.compile(r"[,;:—–]")
#: a week named by its last day: "Week ending 5 August", "the week to Friday 9 May", "w/e 12 March"
_WEEK_ENDING_BEFORE = re.compile(r"(?i)\b(?:week\s+(?:ending|ended|to)|w/e)\s+(?:on\s+)?$")
#: "the" right before a weekday ("on the Thursday"): the weekday of the account, not the writer's
_THE_BEFORE = re.compile(r"(?i)\bthe\s+$")


def _clause_end(text: str, pos: int, limit: int) -> int:
    """Where the clause running on at ``pos`` ends: its next comma, semicolon or dash, or ``limit``."""
    m = _CLAUSE_MARK.search(text, pos, limit)
    return m.start() if m else limit


#: a year written out in a date's own words
_STATED_YEAR = re.compile(r"\b\d{4}\b")
#: the longest run of days told with its year whose yearless days are read inside it
_TOLD_STRETCH_DAYS = 31
#: how many days after an account's last day told with its year a yearless day in a later paragraph
#: may lie and still go on from it (the account told day by day), not be the page's own time
_ACCOUNT_GOES_ON_DAYS = 14
#: how much further an occurrence before the day named counts than one after it (see
#: ``_month_after_the_day_named``)
_BACK_WEIGHT = 3


#: what carries an account on from its day to the next date told: a sentence's end, "and", "then",
#: "later" (not a comma alone: "on 6 March 2024, the day after 16 March ..." is an aside)
_MOVES_ON_TO = re.compile(r"(?i)[.!?]\s|\b(?:and|then|later|afterwards|but)\b")
#: a report dating the day named ("said on 2 March that in January ..."): what follows is reported
_REPORT_BEFORE = re.compile(r"(?i)\b(?:said|says|told|announced|reported|added|stated|claimed)\s+(?:\w+\s+){0,2}$")
_UNTIL = re.compile(r"(?i)\b(?:until|till|til|before)\s+(?:the\s+)?$")
# "said in March that ...": the report itself is dated, so it lies behind the report's page
_SAID_IN = re.compile(r"(?i)\b(?:said|told|announced|reported|stated|declared|confirmed|disclosed)\s+(?:in|on)\s+(?:early\s+|late\s+|mid-?)?$")

# "in March", "during early March": a month the clause's verb places; unlike "by March" or "through
# March", no deadline whose verb may belong to another clause ("had been expected ... by February")
#: a possessive determiner right before a month used as a modifier ("its April lows")
_POSSESSOR_BEFORE = re.compile(r"\b(?:its|his|her|their|our|my|your)\s+$")
#: ... and the noun it modifies after it ("lows", "proposal"), not a day number or a year
_NOUN_AFTER = re.compile(r"[ \t]+(?!(?:and|or|to|of|in|on|at|for|the|a|an)\b)[a-z]{3,}\b")
#: ... or listed after such a month: "in April and May", "during March, April or May"
_IN_MONTH = re.compile(r"(?i)\b(?:in|during|between)\s+(?:early\s+|late\s+|mid-?\s*)?"
                       r"(?:(?-i:" + lx.MONTH_NAMES + r")(?:\s*,\s*|\s+(?:and|or)\s+)(?:early\s+|late\s+|mid-?\s*)?){0,3}$")
#: the end of a reported stretch: "rose 4% in the 12 months to June", "the year through March 31". A
#: figure is given for a stretch that has run out, so with a past verb the month is behind the report,
#: as after "in", not the nearer one ahead
#: a stretch whose results are reported, ending on the day after it: "the 12 weeks ending 4 October", "the six
#: months to 30 June", "the quarter ended Sept. 30"
_PERIOD_ENDING = re.compile(r"(?i)\b(?:days|weeks?|months|year|quarter|period|half(?:-year)?)\s+(?:to|ended|ending|through|thru)\s+(?:on\s+)?$")
#: a present perfect reporting a result: "has risen", "have fallen", "has grown", "has been"
_PERFECT = re.compile(r"(?i)\b(?:has|have|'s|’s|'ve|’ve)\s+(?:\w+ly\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|n)\b")


def _ends_a_period_reported(ctx: Context, c: Cand) -> bool:
    """``c``, a day without its year, ends a stretch whose results a past verb or a present perfect reports
    ("Sales rose 4% in the 12 weeks ending 4 October", "the index has risen 4% in the year to 31 March"): the
    stretch is over, so its last day is on or before the report, however near ahead of it the day of that
    name would fall."""
    if c.spec is None or c.spec.gran != "D" or c.spec.day is None or c.spec.month is None \
            or _PERIOD_ENDING.search(ctx.text, max(0, c.start - 30), c.start) is None:
        return False
    return past_verb_reaches(ctx, c.start) or _PERFECT.search(ctx.text, sentence_of(ctx, c.start)[0], c.start) is not None


#: a part of a month said "at", "by" or "towards" it ("retired at the end of March", "had left by the
#: middle of May"): the clause's past verb places it as it places a month said "in", behind the report
_PART_OF_MONTH = re.compile(r"(?i)the\s+(?:very\s+)?(?:end|start|beginning|middle|close|turn)\s+of\s+")
_AT_PART = re.compile(r"(?i)\b(?:at|by|towards?|in)\s+$")
#: (not after a future or a duty in its sentence: "will publish corrected figures by the end of August")
_FUTURE_IN_CLAUSE = re.compile(r"(?i)\b(?:will|shall|must|would|won['’]t)\b|['’]ll\b")
_PERIOD_TO = re.compile(r"(?i)\b(?:months|year|weeks|quarter|period|half)\s+(?:to|through|thru|till|until)\s+(?:early\s+|late\s+|mid-?\s*)?$")
#: a day of a month said "on" it ("lost the opening game on 9 August", "passed the bill on 21 October"):
#: like a month "in" it, the day the clause's past verb places, so behind the report however far (told in
#: May, the August nine months back, not the one three months ahead a nearer-reading would take)
_ON_DAY = re.compile(r"(?i)\bon\s+$")
#: ... unless a future stands before it in its sentence ("Galt, who has led the choir since 2014, will
#: conduct his farewell on 24 May"): the past verb nearest is an aside's, the day the plan's
_FUTURE_BEFORE_DAY = re.compile(r"(?i)\b(?:will|shall|would|won't|is\s+to|are\s+to|due\s+to|set\s+to)\b|'ll\b")


#: a relative clause set off by commas ("The singer, whose debut came out in 2009, releases her album
#: on 7 March"): its verb tells the aside, not the day's clause
_RELATIVE_ASIDE = re.compile(r"(?i),\s*(?:who|whom|whose|which|where)\b[^,;:]*,")


def _past_verb_before_day(ctx: Context, c: Cand) -> bool:
    """Whether the verb marker last before the day ``c`` in its sentence is a past one, with no future
    before it ("lost the opening game at Ellery Rovers on 9 August"): the verb that places a day said
    "on" it comes before it. A past participle after the day ("opens on the evening of 21 June with an
    orchestra on a stage moored below the bridge") or a past in an aside before a future ("who has led
    the choir since 2014, will conduct on 24 May") places nothing."""
    a, b = sentence_of(ctx, c.start)
    if _FUTURE_BEFORE_DAY.search(ctx.text, a, c.start):
        return False
    asides = [(m.start(), m.end()) for m in _RELATIVE_ASIDE.finditer(ctx.text, a, c.start)]
    before = [(start, name) for start, name, _ in tense_markers(ctx, a, b, ctx.text[a:b])
              if a + start < c.start and not any(x <= a + start < y for x, y in asides)]
    return bool(before) and max(before)[1] == "past"


#: a plan made in the past for the day named right after it: an infinitive after a verb of deciding
#: ("agreed to meet again on Thursday", "voted to strike Monday") or a thing set for the day ("the
#: court set a hearing for Thursday", "the union called a strike for Friday"). The day lies ahead of
#: the deciding, which news reports soon after; the weekday said before the infinitive ("agreed on
#: Tuesday to sell") is the deciding's own day and is not matched, nor one after the infinitive's
#: object ("voted to approve the budget on Friday"), which may as well date the vote.
_PLANNED_FOR = re.compile(
    r"(?i)\b(?:agreed|decided|voted|arranged|planned|hoped|aimed|intended|offered|resolved)\s+to\s+"
    r"(?!(?:the|a|an|his|her|its|their|this|that|be)\b)[a-z]{2,}\s+(?:[\w'’-]+\s+)?(?:on\s+|for\s+)?$"
    r"|\b(?:set|called|scheduled|slated|fixed|booked)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}for\s+$")


def _planned_for_the_day(ctx: Context, c: Cand) -> bool:
    a = sentence_of(ctx, c.start)[0]
    return _PLANNED_FOR.search(ctx.text, max(a, c.start - 60), c.start) is not None


#: a commitment or plan told in the simple past after the date, with only its subject between ("On
#: Friday, the government planned to pay ...", "The rebels on Saturday vowed to fight on", "The union
#: on Tuesday threatened to strike"): the date is the day the promise or plan was made, so it lies
#: behind the report, whatever the infinitive looks ahead to. An auxiliary of the present or future
#: between ("On Friday, the airline plans to", "is expected to", "will decide") leaves the date ahead.
_COMMITMENT_AFTER_DAY = re.compile(
    r"(?i),?[ \t]+(?:(?!(?:will|shall|would|is|are|am|has|have|had|does|do|can|may|might|could|should|must|to|"
    r"and|or|but|if|when|until|before|which|who|whom|whose|that)\b)[A-Za-z][\w'’.-]*[ \t]+){0,6}?"
    r"(?:planned|intended|hoped|aimed|promised|pledged|vowed|threatened|undertook|expected"
    r"|(?:was|were)[ \t]+(?:due|set|scheduled|expected|supposed|slated))[ \t]+to[ \t]+[a-z]")
#: a preposition that makes the day a limit or a start ("by Friday", "until Friday", "from Monday"), not the act's day
_LIMIT_BEFORE_DAY = re.compile(r"(?i)\b(?:by|until|till|before|after|from|through|since|for|to|of|than)[ \t]+$")


def _commitment_made_on_the_day(ctx: Context, c: Cand) -> bool:
    """Whether ``c`` dates a plan or promise told in the past right after it (see above)."""
    b = sentence_of(ctx, c.start)[1]
    if _LIMIT_BEFORE_DAY.search(ctx.text, max(0, c.start - 12), c.start):
        return False
    return _COMMITMENT_AFTER_DAY.match(ctx.text, c.end, min(b, c.end + 90)) is not None
# "from May to July, prices fell": a closed range's first end is a span the act lay in, as "in May"
# is; an open "from April" ("waiting times rise from April") looks ahead, so only a range's counts
_FROM_MONTH = re.compile(r"(?i)\bfrom\s+(?:early\s+|late\s+|mid-?\s*)?$")
_RANGE_ON = re.compile(r"(?i)\s*(?:-|–|to|until|till|through|into)\s+(?:early\s+|late\s+|mid-?\s*)?[A-Z]")


def _last_ended(spec: Spec, ref: date) -> bool:
    """Whether ``spec`` names the quarter that ended last before ``ref``: the one whose
    result a company is about to post (the fourth quarter told in January; in October the second
    is long out, the third is the one)."""
    if spec.gran == "Q" and spec.quarter is not None:
        return spec.quarter == ((ref.month - 1) // 3 - 1) % 4 + 1
    return False


#: What may stand before a day that opens an entry's line: a bullet or a heading's marks.
_OPENS_ITS_LINE = re.compile(r"[ \t#*•-]*")


#: how a day took the year its clause's -ing aside tells right after it
_YEAR_TOLD_LATER = "the year its subject's -ing aside tells,"
#: from a day and month to a year: an optional subject, then a comma, an -ing participle and "in",
#: straight or after a short prepositional phrase ("the committee, meeting for the last time in")
_PARTICIPLE_ASIDE_BEFORE_YEAR = re.compile(
    r"(?:,?[ \t]+(?:the|a|an|its|their|his|her|our)[ \t]+[\w'’ -]{1,40}?|,?[ \t]+(?-i:[A-Z])[\w'’ -]{1,40}?)?"
    r",[ \t]+[a-z]+ing(?:[ \t]+(?:for|at|on|with|by|from|as|after|before|under)[ \t]+[^,.;:()\n]{1,30}?)?[ \t]+in[ \t]+")
#: the aside closes with its comma, right after its year or a short phrase ("in 2004 for the fiftieth season,")
_ASIDE_CLOSES = re.compile(r"(?:[ \t]+[^,.;:()\n\d]{1,40})?[ \t]*,")


class YearlessDates(ResolverState):
    """Anchoring rules for a day, month, season or weekday said without its year."""

    def _under(self, c: Cand) -> Timex:
        ctx = self.ctx
        assert c.spec is not None
        bc = self._bc_story(c)
        if bc is not None:
            return bc
        if c.rel == "that_year":
            return self._that_year(c)
        if c.rel is None and c.spec.year is None and c.spec.month is not None and c.spec.day is not None \
                and c.spec.weekday is None and THAT_BEFORE.search(ctx.text[max(0, c.start - 12):c.start]):
            # "In 2019 they moved. That Christmas they opened a bakery": a fixed feast with "that" is
            # the one in the year just told, as "that summer" is
            return self._that_year(c)
        year_of = _QUARTER_YEAR_AFTER.match(ctx.text, c.end) if c.rel == "quarter" and c.spec.year is None else None
        if year_of is not None:
            # "the third quarter in 2017", "the second quarter of the fiscal year ended March 31,
            # 2015": the year said right after the quarter is its year (a fiscal year by the
            # calendar year it ends in, as TimeBank labels fiscal quarters)
            return timex(ctx, c, c.spec.with_(year=int(year_of.group(1))), "exact", "the year said after it")
        # (a day written with its number: a feast's name, "Christmas in 1990", may name a song or a film)
        day_year = _DAYS_YEAR_AFTER.match(ctx.text, c.end) if c.rel is None and c.spec.year is None \
            and c.spec.month is not None and c.spec.day is not None \
            and re.search(r"\d", ctx.text[c.start:c.end]) else None
        if day_year is not None and valid_day(int(day_year.group(1)), c.spec.month, c.spec.day):
            return timex(ctx, c, c.spec.with_(year=int(day_year.group(1))), "exact", "the year said after it")
        if c.rel in WRITERS_YEAR:
            return self._writers_year(c)
        if c.list_head is not None:
            head = self._single(c.list_head)  # read alone: nothing it depends on is changed
            if isinstance(head.begin, date) and head.certainty != "undated":
                return timex(ctx, c, c.spec.with_(year=head.begin.year), head.certainty,
                              f"listed with {head.value}")
        row = self._row_day(c)
        if row is not None:
            return row
        if ctx.dct is None and c.rel is None and c.spec.year is None and c.spec.month is not None \
                and c.spec.season is None and not inside_quotes(ctx, c.start):
            term = header_term(ctx.text, self.out)
            if term is None and _OPENS_ITS_LINE.fullmatch(ctx.text, ctx.text.rfind("\n", 0, c.start) + 1, c.start):
                # ("Race Season Diary 2022" over "Sunday 6 March. The season opened …": an entry's day in
                # the year the log's title names, page_term.entries_year)
                term = entries_year(ctx.text, self.out)
            spec = nearest_the_term(c.spec, self.out[term]) if term is not None else None
            if spec is not None:
                # "Department of History, Autumn 2025" over a syllabus: its "13 October" is the term's,
                # whatever topic year the line before named (page_term.py)
                return timex(ctx, c, spec, "inferred", f"nearest the page's term {self.out[term].value}", anchor=term)
        heading = self._month_heading_of_a_review(c) or self._day_of_the_year_reviewed(c)
        if heading is not None:
            return heading
        if is_bare_day(c):
            # the month last told in this sentence or the one before, whether or not it set the story's
            # time, else the one that set it ("will travel to Geneva on 15 June and
            # return on the 18th" after "the July payroll" is June's 18th), past clock times and
            # stretches, not past a month of a look back ("had last been overhauled in September 1922")
            tried: list[int] = []
            looked_back: list[int] = []
            for i in range(len(self.out) - 1, max(-1, len(self.out) - 6), -1):
                told = self.out[i]
                if not month_named(told, self.cands[i]):
                    if told.type == "DATE":
                        break  # a year or a week told since the month: the day is not simply that month's
                    continue  # a clock time, a stretch, a set between
                if HAD_DONE.search(ctx.text, *sentence_of(ctx, told.start)) \
                        and not HAD_DONE.search(ctx.text, *sentence_of(ctx, c.start)):
                    looked_back.append(i)
                    continue
                tried.append(i)
                break
            if self.last_dated is not None and self.last_dated not in tried and self.last_dated not in looked_back:
                tried.append(self.last_dated)
            for i in tried:
                told = self.out[i]
                in_month = day_in_month_just_told(ctx, c, told, self.cands[i])
                if in_month is not None:
                    return timex(ctx, c, in_month, "inferred", f"{MONTH_JUST_TOLD}, {told.value}", anchor=i)
            story = day_in_story_month(ctx, c, list(zip(self.out, self.cands)))
            if story is not None:
                # the story's month a few sentences back, past times naming none ("during the night",
                # "at 4.40 a.m."): a court's June report put a January wreck's "the 15th" in June
                spec, index = story
                return timex(ctx, c, spec, "inferred", f"{MONTH_JUST_TOLD}, {self.out[index].value}", anchor=index)
        if c.spec.weekday is not None and c.spec.month is None and c.rel is None:
            near = self._weekday_in_the_stretch_told(c) or self._weekday_near(c) or self._weekday_after_heading(c) \
                or self._weekday_of_week_ending(c) or self._weekday_told_in_an_entry(c)
            if near is not None:
                return near
        chained = entry_day_after_a_look_back(ctx.text, c, self.out)
        if chained is not None:
            # "5 February. … my uncle had taken this route in 1887 … returned the following spring.
            # \n6 February. Sighted the first ice": the entry day after the one before, not in the look
            # back's year (entry_chain.py)
            return timex(ctx, c, chained[0], "inferred", f"{ENTRY_CHAIN}, {self.out[chained[1]].value}", anchor=chained[1])
        later_year = self._year_of_its_participle(c)
        if later_year is not None:
            return later_year
        ref, how, narr = self._reference(c)
        pages = self._weekday_fits_the_pages_year(c, ref)
        if pages is not None:
            return pages
        weekday = c.spec.weekday is not None and c.spec.month is None
        story = self._story_span() if weekday and narr else None
        if story is not None and len(set(story)) > 1:
            told = self.out[self.last_dated] if self.last_dated is not None else None
            if c.rel is None and told is not None and told.start >= sentence_of(ctx, c.start)[0] \
                    and told.derivation == "explicit" and (ctx.dct is None or (ctx.dct - story[1]).days > 31) \
                    and _IN_A_TIME.search(ctx.text, max(0, told.start - 30), told.start) \
                    and _A_OR_THE.search(ctx.text, max(0, c.start - 5), c.start) \
                    and not re.search(r"[;:—–]", ctx.text[told.end:c.start]) and tense_at(ctx, c.start) == "past":
                # "In 1977 a thunderstorm flattened the tent on the Saturday night": a weekday of a year
                # (or a month) the sentence tells, long before the page; no day to count from, and not
                # a week of the page's (read so, the story jumped to the page's year)
                return timex(ctx, c, None, "undated", f"{WEEKDAY_OF_A_TOLD_TIME} {told.value}, no day told", anchor=self.last_dated,
                             value=value_of(c.spec))
            # "last Monday" needs a day to count from; a year ("since 2019") is none
            ref, how, narr = (ctx.dct, f"document date {ctx.dct.isoformat()}", False) if ctx.dct else (None, "", False)
        if weekday and c.rel == "that":
            # "against the leaders on Tuesday 18 February and against the Hawks that Friday": the
            # Friday of the week just told, on or after the day last named (anaphoric, like "previous")
            told = self._last_named_day(c.start)
            if told is not None and isinstance(self.out[told].begin, date):
                named = self.out[told]
                assert isinstance(named.begin, date)
                spec = resolve_under(c.spec, named.begin, None, None, True)
                if spec is not None:
                    return timex(ctx, c, spec, "inferred", f"in the week of the day named, {named.value}", anchor=told)
            c = replace(c, rel=None)
        if weekday and c.rel is None and c.spec.day is None and not narr and tense_at(ctx, c.start) == "past" \
                and (looked_back := self._weekday_before_the_story_day(c)) is not None:
            return looked_back  # "… on Friday 14 March. The change had passed review on Wednesday": the 12th
        told = self._last_named_day(c.start) if weekday and c.rel is None else None
        if told is not None and ctx.dct is not None and not ctx.dct_inferred \
                and not self._week_opened_by_the_day_named(self.out[told], c):
            told = None
        if told is not None and tense_at(ctx, c.start) in ("past", None) \
                and (tense_at(ctx, self.out[told].start) == "past" or self._on_a_log_entrys_line(told)) \
                and moves_on_from(ctx.text, self.out[told].end, c.start):
            # "met on 1 March 2021 to settle the price. On Tuesday the builders signed", with no
            # document date given: the Tuesday after, as narrative time moves, not one before a
            # report date guessed from that very day (a day told as past: a bond "due March 1,
            # 2011" starts no story)
            named = self.out[told]
            assert isinstance(named.begin, date)
            spec = resolve_under(c.spec, named.begin, None, None, True)
            if spec is not None:
                return timex(ctx, c, spec, "inferred", f"told after the day named, {named.value}", anchor=told)
        after_told = self._month_after_the_day_named(c, narr) if not weekday else None
        if after_told is not None:
            return after_told
        inside = day_inside_a_told_stretch(ctx, c, self.out, self.cands) if not narr and not weekday else None
        if inside is not None:
            # "Between March and July 2025 he took deposits ... On 14 May he cashed a cheque": the stretch's
            return timex(ctx, c, inside[0], "inferred", f"{INSIDE_THE_STRETCH}, {self.out[inside[1]].value}", anchor=inside[1])
        soon = day_after_old_day(ctx, c, self.out, self.cands) if not narr and not weekday else None
        if soon is not None:
            # "On 15 May 1976 the dam broke ... The last body was found on 24 May": the account's days
            return timex(ctx, c, soon[0], "inferred", f"{DAYS_AFTER_TOLD}, {self.out[soon[1]].value}", anchor=soon[1])
        named_day = self._last_named_day(c.start) if weekday and c.rel == "previous" else None
        if named_day is not None and (ref is None or self.out[named_day].begin <= ref):
            # "down 4.5% from the previous Friday" after "Friday": the one before the day just
            # named (anaphoric, as TimeML reads "previous"), not before the report
            named = self.out[named_day]
            assert isinstance(named.begin, date)
            spec = resolve_under(c.spec, named.begin, "past", "previous", False)
            if spec is not None:
                return timex(ctx, c, spec, "inferred", f"before the day named, {named.value}", anchor=named_day)
        if weekday and c.rel is None and ctx.dct is not None and not narr:
            listed = self._listing_heading_day(c)
            if listed is not None:
                return listed
            ahead = self._weekday_ahead_of_day(c)
            if ahead is not None:
                return ahead
        if weekday and c.rel is None and narr:
            ahead = self._weekday_ahead_of_day(c)  # "the dam cracked on 3 May 2018, and on Friday ..."
            if ahead is not None:
                return ahead
        if ref is None:
            return timex(ctx, c, None, "undated", "no reference date", DOCUMENT_ANCHOR, value=value_of(c.spec))
        if not narr and not ctx.narrative and c.rel is None and c.spec.month is not None and c.spec.weekday is None \
                and c.spec.gran in ("M", "D") and c.spec.clock is None and c.spec.part_of_day is None:
            retold = self._retold_month(c)
            if retold is not None:
                return retold
        tense = tense_at(ctx, c.start)
        if tense == "future" and narr and ctx.dct is None and c.rel is None and c.spec.year is None \
                and not inside_quotes(ctx, c.start) \
                and _NARRATORS_FUTURE.search(ctx.text, sentence_of(ctx, c.start)[0], c.start):
            # "She was sold for scrap in 1960 ... The museum will ring her bell on 9 December": the
            # narrator's "will" speaks from the page's own day, which the page does not give, not
            # from the story's last year (quoted speech keeps the speaker's time)
            return timex(ctx, c, None, "undated", "told ahead of an unknown page date", DOCUMENT_ANCHOR,
                         value=value_of(c.spec))
        if c.spec.weekday is not None and c.spec.month is None and ctx.text.startswith("'s", c.end):
            # "Wednesday's ruling", "Friday's close": news names a day's event once it happened;
            # "are calm ahead of Monday's vote" one still to come (told in the past, either)
            ahead = tense != "past" and AHEAD_OF.search(ctx.text, max(0, c.start - 30), c.start) \
                or possessive_day_ahead(ctx.text, c.start, c.end)
            tense = "future" if ahead else "past"
        possessive = weekday and ctx.text.startswith("'s", c.end)
        # "said they would fight Wednesday's ruling": the reported plan is after the ruling, not the ruling after the report
        plain_future = not ctx.narrative and (plainly_future(ctx, c.start, reported=not possessive, forecast=True) or (
            c.spec.weekday is None and schedules_month(ctx.text, sentence_of(ctx, c.start)[0], c.start, c.end)))
        if c.rel is None and (tense == "future" or plain_future) and not ctx.narrative and _commitment_made_on_the_day(ctx, c):
            tense, plain_future = "past", False  # "The rebels on Saturday vowed to fight on": the day of the vow
        elif plain_future:
            tense = "future"
        elif weekday and c.rel is None and tense == "past" and (weekday_deadline(ctx, c) or _planned_for_the_day(ctx, c)):
            tense = "future"
        elif c.rel is None and tense == "past" and not possessive and condition_under_future(ctx, c):
            tense = "future"
        elif tense != "future" and plan_ahead(ctx, c):
            tense, plain_future = "future", True  # "Under the plan, pupils would move in August": ahead of the page
        elif c.spec.weekday is None and participle_with_agent(ctx, c.start):
            # "the targets set by the board in May": the participle governs the date, whatever
            # the verbs of the clauses around it ("It is unclear which ... will accept") say
            tense = "past"
        if tense == "future" and c.rel is None and c.spec.gran == "M" and not ctx.narrative \
                and _POSSESSOR_BEFORE.search(ctx.text, max(0, c.start - 8), c.start) and _NOUN_AFTER.match(ctx.text, c.end):
            # "the market could test its April lows", "they will revisit their March proposal": a
            # month that labels the possessor's thing names one the reader knows, the nearest; the
            # future verb says when the testing is, not when the lows were
            tense, plain_future = None, False
        if tense is None and c.rel is None and not ctx.narrative \
                and SCHEDULE_VERB_BEFORE.search(ctx.text[max(0, c.start - 30):c.start]):
            tense = "future"  # "the haunted house opens on Halloween", "the show opens on March 3"
        # (a weekday with its own day of the month, "Monday 21st", is that day, never an earlier Monday)
        named = self._weekday_named_before(c, ref, tense) if weekday and c.spec.day is None and c.rel is None \
            and not narr and not ctx.narrative else None
        if named is not None:
            # "between 13:07 and 15:49 UTC on Tuesday 21 May ... The change on Tuesday": the
            # Tuesday the text has named with its date, not the one counted from the report
            day = self.out[named]
            assert isinstance(day.begin, date)
            return timex(ctx, c, spec_of_day(day.begin), day.certainty if day.certainty == "exact" else "inferred",
                          f"the weekday named as {day.value}", anchor=named)
        # a weekday beside a dated dateline is still news: the tense says which side of it
        story_like = ctx.narrative or (narr and not weekday)
        if weekday and not narr:
            # a weekday counted from the document's date is news even inside a story-like passage
            # ("the revival, which opened on Tuesday night" in a review that retells 1987): the
            # tense says which side of that date, never "the next one" as a story moving on
            story_like = False
        if weekday and narr and ref == ctx.dct and self._story_end() in (None, ctx.dct):
            # "Published 29 September 2026. ... She died on Saturday": the time just told is the
            # page's own date (its dateline), so a weekday is news, the tense says which side of it,
            # not a story moving on to the next such day
            story_like = False
        if not weekday and narr and tense == "past" and ctx.dct is not None and not ctx.dct_inferred and ref == ctx.dct \
                and self._story_end() in (None, ctx.dct):
            # "HARBOROUGH, 3 October 2025 — Okafor won the nomination in February": the time just told
            # is the page's own date (its dateline), and a month or day told as done lies behind the
            # page, not on in a story moving past it (as for a weekday above); not when the page's date
            # was only guessed from the story's own first date ("On June 4, 1968, the army crossed …")
            story_like = False
        if weekday and narr and c.rel is None and not ctx.narrative and ctx.dct is not None and ref < ctx.dct \
                and _THE_BEFORE.search(ctx.text, max(0, c.start - 5), c.start):
            # "On the night of 3 March 1974 ... The theft was noticed on the Monday morning": a weekday
            # said with "the" in an old story a news text retells is the story's next such day
            story_like = True
        if story_like and not narr and self._news_day(c):
            story_like = False  # news told inside a life story counts back from the report, as news does
        if story_like and narr and c.rel is None and looks_back(ctx.text, sentence_of(ctx, c.start)[0], c):
            back = self._looking_back(c.spec, self._story_end() or ref)
            if back is not None:
                return timex(ctx, c, back, "inferred", f"{how}, looking back", anchor=self.last_dated)
        # "the Christmas Eve service drew crowds", "the June 3 vote will be close", "the October
        # attack killed four": the occasion's own verb, a noun after the day or month, says which
        # side of the report (occasions.py)
        occasion = occasion_tense(ctx.text, c.start, c.end) if not story_like and c.rel is None \
            and c.spec.month is not None and (c.spec.gran == "D" and c.spec.day is not None or c.spec.gran == "M") else None
        tense = occasion or tense
        period_done = tense != "future" and not story_like and _ends_a_period_reported(ctx, c)
        if period_done:
            tense = "past"  # "the index has risen 4% in the year to 31 March": that year is over
        strong_past = tense == "past" and (adjacent_past(ctx, c.start, c.end) and not deadline_ahead(ctx, c)
                                           or _SAID_IN.search(ctx.text[max(0, c.start - 20):c.start]) is not None
                                           or occasion == "past"
                                           or period_done
                                           or c.spec.gran == "M" and c.spec.day is None and c.rel is None
                                           and _labels_figures(ctx.text, c))
        # "closed until November 14", "unlikely before the autumn" with no past verb; a headline's
        # plan ("Prices to peak in June"): a time ahead
        open_until = tense == "future" and (_UNTIL.search(ctx.text[max(0, c.start - 12):c.start]) is not None
                                            or headline_plan(ctx, c.start) or occasion == "future")
        if c.rel == "quarter" and not story_like and _COMPARED_FIGURE.search(ctx.text[max(0, c.start - 40):c.start]):
            # "sales would fall 8% from the fourth quarter", told in April: a figure is set
            # against a quarter with results, so one not yet begun this year is last year's
            tense = "past"
        if tense == "future" and not story_like and c.spec.gran in ("Q", "M") and c.spec.day is None \
                and (_RESULTS_OF_BEFORE.search(ctx.text, max(0, c.start - 40), c.start)
                     or _RESULT_IN_BEFORE.search(ctx.text, max(0, c.start - 60), c.start) and _last_ended(c.spec, ref)
                     or STATISTIC_AFTER.match(ctx.text, c.end)) \
                and self._period_just_ended(c.spec, ref):
            # "will report fourth-quarter earnings next week", "results for the December quarter will
            # be released Feb. 4", "will release October figures early next month" (told in
            # November): figures come after their period ends, so the period of that name that
            # ended weeks ago, not the one a year ahead
            tense = "past"
        if tense is None and c.value and c.value.startswith(COUNTED_FROM_WEEKDAY):
            # "the vote is two weeks from Friday": a count from a day names a day ahead; "a week ago
            # Wednesday" counts back from the Wednesday gone
            tense = "past" if c.value[len(COUNTED_FROM_WEEKDAY):].startswith("-") else "future"
        # a day of a year the text has named, told as done: that year's, however near the next one's
        in_year_told = not story_like and tense == "past" and c.rel is None and self._past_reading_in_a_year_told(c, ref)
        spec = resolve_under(c.spec, ref, tense, c.rel, story_like,
                             strong_past=strong_past,
                             slack=0 if open_until or in_year_told else yearless_slack(ctx, c, tense, strong_past, plain_future),
                             ref_end=self._story_end() if narr else None,
                             strong_future=plain_future or open_until,
                             in_month=tense == "past" and c.rel is None and (
                                 c.spec.gran == "M" and (
                                     bool(_IN_MONTH.search(ctx.text[max(0, c.start - 60):c.start]))
                                     or bool(_FROM_MONTH.search(ctx.text[max(0, c.start - 16):c.start])
                                             and _RANGE_ON.match(ctx.text, c.end)))
                                 or c.spec.gran == "M" and _PART_OF_MONTH.match(ctx.text, c.start) is not None
                                 and _AT_PART.search(ctx.text, max(0, c.start - 8), c.start) is not None
                                 and not _FUTURE_IN_CLAUSE.search(ctx.text, sentence_of(ctx, c.start)[0], c.start)
                                 or c.spec.gran in ("M", "D") and bool(_PERIOD_TO.search(ctx.text[max(0, c.start - 24):c.start]))
                                 or c.spec.gran == "D" and c.spec.month is not None and c.spec.day is not None
                                 and bool(_ON_DAY.search(ctx.text, max(0, c.start - 4), c.start))
                                 and _past_verb_before_day(ctx, c))
                             and past_verb_reaches(ctx, c.start)
                             or in_year_told)
        if spec is not None and c.rel is None and spec.year is not None and spec.weekday is None \
                and SINCE.search(ctx.text[max(0, c.start - 24):c.start]):
            sp = span_of(spec)
            if sp is not None and sp[0] > ref and spec.year > 1:
                spec = spec.with_(year=spec.year - 1)  # "since February" said in January: last February
        if spec is not None and c.rel is None and spec.year is not None and spec.year > 1 and spec.weekday is None \
                and tense == "past" and (earlier := self._main_clause_date_before_after(c)) is not None:
            sp = span_of(spec)
            if sp is not None and sp[0] > earlier:
                # "The floodlights were switched on in April, after the council granted permission in
                # February" (told in March): what came before April is the February before it
                spec = spec.with_(year=spec.year - 1)
        if spec is None:
            return timex(ctx, c, None, "undated", "no consistent reading", value=value_of(c.spec))
        why = f"{how}{told_in(tense)}" if tense and not c.rel else f"{how} + {c.rel}" if c.rel else how
        behind = self._done_behind_the_page(c, spec, tense, story_like)
        if behind is not None:
            spec, why = behind, f"{why}, behind the page's date {ctx.dct}"
        if c.value and c.value.startswith(COUNTED_FROM_WEEKDAY) and spec.year and spec.month and spec.day:
            days = int(c.value[len(COUNTED_FROM_WEEKDAY):])  # "a week from Tuesday": that many days on
            spec = spec_of_day(shift(date(spec.year, spec.month, spec.day), "D", days))
            why = f"{why}, {days} days on"
        anchor = self.last_dated if narr else None
        return timex(ctx, c, spec, self._cert_for(narr), why, anchor=anchor)

    def _done_behind_the_page(self, c: Cand, spec: Spec, tense: str | None, story_like: bool) -> Spec | None:
        """The reading of a yearless month or day told as done that lies behind the page's date, when
        a story moving on had put it after that date; None when it did not.

        Why: a story moves on, so a month after the time just told is read as its next one; but a page
        with a date of its own cannot tell as done what lies after that date. A newsletter issued on 1
        October 2025 that tells "our dinner on Saturday 13 September" and then "the new science block,
        which opened in April" means the April before, not April 2026; nor is "in March" after it the
        March of 2026. Only with the page's date found or given (not guessed from the story's dates)."""
        sp = span_of(spec)
        if c.spec is None or c.spec.month is None or c.spec.weekday is not None or sp is None \
                or not self._done_after_the_page(c, sp[0], tense, story_like):
            # (a day with its weekday, "Friday 12 December", is placed by its weekday)
            return None
        return self._looking_back(c.spec, self.ctx.dct)  # type: ignore[arg-type]

    def _main_clause_date_before_after(self, c: Cand) -> date | None:
        """The last day of the date the sentence's main clause told before an "after" clause that holds
        ``c`` ("… in April, after the council granted permission in February"), or None: the "after"
        clause's happening came first, so its yearless date lies no later than that."""
        ctx = self.ctx
        a, _ = sentence_of(ctx, c.start)
        earlier = [t for t in self.out if a <= t.start < c.start and t.type == "DATE" and isinstance(t.end_day, date)]
        if not earlier or not _AFTER_CLAUSE_BETWEEN.fullmatch(ctx.text, earlier[-1].end, c.start) \
                or _JOINED_VERB_AFTER.search(ctx.text, earlier[-1].end, c.start):
            return None
        return earlier[-1].end_day

    def _month_heading_of_a_review(self, c: Cand) -> Timex | None:
        """A month heading of a year told month by month (month_headings.py), in the year the review
        tells; None for any other month, and for a section told in the future (a programme ahead)."""
        ctx = self.ctx
        if ctx.dct is None or ctx.narrative or c.rel is not None or c.spec is None or c.spec.gran != "M" \
                or c.spec.year is None and c.spec.month is None or c.spec.year is not None \
                or not is_heading(ctx.text, c.start, c.end, place=False) or not is_month_heading(ctx.text, c.start):
            return None
        year = reviewed_year(ctx.text, ctx.dct)
        line_end = ctx.text.find("\n", c.end)
        if year is None or line_end < 0 or tense_at(ctx, min(len(ctx.text) - 1, line_end + 1)) == "future":
            return None
        return timex(ctx, c, c.spec.with_(year=year), "inferred", f"{MONTH_HEADING} {year}, told by {ctx.dct.isoformat()}")

    def _day_of_the_year_reviewed(self, c: Cand) -> Timex | None:
        """A yearless day or month told as done in a review of the year before the page's, whose
        headline names that year ("Annual Report 2023", published 12 February 2024: "On 3 January two
        walkers lost their way" is 3 January 2023, not the January just gone); None for any other
        date, and for one the writer tells as still to come."""
        ctx = self.ctx
        if ctx.dct is None or ctx.narrative or c.rel is not None or c.spec is None or c.spec.year is not None \
                or c.spec.month is None or c.spec.gran not in ("D", "M") or inside_quotes(ctx, c.start):
            return None
        year = headline_year_reviewed(ctx.text)
        if year != ctx.dct.year - 1 or tense_at(ctx, c.start) != "past" or deadline_ahead(ctx, c):
            return None
        spec = c.spec.with_(year=year)
        told = self._story_span()
        span = span_of(spec)
        if told is not None and span is not None and told[1] != ctx.dct and (told[1].year > year or span[1] < told[0]):
            # the review has moved on past its year or past that day ("The last storm formed on 2
            # December ... The names were retired at its meeting on 14 January"): the January after
            return None
        return timex(ctx, c, spec, "inferred", f"{YEAR_REVIEWED} {year}, told by {ctx.dct.isoformat()}")

    def _past_reading_in_a_year_told(self, c: Cand, ref: date) -> bool:
        """Whether the last occurrence of the yearless day or month ``c`` on or before ``ref`` lies in a
        year the text has already named ("Our year in 2025 ... The team was called out 41 times in
        2025 ... two climbers were lowered to safety on the morning of 8 March", published in January
        2026): a review of a year told in the past keeps its days in that year, not the nearer ones
        ahead of the page (read so, the review's first months ran into the year after it)."""
        if c.spec is None or c.spec.month is None or c.spec.gran not in ("D", "M") or deadline_ahead(self.ctx, c):
            return False  # "has been given until the end of January to fix it": a limit ahead of the page
        behind = [sp for y in (ref.year, ref.year - 1) if 1 <= y <= 9999
                  and (sp := span_of(c.spec.with_(year=y))) is not None and sp[0] <= ref]
        if not behind:
            return False
        year = str(max(behind)[0].year)
        # (the year written out: "last year" or "the year before" is the writer's count, no year reviewed)
        return any(t.end <= c.start and (t.value == year and year in t.text
                                         or t.derivation.startswith(MONTH_HEADING) and t.value.startswith(year))
                   for t in self.out)

    def _week_opened_by_the_day_named(self, named: Timex, c: Cand) -> bool:
        """Whether a page with a date of its own tells a weekday in the week a day named with its own
        weekday opened ("The trouble started on Monday 5 October ... On Thursday the agency downgraded
        the debt", written on 30 October): the writer set that week as the story's, in the same
        paragraph, and the page's date lies a week or more after it; otherwise a weekday in a dated
        page counts from the page's date, as news does."""
        ctx = self.ctx
        if not isinstance(named.begin, date) or ctx.dct is None or (ctx.dct - named.begin).days < 7:
            return False
        return _WEEKDAY_WORD.search(named.text) is not None and "\n" not in ctx.text[named.end:c.start]

    def _weekday_of_week_ending(self, c: Cand) -> Timex | None:
        """A weekday told under a week named by its last day ("Week ending 5 August. A lighterman fell
        ill on the Tuesday ..."; "In the week to Friday 9 May, prices rose on the Monday"): that
        weekday of the seven days ending on the day named, in this paragraph or the one it heads."""
        ctx = self.ctx
        told = next((i for i in range(len(self.out) - 1, max(-1, len(self.out) - 8), -1)
                     if _WEEK_ENDING_BEFORE.search(ctx.text, max(0, self.out[i].start - 24), self.out[i].start)), None)
        if told is None:
            return None
        named = self.out[told]
        if not isinstance(named.begin, date) or named.begin != named.end_day or named.type != "DATE" \
                or ctx.text.count("\n\n", named.end, c.start) > 0:
            return None
        assert c.spec is not None and c.spec.weekday is not None
        back = (named.begin.weekday() - c.spec.weekday) % 7
        if named.begin.toordinal() - back < 1:
            return None
        day = date.fromordinal(named.begin.toordinal() - back)
        return timex(ctx, c, spec_of_day(day).with_(part_of_day=c.spec.part_of_day) if c.spec.part_of_day else spec_of_day(day),
                     "inferred", f"in the week ending {named.value}", anchor=told)

    def _last_day_told(self, pos: int) -> int | None:
        """The last single day the text told with its year written out ("6 March 2024"; not a day
        counted from another, nor one read from the page's date) in the stretch before ``pos``, as
        an index into ``out``; None once a date counted from the page's date comes between. A run of
        days told with its year ("between 4 and 19 June 2024") is such a time too: "Traps were set on
        4 June" is a day inside it. (A month is not: "since October 1987", "in January 2023" are told
        in passing, and a yearless day after one was as often the page's own.)"""
        for i in range(len(self.out) - 1, -1, -1):
            t = self.out[i]
            if pos - t.end > 1500:
                return None
            if t.type not in ("DATE", "TIME") or t.certainty == "undated" or not isinstance(t.begin, date):
                continue
            if _from_the_page(t):
                if t.type == "DATE":
                    return None
                continue  # "in the afternoon" read as the page's day: no time the account told
            if t.begin == t.end_day and t.derivation == "explicit" and _STATED_YEAR.search(t.text):
                return i
            if isinstance(t.end_day, date) and 0 < (t.end_day - t.begin).days < _TOLD_STRETCH_DAYS and t.type == "DATE" \
                    and t.derivation.startswith("range ") and _STATED_YEAR.search(t.text):
                return i
        return None

    def _month_after_the_day_named(self, c: Cand, narr: bool) -> Timex | None:
        """A yearless month, season or day of a month, told as done after a day named with its year in
        a passage read as news, is the occurrence nearest that day (the later one on a tie), as an
        account's time moves on from its day, not one counted from the page's date:

        - with no document date given (or one only guessed from that very day): "The dam failed on
          14 March 1928. ... An inquiry opened in April." is April 1928, not the April before a
          report date guessed from the day itself;
        - in a dated news story's account of an earlier year: "Kessler announced the closure on 6
          March 2024. ... 3,000 people marched on 16 March." (told in 2025) is March 2024, the
          account's, not the last 16 March before the page (a date after the page is left alone),
          within the paragraph that told the day with its year (past it, a news story has often
          come back to its own time: measured, the wider reach lost dates on the held-out part).

        A past perfect ("had warned in January") or a report between ("said on 2 March that in
        January ...") looks back, and is left alone; so is a month once a later year has been told
        ("On May 2 it reached the bridge. In 1814 the war ended. In June ...")."""
        ctx = self.ctx
        sp = c.spec
        if sp is None or c.rel is not None or sp.year is not None or sp.month is None and sp.season is None \
                or sp.weekday is not None or inside_quotes(ctx, c.start):
            return None
        guessed = ctx.dct is None or ctx.dct_inferred
        if narr or ctx.narrative:
            return None  # a story's own passage: its current time already places the month
        told = self._last_named_day(c.start) if guessed else self._last_day_told(c.start)
        if told is None or tense_at(ctx, c.start) != "past" or tense_at(ctx, self.out[told].start) != "past":
            return None
        named_t = self.out[told]
        if _from_the_page(named_t):
            return None  # "December 26" read back from a guessed page date is no day the account told
        moves_on = moves_on_from(ctx.text, named_t.end, c.start) if guessed \
            else bool(_MOVES_ON_TO.search(ctx.text, named_t.end, c.start))
        if not moves_on or _REPORT_BEFORE.search(ctx.text, max(0, named_t.start - 40), named_t.start):
            return None
        a, b = sentence_of(ctx, c.start)
        if _LOOKS_BACK_BEFORE.search(ctx.text, max(a, c.start - 80), c.start) \
                or HAD_DONE.search(ctx.text, a, _clause_end(ctx.text, c.end, b)):
            return None
        named = named_t.begin
        named_end = named_t.end_day if isinstance(named_t.end_day, date) else named
        assert isinstance(named, date)
        # a paragraph break: news has often come back to its own time, unless the day goes on from the
        # account's within days ("On the 3rd of March 2024 a compressor failed ... (new paragraph) Orlake
        # told Pennard of the failure on the 6th of March"), checked below once the day is read
        crossed = "\n\n" in ctx.text[named_t.end:c.start]
        if not guessed and (ctx.dct is None or named.year >= ctx.dct.year or _from_the_page(named_t)
                            or crossed and sp.day is None
                            or any(later.type == "DATE" and _from_the_page(later) for later in self.out[told + 1:])):
            # news: only an account of an earlier year told with its own year, in its paragraph,
            # until a date counted from the page ("on Monday", "in November") brings the story back
            return None
        for later in self.out[told + 1:]:
            # "On May 2 it reached the bridge. In 1814 the war ended ... In June they left": a year
            # told since moves the story on past the day (an earlier year looks back), and the
            # month is that year's (a reading counted from the page's date is no year the text told)
            if later.type in ("DATE", "TIME") and later.certainty != "undated" and isinstance(later.begin, date) \
                    and not _from_the_page(later) and later.begin.year > named.year:
                return None
        # the occurrence nearest the day named (a later one on a tie): "on 16 March" after "6 March
        # 2024", "in January" after "12 December 2024", "on 8 November" after "10 November 2023"
        best: tuple[int, int, int] | None = None
        for year in (named.year - 1, named.year, named.year + 1):
            span = span_of(sp.with_(year=year)) if year >= 1 else None
            if span is None:
                continue
            # (an occurrence before the day counts three times its distance: an account told on goes
            # forward, and goes back without a year only a little way, "on 8 November" after "10 November
            # 2023"; "met on 3 November" after "3 March 2024" was read November 2023)
            gap = (span[0] - named_end).days if span[0] > named_end else _BACK_WEIGHT * (named - span[1]).days if span[1] < named else 0
            key = (gap, 0 if span[1] >= named else 1, year)
            best = key if best is None or key < best else best
        if best is None:
            return None
        year = best[2]
        span = span_of(sp.with_(year=year))
        assert span is not None
        if guessed and span[0] <= named <= span[1]:
            return None  # the named day's own month: the resolver's reading stands
        if crossed and not (named <= span[0] and (span[0] - named_end).days <= _ACCOUNT_GOES_ON_DAYS):
            return None  # past its paragraph, only a day the account reaches within days goes on from it
        if not guessed and ctx.dct is not None and span[1] > ctx.dct:
            return None
        return timex(ctx, c, sp.with_(year=year), "inferred", f"told after the day named, {named_t.value}", anchor=told)

    def _year_of_its_participle(self, c: Cand) -> Timex | None:
        """A day and month opening a clause whose subject's -ing aside tells the year right after it:
        "On 4 March the committee, meeting for the last time in 1998, voted to merge" is 4 March 1998,
        not the 4 March after the year told before (the aside is the same act's time, told later in
        the sentence). Only an -ing participle that takes the year itself or after a preposition's
        short phrase ("gathering in 2004", "sitting for the last time in 1998"), set off by commas; a
        past participle or a relative ("the hall, built in 1898,", "which opened in 1898") dates its
        noun, and "celebrating its founding in 1898" dates the founding."""
        ctx = self.ctx
        if c.spec is None or c.spec.year is not None or c.spec.month is None or c.rel is not None or c.parts:
            return None
        _sa, sb = sentence_of(ctx, c.start)
        year = self._cand_after(c)
        if year is None or year.start >= sb or year.kind != "abs" or year.parts or year.spec is None \
                or year.spec.year is None or year.spec.month is not None or year.spec.bc or year.spec.gran != "Y":
            return None
        if _PARTICIPLE_ASIDE_BEFORE_YEAR.fullmatch(ctx.text, c.end, year.start) is None \
                or not _ASIDE_CLOSES.match(ctx.text, year.end):
            return None
        spec = c.spec.with_(year=year.spec.year)
        if span_of(spec) is None:
            return None
        return timex(ctx, c, spec, "inferred", f"{_YEAR_TOLD_LATER} {year.spec.year}")

    def _weekday_fits_the_pages_year(self, c: Cand, ref: date | None) -> Timex | None:
        """ "Friday 11 April" told after a story's 2019 on a page of May 2025: no year next to the story's
        time puts the 11th of April on a Friday, and the page's year (or one next to it) does. The
        weekday names the year, and the page's is the one the writer is in; a day whose weekday fits
        neither is left to the other rules."""
        sp, dct = c.spec, self.ctx.dct
        if sp is None or sp.weekday is None or sp.month is None or sp.day is None or sp.year is not None \
                or c.rel is not None or ref is None or dct is None:
            return None

        def fits(year: int) -> bool:
            return 1 <= year <= 9999 and valid_day(year, sp.month, sp.day) \
                and date(year, sp.month, sp.day).weekday() == sp.weekday  # type: ignore[arg-type]

        if any(fits(year) for year in (ref.year - 1, ref.year, ref.year + 1)):
            return None
        year = next((y for y in (dct.year, dct.year - 1, dct.year + 1) if fits(y)), None)
        if year is None:
            return None
        return timex(self.ctx, c, sp.with_(year=year), "inferred",
                     f"its weekday fits the page's year {dct.year}, not the story's {ref.year}", DOCUMENT_ANCHOR)

    def _row_day(self, c: Cand) -> Timex | None:
        """ "Mon 1", "Tue 2" heading the rows of a table under "June 2026": the day of the month last
        told (a month, or the row before) or of the month after it (a table running into July), the one
        whose weekday the row names; with no month told, the month of the page's date or one next to it.
        A weekday that fits neither is no day this rule can place."""
        sp = c.spec
        if sp is None or sp.weekday is None or sp.day is None or sp.month is not None or sp.year is not None or c.rel:
            return None
        told = next((i for i in range(len(self.out) - 1, -1, -1)
                     if self.out[i].type == "DATE" and re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", self.out[i].value)
                     and self.out[i].certainty != "undated"), None)
        if told is not None:
            y, m = int(self.out[told].value[:4]), int(self.out[told].value[5:7])
            months = [(y, m), (y + (m == 12), m % 12 + 1)]
            how, anchor = f"a row of the month told, {self.out[told].value}", told
        elif self.ctx.dct is not None:
            y, m = self.ctx.dct.year, self.ctx.dct.month
            months = [(y, m), (y + (m == 12), m % 12 + 1), (y - (m == 1), (m - 2) % 12 + 1)]
            how, anchor = f"a row of the month of the document date {self.ctx.dct.isoformat()}", DOCUMENT_ANCHOR
        else:
            return None
        for year, month in months:
            if 1 <= year <= 9999 and valid_day(year, month, sp.day) and sp.weekday in weekdays_named(year, month, sp.day):
                return timex(self.ctx, c, spec_of_day(date(year, month, sp.day)), "inferred", how, anchor=anchor)
        return None

    @staticmethod
    def _period_just_ended(spec: Spec, ref: date) -> bool:
        """Whether the quarter or month ``spec`` names (no year) ended within the hundred days before
        ``ref``, as a period whose figures are still to be reported has."""
        if spec.quarter is None and spec.month is None:
            return False
        for year in (ref.year, ref.year - 1):
            span = span_of(spec.with_(year=year))
            if span is not None and span[1] < ref and (ref - span[1]).days <= 100:
                return True
        return False
