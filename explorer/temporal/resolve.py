"""Anchoring: what a candidate means in this document.

An underspecified "December 26" or "Tuesday" takes its year/week from a reference: the document
date in news, the last mentioned date in a narrative (or in the same sentence), and the tense of
the sentence decides whether the nearest earlier or later occurrence is meant. "Two weeks later"
hangs on the previous dated expression, and if that one is undated, so is this one: we never
invent a date from nothing.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from explorer.temporal.grammar import Cand
from explorer.temporal.grammar.rules_general import ANNIVERSARY, NEW_YEAR
from explorer.temporal.normalize import (
    MAX_DAY, MIN_DAY, Spec, beyond_calendar, clamp, duration_value, holiday_date, narrow, shift, span_of,
    spec_of_day, valid_day, value_of,
)
from explorer.temporal.name_years import year_in_name
from explorer.temporal.narrative import (
    Passage, is_incidental, looks_back, moves_on_from, names_a_level, narrative_at, opens_no_story,
)
from explorer.temporal.schedule_words import SCHEDULED_COPULA_WEEKDAY, SCHEDULED_PRESENT_MONTH, schedules_month
from explorer.temporal.timex import DOCUMENT_ANCHOR, Timex

_FUTURE = re.compile(
    r"(?i)\b(?:will|won't|shall|'ll|going\s+to|plan(?:s|ned|ning)?\s+to|scheduled|expects?|expected\s+to|"
    # a commitment, like a plan, looks ahead of the day it was made: "promised to reopen it by Friday"
    r"(?:promised|pledged|vowed|undertook|threatened)\s+to|"
    r"is\s+to|are\s+to|intends?\s+to|upcoming|set\s+to|supposed\s+to|slated|next(?!\s+to\b)|due|payable|"
    r"planned(?=\s+(?:an?|the|their|his|her|its|for)\b)|"
    r"as\s+soon\s+as|tomorrow|"
    # the present progressive of a plan: "I'm going back on Monday", "they are flying out Friday"
    r"(?:'m|am|'re|are|is|'s)\s+(?:going|coming|leaving|flying|heading|travelling|traveling|returning)(?=\s+(?:back|out|home|over|up|down|away|to|on)\b)|"
    # what a post or a message says of plans: "gonna", "see u", "can't wait", "let's", "how about"
    r"gonna|wanna|gotta|see\s+(?:you|u|ya)|c\s+u|can'?t\s+wait|cannot\s+wait|let'?s|how\s+about|"
    # a forecast in the passive present: "heavy rain is expected on Saturday", "snow is forecast"
    r"(?:is|are)\s+(?:expected|forecast|forecasted|predicted)|"
    r"due\s+to\s+(?:be|take|start|open|meet|visit))\b"
)
_PAST = re.compile(
    r"(?i)\b(?:was|were|had|did|met|went|came|took|made|became|began|left|saw|gave|"
    r"held|led|won|lost|fell|rose|sent|spoke|wrote|spent|brought|bought|caught|fought|sought|thought|"
    r"found|heard|kept|felt|stood|struck|drove|flew|ran|began|chose|broke|grew|knew|threw|paid|"
    # irregular past forms that are no present tense, noun or day name ("sold", not "cut", "shot", "fed",
    # "Sat", "Lent"), nor a present perfect of plans ("I've got a match Saturday")
    r"sold|sank|sang|rang|drank|swam|drew|withdrew|wore|tore|swore|froze|rode|shook|stole|woke|hid|slid|fled|"
    r"slept|swept|wept|dealt|meant|built|knelt|dug|hung|spun|shone|understood|overtook|"
    r"undertook|forgot|forgave|overcame|ate|blew|withheld|upheld|withstood|taught|laid|sped|sprang|strode|"
    r"swung|stung|"
    r"ago|last|earlier|yesterday|"
    r"(?:set|made|given|taken|done|put|won|sent|held|written|signed)\s+by)\b|(?<![\w-])"
    # "-eed" present verbs and nouns are no past ("will succeed", "need", "speed"), unlike "agreed"
    r"(?!(?:succ|exc|proc|n|f|sp|br|bl|h|ind|s|w|gr|st)eeds?\b)[a-z]{2,}ed\b"
)
# Prepositions and nouns that look ahead, but only decide when no verb does ("remain until March 6")
_WEAK_FUTURE = re.compile(r"(?i)\b(?:until|till|til|deadline|effective|may|might|"
                          # "unlikely before the autumn"; a bare "before Friday's close" follows the
                          # verbs a sentence may have that are not read as markers ("hit", "cut")
                          r"before(?=\s+the\b)|"
                          # "the earliest that could happen is Monday": a happening that may come, not
                          # an ability ("could not be located Wednesday")
                          r"could\s+(?:happen|come|begin|start|open|reopen|resume|end|finish|arrive|return|"
                          r"take\s+place))\b(?!\s+have)")
# A question with no verb that marks its tense asks about plans ("movie on fri?", "dinner sat night?")
_BARE_QUESTION = re.compile(r"\?\s*$")
# A future marker in the past perfect ("had been due to expire") is a plan that has passed
_PAST_AUX = re.compile(r"(?i)\bhad\s+(?:been\s+)?$")
# A scheduled event in the present tense, as news writes it ("the talks resume Monday", "the two
# leaders meet separately Monday", "the exhibition opens on Friday")
_SCHEDULED_PRESENT = re.compile(
    r"(?<!\bto )(?<!\bdid )(?<!\bcould )(?<!\bwould )\b(?:meets?|opens?|begins?|starts?|resumes?|continues|reopens?|convenes?|reconvenes?|expires?|arrives?|"
    r"ends?|departs?|returns?|visits?|hosts?|faces?|plays?|takes\s+office|goes\s+on\s+trial|kicks\s+off|"
    # a fixture told in the present: "the vote takes place on Friday", "voters go to the polls on Sunday"
    r"takes?\s+place|goes\s+ahead|go(?:es)?\s+to\s+the\s+polls|go(?:es)?\s+on\s+(?:trial|sale)|(?:is|are)\s+held|closes?|runs?|"
    # a company's calendar: "it reports results on Wednesday", "the bank posts earnings Thursday"
    r"(?:reports?|posts?|releases?|publishes|announces?)\s+(?:its\s+|their\s+)?(?:quarterly\s+|annual\s+|first-quarter\s+)?(?:results|earnings|figures))\b"
    # with at most a word or a short "to/for the ..." between: "opens to the public on Friday"
    # and the place it is at: "Harwick face Dunmore at Lowfield on Saturday"
    r"(?=(?:\s+(?:the\s+)?\w+|\s+(?:to|for)\s+(?:the\s+)?\w+)?(?:\s+(?:at|in)\s+(?:the\s+)?[A-Z][\w'’-]+)?"
    # or a clock time or two between: "the ceremony starts at 10 a.m. Thursday", "opens at noon
    # Saturday", "the sale runs from 2:30 to 4 pm on Saturday", "runs 10-11.30am on Friday"
    r"(?:\s+(?:(?:at|from|between)\s+)?(?:noon|midnight|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|[AP]\.?M\.?)?)"
    r"(?:\s*(?:-|–|to|and|until|till)\s*(?:noon|midnight|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|[AP]\.?M\.?)?))?)?"
    r"\s+(?:on\s+|next\s+|this\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")
# ... and with the weekday before the verb: "the final stage on Sunday ends with ten laps", "the fair
# on Saturday opens at nine"
_SCHEDULED_PRESENT_AFTER = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+"
    r"(?:ends|starts|begins|opens|closes|finishes|meets|resumes|reopens|arrives|departs|returns|"
    r"kicks\s+off|takes\s+place|goes\s+ahead|is\s+held|are\s+held)\b")
# A fixture stated with "is"/"are" and a weekday after at most three plain words: "sentencing is
# listed for Wednesday", "markets are closed on Thursday", "the parents' meeting is on Thursday", "he
# is in court on Friday". The present copula with a day to come is a calendar entry; words that start
# a charge or a measure ("is accused of ... on Monday", "are down 3 percent on Friday") break it.
_SCHEDULED_COPULA = re.compile(
    r"\b(?:is|are)\s+(?:(?!(?:of|with|about|after|since|before|from|by|to|up|down|off|last|ago|said|"
    r"percent|cents|points)\b)[a-z]+(?<!ing)\s+){0,3}?(?:on|for|until|till|this|next)\s+"
    r"(?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")
# ... and a sentence that opens with its weekday, the fixture told a few words on: "On Tuesday, two
# brothers from Linford go on trial", "On Saturday, the market opens at eight". The words between
# hold no past or reporting verb ("On Tuesday, police said the men go on trial" dates the saying).
_SCHEDULED_AFTER_OPENING_DAY = re.compile(
    r"(?:^|(?<=[.!?\n]))\s*(?:On\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?,\s+"
    r"(?:(?!(?:said|says|told|tells|announced|was|were|had|has|have|did|reported|confirmed)\b)(?![a-z]+ed\b)[\w'’-]+\s+){0,6}?"
    r"(?:meets?|opens?|begins?|starts?|resumes?|reopens?|ends?|closes?|runs?|plays?|hosts?|faces?|visits?|returns?|arrives?|"
    r"go(?:es)?\s+on\s+(?:trial|sale)|takes?\s+place|kicks?\s+off|(?:is|are)\s+held)\b")
# A sentence that opens with a bare verb is an instruction, carried out after it is read ("Send
# notices to the editor by Wednesday evening", "Bring a packed lunch on Saturday")
_IMPERATIVE = re.compile(
    r"(?i)^\W*(?:please\s+)?(?:send|bring|come|join|book|call|email|e-mail|phone|ring|register|apply|submit|"
    r"visit|remember|contact|reserve|sign\s+up|tell|let\s+us\s+know|don't\s+forget|do\s+not\s+forget|"
    r"make\s+sure|get\s+in\s+touch|hand\s+in)\b")
# Reporting verbs say when something was reported, not when it happened ("they said they expect
# the sale to close by Dec. 15"): they count only when nothing else in the sentence marks a tense.
#: how a clock time moved past midnight by the run of times before it is derived
_PAST_MIDNIGHT = "past midnight after"
#: how a weekday heading a listing of clock times got its day
_LISTING_DAY = "listing heading, on or after"
# a weekday alone on its line; the line under it opens with a clock time, and what it says
_LISTING_HEADING = re.compile(r"[^\S\n]*(?:on[^\S\n]+)?")
_LISTING_ENTRY = re.compile(r"[^\S\n]*(?:\d{1,2}(?:[:.]\d\d)?[^\S\n]*(?:[ap]\.?m\.?|[AP]\.?M\.?)|(?:[01]?\d|2[0-3])[:.]\d\d)\b[^\n]*")
_PAST_ENTRY = re.compile(r"\b(?:was|were|had|did|[a-z]{3,}ed)\b")
#: how a clock time in a retold past night got the account's day
_ACCOUNT_DAY = "day of the account told from"
#: how a timeline's clock time got the day of the happening the text reports
_TIMELINE_DAY = "timeline day"
# A timeline's entry: a clock time opening its line ("13:02 – A change was deployed", "22:47: A
# resident called"), then a dash, a colon or the entry's first word
_ENTRY_CLOCK = re.compile(r"[ \t]*(?:[-–—•*][ \t]*)?\d{1,2}[:.]\d\d(?:[ \t]*[A-Z]{2,4})?[ \t]*(?:[-–—:|]|[A-Z])")
_REPORTING = re.compile(r"(?i)\b(?:said|says|told|announced|reported|added|stated|noted|declared)\b")
# A participle after "be" is passive voice, whose tense is the auxiliary's ("will be completed");
# after a determiner it is an adjective ("a still unspecified date").
_SAID = re.compile(r"(?i)\b(?:said|told)\b")
_REPORTED_AFTER = re.compile(
    r"(?i)^(?:'s)?\s*,?\s*(?:said|told|announced|reported|added|stated|noted|declared|confirmed|disclosed)\b")
_REPORTED_ON = re.compile(
    r"(?i)\b(?:said|told|announced|reported|added|stated|noted|declared|confirmed|disclosed)\s+(?:on\s+|late\s+|early\s+)?$")
_PASSIVE_ED = re.compile(
    r"(?i)\b(?:(?:be|being|is|are|am|to\s+be|stay|stays|remain|remains|keep|keeps|get|gets)|(?:a|an|the|its|his|her|their|this|that|these|those|"
    # an adverb between ("the newly elected"), not a noun that ends like one ("the family settled")
    r"two|three|four|five|six|seven|eight|nine|ten|several|many|both|\d+)"
    r"(?:\s+(?!(?:family|rally|ally|assembly|supply|monopoly|anomaly|reply|july|italy|bully|belly|jelly)\b)\w+ly|\s+still)?)\s+$")
# "-ed" words that are mostly adjectives in news prose, not past verbs
_ED_ADJECTIVES = frozenset(
    "reduced expected proposed planned scheduled limited based related united detailed advanced "
    "combined continued estimated increased adjusted restricted retired alleged suspected armed "
    "concerned interested unexpected unprecedented needed supposed preferred".split()
)

# Past markers that are never participles (so never passive voice)
_FINITE_PAST = frozenset("was were had did ago last earlier yesterday".split())
# "effective Feb. 1", "to take effect March 1": a change announced ahead of the day it applies
_EFFECTIVE_BEFORE = re.compile(r"(?i)\b(?:effective|take\s+effect|takes\s+effect|taking\s+effect)\s+(?:on\s+|as\s+of\s+)?$")
# "postponed until Tuesday morning", "extended its deadline to 9 a.m. Tuesday": a delay looks ahead of
# the day it was decided, whatever the tense of the verb that reports it
_DELAYED_UNTIL = re.compile(
    r"(?i)\b(?:postponed|extended|delayed|deferred|adjourned|put\s+off|pushed\s+back|rescheduled|moved)\b"
    r"[^.;:]{0,40}\b(?:until|till|to)\s+(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?|noon)?\s*(?:[A-Z]{3}\s+)?)?$")
# Longing for a day still to come, in a post's present: "can't wait for fri", "so looking forward to
# Saturday" (not "couldn't wait for", told of the past)
_LOOKING_FORWARD = re.compile(
    r"(?i)(?:\b(?:can['’]?t|cannot|can\s+not)\s+wait\s+(?:for|till|til|until)|\blooking\s+forward\s+to)\s+(?:on\s+)?$")
# Back at work or school with no verb in the sentence: a post about the days ahead ("back at work
# monday and i already hate it"); a verb ("was back at work Monday") gives its own tense first
_BACK_AT = re.compile(r"(?i)\bback\s+(?:at|to)\s+(?:work|school|class|uni|college|the\s+office)\s+(?:on\s+)?$")

# The future of the writer's now (not a future seen from a past date, like "would", "planned to")
_WILL = re.compile(r"(?i)\b(?:will|won't|shall|'ll)\b")

# What may stand between a day and a clock time said of it ("tomorrow at 12pm", "Sun 1:00pm-6:00pm")
_CLOCK_AFTER_DAY = re.compile(r"(?i)[ \t]*(?:,|-|–|@|\bat\b|\bfrom\b)?[ \t]*")
# ... and between a clock time and the day word said after it ("6:30 tmr", "9am, tomorrow")
_DAY_AFTER_CLOCK = re.compile(r"(?i)[ \t]*(?:,|on)?[ \t]*")
# ... and between a day and a weekday listed with it ("May 5 (Tues", "this Friday, Saturday")
_WEEKDAY_AFTER_DAY = re.compile(r"(?i)[ \t]*(?:\(|,|&|/|\band\b|\bor\b|,[ \t]*(?:and|or)\b)[ \t]*")
#: what a yearless month, season or weekday is picked by when it counts from the writer's now
_DEICTIC_RELS = frozenset({"last", "next", "this", "this past", "this coming", "coming", "past"})
# "the next May", "the past week": counted from the time just named, not from the report
_ANAPHORIC_THE = re.compile(r"(?i)\bthe\s+$")
# what ends a past account in news: a new paragraph, or the writer's present or future between
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
_WRITERS_NOW_WORDS = re.compile(r"(?i)\b(?:will|shall|won't|is|are|says|say|now|today)\b")

#: the ``rel`` of a month, quarter or half counted in the writer's years ("January this year")
_WRITERS_YEAR = frozenset({"year0", "year-1", "year+1"})

def _is_writers_now(c: Cand) -> bool:
    """A weekday on its own ("Thursday") or a month or season picked by "last", "next", "this":
    deictic, meaning the writer's now."""
    spec = c.spec
    if spec is None:
        return False
    return c.rel in _DEICTIC_RELS or c.rel is None and spec.weekday is not None and spec.month is None


_COARSE_VALUE = re.compile(r"(?:BC)?\d{1,3}")


def _coarser_than_year(value: str) -> bool:
    """A decade ("196"), a century ("10", "BC02") or a millennium: coarser than a year."""
    return _COARSE_VALUE.fullmatch(value) is not None


_GRAN_ORDER = {"D": 0, "W": 1, "WE": 1, "M": 2, "Q": 3, "S": 3, "H": 4, "Y": 5, "DE": 6, "CE": 7}


@dataclass(slots=True)
class Context:
    """What anchoring needs besides the candidate itself; passed, never global."""

    text: str
    dct: date | None
    dct_inferred: bool
    narrative: bool
    sentences: list[tuple[int, int]]
    #: news or narrative per passage (``narrative`` then follows the candidate being resolved);
    #: None when the caller forced one reading for the whole text
    passages: list[Passage] | None = None
    quotes: list[tuple[int, int]] = field(default_factory=list)
    #: each sentence's verb markers, by its span, found once (see :func:`_tense_markers`)
    tense_markers: dict[tuple[int, int], list[tuple[int, str, int]]] = field(default_factory=dict)


#: a diary's or a log's dated heading names its day by number or weekday ("Friday 14 February",
#: "9 March"); a holiday's name over a programme's section ("New Year's Eve") is no entry's day
_DIARY_DAY = re.compile(r"(?i)\d|\b(?:mon|tue|wed|thu|fri|sat|sun)")
_HEADING_REST = re.compile(r"[ \t]*(?:[,–—-][ \t]*[A-Z][\w .'’()-]{0,40}?)?[ \t]*[:.]?[ \t]*(?:\n|\Z)")


def is_heading(text: str, start: int, end: int) -> bool:
    """Whether the expression is a line of its own (a diary's or a log's dated heading), with at
    most a place after it: "Thursday 10 March, El Alto"."""
    # Only blanks between the line's start and the expression, read from the expression back: taking
    # the whole line cost the text's length per expression in a text without line breaks (issue 15).
    at = start
    while at > 0 and text[at - 1] != "\n" and text[at - 1].isspace():
        at -= 1
    if at > 0 and text[at - 1] != "\n":
        return False
    return _HEADING_REST.match(text, end) is not None


# a figure set against a quarter: "fell 8% from the fourth quarter", "up from the third quarter"
_COMPARED_FIGURE = re.compile(
    r"(?i)(?:%|\bper\s?cent|\bup|\bdown|\bhigher|\blower)\s+(?:from|compared\s+(?:with|to)|than|versus|over)\s+$")
# the year said right after a quarter: "the third quarter in 2017", "the fourth quarter of 1989",
# "the second quarter of the fiscal year ended March 31, 2015" (a year alone, not "1989-90" or "2017's")
_QUARTER_YEAR_AFTER = re.compile(
    r"[ \t]+(?:in|of)[ \t]+(?:(?:the|its|their|our)[ \t]+)?(?:fiscal[ \t]+year[ \t]+(?:that[ \t]+)?(?:ended|ending|ends|to)[ \t]+"
    r"(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+)?)?(\d{4})\b(?![-/–]\d|['’]s)")
# a fixture's verb in the present right before a holiday: "opens on Halloween", "resumes after Easter"
_SCHEDULE_VERB_BEFORE = re.compile(
    r"\b(?:opens|reopens|begins|starts|resumes|ends|closes|returns|kicks\s+off|takes\s+place|goes\s+on\s+sale)"
    r"\s+(?:on|at|for|after|before|over)?\s*$")
# a state said in the present to last up to a time: "stays mild through the weekend"
_THROUGH_BEFORE = re.compile(r"(?i)\b(?:through|thru|until|till|into)\s+$")
# "last year", "next year", "this year" right after a yearless day, month or season ("Juneteenth
# last year", "June 19, next year"): the year of that day
_YEAR_AFTER = re.compile(r"(?i),?[ \t]+(last|this|next)[ \t]+year\b(?!['’])")


def _year_said_after(text: str, c: Cand) -> str | None:
    """The writer's-year ``rel`` ("year-1", "year0", "year+1") said right after ``c``, when ``c`` is a
    yearless day, month or season with no "last"/"next" of its own; else None."""
    spec = c.spec
    if c.kind != "under" or spec is None or spec.year is not None or c.rel is not None or c.list_head is not None \
            or spec.gran not in ("D", "M", "S") or spec.weekday is not None and spec.month is None \
            or spec.month is None and spec.season is None and not (c.value or "").startswith("HOLIDAY:"):
        return None
    m = _YEAR_AFTER.match(text, c.end)
    if m is None:
        return None
    return {"last": "year-1", "next": "year+1"}.get(m.group(1).lower(), "year0")


_UNTIL = re.compile(r"(?i)\b(?:until|till|til|before)\s+(?:the\s+)?$")
# "said in March that ...": the report itself is dated, so it lies behind the report's page
_SAID_IN = re.compile(r"(?i)\b(?:said|told|announced|reported|stated|declared|confirmed|disclosed)\s+(?:in|on)\s+(?:early\s+|late\s+|mid-?)?$")


def _headline_plan(ctx: Context, pos: int) -> bool:
    """A headline's bare infinitive with no verb marker in its line ("Prices to peak in June")."""
    a, b = _sentence_of(ctx, pos)
    s = ctx.text[a:b]
    return not _tense_markers(ctx, a, b, s) and _HEADLINE_INFINITIVE.search(s[:pos - a]) is not None


def tense_at(ctx: Context, pos: int) -> str | None:
    """"past", "future" or None, from the verb markers nearest to ``pos`` in its sentence.

    A reporting verb right next to the expression ("said Friday", "on Tuesday said") is what the
    expression dates, so it decides; elsewhere reporting verbs only say when the news was told and
    count less than any other verb."""
    a, b = _sentence_of(ctx, pos)
    s = ctx.text[a:b]
    rel = pos - a
    if _REPORTED_ON.search(s[max(0, rel - 20):rel]) or _SINCE.search(s[max(0, rel - 24):rel]):
        return "past"  # "said on Tuesday"; "for the first time since March" looks back
    if _EFFECTIVE_BEFORE.search(s[max(0, rel - 24):rel]) or _DELAYED_UNTIL.search(s[max(0, rel - 70):rel]) \
            or _LOOKING_FORWARD.search(s[max(0, rel - 30):rel]):
        return "future"
    end = re.match(r"[\w.]*", s[rel:])
    after = s[rel + (end.end() if end else 0):]
    if _REPORTED_AFTER.match(after):
        return "past"  # "Bush on Tuesday said"
    best: tuple[int, str] | None = None
    for start, name_here, penalty in _tense_markers(ctx, a, b, s):
        if name_here == "aside":
            if not start <= rel <= s.find(",", start):
                continue  # a participle aside dates what it says, nothing outside it
            name_here = "past"
        d = abs(start - rel) + penalty
        if best is not None and d >= best[0]:
            continue  # cannot come nearer, whatever lies between
        if start > rel and name_here == "future" and _reported_after(s, rel, start, _tense_markers(ctx, a, b, s)):
            continue  # "shut a plant on Monday and said on Thursday it will sell ...": the report's future
        if start > rel and _NEXT_CLAUSE.search(s[rel:start]):
            d += 40  # a verb in the next clause ("met on Friday and will meet ...") says less
        if best is None or d < best[0]:
            best = (d, name_here)
    if best is None:
        if _WEAK_FUTURE.search(s) or _BARE_QUESTION.search(s) and not _inside_quotes(ctx, pos):
            return "future"
        if _BACK_AT.search(s[max(0, rel - 30):rel]):
            return "future"
        if _HEADLINE_INFINITIVE.search(s[:rel]):
            return "future"  # "Minister to visit Paris Monday": a headline's bare infinitive is a plan
        if _IMPERATIVE.match(s) and not _inside_quotes(ctx, pos):
            return "future"
        return None
    return best[1]


def _reported_after(s: str, rel: int, start: int, markers: list[tuple[int, str, int]]) -> bool:
    """Whether a future at ``start`` lies inside a report whose verb comes after the expression at
    ``rel`` ("held a fair on Saturday, and the trust said on Tuesday it will add a wing"): that future is
    what was said, dated from the report, and says nothing of the expression's direction. A reporting
    verb set off by commas (", officials said, will decide") is a parenthesis, not such a report."""
    for at, _, penalty in markers:
        if rel < at < start and penalty == 30 and _SAID.match(s, at) \
                and not re.match(r"[a-z]+\s*,", s[at:start], re.IGNORECASE):
            return True
    return False


# A headline's (or a post's) "to" + verb with no finite verb in the sentence: "Minister to visit Paris
# Monday", "back to work monday". The verb is lowercase and no determiner, so "trip to Paris" and "to the
# summit" are no plans; a sentence with any tense marker never gets here.
_HEADLINE_INFINITIVE = re.compile(
    r"(?<![\w'’])[Tt]o\s+(?!(?:the|a|an|his|her|their|its|my|our|your|this|that|these|those|date|be|been|"
    r"and|or|some|all|each|every|one|two|three)\b)[a-z]{3,}\b")
_STILL = re.compile(r"(?i)\s+still\b")
#: A year that heads its line, then a full stop, a colon or a dash and the text under it: "2004. Halloran
#: visits the valley", "1868: The railway arrives" (a profile or a timeline told year by year).
_YEAR_HEADS_LINE = re.compile(r"[ \t]*\d{3,4}(?:\s*(?:BC|BCE|AD|CE))?\s*(?:[.:]|\s[—–-])\s")
# A figure set against an earlier one: "up from $3 million a year earlier", "compared with", "than"
_COMPARED = re.compile(r"(?i)\b(?:from|compared\s+(?:with|to)|than|versus|vs\.|against)\b")
# "at 02:20 that night", "1 a.m. the same night": a time in the small hours of the night just told
_THAT_NIGHT = re.compile(r"(?i)\s*,?\s*(?:that|the\s+same|that\s+same)\s+night\b")
_SMALL_HOURS = "small hours of the night of"
# a clock time that names its own day ("06:00 today", "9pm tonight", "7am this morning")
_NAMES_ITS_DAY = re.compile(r"(?i)\b(?:today|tonight|tonite|this\s+(?:morning|afternoon|evening))\b")
_THE_NIGHT = re.compile(r"(?i)(?:during\s+|through\s+)?the\s+night")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _paragraph_start(text: str, pos: int) -> int:
    """Where the paragraph holding ``pos`` begins (after the blank line before it)."""
    starts = [m.end() for m in _PARAGRAPH_BREAK.finditer(text, 0, pos)]
    return starts[-1] if starts else 0
_SINCE = re.compile(r"(?i)\b(?:ever\s+)?since\s+(?:early\s+|late\s+|mid-?\s*|the\s+(?:start|end|middle)\s+of\s+)?$")
_WEEKDAY_WORD = re.compile(r"(?i)\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b")
_THE_NEXT_WEEK = re.compile(r"(?i)the\s+(?:following|next|previous|preceding|same)\s+week\b")
_NEXT_CLAUSE = re.compile(r",|\b(?:and|but|while|whereas)\b")
# "took the next three stages": a past verb just before "the next" makes it the ones that followed
_PAST_BEFORE_NEXT = re.compile(
    r"(?i)\b(?:was|were|had|took|won|lost|came|went|made|held|[a-z]{2,}ed)\s+(?:\w+\s+)?the\s+$")
# A participle opening an aside between commas: ", suspended since November, ..."
_ASIDE_PARTICIPLE = re.compile(r"(?i)[a-z]{2,}ed\b[^,.;:]{0,60},")
_ASIDE_BEFORE = re.compile(r",\s*$")


# The participle of a future perfect ("will have played", "we'll have finished"), seen from before it
_FUTURE_PERFECT = re.compile(r"(?i)(?:\bwill|'ll|\bshall|\bwon't)\s+(?:not\s+)?have\s+(?:\w+ly\s+)?$")


_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:a|an|the|its|his|her|their|our|this|these|those|every|each)\s+$")


def _tense_markers(ctx: Context, a: int, b: int, s: str) -> list[tuple[int, str, int]]:
    """The verb markers of the sentence ``s`` at ``a``..``b``: (offset in ``s``, tense, penalty), in
    the order :func:`tense_at` weighs them. Found once per sentence: each of a sentence's expressions
    asks, and finding them again for each made a long clause list cost its length times its dates."""
    found = ctx.tense_markers.get((a, b))
    if found is not None:
        return found
    found = []
    for pat, name in ((_FUTURE, "future"), (_PAST, "past"), (_SAID, "past"), (_SCHEDULED_PRESENT, "future"),
                      (_SCHEDULED_PRESENT_AFTER, "future"), (_SCHEDULED_COPULA, "future"),
                      (_SCHEDULED_AFTER_OPENING_DAY, "future"), (SCHEDULED_PRESENT_MONTH, "future"),
                      (SCHEDULED_COPULA_WEEKDAY, "future")):
        for m in pat.finditer(s):
            w = m.group(0).lower()
            if w == "next" and _PAST_BEFORE_NEXT.search(s[max(0, m.start() - 30):m.start()]):
                continue  # "sprinters took the next three stages": the ones after, in the past
            if name == "past" and _ASIDE_PARTICIPLE.match(s, m.start()) and _ASIDE_BEFORE.search(s[:m.start()]):
                # "Garden waste collections, suspended since November, restart on 24 March": the
                # aside's participle dates only what the aside says
                found.append((m.start(), "aside", 0))
                continue
            if pat is _SCHEDULED_PRESENT and _DETERMINER_BEFORE.search(s[max(0, m.start() - 8):m.start()]):
                continue  # "held an open day on Saturday": after a determiner the word is no verb
            if name == "past" and _FUTURE_PERFECT.search(s[max(0, m.start() - 24):m.start()]):
                continue  # "we'll have played Saturday": the future perfect's "will" says the tense
            if name == "past" and " " not in w and w not in _FINITE_PAST:
                # a participle after "be" is passive voice, whose tense is the auxiliary's
                # ("will be paid Dec. 14"); "-ed" adjectives are no verbs at all
                if w in _ED_ADJECTIVES or _PASSIVE_ED.search(s[max(0, m.start() - 12):m.start()]):
                    continue
            penalty = 0
            if _REPORTING.fullmatch(w):
                penalty = 30  # a reporting verb dates the report, so a nearby real verb outweighs it
            if name == "future" and _PAST_AUX.search(s[max(0, m.start() - 12):m.start()]):
                name_here = "past"
            else:
                name_here = name
            found.append((m.start(), name_here, penalty))
    for m in _BARE_PAST_AFTER_SUBJECT.finditer(s):
        found.append((m.start("v"), "past", 0))  # "the company cut its forecast": no present after "the company"
    ctx.tense_markers[(a, b)] = found
    return found


# verbs whose past is their bare form ("cut", "set", "hit") read as a past only where a present would
# need its "-s": right after a singular subject (a pronoun, a determiner and a noun not in "-s", a
# name) and before their object ("the company cut its forecast", "Ford cut 500 jobs", "the storm hit
# the coast"); "will cut", "the rate cut in May", "prices cut" are not such pasts
_BARE_PAST_AFTER_SUBJECT = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Ii]t|(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]his|[Tt]hat)\s+[a-z]+(?<!s)|[A-Z][a-z]+(?<![sS]))"
    r"\s+(?P<v>cut|set|hit|put|shut|quit|cost|shed|split|spread|bid)\s+"
    r"(?=(?:the|a|an|its|his|her|their|our|about|some|more|all|off|down|up|back|out|it|them)\b|\$|\d)")


# A past participle with its agent, ending right before the expression in the same clause: "the
# conditions set by the Secretary of State in May", "the rules drawn up by the old board in March".
# The agent pushes the participle beyond the few words :func:`adjacent_past` looks at, yet the act
# is done: the expression dates it. After "be"/"to be" (and "will be") it is a passive of that
# auxiliary's tense, not a done act.
_PARTICIPLE_BY = re.compile(
    r"(?i)(?<![\w-])(?P<verb>set|made|given|taken|done|put|won|sent|held|written|signed|drawn(?:\s+up)?|laid\s+down|"
    r"[a-z]{2,}ed)\s+by\s+(?:[\w.’'-]+\s+){1,9}(?:in|on|at|during|from)\s+$")


def _participle_with_agent(ctx: Context, start: int) -> bool:
    # within the sentence, whose splitting already knows "U.S." and "Dr." are no sentence ends
    a, _ = _sentence_of(ctx, start)
    clause = re.split(r"[,;:!?\n(\"“”]", ctx.text[max(a, start - 110):start])[-1]
    m = _PARTICIPLE_BY.search(clause)
    if m is None or m.group("verb").lower() in _ED_ADJECTIVES:
        return False
    return not re.search(r"(?i)\b(?:be|being|is|are|am|been)\s+(?:\w+ly\s+)?$", clause[:m.start()])


# ", and Reilly said ...": a clause of its own after the expression's, not the clause it opens
_NEXT_COORDINATE = re.compile(r"(?i),\s*(?:and|but|or|while|whereas)\b")


def adjacent_past(ctx: Context, start: int, end: int) -> bool:
    """A past-tense verb right before the expression, or in the clause it opens ("In January, X
    brought in ..."), or a past participle whose agent leads up to it ("set by the minister in
    May"), so that the expression dates a past event for sure."""
    if _participle_with_agent(ctx, start) or _SINCE.search(ctx.text[max(0, start - 24):start]):
        return True  # "set by the minister in May"; "for the first time since March"
    a, _ = _sentence_of(ctx, start)
    # within the sentence, whose splitting knows "p.m." and "Jan." are no sentence ends
    before = re.split(r"[,;:!?\n(\"]", ctx.text[max(a, start - 40):start])[-1]
    words = before.split()[-4:]
    for i, w in enumerate(words):
        w = w.lower()
        if w in _ED_ADJECTIVES or not _PAST.fullmatch(w):
            continue
        if w not in _FINITE_PAST and i > 0 and words[i - 1].lower() in ("be", "been", "being", "to", "the", "a", "an"):
            continue
        if w not in ("last", "earlier", "ago", "yesterday"):
            return True
    for m in _BARE_PAST_AFTER_SUBJECT.finditer(ctx.text, max(a, start - 80), start):
        if len(ctx.text[m.end("v"):start].split()) <= 4 and not re.search(r"[,;:!?(\"]", ctx.text[m.end("v"):start]):
            return True  # "the company cut 500 jobs in May"
    after = re.split(r"[.;:!?\n]", ctx.text[end:end + 45], maxsplit=1)[0]
    if after.startswith(",") and len(before.split()) <= 3 and not _NEXT_COORDINATE.match(after):
        # only an expression that opens its clause ("In January, X brought in"): one that ends a
        # clause ("leaves on 2 April, so I have twelve days left") is not what the next one dates
        for pm in _PAST.finditer(after):
            w = pm.group(0).lower()
            if w in _ED_ADJECTIVES or (w not in _FINITE_PAST and _PASSIVE_ED.search(after[max(0, pm.start() - 12):pm.start()])):
                continue
            return True
    opener = ctx.text[a:start].split()
    if not after.startswith(",") and len(opener) == 1 and opener[0].lower() in _OPENING_PREPOSITIONS:
        # "In May the plant reopened", "On May 9 he resigned": an expression opening its sentence
        # without a comma dates the clause it opens just the same; its verb follows a short subject
        for i, w in enumerate(after.split()[:6]):
            w = w.strip("'’\"").lower()
            if w in _NOT_PAST_YET:
                break
            if i > 0 and _PAST.fullmatch(w) and w not in _ED_ADJECTIVES \
                    and (w in _FINITE_PAST or not w.endswith("ed") or after.split()[i - 1].lower() not in _BE_WORDS):
                return True
    return False


# the prepositions a date opening a sentence takes ("In May", "On Friday", "By June"); a bare name
# opening a post ("Memorial Day 2 was fun") is left to the tense as before
_OPENING_PREPOSITIONS = frozenset({"in", "on", "by", "during", "early", "late", "last", "since"})
# words before a sentence's finite verb that say its verb is not a plain past ("will", "is to")
_NOT_PAST_YET = frozenset({"will", "would", "shall", "should", "may", "might", "must", "can", "could", "is",
                           "are", "am", "to", "plans", "expects", "hopes", "intends", "won't", "wouldn't"})
_BE_WORDS = frozenset({"be", "been", "being", "is", "are", "am"})


def _sentence_of(ctx: Context, pos: int) -> tuple[int, int]:
    # Sentences are in text order and do not overlap: a binary search, not a scan per expression.
    i = bisect.bisect_right(ctx.sentences, (pos, math.inf)) - 1
    if i >= 0:
        a, b = ctx.sentences[i]
        if a <= pos < b:
            return a, b
    return max(0, pos - 150), min(len(ctx.text), pos + 150)


def _distance(span: tuple[date, date], ref: date) -> int:
    a, b = span
    if a <= ref <= b:
        return 0
    return (a - ref).days if a > ref else (ref - b).days


def choose(options: list[tuple[Spec, tuple[date, date]]], ref: date, tense: str | None,
           rel: str | None, narrative: bool, ref_end: date | None = None,
           slack: int | None = None) -> tuple[Spec, tuple[date, date]] | None:
    """Pick the occurrence a tense (or "last"/"next"/"this") points at, relative to ``ref``.

    ``slack``: a verb that surely governs the date ("closed two plants in March", "will open in
    November") makes the tense decide alone: the occurrence on its side of the report, up to
    ``slack`` days over. Without it (None) a tense read from a verb further off is often the wrong
    verb's: the document's year is kept for a date up to a month on the other side.

    In a narrative ``ref``..``ref_end`` is the story's current time (a day, or all of "1944"): the
    nearest occurrence wins, one ahead of the story preferred to one behind it (stories move on,
    so a season narrated from December into May rolls over the new year)."""
    if not options:
        return None
    if rel in ("last", "past", "previous", "this past"):
        before = [o for o in options if o[1][1] < ref]
        return max(before, key=lambda o: o[1][0]) if before else options[0]
    if rel in ("next", "coming", "this coming"):
        after = [o for o in options if o[1][0] > ref]
        return min(after, key=lambda o: o[1][0]) if after else options[-1]
    if rel == "this":
        same = [o for o in options if o[0].year == ref.year]
        if same and o_gran(same[0][0]) in ("M", "S", "Q", "H"):
            return same[0]  # "this September" is the document year's, even when it has passed
        return min(options, key=lambda o: _distance(o[1], ref))
    if narrative:
        last = ref_end or ref

        def cost(o: tuple[Spec, tuple[date, date]]) -> int:
            a, b = o[1]
            if a <= last and ref <= b:
                return 0
            if a > last:
                return (a - last).days
            # behind the story: three times as far, and a year further when it leaves the story's year
            return 3 * (ref - b).days + (365 if b.year < ref.year else 0)
        return min(options, key=cost)
    if slack is not None and tense == "past":
        fit = [o for o in options if o[1][0] <= ref + timedelta(days=slack)]
        if fit:
            return max(fit, key=lambda o: o[1][0])
    if slack is not None and tense == "future":
        fit = [o for o in options if o[1][1] >= ref - timedelta(days=slack)]
        if fit:
            return min(fit, key=lambda o: o[1][0])
    same = [o for o in options if o[1][0].year == ref.year or o[1][1].year == ref.year]
    around = [o for o in same if o[1][0] <= ref <= o[1][1]]
    if around and tense is None:
        return around[0]  # "winter" on 22 December: the winter under way, not the one that ended in February
    if same:
        # news: the document's own year, unless the tense pushes it a year back or forward;
        # an unmarked date far ahead of the report is more likely last year's
        a, b = same[0][1]
        if tense == "past" and (a - ref).days > 30 or tense is None and (a - ref).days > 90:
            earlier = [o for o in options if o[1][1] < a]
            return max(earlier, key=lambda o: o[1][0]) if earlier else same[0]
        if tense == "future" and (ref - b).days > 30:
            later = [o for o in options if o[1][0] > b]
            return min(later, key=lambda o: o[1][0]) if later else same[0]
        return same[0]
    if tense != "future":
        before = [o for o in options if o[1][0] <= ref]
        if before:
            return max(before, key=lambda o: o[1][0])
    if tense == "future":
        after = [o for o in options if o[1][1] >= ref]
        if after:
            return min(after, key=lambda o: o[1][0])
    return min(options, key=lambda o: _distance(o[1], ref))


def _day_of_month(spec: Spec, ref: date, tense: str | None) -> Spec | None:
    """ "on the 21st" with no month: that day of the reference's month or of the month next to it,
    the one the tense points at (a plan the coming one, a report the last one, else the nearest); in
    a story the first on or after the story's time."""
    opts = []
    for k in (-1, 0, 1):
        y, mo = divmod(ref.year * 12 + ref.month - 1 + k, 12)
        if 1 <= y <= 9999 and spec.day is not None and valid_day(y, mo + 1, spec.day):
            opts.append(date(y, mo + 1, spec.day))
    if tense == "future":
        opts = [d for d in opts if d >= ref] or opts
    elif tense == "past":
        opts = [d for d in opts if d <= ref] or opts
    if not opts:
        return None
    d = min(opts, key=lambda d: (abs((d - ref).days), d < ref))
    return spec.with_(year=d.year, month=d.month)


def o_gran(spec: Spec) -> str:
    return spec.gran


def resolve_under(spec: Spec, ref: date, tense: str | None, rel: str | None, narrative: bool,
                  strong_past: bool = False, ref_end: date | None = None,
                  strong_future: bool = False, in_month: bool = False, slack: int | None = None) -> Spec | None:
    """Fill in the year (or week) an underspecified spec leaves open.

    ``strong_past``: a past verb right next to the expression ("the year ended Jan. 31",
    "In January, the company brought in ...") keeps even a distant past reading; ``in_month``: the
    month follows "in"/"during", so a past verb anywhere in its clause keeps it behind the report."""
    if spec.gran == "D" and spec.month is None and spec.weekday is not None:
        opts = []
        for k in range(-7, 8):
            if not MIN_DAY.toordinal() <= ref.toordinal() + k <= MAX_DAY.toordinal():
                continue  # the calendar's edge
            d = ref + timedelta(days=k)
            if d.weekday() == spec.weekday:
                opts.append((spec.with_(year=d.year, month=d.month, day=d.day), (d, d)))
        if rel is None and not narrative:
            # news: a bare weekday is within the week around the document date
            rng = range(0, 7) if tense == "future" else range(-6, 1)
            opts = [o for o in opts if (o[1][0] - ref).days in rng]
            return opts[0][0] if opts else None
        if rel is None and narrative:
            opts = [o for o in opts if 0 <= (o[1][0] - ref).days <= 6]
            return opts[0][0] if opts else None
        if rel == "this":
            iso = ref.isocalendar()
            opts = [o for o in opts if o[1][0].isocalendar()[:2] == iso[:2]]
            sure = tense == "past" and strong_past or tense == "future" and strong_future
            if opts and sure and (opts[0][1][0] - ref).days * (1 if tense == "future" else -1) < 0:
                # "met this Sunday" written on a Monday is the day before, "will vote this Monday"
                # written on a Tuesday the coming one: the week's day the verb right at it cannot
                # point at is the neighbouring week's (a reporting verb further off says nothing:
                # "said the finals are this Sat")
                d = opts[0][1][0] + timedelta(days=7 if tense == "future" else -7)
                return spec.with_(year=d.year, month=d.month, day=d.day)
            return opts[0][0] if opts else None
        picked = choose(opts, ref, tense, rel, narrative)
        return picked[0] if picked else None
    if spec.gran == "D" and spec.month is None and spec.weekday is None and spec.day is not None:
        return _day_of_month(spec, ref, "future" if narrative else tense)  # a story moves on
    if spec.gran == "D" and spec.weekday is not None and spec.month is not None and spec.day is not None and not rel:
        # "Sunday 30 June": the weekday names the year, of those around the reference
        fits = [y for y in (ref.year, ref.year + 1, ref.year - 1)
                if 1 <= y <= 9999 and valid_day(y, spec.month, spec.day) and date(y, spec.month, spec.day).weekday() == spec.weekday]
        if len(fits) == 1:
            return spec.with_(year=fits[0])
    if rel and rel.startswith("year"):
        off = {"year-1": -1, "year+1": 1}.get(rel, 0)
        return spec.with_(year=ref.year + off)
    opts = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        if not 1 <= y <= 9999:
            continue
        s = spec.with_(year=y)
        sp = span_of(s)
        if sp:
            opts.append((s, sp))
    if rel == "quarter":
        rel = None
        if not narrative and spec.gran in ("Q", "H"):
            # business news reports on quarters (and halves) of the document's year, usually just
            # ended; only a past-tense mention of one that has not begun yet is last year's
            s = spec.with_(year=ref.year)
            sp = span_of(s)
            if sp and sp[0] > ref and tense == "past":
                return spec.with_(year=ref.year - 1)
            return s
    picked = choose(opts, ref, tense, rel, narrative, ref_end, slack=None if narrative or rel else slack)
    if picked and rel == "this" and not narrative:
        # "flooded twice this summer" written in January is the summer just gone, "will be finished
        # this summer" written on 30 December the coming one: a verb right at it decides the side
        if tense == "past" and strong_past and picked[1][0] > ref:
            picked = max((o for o in opts if o[1][1] < ref), key=lambda o: o[1][0], default=picked)
        elif tense == "future" and strong_future and picked[1][1] < ref:
            picked = min((o for o in opts if o[1][0] > ref), key=lambda o: o[1][0], default=picked)
    if picked and not narrative and rel is None and spec.gran in ("D", "M") and not strong_past \
            and not strong_future and slack is None:
        # news names a day or month without its year when it is near the report: a reading more
        # than half a year away loses to one within four months on the other side, whatever the
        # (often misread) tense says ("will succeed him Feb. 1" in October is next February)
        far = _distance(picked[1], ref)
        if far > 183:
            near = [o for o in opts if _distance(o[1], ref) <= 120 and not (in_month and _ahead_of_a_past(o[1], ref, tense))]
            if near:
                picked = min(near, key=lambda o: _distance(o[1], ref))
    return picked[0] if picked else None


def _ahead_of_a_past(span: tuple[date, date], ref: date, tense: str | None) -> bool:
    """A month ahead of the report for a past verb ("stepped down in March" written in November).
    Not the mirror image: a future is misread far more often ("set in February, will stay in
    place", "had begun in March and expected to finish"), so a nearer past month still beats it."""
    return tense == "past" and span[0] > ref


# "in March", "during early March": a month the clause's verb places; unlike "by March" or "through
# March", no deadline whose verb may belong to another clause ("had been expected ... by February")
_IN_MONTH = re.compile(r"(?i)\b(?:in|during)\s+(?:early\s+|late\s+|mid-?\s*)?$")


# A past participle that makes the year part of a noun phrase, not the clause's time: an aside after
# a comma ("the fund, set up in 1996 by doctors,") or a participle with its agent ("a plan approved
# by shareholders in 2001"), not after "was"/"were" ("was bought by Ford in 1990": the clause's own)
_PARTICIPLE = r"(?:[a-z]{2,}ed|set|built|made|sold|bought|won|held|begun|taken|given|drawn|written|signed)"
_ASIDE_YEAR = re.compile(
    rf"(?i),\s*(?:first\s+|originally\s+|later\s+)?{_PARTICIPLE}(?:\s+(?:up|down|out|off|back))?\b[^,;.]{{0,40}}"
    r"\b(?:in|on|during)\s+$")
_AGENT_YEAR = re.compile(
    rf"(?i)(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bbeing )\b{_PARTICIPLE}\s+by\s+(?:[\w.'’-]+\s+){{1,6}}"
    r"(?:in|on|during)\s+$")


def _year_of_a_modifier(text: str, sentence_start: int, c: Cand) -> bool:
    """Whether the explicit date ``c`` sits in a participle phrase that describes a noun."""
    tail = text[max(sentence_start, c.start - 90):c.start]
    return bool(_ASIDE_YEAR.search(tail) or _AGENT_YEAR.search(tail))


# Between a past verb and a month, what says the month is a plan after all: an infinitive ("agreed
# to hold talks in February"), a plan or a modal ("plans a new offering in January"), a present that
# schedules ("the plant opens in February")
_PLAN_BETWEEN = re.compile(
    r"(?i)\bto\s+(?!(?:a|an|the|his|her|its|their|our|this|that|\d)\b)[a-z]+|\b(?:plans?|will|would|could|may|might|"
    r"should|shall|expects?|is|are|be|opens?|begins?|starts?|ends?|closes?|expires?|matures?|resumes?|payable|due|set|"
    r"scheduled|slated)\b")


def _past_verb_reaches(ctx: Context, pos: int) -> bool:
    """Whether the past verb nearest to ``pos`` in its sentence governs it: nothing between them
    turns the month into a plan."""
    a, b = _sentence_of(ctx, pos)
    s = ctx.text[a:b]
    rel = pos - a
    past = [start for start, name, _ in _tense_markers(ctx, a, b, s) if name == "past"]
    if not past:
        return False
    v = min(past, key=lambda start: abs(start - rel))
    between = s[v:rel] if v < rel else s[rel:v]
    between = re.sub(r"^\S+", "", between, count=1) if v < rel else between  # not the verb itself
    return not _PLAN_BETWEEN.search(between)


# A plain future in the writer's own voice: "will host", "is planned for", "is scheduled to".
_PLAIN_FUTURE = re.compile(
    r"(?i)\b(?:will|shall|'ll|(?:is|are)\s+(?:planned|scheduled|slated|set|due)|(?:is|are)\s+going\s+to|"
    # the writer's own forecast: "the agency expects prices to peak in June"
    r"expects?|"
    # an obligation still to be met ("should be finished by June"), not one looked back on ("should have")
    r"(?:should|must)(?!\s+(?:not\s+)?have\b))\b")


_REPORTED_FUTURE = re.compile(r"(?i)\b(?:said|says|announced|told|added|stated|warned|predicted|forecast|promised|"
                              r"pledged|expected)\b[^.;]*\b(?:would|could|might)\b")


# a deadline, limit or aim: "gave them until mid-November to answer", "prepared for the March
# accession" look ahead of their past verb
_DEADLINE_BEFORE = re.compile(
    r"(?i)\b(until|till|by|through|before|for)\s+(?:the\s+)?(?:early\s+|late\s+|end\s+of\s+)?$")
_TO_VERB = re.compile(r"\s+to\s+[a-z]")
# an infinitive just before the date, after the clause's verb: "decided to strike on", "agreed to
# hold talks in" (not "to the", "to 3%", "moved to Leeds in")
_INFINITIVE_BEFORE = re.compile(
    r"\b[Tt]o\s+(?!(?:the|a|an|his|her|its|their|this|that|be)\b)[a-z]{2,}\s+(?:[\w'’-]+\s+){0,3}(?:on|in|by)?\s*$")


def _deadline_ahead(ctx: Context, c: Cand) -> bool:
    """A time the clause's past verb may look ahead to: a plan it decided ("decided to strike on
    Jan. 4"), an aim ("prepared for the March accession"),
    a deadline ("paid automatically by 31 March") or a limit set for something still to be done
    ("gave them until Jan. 9 to reply"), unlike a state that lasted up to it ("was closed until
    Jan. 3") or a past happening placed before a day ("prices rose before Independence Day": the
    past verb points back, so the day is the last one before the report)."""
    if _INFINITIVE_BEFORE.search(ctx.text[max(0, c.start - 40):c.start]):
        return True  # "decided to strike on Jan. 4": the past verb decides a plan
    m = _DEADLINE_BEFORE.search(ctx.text[max(0, c.start - 24):c.start])
    if m is None:
        return False
    return m.group(1).lower() not in ("until", "till", "before") or _TO_VERB.match(ctx.text, c.end) is not None


# "ordered residents to leave by noon Thursday", "if the company agreed by Thursday to keep ...": a
# deadline set for an infinitive's act lies ahead of the verb that set it (as TBAQ's "asked it to
# respond by Oct. 31" does), unlike a past act done by a day ("had filed reports by Wednesday")
_BY_BEFORE = re.compile(r"(?i)\bby\s+(?:noon\s+|midnight\s+)?$")
_UNTIL_BEFORE = re.compile(r"(?i)\b(?:until|till)\s+$")
_INFINITIVE_THEN_BY = re.compile(
    r"\b[Tt]o\s+(?!(?:the|a|an|his|her|its|their|this|that|be)\b)[a-z]{2,}\s+(?:[\w'’-]+\s+){0,4}by\s+(?:noon\s+|midnight\s+)?$")


# A condition or time clause under a future or a modal says its verb in the present or the past,
# yet looks ahead with it: "were likely to buy as soon as trading opened Monday", "will not hand him
# over if they lose when the case is heard in May", "could be called off if the company agreed by
# Thursday"
_CONDITION_UNDER_FUTURE = re.compile(
    r"(?i)\b(?:will|won't|would|could|might|shall|'ll|likely\s+to|expected\s+to)\b[^.;:!?]{0,100}?"
    r"\b(?:as\s+soon\s+as|once|if|unless|when)\s+(?:[\w'’-]+\s+){1,7}$")


def _condition_under_future(ctx: Context, c: Cand) -> bool:
    a, _ = _sentence_of(ctx, c.start)
    before = ctx.text[a:c.start]
    m = _CONDITION_UNDER_FUTURE.search(before)
    return m is not None and not _REPORTING.search(before, m.start())


def _weekday_deadline(ctx: Context, c: Cand) -> bool:
    """A bare weekday that is the deadline of an infinitive before or after it (see above), or a
    limit set with "until" for an act still to come ("gave the defence until Friday to respond"),
    unlike a state that lasted up to it ("stayed until Friday")."""
    before = ctx.text[max(_sentence_of(ctx, c.start)[0], c.start - 60):c.start]
    if _UNTIL_BEFORE.search(before) is not None:
        return _TO_VERB.match(ctx.text, c.end) is not None
    if _BY_BEFORE.search(before) is None:
        return False
    return _INFINITIVE_THEN_BY.search(before) is not None or _TO_VERB.match(ctx.text, c.end) is not None


def _slack(ctx: Context, c: Cand, tense: str | None, strong_past: bool, plain_future: bool) -> int | None:
    """Days a yearless date may lie on the wrong side of the report for its tense and still be read
    in the document's year (see :func:`choose`).

    A past verb right at the date ("closed two plants in March", written in February) or the
    writer's own future ("will open a plant in November", written on 30 December) leaves none: the
    date is last year's or next year's. A future reported from a statement ("said they would act
    by Jan. 14") counts from the day it was said, a few days before the report; a past verb with a
    deadline ("gave them until mid-November") looks ahead of itself; a tense read from a verb
    further off is often the wrong verb's: None leaves it to :func:`choose`'s month of slack."""
    if tense == "past" and strong_past:
        return 0
    if tense == "future" and plain_future:
        # a reported day may have passed since it was said; a reported month still under way at
        # the saying would be under way at the report too
        own = _plainly_future(ctx, c.start, reported=False)
        return 0 if own or c.spec is None or c.spec.gran != "D" else 7
    return None


def _inside_quotes(ctx: Context, pos: int) -> bool:
    return any(a <= pos < b for a, b in ctx.quotes)


def _plainly_future(ctx: Context, pos: int, reported: bool = True) -> bool:
    """A future verb earlier in the expression's clause with no past verb between them ("will
    double its flights by August"), or a plan reported as one ("said the flights would leave on")."""
    a, _ = _sentence_of(ctx, pos)
    clause = re.split(r"[;:]|,\s+(?:but|while|although|after|when)\b", ctx.text[a:pos])[-1]
    found = list(_PLAIN_FUTURE.finditer(clause))
    if found and reported and _REPORTING.search(clause, found[-1].end()):
        # "Schools will close Thursday, and airports said they would suspend flights from Thursday
        # evening": the writer's future is another clause's; this one reports a plan
        found = []
    if not found:
        m = _REPORTED_FUTURE.search(ctx.text[a:pos]) if reported else None
        if m is None:
            return False
        rest = ctx.text[a + m.end():pos]
    else:
        rest = clause[found[-1].end():]
    if _PAST_AUX.search(clause[:found[-1].start()] if found else ""):
        return False
    if any(not _PASSIVE_ED.search(rest[max(0, m.start() - 12):m.start()]) for m in _REPORTING.finditer(rest)):
        # "will march next week, organisers said on Monday": the report is past; a passive ("a date
        # would be announced in the autumn") reports nothing
        return False
    return not any(w.group(0).lower() not in _ED_ADJECTIVES and not _PASSIVE_ED.search(rest[max(0, w.start() - 12):w.start()])
                   for w in _PAST.finditer(rest))


def weekend_offset(dct: date, rel: str, tense: str | None) -> int:
    """Which weekend, in ISO weeks from the document date's week.

    News reports what happened: "over the weekend" / "this weekend" without a future marker is the
    most recent weekend (on a Saturday or Sunday, the one under way); with a future tense or
    "coming" it is the next one. "last" is the one before the most recent, counted the same way
    as "last week" from a weekday, and "next" the one after the coming one."""
    on_weekend = dct.weekday() >= 5
    latest = 0 if on_weekend else -1  # the most recent weekend
    upcoming = 1 if on_weekend else 0  # the first weekend still ahead
    if rel == "this" and tense != "past":
        return 0 if on_weekend else upcoming  # "this weekend" said on a weekday is the coming one
    if rel in ("the", "this"):
        if tense == "future":
            return 0 if on_weekend else upcoming
        return latest if not on_weekend else 0
    if rel == "last":
        return -1
    if rel == "coming":
        return upcoming
    if rel == "next":
        return upcoming if on_weekend else 1
    return 0


def _coarser(a: str, b: str) -> str:
    return a if _GRAN_ORDER.get(a, 0) >= _GRAN_ORDER.get(b, 0) else b


def _timex(ctx: Context, c: Cand, spec: Spec | None, certainty: str, derivation: str,
           anchor: int | None = None, value: str | None = None) -> Timex:
    span = span_of(spec) if spec is not None else None
    if span and c.mod in ("START", "MID", "END"):
        span = narrow(span, c.mod)
    if value is None:
        value = value_of(spec) if spec is not None else "XXXX-XX-XX"
    if span is None and certainty != "undated" and c.kind not in ("dur", "set", "ref"):
        certainty = "undated"
    return Timex(
        c.start, c.end, ctx.text[c.start:c.end], c.type, value, c.mod,  # type: ignore[arg-type]
        span[0] if span else None, span[1] if span else None,
        certainty if span else ("undated" if c.kind not in ("dur", "set", "ref") else "exact"),  # type: ignore[arg-type]
        derivation, anchor,
    )


class _BeyondCalendar(Exception):
    """An offset that lands outside years 1-9999: the expression is left undated."""


#: how an expression read in a story's year before 1 says where its year came from
STORY_BC = "story year"


#: the derivation of a month read in an old story a news text retells
_RETOLD = "retold account after"
#: the year of an aside about someone or of a bound, said before it in its sentence
_STORY_ASIDE_BEFORE = re.compile(r"(?i)(?:,\s*(?:who|which|whose|where|when|[a-z]+ed|built|born|begun|made|set\s+up)\b[^,;]*"
                                 r"|\bsince\b[^,;.]*)$")  # ", founded in 1990," is an aside too
#: what a clause says after its month when it looks ahead ("duty changes in August would raise costs")
_WOULD_AFTER = re.compile(r"(?i)[^,;.]{0,60}?\b(?:would|will|shall|is\s+due|are\s+due)\b")
_BOUND_BEFORE = re.compile(r"(?i)\b(?:since|born|until|till|by|before|after|from|to)\s+(?:the\s+|early\s+|late\s+)?(?:(?:in|on)\s+)?$")
#: how long before the document's date a paragraph's opening year must be for the paragraph to be
#: a history rather than the background of the news (a decade: a career's or a firm's recent past
#: reaches into the news's year, a building's or a town's past does not)
_HISTORY_YEARS = 10
#: a person's birth date said just before it: a life's start, no time the story returns to
_LIFE_DATE_BEFORE = re.compile(r"(?i)\b(?:born|b\.)\s+(?:in\s+|on\s+)?$")
#: a participle that dates a record or a find, just before its date: "letters found in 1887",
#: "a map drawn in 1702", "photographs published in 1958" (the record's date, not the story's time)
_RECORD_DATED = re.compile(
    r"(?i)\b(?:found|discovered|unearthed|excavated|published|printed|reprinted|written|recorded|dated|"
    r"released|declassified|drawn|painted|photographed|filmed|compiled|catalogued|cataloged)\s+(?:in|on)\s+$")


class Resolver:
    """Walks the candidates in text order, keeping the narrative state (last dated expression)."""

    def __init__(self, ctx: Context, upcoming: list[Cand] | None = None) -> None:
        self.ctx = ctx
        #: every candidate of the text, in order, so a year can be checked against what follows it
        self.upcoming = upcoming or []
        self._starts: list[int] | None = None
        self._next = 0
        self.out: list[Timex] = []
        self.last_dated: int | None = None  # index in out: the story's current time
        self.last_mentioned: int | None = None  # the last dated expression, incidental or not
        self.last_explicit: int | None = None  # index of the last date stated with its year
        self.cands: list[Cand] = []  # the candidate each output came from
        self.last_point: int | None = None  # index of the last time point, when it is undated
        #: the last decade or century named ("the 1960s"): never the story's time, but what "a
        #: decade later" counts from when nothing finer was named since
        self.last_coarse: int | None = None
        #: the last year stated before 1 ("June 479 BC"): ``date`` has no such day, so it never
        #: becomes ``last_dated``; a yearless "the winter" after it is in its year
        self.bc_point: tuple[int, Spec] | None = None
        #: while a range is resolved, its first end: the second end's weekday counts from it
        self._range_first: Timex | None = None
        #: timelines: the first line of the run each entry line is in; the last dated heading (a
        #: diary's or a log's day); how far the search for the first day named has got, and what it found
        self._runs: dict[int, int] = {}
        self.last_heading: int | None = None
        self._first_scan = 0
        self._first_other: int | None = None
        #: the weekday headings of a listing read so far (indices into ``out``): each is after the last
        self._listing_days: list[int] = []

    # -- helpers --------------------------------------------------------------------------------
    def _dct_certainty(self) -> str:
        return "inferred" if self.ctx.dct_inferred else "exact"

    def _story_span(self) -> tuple[date, date] | None:
        """The story's current time: the last dated point, all of "1944" when that is all we know
        (also after "late 1944": the story is in that year), the first end of a range."""
        if self.last_dated is None:
            return None
        prev = self.out[self.last_dated]
        c = self.cands[self.last_dated]
        if c.kind == "abs" and c.mod in ("START", "MID", "END") and c.spec is not None and not c.parts:
            whole = span_of(c.spec)
            if whole is not None:
                return whole
        first = prev.parts[0] if prev.parts else prev
        if first.begin is None or first.end_day is None:
            return None
        return first.begin, first.end_day

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
            spec = nxt.spec if not nxt.parts else nxt.parts[0].spec
            if nxt.kind != "abs" or spec is None or spec.year is None or spec.gran in ("DE", "CE"):
                continue
            if looks_back(self.ctx.text, _sentence_of(self.ctx, nxt.start)[0], nxt):
                # "In 1957 she became …. Two years later she moved to a town the government had chosen
                # in 1955": a year told in the past perfect looks back; it is no return to the story's time
                continue
            if _LIFE_DATE_BEFORE.search(self.ctx.text[max(0, nxt.start - 16):nxt.start]):
                continue  # "the chronicler, who was born in 1398": a birth year is no return either
            then = -spec.year if spec.bc else spec.year
            return abs(then - here) < abs(year - here) and abs(then - year) > 1
        return False

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

    def _story_end(self) -> date | None:
        span = self._story_span()
        return span[1] if span else None

    def _reference(self, c: Cand) -> tuple[date | None, str, bool]:
        """The date an underspecified expression is read against, and how to describe it."""
        ctx = self.ctx
        # a year stated earlier in the same sentence wins even in news ("in 1998 ... on March 3")
        if self.last_dated is not None:
            prev = self.out[self.last_dated]
            sa, _ = _sentence_of(ctx, c.start)
            same_sentence = prev.start >= sa and self.last_dated == self.last_explicit
            if same_sentence and not ctx.narrative and ctx.dct is not None and prev.end_day is not None \
                    and prev.end_day < ctx.dct and _WILL.search(ctx.text[prev.end:c.start]):
                same_sentence = False  # "joined in July 1997, will join NATO on March 12": the future is after the report
            if same_sentence and not ctx.narrative and ctx.dct is not None \
                    and is_incidental(ctx.text, sa, self.cands[self.last_dated], ctx.quotes):
                same_sentence = False  # "the board, founded in 1998, met on March 3": an aside names no year for it
            if same_sentence and not ctx.narrative and ctx.dct is not None \
                    and _year_of_a_modifier(ctx.text, sa, self.cands[self.last_dated]):
                same_sentence = False  # "the fund, set up in 1996 by doctors, paid out on Oct. 4": the year dates the fund
            if same_sentence and not ctx.narrative and ctx.dct is not None and c.rel in _DEICTIC_RELS \
                    and not _ANAPHORIC_THE.search(ctx.text[max(0, c.start - 5):c.start]):
                # "joined in 1990 and became chairman last May": news counts "last"/"next"/"this" from
                # the report, not from a year the sentence named ("the next May" after it does)
                same_sentence = False
            if not same_sentence and not ctx.narrative and self._same_past_account(prev, c):
                same_sentence = True  # a paragraph of dated news that retells a past night or season
            if not same_sentence and not ctx.narrative and self._in_old_passage(prev, c):
                same_sentence = True  # a paragraph of dated news that tells a history of years ago
            story = self._story_span()
            told_just_before = prev.start >= (_sentence_of(ctx, sa - 1)[0] if sa > 0 else 0)
            if story is not None and c.rel == "next" and told_just_before \
                    and _ANAPHORIC_THE.search(ctx.text[max(0, c.start - 5):c.start]):
                # "moved to Leeds in 1998. The next May it returned": the May after the time just told
                # (in this or the sentence before), in news as in a story; counted from the end of
                # that time, so after "1998" it is May 1999
                return story[1], f"after previous date {prev.value}", True
            writers = ctx.narrative and ctx.dct is not None and not ctx.dct_inferred and not same_sentence \
                and not _inside_quotes(ctx, c.start) \
                and (c.rel in _DEICTIC_RELS or c.kind == "under" and _plainly_future(ctx, c.start, reported=False))
            # "last autumn", "next May", "will open in late September" outside quotes are the writer's,
            # told from a date the page gives, even in a passage that tells old years
            if (ctx.narrative or same_sentence or ctx.dct is None) and story is not None and not writers:
                if not ctx.narrative and not same_sentence and ctx.dct is None and (
                        _is_writers_now(c) or c.kind == "under" and _plainly_future(ctx, c.start, reported=False)
                        or self._incidental_story_year()):
                    # news without a date: "said Thursday", "last February" are the writer's, not
                    # the last date the article named, and so is the writer's own future ("the
                    # funeral will be held on April 24" after a life told in past years), and a
                    # year the text named only in an aside ("ending a drought that began in 2011")
                    # is no time of the news: they wait for the document's date
                    return None, "", False
                return story[0], f"previous date {prev.value}", True
        if ctx.dct is not None:
            return ctx.dct, f"document date {ctx.dct.isoformat()}", False
        return None, "", False

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
        if not self._tells_the_account(c):
            return False
        if _inside_quotes(ctx, c.start) or _inside_quotes(ctx, prev.start):
            return False
        between = ctx.text[told.end:c.start]
        if _WRITERS_NOW_WORDS.search(between) or not self._paragraphs_go_on(told.end, c):
            return False
        src = self.cands[start]
        if is_incidental(ctx.text, _sentence_of(ctx, src.start)[0], src, ctx.quotes):
            return False  # "since 2023", "born in 1951": no story's time
        if c.kind == "under" and _plainly_future(ctx, c.start, reported=False):
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
        for m in _PARAGRAPH_BREAK.finditer(text, since, c.start):
            i = bisect.bisect_left(starts, m.end())
            first = self.upcoming[i] if i < len(self.upcoming) else None
            if first is None or first.start > c.start or not (
                    first.kind == "prev" or first.kind == "dct" and first.type == "TIME" and not first.n
                    and ":" in (first.value or "")):
                return False
        return True

    def _listing_heading_day(self, c: Cand) -> Timex | None:
        """A weekday standing alone on its line over lines that open with clock times ("FRIDAY" /
        "7.30pm Quiz at the Swan" / "9pm Live jazz"): the heading of a what's-on listing or a
        schedule, which lists days to come: the first such day on or after the document's date, and
        each later heading after the one before it. Entries told in the past ("9pm The storm hit")
        make it a timeline of what happened, left to the rules for those."""
        ctx = self.ctx
        assert c.spec is not None and c.spec.weekday is not None and ctx.dct is not None
        if _LISTING_HEADING.fullmatch(ctx.text, ctx.text.rfind("\n", 0, c.start) + 1, c.start) is None:
            return None
        line_end = ctx.text.find("\n", c.end)
        if line_end < 0 or ctx.text[c.end:line_end].strip(" \t:.-–—") != "":
            return None
        entry = _LISTING_ENTRY.match(ctx.text, line_end + 1)
        if entry is None or _PAST_ENTRY.search(entry.group(0)):
            return None
        base = ctx.dct
        before = self._listing_days[-1] if self._listing_days else None
        if before is not None and isinstance(self.out[before].begin, date):
            base = max(base, self.out[before].begin + timedelta(days=1))  # type: ignore[operator]
        day = base + timedelta(days=(c.spec.weekday - base.weekday()) % 7)
        if day > MAX_DAY:
            return None
        self._listing_days.append(len(self.out))
        return _timex(ctx, c, spec_of_day(day), self._dct_certainty(),
                      f"{_LISTING_DAY} {base.isoformat()}", anchor=before)

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
                or t.end_day.year > ctx.dct.year - _HISTORY_YEARS or _inside_quotes(ctx, c.start):
            return False
        sa = _sentence_of(ctx, c.start)[0]
        clause = ctx.text[sa:c.start]
        if re.search(r"[,(\[;:—–]|\b(?:which|who|whose|that)\b", clause) or tense_at(ctx, c.start) != "past" \
                or _year_of_a_modifier(ctx.text, sa, c):
            return False  # "Under a program approved by the board in 1987, ...": the year dates the program
        para = _paragraph_start(ctx.text, c.start)
        return not any(o.start >= para and o.begin is not None for o in self.out[:-1])

    def _in_old_passage(self, prev: Timex, c: Cand) -> bool:
        """A yearless date or a step ("On 12 March", "In June", "the next year") in the paragraph a
        history opened (see :meth:`_opens_old_passage`), told in the past with nothing of the
        writer's now between: it is the history's, not the news's (news or narrative is decided per
        passage). ``prev`` is the story's current time and must be in that paragraph."""
        ctx = self.ctx
        if ctx.dct is None or self.last_dated is None or _inside_quotes(ctx, c.start):
            return False
        spec = c.spec
        bare = c.kind == "under" and spec is not None and spec.year is None and c.rel is None \
            and spec.weekday is None and (spec.month is not None or spec.season is not None)
        if not (bare or c.kind == "prev" or c.rel == "that_year"):
            return False
        if tense_at(ctx, c.start) != "past":
            return False
        para = _paragraph_start(ctx.text, c.start)
        opener = next((i for i, o in enumerate(self.out) if o.start >= para and o.begin is not None), None)
        if opener is None or prev.start < self.out[opener].start or not self._opens_old_passage_at(opener) \
                or not isinstance(prev.end_day, date) or prev.end_day.year > ctx.dct.year - _HISTORY_YEARS:
            return False  # the passage has come up to recent years ("last inspected in August 2025")
        if _WRITERS_NOW_WORDS.search(ctx.text[self.out[opener].end:c.start]):
            return False
        i = bisect.bisect_right(self._starts_of_upcoming(), self.out[opener].end)
        for u in self.upcoming[i:]:
            if u.start >= c.start:
                break
            if u.kind == "dct" or (u.spec is not None and u.spec.weekday is not None and u.spec.month is None) \
                    or u.rel in _DEICTIC_RELS:
                return False  # "on Saturday", "last week": the writer's again
        return True

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
            if u.spec is None:
                continue
            if u.kind == "abs" and u.spec.year is not None and u.spec.gran not in ("DE", "CE"):
                return i
            if u.kind == "under" and u.rel in _WRITERS_YEAR and u.spec.month is not None:
                return i
        return None

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
        return _timex(self.ctx, c, self._offset_spec(day, c), "inferred", f"{_ACCOUNT_DAY} {prev.value}",
                      self.last_dated)

    def _after_evening(self, day: date, c: Cand) -> date:
        """``day``, or the day after it when ``c`` is a small-hours clock time ("by 2 a.m.") told after an
        evening time of ``day`` ("at 11 p.m. on March 9") in its sentence or the two before."""
        clock = re.fullmatch(r"(\d\d):\d\d", c.value or "")
        if clock is None or int(clock[1]) >= 6 or day >= MAX_DAY:
            return day
        sa = _sentence_of(self.ctx, c.start)[0]
        for _ in range(2):
            back = len(self.ctx.text[:sa].rstrip()) - 1
            if back >= 0:
                sa = _sentence_of(self.ctx, back)[0]
        for t in reversed(self.out):
            if t.start < sa:
                break
            last = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d):\d\d", t.value)
            if t.type == "TIME" and last is not None:
                if last[1] == day.isoformat() and int(last[2]) >= 18:
                    return day + timedelta(days=1)
                return day
        return day

    def _starts_of_upcoming(self) -> list[int]:
        if self._starts is None:
            self._starts = [u.start for u in self.upcoming]
        return self._starts

    def _incidental_story_year(self) -> bool:
        """The story's time was set by a year said in an aside (a relative clause, "since <year>", a
        birth year, a parenthesis, a quotation), as :func:`is_incidental` reads it."""
        if self.last_explicit is None or self.last_dated != self.last_explicit:
            return False
        prev = self.cands[self.last_explicit]
        return is_incidental(self.ctx.text, _sentence_of(self.ctx, prev.start)[0], prev, self.ctx.quotes)

    def _cert_for(self, from_narrative: bool) -> str:
        if from_narrative:
            return "inferred"
        return self._dct_certainty()

    def _cand_after(self, c: Cand) -> Cand | None:
        """The first candidate that starts at or after ``c``'s end (the candidates are in text order)."""
        if self._starts is None:
            self._starts = [u.start for u in self.upcoming]
        i = bisect.bisect_left(self._starts, c.end)
        return self.upcoming[i] if i < len(self.upcoming) else None

    def _day_just_before(self, c: Cand, gap: re.Pattern[str]) -> tuple[Timex, int] | None:
        """The output right before ``c`` in its sentence, when it names one day and only ``gap``
        stands between them ("tomorrow at 12pm", "May 5 (Tues"): ``c`` is said of that day."""
        if not self.out:
            return None
        prev = self.out[-1]
        if prev.end > c.start or prev.certainty == "undated" or prev.type not in ("DATE", "TIME"):
            return None
        if not gap.fullmatch(self.ctx.text[prev.end:c.start]) or prev.start < _sentence_of(self.ctx, c.start)[0]:
            return None
        return prev, len(self.out) - 1

    def _undated_day_just_before(self, c: Cand) -> str | None:
        """The value of the undated day ("XXXX-03-14", "XXXX-WXX-2") said right before the clock time
        ``c`` in its sentence, with only ``at``/a comma between them; else None."""
        if not self.out:
            return None
        prev = self.out[-1]
        if prev.end > c.start or prev.certainty != "undated" or prev.type != "DATE" \
                or not re.fullmatch(r"XXXX-(?:\d\d-\d\d|WXX-\d)", prev.value):
            return None
        if not _CLOCK_AFTER_DAY.fullmatch(self.ctx.text, prev.end, c.start) or prev.start < _sentence_of(self.ctx, c.start)[0]:
            return None
        return prev.value

    def _weekday_near(self, c: Cand) -> Timex | None:
        """A bare weekday listed with a day ("this Friday, Saturday", "May 5 - 6 (Tues-Wed)"): the
        occurrence nearest that day, not one counted from the document date; the second end of a
        range of weekdays that would end before it begins: the first such day after its first end."""
        assert c.spec is not None
        first = self._range_first
        if first is not None and isinstance(first.begin, date) and first.begin == first.end_day:
            base, anchor, how = first.begin, None, f"after {first.value}"
            days = range(0, 7)
        else:
            got = self._day_just_before(c, _WEEKDAY_AFTER_DAY)
            if got is None:
                return None
            prev, anchor = got
            pc = self.cands[anchor]
            head = pc.list_head if pc.list_head is not None else (pc.parts[0].list_head if pc.parts else None)
            day = prev.parts[0] if prev.parts else prev
            base = day.begin  # type: ignore[assignment]
            if head is not None:
                # "May 2 - 3, 9 - 10 (Sat-Sun)": the days of the whole list, from its first
                for t in self.out:
                    if t.start == head.start and isinstance(t.begin, date):
                        base = t.begin
                        break
            if not isinstance(base, date) or not isinstance(day.end_day, date) or day.begin != day.end_day and not prev.parts:
                return None
            how = f"beside {prev.value}"
            days = range(-3, 4)
        for k in sorted(days, key=abs):
            if not MIN_DAY.toordinal() <= base.toordinal() + k <= MAX_DAY.toordinal():
                continue  # the calendar's edge
            d = base + timedelta(days=k)
            if d.weekday() == c.spec.weekday:
                return _timex(self.ctx, c, c.spec.with_(year=d.year, month=d.month, day=d.day), "inferred", how, anchor)
        return None

    # -- per kind -------------------------------------------------------------------------------
    def add(self, c: Cand) -> None:
        ctx = self.ctx
        if ctx.passages is not None:
            ctx.narrative = narrative_at(ctx.passages, c.start)
        if c.rel in ("short_year", "story_only") and not ctx.narrative:
            return  # "in 204 Main Street": outside a history a three-digit number is no year
        if c.kind == "ref" and c.rel == "the time" and ctx.narrative:
            story = self._story_span()
            if story is None:
                return  # a history that has told no date yet: "the time" points at nothing
            # "the largest navy in the world at the time": the story's year, as WikiWars writes it;
            # it names no new point, so the story's state stays as it was
            self.out.append(_timex(ctx, c, Spec("Y", year=story[0].year), "inferred", "the story's year",
                                   anchor=self.last_dated))
            self.cands.append(c)
            return
        t = self._resolve(c)
        self.out.append(t)
        self.cands.append(c)
        if t.type == "DATE" and isinstance(t.begin, date) and t.begin == t.end_day and not c.parts \
                and _DIARY_DAY.search(t.text) and is_heading(ctx.text, t.start, t.end):
            # "Wednesday 9 March, La Paz" heading a diary entry: what the entry says of "today",
            # "tomorrow" or "this morning" is said on that day, until the next such heading
            ctx.dct = t.begin
            self.last_heading = len(self.out) - 1
        if c.kind == "abs" and not c.parts and year_in_name(ctx.text, c.start, c.end):
            return  # "since the War of 1812", "the Class of 2010": a name, not a time the text is at
        if c.kind == "abs" and self.last_dated is None and opens_no_story(ctx.text, c):
            return  # "Est. May 19, 1883" on the masthead, "since 1989": no time the text's story is at
        coarse = _coarser_than_year(t.value)
        if t.begin is not None and t.type in ("DATE", "TIME") and t.certainty != "undated" and c.kind != "dur" \
                and not coarse:
            self.last_mentioned = len(self.out) - 1
        if coarse:
            # "the fabled 11th century temple", "in the 1990s": a decade or a century is no point the
            # story stands at, so "this year" or "in January" never count from it; only "a decade
            # later" may (see ``_from_prev``)
            if t.begin is not None and t.certainty != "undated":
                self.last_coarse = len(self.out) - 1
            return
        if t.derivation.endswith(", looking back"):
            return  # a flashback or a comparison: the story stays where it was
        if c.kind == "abs" and c.spec is not None and c.spec.bc and c.spec.year is not None and not c.parts \
                and c.spec.gran in ("Y", "S", "M", "D") \
                and not is_incidental(ctx.text, _sentence_of(ctx, c.start)[0], c, ctx.quotes):
            self.bc_point = (len(self.out) - 1, c.spec)
        if c.kind == "dct" and ctx.narrative and self.last_dated is not None:
            return  # the writer's "this year" is not a step of the story
        if c.kind in ("abs", "under") and self.last_dated is not None and t.begin is not None \
                and is_incidental(ctx.text, _sentence_of(ctx, c.start)[0], c, ctx.quotes) \
                and not self._opens_old_passage(c, t):
            return  # a citation, a birth year, a plan: the story's time stays where it was
        if c.kind == "abs" and ctx.narrative and self._stray(c):
            return
        if c.kind == "prev" and (c.n or 0) < 0 and ctx.narrative:
            return  # "during the previous year" looks back; the story does not go with it
        if c.kind == "abs" and self.last_dated is not None and t.begin is not None and t.end_day is not None:
            prev = self.out[self.last_dated]
            if prev.begin is not None and prev.end_day is not None and t.begin <= prev.begin \
                    and prev.end_day <= t.end_day and (prev.begin, prev.end_day) != (t.begin, t.end_day):
                return  # "1941" after "December 7": the story is still on that day
        if t.type in ("DATE", "TIME") and c.kind in ("abs", "under", "prev") and not c.parts:
            self.last_point = len(self.out) - 1 if t.certainty == "undated" else None
        if t.begin is not None and t.type in ("DATE", "TIME") and t.certainty != "undated" and c.kind != "dur":
            self.last_dated = len(self.out) - 1
            if c.kind == "abs":
                self.last_explicit = self.last_dated

    def _resolve(self, c: Cand) -> Timex:
        if c.range_to is not None or c.open_end:
            return self._range(c)
        try:
            return self._single(c)
        except _BeyondCalendar:  # "9999 years ago": no day the calendar has, so no date, not year 1
            return _timex(self.ctx, c, None, "undated", "beyond the calendar (years 1-9999)", value=_undated_value(c))

    def _single(self, c: Cand) -> Timex:
        ctx = self.ctx
        year_after = _year_said_after(ctx.text, c)
        if year_after is not None:
            # "Juneteenth last year", "June 19 next year": the year said right after the day is
            # its year, counted like "June last year" (the writer's years, or the story's)
            c = replace(c, rel=year_after)
            if c.value and c.value.startswith("HOLIDAY:"):
                return self._holiday_in_writers_year(c, c.value.split(":", 1)[1])
            return self._writers_year(c)
        if c.value and c.value.startswith("HOLIDAY:") and c.spec is not None:
            return self._holiday(c, c.value.split(":", 1)[1])
        if c.kind == "abs":
            assert c.spec is not None
            return _timex(ctx, c, c.spec, "exact", "explicit", value=c.value)
        if c.kind == "under":
            assert c.spec is not None
            bc = self._bc_story(c)
            if bc is not None:
                return bc
            if c.rel == "that_year":
                return self._that_year(c)
            year_of = _QUARTER_YEAR_AFTER.match(ctx.text, c.end) if c.rel == "quarter" and c.spec.year is None else None
            if year_of is not None:
                # "the third quarter in 2017", "the second quarter of the fiscal year ended March 31,
                # 2015": the year said right after the quarter is its year (a fiscal year by the
                # calendar year it ends in, as TimeBank labels fiscal quarters)
                return _timex(ctx, c, c.spec.with_(year=int(year_of.group(1))), "exact", "the year said after it")
            if c.rel in _WRITERS_YEAR:
                return self._writers_year(c)
            if c.list_head is not None:
                head = self._single(c.list_head)  # read alone: nothing it depends on is changed
                if isinstance(head.begin, date) and head.certainty != "undated":
                    return _timex(ctx, c, c.spec.with_(year=head.begin.year), head.certainty,
                                  f"listed with {head.value}")
            if c.spec.weekday is not None and c.spec.month is None and c.rel is None:
                near = self._weekday_near(c)
                if near is not None:
                    return near
            ref, how, narr = self._reference(c)
            weekday = c.spec.weekday is not None and c.spec.month is None
            if weekday and narr and self._story_span() is not None and len(set(self._story_span() or ())) > 1:
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
                        return _timex(ctx, c, spec, "inferred", f"in the week of the day named, {named.value}", anchor=told)
                c = replace(c, rel=None)
            told = self._last_named_day(c.start) if weekday and c.rel is None and (ctx.dct is None or ctx.dct_inferred) else None
            if told is not None and tense_at(ctx, c.start) in ("past", None) and tense_at(ctx, self.out[told].start) == "past" \
                    and moves_on_from(ctx.text, self.out[told].end, c.start):
                # "met on 1 March 2021 to settle the price. On Tuesday the builders signed", with no
                # document date given: the Tuesday after, as narrative time moves, not one before a
                # report date guessed from that very day (a day told as past: a bond "due March 1,
                # 2011" starts no story)
                named = self.out[told]
                assert isinstance(named.begin, date)
                spec = resolve_under(c.spec, named.begin, None, None, True)
                if spec is not None:
                    return _timex(ctx, c, spec, "inferred", f"told after the day named, {named.value}", anchor=told)
            named_day = self._last_named_day(c.start) if weekday and c.rel == "previous" else None
            if named_day is not None and (ref is None or self.out[named_day].begin <= ref):
                # "down 4.5% from the previous Friday" after "Friday": the one before the day just
                # named (anaphoric, as TimeML reads "previous"), not before the report
                named = self.out[named_day]
                assert isinstance(named.begin, date)
                spec = resolve_under(c.spec, named.begin, "past", "previous", False)
                if spec is not None:
                    return _timex(ctx, c, spec, "inferred", f"before the day named, {named.value}", anchor=named_day)
            if weekday and c.rel is None and ctx.dct is not None and not narr:
                listed = self._listing_heading_day(c)
                if listed is not None:
                    return listed
                ahead = self._weekday_ahead_of_day(c)
                if ahead is not None:
                    return ahead
            if ref is None:
                return _timex(ctx, c, None, "undated", "no reference date", DOCUMENT_ANCHOR, value=value_of(c.spec))
            if not narr and not ctx.narrative and c.rel is None and c.spec.month is not None and c.spec.weekday is None \
                    and c.spec.gran in ("M", "D") and c.spec.clock is None and c.spec.part_of_day is None:
                retold = self._retold_month(c)
                if retold is not None:
                    return retold
            tense = tense_at(ctx, c.start)
            if c.spec.weekday is not None and c.spec.month is None and ctx.text.startswith("'s", c.end):
                tense = "past"  # "Wednesday's ruling", "Friday's close": news names a day's event once it happened
            possessive = weekday and ctx.text.startswith("'s", c.end)
            # "said they would fight Wednesday's ruling": the reported plan is after the ruling, not the ruling after the report
            plain_future = not ctx.narrative and (_plainly_future(ctx, c.start, reported=not possessive) or (
                c.spec.weekday is None and schedules_month(ctx.text, _sentence_of(ctx, c.start)[0], c.start, c.end)))
            if plain_future:
                tense = "future"
            elif weekday and c.rel is None and tense == "past" and _weekday_deadline(ctx, c):
                tense = "future"
            elif c.rel is None and tense == "past" and not possessive and _condition_under_future(ctx, c):
                tense = "future"
            elif c.spec.weekday is None and _participle_with_agent(ctx, c.start):
                # "the targets set by the board in May": the participle governs the date, whatever
                # the verbs of the clauses around it ("It is unclear which ... will accept") say
                tense = "past"
            if tense is None and c.rel is None and not ctx.narrative \
                    and _SCHEDULE_VERB_BEFORE.search(ctx.text[max(0, c.start - 30):c.start]):
                tense = "future"  # "the haunted house opens on Halloween", "the show opens on March 3"
            named = self._weekday_named_before(c, ref, tense) if weekday and c.rel is None and not narr \
                and not ctx.narrative else None
            if named is not None:
                # "between 13:07 and 15:49 UTC on Tuesday 21 May ... The change on Tuesday": the
                # Tuesday the text has named with its date, not the one counted from the report
                day = self.out[named]
                assert isinstance(day.begin, date)
                return _timex(ctx, c, spec_of_day(day.begin), day.certainty if day.certainty == "exact" else "inferred",
                              f"the weekday named as {day.value}", anchor=named)
            # a weekday beside a dated dateline is still news: the tense says which side of it
            story_like = ctx.narrative or (narr and not weekday)
            if weekday and not narr:
                # a weekday counted from the document's date is news even inside a story-like passage
                # ("the revival, which opened on Tuesday night" in a review that retells 1987): the
                # tense says which side of that date, never "the next one" as a story moving on
                story_like = False
            if story_like and narr and c.rel is None and looks_back(ctx.text, _sentence_of(ctx, c.start)[0], c):
                back = self._looking_back(c.spec, self._story_end() or ref)
                if back is not None:
                    return _timex(ctx, c, back, "inferred", f"{how}, looking back", anchor=self.last_dated)
            strong_past = tense == "past" and (adjacent_past(ctx, c.start, c.end) and not _deadline_ahead(ctx, c)
                                               or _SAID_IN.search(ctx.text[max(0, c.start - 20):c.start]) is not None)
            # "closed until November 14", "unlikely before the autumn" with no past verb; a headline's
            # plan ("Prices to peak in June"): a time ahead
            open_until = tense == "future" and (_UNTIL.search(ctx.text[max(0, c.start - 12):c.start]) is not None
                                                or _headline_plan(ctx, c.start))
            if c.rel == "quarter" and not story_like and _COMPARED_FIGURE.search(ctx.text[max(0, c.start - 40):c.start]):
                # "sales would fall 8% from the fourth quarter", told in April: a figure is set
                # against a quarter with results, so one not yet begun this year is last year's
                tense = "past"
            spec = resolve_under(c.spec, ref, tense, c.rel, story_like,
                                 strong_past=strong_past,
                                 slack=0 if open_until else _slack(ctx, c, tense, strong_past, plain_future),
                                 ref_end=self._story_end() if narr else None,
                                 strong_future=plain_future or open_until,
                                 in_month=c.spec.gran == "M" and tense == "past"
                                 and bool(_IN_MONTH.search(ctx.text[max(0, c.start - 16):c.start]))
                                 and _past_verb_reaches(ctx, c.start))
            if spec is not None and c.rel is None and spec.year is not None and spec.weekday is None \
                    and _SINCE.search(ctx.text[max(0, c.start - 24):c.start]):
                sp = span_of(spec)
                if sp is not None and sp[0] > ref and spec.year > 1:
                    spec = spec.with_(year=spec.year - 1)  # "since February" said in January: last February
            if spec is None:
                return _timex(ctx, c, None, "undated", "no consistent reading", value=value_of(c.spec))
            why = f"{how} + {tense} tense" if tense and not c.rel else f"{how} + {c.rel}" if c.rel else how
            anchor = self.last_dated if narr else None
            return _timex(ctx, c, spec, self._cert_for(narr), why, anchor=anchor)
        if c.kind == "dct":
            return self._from_dct(c)
        if c.kind == "prev":
            return self._from_prev(c)
        if c.kind == "dur":
            return self._duration(c)
        if c.kind in ("ref", "set"):
            return Timex(c.start, c.end, ctx.text[c.start:c.end], c.type, c.value or "PRESENT_REF",  # type: ignore[arg-type]
                         c.mod, None, None, "exact", "explicit", None)
        raise ValueError(c.kind)

    def _weekday_named_before(self, c: Cand, ref: date, tense: str | None) -> int | None:
        """The day the text named earlier with this weekday and its date ("Tuesday 21 May"), when it
        is within a week of the reference on the side the tense allows; as an index into ``out``."""
        assert c.spec is not None
        for i in range(len(self.out) - 1, max(-1, len(self.out) - 40), -1):
            t = self.out[i]
            if c.start - t.end > 3000:
                return None
            if t.type != "DATE" or not isinstance(t.begin, date) or t.begin != t.end_day or t.certainty == "undated" \
                    or t.begin.weekday() != c.spec.weekday or not _WEEKDAY_WORD.search(t.text) \
                    or self.cands[i].spec is None or self.cands[i].spec.month is None:
                continue
            gap = (t.begin - ref).days
            if -7 <= gap <= 7 and not (tense == "past" and gap > 0) and not (tense == "future" and gap < 0):
                return i
        return None

    def _day_in_sentence(self, c: Cand, sentences: int = 1) -> int | None:
        """The single day named earlier in ``c``'s sentence (a date, or a clock time on a day), or in
        the ``sentences - 1`` sentences before it, as an index into ``out``; None when they name none.
        Never from before the line of a timeline's entry that ``c`` is in: the entry is of its own time."""
        sa, _ = _sentence_of(self.ctx, c.start)
        for _ in range(sentences - 1):
            back = len(self.ctx.text[:sa].rstrip()) - 1  # the previous sentence's last character
            if back >= 0:
                sa = _sentence_of(self.ctx, back)[0]
        line = self.ctx.text.rfind("\n", 0, c.start) + 1
        if line > sa and _ENTRY_CLOCK.match(self.ctx.text, line):
            sa = line
        for i in range(len(self.out) - 1, -1, -1):
            t = self.out[i]
            if t.start < sa:
                return None
            if t.type in ("DATE", "TIME") and isinstance(t.begin, date) and t.begin == t.end_day \
                    and t.certainty != "undated" and re.match(r"\d{4}-\d\d-\d\d", t.value) and not t.parts \
                    and not self.cands[i].kind == "dct":
                return i
        return None

    def _weekday_ahead_of_day(self, c: Cand) -> Timex | None:
        """ "Trading was thin on Friday ahead of a holiday on Monday", "shares rose on Friday before
        Monday's vote": a weekday that something was "ahead of" or "before", in a sentence that has
        named the day it happened, is the first such weekday after that day (the past tense of the
        sentence is the day's, not the weekday's)."""
        ctx = self.ctx
        assert c.spec is not None and c.spec.weekday is not None
        sa = _sentence_of(ctx, c.start)[0]
        if not _AHEAD_OF_BEFORE.search(ctx.text, max(sa, c.start - 60), c.start):
            return None
        named = self._day_in_sentence(c)
        day = self.out[named].begin if named is not None else None
        if not isinstance(day, date) or self.out[named].end > c.start:
            return None
        ahead = day + timedelta(days=(c.spec.weekday - day.weekday() - 1) % 7 + 1)
        spec = spec_of_day(ahead).with_(part_of_day=c.spec.part_of_day, clock=c.spec.clock)
        return _timex(ctx, c, spec, "inferred", f"the {NAMES_OF_DAYS[c.spec.weekday]} after {self.out[named].value}", named)

    def _opens_entry(self, c: Cand) -> bool:
        """Whether the clock time opens its line as a timeline's or a live blog's entry."""
        text = self.ctx.text
        line = text.rfind("\n", 0, c.start) + 1
        return _ENTRY_CLOCK.match(text, line) is not None and not text[line:c.start].strip(" \t-–—•*")

    def _timeline_day(self, c: Cand) -> int | None:
        """For a clock time opening a line of a timeline (a run of such lines): the day the text is
        about, as an index into ``out``. That is the dated heading over the run when there is one, else
        the first single day the text named before the run other than the document's own date (the
        headline's "outage of 21 May", the lead's "Late on Sunday 2 March"); None when the text named
        no such day, or the clock does not open a timeline's line."""
        text = self.ctx.text
        line = text.rfind("\n", 0, c.start) + 1
        run = self._runs.get(line)
        if run is None:
            run, seen = line, [line]
            for _ in range(200):  # the run's first entry: earlier lines that are entries (or blank)
                if run == 0:
                    break
                prev = text.rfind("\n", 0, run - 1) + 1
                if prev in self._runs:
                    run = self._runs[prev]  # the entry before is in a run already walked
                    break
                if text[prev:run].strip() and not _ENTRY_CLOCK.match(text, prev):
                    break
                run = prev
                seen.append(prev)
            self._runs.update((s, run) for s in seen)
        if self.last_heading is not None and self.out[self.last_heading].start < run:
            return self.last_heading
        # the first day named other than the document's own: scanned once, on from where it stopped
        while self._first_other is None and self._first_scan < len(self.out):
            i = self._first_scan
            t = self.out[i]
            if t.start >= run:
                break
            self._first_scan += 1
            if t.type == "DATE" and isinstance(t.begin, date) and t.begin == t.end_day and not t.parts \
                    and t.certainty != "undated" and self.cands[i].kind != "dct" and t.begin != self.ctx.dct \
                    and not is_heading(text, t.start, t.end):
                self._first_other = i
        if self._first_other is not None and self.out[self._first_other].start < run:
            return self._first_other
        return None

    def _last_named_day(self, pos: int) -> int | None:
        """The last single day the text named (a date, not a clock time or part of a day) in the
        stretch before ``pos``, as an index into ``out``."""
        for i in range(len(self.out) - 1, max(-1, len(self.out) - 6), -1):
            t = self.out[i]
            if pos - t.end > 1500:
                return None
            if t.type == "DATE" and isinstance(t.begin, date) and t.begin == t.end_day and t.certainty != "undated":
                return i
        return None

    def _writers_year(self, c: Cand) -> Timex:
        """ "January this year", "June last year", "the first half of next year": deictic, so in news
        counted from the document's date (undated, hanging on the document, while that is unknown),
        never from the last date the article named; in a narrative from the story's current year."""
        ctx = self.ctx
        assert c.spec is not None and c.rel is not None
        story = self._story_span()
        if ctx.narrative and story is not None:
            spec = resolve_under(c.spec, story[0], None, c.rel, True)
            prev = self.out[self.last_dated or 0]
            return _timex(ctx, c, spec, "inferred", f"story year {prev.value} + {c.rel}", anchor=self.last_dated)
        if ctx.dct is None:
            return _timex(ctx, c, None, "undated", "needs the document date", DOCUMENT_ANCHOR, value=value_of(c.spec))
        spec = resolve_under(c.spec, ctx.dct, None, c.rel, False)
        return _timex(ctx, c, spec, self._dct_certainty(), f"document date {ctx.dct.isoformat()} + {c.rel}")

    def _aside_passed_over(self, mentioned: int | None, c: Cand) -> int | None:
        """What "that autumn", "that May" at the head of a later sentence points to: the story's time
        when the last date named was an aside of an earlier sentence ("Letters found in 1887
        describe the relief. That autumn the league signed a truce": the autumn of the siege, not of
        1887), as yearless dates already skip such asides; within the aside's own sentence it is the
        date just named."""
        story = self.last_dated
        if mentioned is None or story is None or story >= mentioned:
            return mentioned
        ctx = self.ctx
        said = self.out[mentioned]
        sa = _sentence_of(ctx, said.start)[0]
        if said.start >= _sentence_of(ctx, c.start)[0]:
            return mentioned
        if not re.match(r"(?i)that\b", c_text := ctx.text[c.start:c.end]) or "year" in c_text.lower():
            return mentioned  # "May of that year", "that year": the year just named
        if not _RECORD_DATED.search(ctx.text[sa:said.start][-40:]):
            return mentioned  # "He was born in 1950. That spring ...": a life's date may be the time meant
        return story

    def _that_year(self, c: Cand) -> Timex:
        """ "3 May of that year", "October of the same year": the year of the date just named,
        in news as in a story (with none named, the document's)."""
        assert c.spec is not None
        which = self._aside_passed_over(self.last_mentioned, c)
        if which is not None and self._writers_own_day(which):
            which = self._year_told_before(which)  # "that summer" after "she said on Wednesday"
        named = self.out[which] if which is not None else None
        if named is not None and named.begin is not None and isinstance(named.begin, date):
            return _timex(self.ctx, c, c.spec.with_(year=named.begin.year), "inferred",
                          f"year of {named.value}", anchor=which)
        if self.bc_point is not None:
            index, story = self.bc_point
            return _timex(self.ctx, c, c.spec.with_(year=story.year, bc=True), "inferred",
                          f"{STORY_BC} {value_of(story)}", anchor=index)
        if self.ctx.dct is None:
            return _timex(self.ctx, c, None, "undated", "no year named", DOCUMENT_ANCHOR, value=value_of(c.spec))
        return _timex(self.ctx, c, c.spec.with_(year=self.ctx.dct.year), self._dct_certainty(),
                      f"document date {self.ctx.dct.isoformat()}")

    def _bc_story(self, c: Cand) -> Timex | None:
        """ "the winter", "in June" told after "479 BC" (and no later dated point): that year's,
        as the story's time. The calendar days are added with the stated year's (``tagger``)."""
        if self.bc_point is None:
            return None
        index, story = self.bc_point
        ctx = self.ctx
        if not ctx.narrative and ctx.dct is not None:
            # in news only "that summer" or the stated year's own sentence hang on it
            same_sentence = self.out[index].start >= _sentence_of(ctx, c.start)[0]
            if not (same_sentence or re.match(r"(?i)that\b", ctx.text[c.start:c.start + 5])):
                return None
        spec = c.spec
        assert spec is not None and story.year is not None
        if spec.year is not None or spec.gran not in ("S", "M", "D") or spec.weekday is not None and spec.month is None:
            return None
        if self.last_dated is not None and self.last_dated > index:
            return None  # the story has moved to a dated point since
        return _timex(self.ctx, c, spec.with_(year=story.year, bc=True), "inferred",
                      f"{STORY_BC} {value_of(story)}", anchor=index)

    def _holiday_in_writers_year(self, c: Cand, key: str) -> Timex:
        """A movable holiday with "last/this/next year" after it ("Thanksgiving last year"): its day
        in the year that names, counted as :meth:`_writers_year` counts it."""
        year = self._writers_year(replace(c, spec=Spec("Y"), value=None))
        if not isinstance(year.begin, date) or year.certainty == "undated":
            return _timex(self.ctx, c, None, "undated", "needs the document date", DOCUMENT_ANCHOR, value="XXXX-XX-XX")
        d = holiday_date(key, year.begin.year)
        if d is None:
            return _timex(self.ctx, c, None, "undated", "no calendar for that year", value="XXXX-XX-XX")
        return _timex(self.ctx, c, spec_of_day(d), year.certainty, f"holiday {key}, {year.derivation}", anchor=year.anchor)

    def _holiday(self, c: Cand, key: str) -> Timex:
        """A movable holiday ("Thanksgiving", "Election Day"): its day in the stated year, or in
        the year the tense points at, chosen among the occurrences around the reference date."""
        ctx = self.ctx
        assert c.spec is not None
        undated = "XXXX-XX-XX"
        if c.spec.year is not None:
            d = holiday_date(key, c.spec.year)
            if d is None:
                return _timex(ctx, c, None, "undated", "no calendar for that year", value=undated)
            return _timex(ctx, c, spec_of_day(d), "exact", f"holiday {key} {c.spec.year}")
        ref, how, narr = self._reference(c)
        if ref is None:
            return _timex(ctx, c, None, "undated", "no reference date", DOCUMENT_ANCHOR, value=undated)
        tense = tense_at(ctx, c.start)
        if tense is None and _SCHEDULE_VERB_BEFORE.search(ctx.text[max(0, c.start - 30):c.start]):
            tense = "future"  # "the haunted house opens on Halloween": a fixture told in the present
        opts = []
        for y in (ref.year - 1, ref.year, ref.year + 1):
            d = holiday_date(key, y)
            if d is not None:
                opts.append((spec_of_day(d), (d, d)))
        narrative = ctx.narrative or narr
        picked = choose(opts, ref, tense, c.rel, narrative, self._story_end() if narr else None)
        if picked and not narrative and c.rel is None and _distance(picked[1], ref) > 183:
            near = [o for o in opts if _distance(o[1], ref) <= 120]
            if near and not (tense == "past" and adjacent_past(ctx, c.start, c.end)):
                picked = min(near, key=lambda o: _distance(o[1], ref))
        if picked is None:
            return _timex(ctx, c, None, "undated", "no consistent reading", value=undated)
        return _timex(ctx, c, picked[0], self._cert_for(narr), f"holiday {key}, {how} + {c.rel or tense}",
                      anchor=self.last_dated if narr else None)

    def _offset_spec(self, base: date, c: Cand, gran_hint: str | None = None) -> Spec:
        assert c.unit is not None
        n = c.n or 0
        unit = c.unit
        if beyond_calendar(base, "W" if unit == "WE" else unit, n):
            raise _BeyondCalendar
        d = shift(base, "W" if unit == "WE" else unit, n)
        gran = unit
        if c.value == "ago" or c.kind == "prev":
            # "six weeks ago" is a week (TimeBank writes 1999-W47), "a decade ago" a year (so is "two
            # decades ago": the project's gold writes 2005 for it; a decade value was tried and undone)
            gran = {"DE": "Y", "CE": "Y"}.get(unit, unit) if c.value == "ago" else unit
        if gran_hint is not None:
            gran = gran_hint
        if c.value == ANNIVERSARY:
            gran = "D"  # "a year ago today" is a day
        s = spec_of_day(d, gran)
        if c.type == "TIME" and c.value and gran == "D":
            s = s.with_(clock=c.value) if ":" in c.value else s.with_(part_of_day=c.value)
        return s

    def _from_dct(self, c: Cand) -> Timex:
        ctx = self.ctx
        story = self._story_span()
        if ctx.narrative and c.type == "TIME" and not c.n and story is not None and story[0] == story[1]:
            # "at 5:30 PM" in a story is on the story's day, not on the day the text was written
            spec = self._offset_spec(story[0], c)
            return _timex(ctx, c, spec, "inferred", f"story day {story[0].isoformat()}", self.last_dated)
        entry = c.type == "TIME" and not c.n and ":" in (c.value or "") and self._opens_entry(c)
        timeline = self._timeline_day(c) if entry else None
        if timeline is not None:
            # "13:02 – A change was deployed" under "Timeline", in a report of an outage on Tuesday 21
            # May published a week later: the entries are on the day the report is about
            named = self.out[timeline]
            assert isinstance(named.begin, date)
            spec = self._offset_spec(named.begin, c)
            moved = self._past_midnight(spec)
            if moved is not None:
                later, index = moved
                return _timex(ctx, c, later, "inferred", f"{_PAST_MIDNIGHT} {self.out[index].value}", index)
            return _timex(ctx, c, spec, "inferred", f"{_TIMELINE_DAY} {named.value}", timeline)
        # a timeline's entry is the time of its own line: a day named in the entry before it is not its day
        bare_clock = c.type == "TIME" and not c.n and ":" in (c.value or "") and not entry \
            and not _NAMES_ITS_DAY.search(ctx.text, c.start, c.end)  # "06:00 today" is today's, whatever day was named
        day_here = self._day_in_sentence(c, 2) if bare_clock else None
        if day_here is not None and ctx.dct is not None and isinstance(self.out[day_here].begin, date) \
                and self.out[day_here].begin > ctx.dct and self.out[day_here].start < _sentence_of(ctx, c.start)[0] \
                and tense_at(ctx, c.start) == "past":
            # "... landfall late Thursday or early Friday, forecasters said. At 11 a.m., the storm was
            # 380 miles south": a forecast day of the sentence before is not the day of a time the
            # writer reports in the past
            day_here = None
        if day_here is None and bare_clock:
            told = self._account_clock(c)
            if told is not None:
                return told
        if day_here is not None:
            # "Saturday 29 June: the procession starts at 9.30 p.m.": a clock time in the sentence of a
            # day is a time of that day, in news too, not of the day the text was written; so is one
            # in the next sentence ("... turned back on Tuesday evening. It departed at 18:52 ...")
            named = self.out[day_here]
            assert isinstance(named.begin, date)
            spec = self._offset_spec(named.begin, c)
            if spec.clock is not None and spec.clock[:2] < "05" and named.type == "DATE" \
                    and _THAT_NIGHT.match(ctx.text, c.end) and named.begin < MAX_DAY:
                # "on 14 April ... At 02:20 that night": the small hours of that night are the next day
                spec = self._offset_spec(named.begin + timedelta(days=1), c)
                return _timex(ctx, c, spec, "inferred", f"{_SMALL_HOURS} {named.value}", day_here)
            later = self._after_evening(named.begin, c)
            if later != named.begin:
                # "at 11 p.m. on March 9 ... By 2 a.m.": the run of times went past midnight
                return _timex(ctx, c, self._offset_spec(later, c), "inferred", f"{_PAST_MIDNIGHT} {named.value}", day_here)
            return _timex(ctx, c, spec, "exact" if named.certainty == "exact" else "inferred",
                          f"day of {named.value}", day_here)
        the_night = c.type == "TIME" and not c.n and c.value == "NI" and c.unit == "D" \
            and _THE_NIGHT.fullmatch(ctx.text, c.start, c.end) is not None
        night_of = self._day_in_sentence(c, 1) if the_night else None
        if night_of is not None and isinstance(self.out[night_of].begin, date):
            # "made landfall on Monday and moved inland during the night": the night of the day just named
            named = self.out[night_of]
            assert isinstance(named.begin, date)
            return _timex(ctx, c, self._offset_spec(named.begin, c), "inferred", f"night of {named.value}", night_of)
        after_time = self._night_after_time(c) if the_night else None
        if after_time is not None:
            spec, index = after_time
            return _timex(ctx, c, spec, "inferred", f"the night after {self.out[index].value}", index)
        if ctx.narrative and story is not None and c.value == "ago" and c.n and c.unit in ("Y", "M", "D", "W") \
                and not _inside_quotes(ctx, c.start):
            # "had tricked him two years ago", told in 1975: counted from the story's time
            spec = self._offset_spec(story[0], c)
            return _timex(ctx, c, spec, "inferred", f"story time {self.out[self.last_dated or 0].value} {c.n:+g} {c.unit}",
                          self.last_dated)
        if ctx.narrative and not c.n and story is not None and c.unit in ("Y", "M"):
            # "the end of the year", "this year", "this month" in a story are the story's
            spec = spec_of_day(story[0], c.unit)
            return _timex(ctx, c, spec, "inferred", f"story time {self.out[self.last_dated or 0].value}",
                          self.last_dated)
        if c.type == "TIME" and c.value and ":" in c.value and not c.n and c.unit == "D" and ctx.dct is not None:
            nxt = self._cand_after(c)
            if nxt is not None and nxt.kind == "dct" and nxt.unit == "D" and nxt.n and nxt.type == "DATE" \
                    and nxt.value is None and _DAY_AFTER_CLOCK.fullmatch(ctx.text, c.end, nxt.start):
                # "up at 6:30 tmr": the clock is on the day named right after it
                day = ctx.dct + timedelta(days=int(nxt.n))
                return _timex(ctx, c, self._offset_spec(day, c), self._dct_certainty(),
                              f"on the day named after it (document date {nxt.n:+g} day)")
        if c.type == "TIME" and c.value and ":" in c.value and not c.n and c.unit == "D":
            nxt = self._cand_after(c)
            if nxt is not None and nxt.kind == "abs" and nxt.spec is not None and nxt.spec.gran == "D" \
                    and _DAY_AFTER_CLOCK.fullmatch(ctx.text, c.end, nxt.start):
                # "through midnight, December 12, 2022", "at 9 p.m. on March 3, 2021": the clock
                # is on the dated day said right after it, not on the document's
                span = span_of(nxt.spec)
                if span is not None:
                    return _timex(ctx, c, self._offset_spec(span[0], c), "exact", "on the day named after it")
        if c.type == "TIME" and c.value and ":" in c.value and not c.n and c.unit == "D":
            got = self._day_just_before(c, _CLOCK_AFTER_DAY)
            if got is not None:
                prev, index = got
                day = prev.parts[-1] if prev.parts else prev
                if isinstance(day.begin, date) and day.begin == day.end_day:
                    # "tomorrow at 12pm", "Sat-Sun 1:00pm-6:00pm": the clock is on the day just named
                    return _timex(ctx, c, self._offset_spec(day.begin, c), "inferred", f"on the day of {day.value}", index)
        if c.rel == "bare" and c.type == "TIME" and c.value and ctx.narrative and story is not None:
            # "at night", "at 19:00" in a story: a time of some day the text does not name here (with
            # no story time at all it hangs on the document's date, below, and moves when that is set)
            return _timex(ctx, c, None, "undated", "a time of day whose day is not said", value=f"XXXX-XX-XXT{c.value}")
        if ctx.dct is None and ctx.narrative and c.type == "DATE" and not c.n and c.unit == "D" \
                and ctx.text[c.start:c.end].lower() == "today" and not _inside_quotes(ctx, c.start) \
                and tense_at(ctx, c.start) is None:
            # "it is today one of the best-preserved canals": a history's narrator speaking of their own
            # present (TimeML's PRESENT_REF), no day of the story and none to set later
            return Timex(c.start, c.end, ctx.text[c.start:c.end], "DATE", "PRESENT_REF", None, None, None,
                         "exact", "the narrator's present", None)
        if ctx.dct is None:
            if c.type == "TIME" and c.value and re.fullmatch(r"\d\d:\d\d", c.value) and not c.n and c.unit == "D":
                # "on March 14 at 11 a.m." with no date to count from: the clock keeps its hour and
                # the day said just before it keeps its month and day (XXXX-03-14T11:00), as a
                # dated day would give them; alone it is a time of some day (XXXX-XX-XXT11:00)
                day = self._undated_day_just_before(c)
                return _timex(ctx, c, None, "undated", "needs the document date", DOCUMENT_ANCHOR,
                              value=f"{day or 'XXXX-XX-XX'}T{c.value}")
            return _timex(ctx, c, None, "undated", "needs the document date", DOCUMENT_ANCHOR,
                          value=_undated_value(c))
        if c.value == "the past" and ctx.narrative:
            # a story's "in the past year" is the year before its own moment, a stretch of time
            return self._duration(Cand(c.start, c.end, "dur", "DURATION", value=f"P1{c.unit}"))
        compared = self._last_year_compared(c)
        if compared is not None:
            spec, index = compared
            return _timex(ctx, c, spec, "inferred", f"the period compared with, after {self.out[index].value}", index)
        if c.value == NEW_YEAR and ctx.dct.month >= 11:
            c = replace(c, n=1)  # "in the new year", written in November or December: the year about to begin
        n = c.n or 0
        if c.unit == "WE" and c.rel is not None:
            tense = tense_at(ctx, c.start)
            if tense is None and c.rel == "the" and _THROUGH_BEFORE.search(ctx.text[max(0, c.start - 12):c.start]):
                tense = "future"  # "temperatures stay mild through the weekend": a state lasting into the one ahead
            n = weekend_offset(ctx.dct, c.rel, tense)
            c = Cand(c.start, c.end, c.kind, c.type, unit="WE", n=n)
        spec = self._offset_spec(ctx.dct, c)
        if c.value == "ago" and c.unit == "Y" and self.last_dated is not None:
            prev = self.out[self.last_dated]
            compared = self._compared_period(n)
            if compared is not None:
                spec = compared
            elif _gran_of_value(prev.value) == "M" and isinstance(prev.begin, date) and self._month_compared(c, prev):
                spec = spec_of_day(shift(prev.begin, "Y", n), "M")  # "prices rose in March from a year ago"
            elif _gran_of_value(prev.value) in ("Q", "H") and prev.begin is not None and (ctx.dct - prev.begin).days < 300:
                # earnings reports: "a year ago" compares with the quarter (or half) just named
                spec = spec_of_day(shift(prev.begin, "Y", n), _gran_of_value(prev.value))
        named = self._reported_period(c) if c.value == "quarter" else None
        if named is not None:
            # "profit in the first half fell from the same period last year", "sales in the third
            # quarter ... the year-ago quarter": the period just reported (or it a year back), not
            # the last quarter completed before the report
            prev = self.out[named]
            assert isinstance(prev.begin, date)
            back = (c.n or 0) < -1
            spec = spec_of_day(shift(prev.begin, "Y", -1) if back else prev.begin, _gran_of_value(prev.value))
            return _timex(ctx, c, spec, "inferred", f"{'a year before ' if back else ''}the reported period {prev.value}", named)
        if c.type == "TIME" and not n and c.unit == "D" and spec.clock is not None:
            moved = self._past_midnight(spec)
            if moved is not None:
                later, index = moved
                return _timex(ctx, c, later, "inferred", f"{_PAST_MIDNIGHT} {self.out[index].value}", index)
        sign = "+" if n >= 0 else "-"
        unit_name = {"D": "day", "W": "week", "WE": "weekend", "M": "month", "Q": "quarter", "Y": "year",
                     "DE": "decade", "CE": "century", "S": "season"}.get(c.unit or "", "unit")
        why = f"document date {ctx.dct.isoformat()} {sign} {abs(n):g} {unit_name}" if n else f"document date {ctx.dct.isoformat()} (this {unit_name})"
        return _timex(ctx, c, spec, self._dct_certainty(), why)

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
        if _gran_of_value(prev.value) == "D" and index > 0 and _PERIOD_ENDED_BEFORE.search(ctx.text, max(0, prev.start - 24), prev.start):
            named = self.out[index - 1]
            if _gran_of_value(named.value) in ("Q", "H") and isinstance(named.begin, date) \
                    and 0 <= prev.start - named.end <= 24:
                # "the fiscal first quarter ended Sept. 30": the quarter (labelled as the text labels
                # it), the one just reported however long ago its label's calendar quarter began
                return spec_of_day(shift(named.begin, "Y", -1), _gran_of_value(named.value))
            return None
        gran = _gran_of_value(prev.value)
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
        gran = _gran_of_value(prev.value)
        if gran not in ("Q", "H") or not isinstance(prev.begin, date) or (ctx.dct - prev.begin).days >= 300:
            return None
        start = _sentence_of(ctx, c.start)[0]
        back = len(ctx.text[:start].rstrip()) - 1
        if back >= 0:
            start = _sentence_of(ctx, back)[0]
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
        sa = _sentence_of(ctx, c.start)[0]
        if _MONTH_ENDS_PERIOD_BEFORE.search(ctx.text, max(sa, prev.start - 12), prev.start) \
                or _MONTH_ENDS_PERIOD_AFTER.match(ctx.text, prev.end):
            return False  # "the three months to September", "the September quarter": a longer period's end
        return prev.start >= sa and _COMPARED.search(ctx.text, prev.end, c.start) is not None

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
        prev = self.out[self.last_dated]
        gran = _gran_of_value(prev.value)
        if gran not in ("Q", "H") or gran == "H" and "period" not in ctx.text[c.start:c.end].lower():
            return None
        if _PERIOD_ENDED.match(ctx.text, c.end):
            return None  # "the quarter ended Sept. 30" is the one that ended then, whatever was named before
        if not isinstance(prev.begin, date) or not isinstance(prev.end_day, date) or prev.end_day >= ctx.dct \
                or (ctx.dct - prev.begin).days >= 300:
            return None
        sa = _sentence_of(ctx, c.start)[0]
        back = len(ctx.text[:sa].rstrip()) - 1
        if back >= 0:
            sa = _sentence_of(ctx, back)[0]
        return self.last_dated if prev.start >= sa else None

    def _night_after_time(self, c: Cand) -> tuple[Spec, int] | None:
        """ "The crew launched the raft at 10 p.m. on Saturday ... the search went on through the night":
        the night of the day of the last clock time told, in this sentence or the three before it (in
        its paragraph or the one before), when that time was said of a day and is past noon. A day
        named in between, or a time that fell on the document's own day by default, says nothing.
        Returns the night and the index of the time it follows."""
        ctx = self.ctx
        para = _paragraph_start(ctx.text, c.start)
        para = _paragraph_start(ctx.text, para - 1) if para > 0 else 0
        sa = _sentence_of(ctx, c.start)[0]
        for _ in range(3):
            back = len(ctx.text[:sa].rstrip()) - 1
            if back >= 0:
                sa = _sentence_of(ctx, back)[0]
        para = max(para, sa)
        for i in range(len(self.out) - 1, max(-1, len(self.out) - 8), -1):
            t = self.out[i]
            if t.start < para:
                return None
            if t.type == "DATE" and isinstance(t.begin, date) and t.begin == t.end_day:
                if not self._day_of_time_before(i):
                    return None  # a day named since
                continue  # "10 p.m. on Saturday": the day the time before it was said of
            last = re.fullmatch(r"\d{4}-\d\d-\d\dT(\d\d):\d\d", t.value)
            if t.type != "TIME" or last is None or not isinstance(t.begin, date):
                continue
            if t.derivation.endswith("(this day)") or t.derivation.startswith(_PAST_MIDNIGHT) \
                    or t.certainty == "undated" or int(last[1]) < 12:
                return None
            return self._offset_spec(t.begin, c), i
        return None

    def _day_of_time_before(self, i: int) -> bool:
        """Whether day ``i`` is the day of the clock time just before it ("10 p.m. on Saturday", marked as
        two expressions the TimeML way), so that it is no new day named after that time."""
        if i == 0:
            return False
        t, before = self.out[i], self.out[i - 1]
        joint = self.ctx.text[before.end:t.start]
        return before.type == "TIME" and before.begin == t.begin and re.fullmatch(r"(?i)\s*,?\s*(?:on|at)?\s*", joint) is not None

    def _past_midnight(self, spec: Spec) -> tuple[Spec, int] | None:
        """A clock time of the document's day (or of the day heading it) in a run of clock times, as a
        live blog or a timeline lists them: once the run has gone past midnight ("11.50pm", then
        "00:40") its later times are on the next day. A time in the small hours right after an
        evening one starts that day; a time not before the last one stays on the last one's day. A
        day named in between starts the run again; "4pm" told after "9pm" (no small hours) stays put.
        Returns the moved time and the index of the time it follows."""
        clock = re.fullmatch(r"(\d\d):(\d\d)", spec.clock or "")
        if clock is None or spec.year is None or spec.month is None or spec.day is None:
            return None
        for i in range(len(self.out) - 1, max(-1, len(self.out) - 8), -1):
            t = self.out[i]
            if t.type == "DATE" and isinstance(t.begin, date) and t.begin == t.end_day:
                return None  # a day named since the last time: the run starts again
            last = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)", t.value)
            if t.type != "TIME" or last is None:
                continue
            if not (t.derivation.startswith(_PAST_MIDNIGHT) or t.derivation.startswith(_TIMELINE_DAY)
                    or t.derivation.startswith("document date") and t.derivation.endswith("(this day)")):
                return None  # the last time was said of a day of its own ("noon on Saturday")
            here = date(spec.year, spec.month, spec.day)
            hour, minute = int(clock[1]), int(clock[2])
            try:
                # "24:00" is the midnight that ends its day
                before = datetime(int(last[1]), int(last[2]), int(last[3])) + timedelta(hours=int(last[4]), minutes=int(last[5]))
                if here > before.date() or hour > 23:
                    return None
                if (hour, minute) >= (before.hour, before.minute):
                    day = before.date()
                elif before.hour >= 18 and hour < 6:
                    day = before.date() + timedelta(days=1)
                else:
                    return None
            except (OverflowError, ValueError):
                return None  # the calendar's last day
            if day == here or day > MAX_DAY:
                return None
            return spec.with_(year=day.year, month=day.month, day=day.day), i
        return None

    def _bc_offset(self, c: Cand, anchor: int | None) -> Timex | None:
        """ "The following year", "a decade earlier", "two years later" told after "492 BC" (and no
        later dated point): years counted on the story's BC year, which ``date`` cannot hold. BC years
        run down, so a year later is one less ("491 BC"); the calendar days are added with the
        stated year's (``tagger``)."""
        if self.bc_point is None or c.unit not in ("Y", "DE") or not c.n or c.type != "DATE":
            return None
        index, story = self.bc_point
        if anchor is not None and anchor > index or story.year is None or story.gran not in ("Y", "S", "M", "D"):
            return None
        years = int(c.n) * (10 if c.unit == "DE" else 1)
        year = story.year - years  # story.year counts BC years: 492 BC is 492
        if year < 1 or year > 9999:
            return None  # into the years AD or out of the calendar: left to the rules that read those
        spec = Spec("Y", year=year, bc=True)
        return _timex(self.ctx, c, spec, "inferred", f"{STORY_BC} {value_of(story)} {years:+d} years", anchor=index)

    def _clock_offset(self, c: Cand) -> Timex:
        """ "14 minutes later", "two hours earlier": the clock time that many minutes or hours from
        the last clock time the text gave, in this sentence or the two before; without one, the
        stretch itself (a duration)."""
        ctx = self.ctx
        sa, _ = _sentence_of(ctx, c.start)
        for _ in range(2):
            back = len(ctx.text[:sa].rstrip()) - 1
            if back >= 0:
                sa = _sentence_of(ctx, back)[0]
        minutes = (c.n or 0) * (60 if c.unit == "TH" else 1)
        # only a told sequence of past events counts on ("declared an emergency 14 minutes later"); a
        # post's "reach home 2 hours later" says how long it took
        for i in range(len(self.out) - 1 if tense_at(ctx, c.start) == "past" else -1, -1, -1):
            t = self.out[i]
            if t.start < sa:
                break
            m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)", t.value)
            opened = ctx.text.rfind("(", sa, t.start)
            if opened >= 0 and ctx.text.find(")", opened, t.start) < 0:
                continue  # "18:52 local time (16:52 UTC)": the same moment in another zone
            if m and int(m[4]) < 24:
                when = datetime(int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5])) + timedelta(minutes=minutes)
                if not MIN_DAY <= when.date() <= MAX_DAY:
                    break
                spec = Spec("D", year=when.year, month=when.month, day=when.day, clock=f"{when.hour:02d}:{when.minute:02d}")
                return _timex(ctx, c, spec, t.certainty if t.certainty != "undated" else "inferred",
                              f"{t.value} {minutes:+g} minutes", i)
        # the stretch alone, without its "later", as TimeML marks a duration
        end = c.start + len(re.sub(r"(?i)[\s-]+(?:later|earlier)$", "", ctx.text[c.start:c.end]))
        return Timex(c.start, end, ctx.text[c.start:end], "DURATION", duration_value(abs(c.n or 0), c.unit or "TM"),
                     c.mod, None, None, "exact", "a stretch from no clock time", None)

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
        t, ci = self.out[i], self.cands[i]
        if _BOUND_BEFORE.search(ctx.text, max(0, t.start - 16), t.start) or names_a_level(ctx.text, t.end):
            return None  # "since 2015", "born in 1950", "the May 2007 high": a bound, a life, a level
        if not isinstance(t.begin, date) or t.begin.year > ctx.dct.year - 2 or ci.parts:
            return None
        told = ci.kind == "abs" and ci.spec is not None and ci.spec.gran in ("Y", "M", "D") and not ci.spec.bc
        if not (told or t.derivation.startswith(_RETOLD)) or told and c.spec.gran == "D":
            return None  # a day joins the story once it is told month by month, never straight from a year
        if told and "\n" in ctx.text[t.end:c.start]:
            return None  # a new paragraph goes on from a year only once the account is told month by month
        if _STORY_ASIDE_BEFORE.search(ctx.text, _sentence_of(ctx, t.start)[0], t.start) \
                or _WOULD_AFTER.match(ctx.text, c.end):
            return None  # ", who joined in 2019,", "since 2011": an aside; "in August would raise": a plan
        start = _sentence_of(ctx, c.start)[0]
        for _ in range(2):
            back = len(ctx.text[:start].rstrip()) - 1
            if back >= 0:
                start = _sentence_of(ctx, back)[0]
        if t.start < start or tense_at(ctx, c.start) != "past":
            return None
        year = t.begin.year
        if ci.spec is not None and ci.spec.gran != "Y" and (t.begin.month, t.begin.day if ci.spec.gran == "D" else 0) \
                > (c.spec.month, c.spec.day or 0):
            year += 1
        if year >= ctx.dct.year:
            return None
        return _timex(ctx, c, c.spec.with_(year=year), "inferred", f"{_RETOLD} {t.value}", anchor=i)

    def _writers_own_day(self, i: int) -> bool:
        """Whether expression ``i`` is a day counted from the document date, the day the words were
        written or said ("on Wednesday, she said", "told reporters yesterday"). "That year" or
        "that summer" after it points past it: "that" is the year of the story being told, never the
        writer's present year (which would be "this year")."""
        ci = self.cands[i]
        if self.ctx.dct is None or self.ctx.narrative or not isinstance(self.out[i].begin, date):
            return False
        if ci.kind == "dct":
            return ci.unit == "D"
        return ci.kind == "under" and ci.spec is not None and ci.spec.weekday is not None and ci.spec.month is None

    def _year_told_before(self, i: int) -> int | None:
        """The last expression before ``i`` that states a year other than the document's own (as an
        index into ``out``), or None: the year a "that year" after the writer's day goes back to."""
        dct = self.ctx.dct
        for j in range(i - 1, -1, -1):
            cj, tj = self.cands[j], self.out[j]
            if cj.kind == "abs" and cj.spec is not None and cj.spec.year is not None and cj.spec.gran not in ("DE", "CE") \
                    and isinstance(tj.begin, date) and dct is not None and tj.begin.year != dct.year:
                return j
        return None

    def _from_prev(self, c: Cand) -> Timex:
        ctx = self.ctx
        if c.unit in ("TM", "TH"):
            return self._clock_offset(c)
        anchor = self.last_dated
        if not c.n and c.unit != "S" and self.last_mentioned is not None:
            anchor = self.last_mentioned  # "later that year", "the same day": the date just named, aside or not
        if c.n and c.unit in ("D", "W", "M", "Y") and self.last_mentioned is not None and anchor is not None \
                and self.last_mentioned > anchor and self.out[self.last_mentioned].start >= _sentence_of(ctx, c.start)[0]:
            # "the timetable runs until 30 March, and the new one starts the day after": the day after
            # the date just named in the sentence, even one that is no step of the story
            anchor = self.last_mentioned
        if c.unit in ("DE", "CE") and self.last_coarse is not None and (anchor is None or self.last_coarse > anchor):
            anchor = self.last_coarse  # "a decade later" after "the 1960s"
        if not c.n and c.unit in ("Y", "S") and anchor is not None and self._writers_own_day(anchor):
            anchor = self._year_told_before(anchor)
        bc = self._bc_offset(c, anchor)
        if bc is not None:
            return bc
        if self.last_point is not None and (anchor is None or self.last_point > anchor):
            # the story's last time point has no date ("on a Monday"): what hangs on it has none either
            prev = self.out[self.last_point]
            return _timex(ctx, c, None, "undated", f"anchored on undated {prev.value}", self.last_point,
                          value=_undated_value(c))
        if anchor is None:
            # nothing earlier in the text: news writes "a year earlier" against the document date
            if ctx.dct is None or c.unit == "S":
                return _timex(ctx, c, None, "undated", "no earlier date to hang on",
                              DOCUMENT_ANCHOR if ctx.dct is None else None, value=_undated_value(c))
            spec = self._offset_spec(ctx.dct, c)
            return _timex(ctx, c, spec, "inferred", f"document date {ctx.dct.isoformat()} {c.n:+g} {c.unit}")
        prev = self.out[anchor]
        pc = self.cands[anchor]
        if (ctx.dct is not None and not ctx.narrative and pc.kind == "dct" and pc.unit == c.unit
                and (pc.n or 0) < 0 and (c.n or 0) < 0):
            # "up from $3 a year ago ... compared with $2 a year earlier": both name the same
            # comparison period, counted from the report, not one from the other (the very period
            # the first named, when that was a quarter or half)
            spec = spec_of_day(prev.begin, _gran_of_value(prev.value)) \
                if _gran_of_value(prev.value) in ("Q", "H") and isinstance(prev.begin, date) \
                else self._offset_spec(ctx.dct, c, gran_hint=_gran_of_value(prev.value))
            return _timex(ctx, c, spec, "inferred", f"same period as {prev.value} (document date {c.n:+g} {c.unit})", anchor)
        if (ctx.dct is not None and not ctx.narrative and pc.kind == "prev" and pc.unit == c.unit == "Y"
                and (c.n or 0) < 0 and pc.n == c.n and isinstance(prev.begin, date) and prev.certainty != "undated"
                and not _STILL.match(ctx.text, c.end) and not self._stretch_since(anchor)
                and _COMPARED.search(ctx.text, _sentence_of(ctx, c.start)[0], c.start)):
            # "down from $3 a year earlier ... compared with $2 a year earlier": the report's comparison
            # period named again, not a year before it ("a year earlier still" does step back)
            spec = spec_of_day(prev.begin, _gran_of_value(prev.value))
            return _timex(ctx, c, spec, "inferred", f"same period as {prev.value}", anchor)
        base = prev.begin
        assert base is not None and c.unit is not None
        if prev.derivation.startswith(_SMALL_HOURS) and isinstance(base, date) and c.type == "TIME" and not c.n:
            base = base - timedelta(days=1)  # "at 02:20 that night": the night is the evening's, not the small hours' day
        prev_gran = _gran_of_value(prev.value)
        if c.unit == "S":
            y = base.year if not (c.n or 0) else base.year + int(c.n or 0)
            spec = Spec("S", year=y, season=c.value)
            return _timex(ctx, c, spec, "inferred", f"anchored on previous date {prev.value}", anchor, )
        compared = self._compared_period(c.n or 0) if c.unit == "Y" and ctx.dct is not None else None
        if compared is not None:
            return _timex(ctx, c, compared, "inferred", f"the period compared with, after {prev.value}", anchor)
        if prev_gran in ("Q", "S", "H") and c.unit == "Y" and c.n:  # "a year earlier" is that quarter; "that year" a year
            gran = prev_gran
        elif prev_gran == "M" and self._month_compared(c, prev):
            gran = "M"  # "rose 2.4 percent in March from a year earlier": March a year back
        elif c.unit == "D" and c.type == "TIME":
            # "that night" after "in 1989": a night of that year, never its first day (as "the next
            # day" after a year stays the year)
            gran = "D" if _GRAN_ORDER.get(prev_gran, 0) <= _GRAN_ORDER["D"] else prev_gran
        else:
            # as precise as the unit allows ("two weeks later" is a day), never more precise
            # than what we hang on ("two weeks later" after "May 1920" is still May 1920)
            gran = _coarser(prev_gran, {"W": "D"}.get(c.unit, c.unit))
            if c.unit == "W" and _THE_NEXT_WEEK.match(ctx.text, c.start):
                gran = _coarser(prev_gran, "W")  # "the following week" names a week, not a day in it
            unit_gran = {"W": "D", "WE": "D"}.get(c.unit, c.unit)
            if _GRAN_ORDER.get(prev_gran, 0) > _GRAN_ORDER.get(unit_gran, 0) and isinstance(base, date) \
                    and isinstance(prev.end_day, date):
                # a step finer than what it hangs on ("the day before" after "2011", "the previous
                # day" after "May 1945") is counted from the middle of it: from its first day, "the
                # day before" would fall in the year or month before
                base = base + (prev.end_day - base) / 2
        spec = self._offset_spec(base, c, gran_hint=gran)
        if prev.value.startswith("XXXX") or prev.certainty == "undated":
            return _timex(ctx, c, None, "undated", f"anchored on undated {prev.value}", anchor, value=_undated_value(c))
        n = c.n or 0
        unit_name = {"D": "days", "W": "weeks", "WE": "weekends", "M": "months", "Q": "quarters", "Y": "years",
                     "DE": "decades", "CE": "centuries"}.get(c.unit, c.unit)
        why = f"anchored on previous date {prev.value} {'+' if n >= 0 else '-'} {abs(n):g} {unit_name}"
        # computed from another expression, not stated: never more certain than "inferred"
        return _timex(ctx, c, spec, "inferred", why, anchor)

    def _past_told_from_story(self, c: Cand, story: tuple[date, date]) -> bool:
        """ "In 1847 the family moved to Ohio. Over the next thirty years the farm grew": in a past
        clause right after a dated point (this or the previous sentence) that lies before the
        report, "the next <n> <units>" counts on from that point even in news; "will invest over the
        next five years" stays the writer's."""
        ctx = self.ctx
        if c.anchored_span != "next" or self.last_dated is None:
            return False
        sa, sb = _sentence_of(ctx, c.start)
        if _WILL.search(ctx.text[sa:sb]) or _PLAN_BETWEEN.search(ctx.text[sa:c.start]) \
                or not _past_verb_reaches(ctx, c.start) \
                or not any(name == "past" and not _REPORTING.match(ctx.text, sa + start)
                           for start, name, _ in _tense_markers(ctx, sa, sb, ctx.text[sa:sb])):
            return False  # ("next" itself reads as a future to tense_at: the verbs decide here)
        if ctx.dct is not None and story[1] >= ctx.dct:
            return False
        prev = self.out[self.last_dated]
        return prev.start >= (_sentence_of(ctx, sa - 1)[0] if sa > 0 else 0)

    def _duration(self, c: Cand) -> Timex:
        ctx = self.ctx
        begin = end = None
        why = "explicit"
        cert = "exact"
        story = self._story_span() if c.anchored_span and c.unit and c.n else None
        if story is not None and (self._reference(c)[2] or self._past_told_from_story(c, story)) \
                and not beyond_calendar(story[1], c.unit or "Y", -(c.n or 0) if c.anchored_span == "past" else c.n or 0):
            # "In 1847 they moved to Ohio. Over the next thirty years ...": a story's "next/past
            # <n> <units>" count from the story's time, not from the document's date
            assert c.unit is not None and c.n is not None
            if c.anchored_span == "past":
                begin, end = clamp(date.fromordinal(max(1, shift(story[1], c.unit, -c.n).toordinal() + 1))), story[1]
            else:
                begin, end = story[0], clamp(date.fromordinal(max(1, shift(story[1], c.unit, c.n).toordinal())))
            why = f"story time {story[0].isoformat()}..{story[1].isoformat()}, {c.anchored_span} {c.n:g} {c.unit}"
            cert = "inferred"
        elif c.anchored_span and ctx.dct is not None and c.unit and c.n:
            # "the past four months" states its own anchor (now); "for four months" does not
            if c.anchored_span == "past":
                begin, end = clamp(date.fromordinal(max(1, shift(ctx.dct, c.unit, -c.n).toordinal() + 1))), ctx.dct
            else:
                begin, end = ctx.dct, clamp(date.fromordinal(max(1, shift(ctx.dct, c.unit, c.n).toordinal() - 1)))
            if end < begin:
                begin, end = end, begin
            why = f"document date {ctx.dct.isoformat()}, {c.anchored_span} {c.n:g} {c.unit}"
            cert = self._dct_certainty()
        value = c.value or "PXX"
        dm = re.fullmatch(r"P(\d+)(DE|CE)", value)
        if dm and not ctx.narrative:
            # news annotation counts decades and centuries in years ("two decades": P20Y)
            value = f"P{int(dm[1]) * (10 if dm[2] == 'DE' else 100)}Y"
        return Timex(c.start, c.end, ctx.text[c.start:c.end], "DURATION", value, c.mod,
                     begin, end, cert, why, None)  # type: ignore[arg-type]

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
            if isinstance(first.begin, date) and isinstance(second.begin, date) and second.begin < first.begin \
                    and end is not None and end.year is None and end.month is not None and c.range_to.kind == "under" \
                    and head.kind == "under" and head.spec is not None and head.spec.month is not None:
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


# "ahead of a holiday on Monday", "before Monday's vote", "in the run-up to Sunday's poll": what follows
# comes after the clause's own day (at most a few words between, no clause break)
_AHEAD_OF_BEFORE = re.compile(r"(?i)\b(?:ahead\s+of|before|in\s+the\s+run-up\s+to|in\s+advance\s+of)\s+"
                              r"(?:(?:the|a|an|this|next)\s+)?(?:[\w'’-]+\s+){0,3}?(?:on\s+)?$")
NAMES_OF_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
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
# "the quarter ended Sept. 30", "the period ending in June": a period given by its own end
_PERIOD_ENDED = re.compile(r"(?i)[ \t]+(?:ended|ending|that\s+ended|to|through)\b")


def _gran_of_value(v: str) -> str:
    if re.fullmatch(r"(?:BC)?\d{4}-\d\d-\d\d.*", v):
        return "D"
    if re.fullmatch(r"\d{4}-\d\d", v):
        return "M"
    if re.fullmatch(r"\d{4}-Q\d", v):
        return "Q"
    if re.fullmatch(r"\d{4}-(?:SP|SU|FA|WI)", v):
        return "S"
    if re.fullmatch(r"\d{4}-H\d", v):
        return "H"
    if re.fullmatch(r"\d{4}-W\d\d(?:-WE)?", v):
        return "W"
    if re.fullmatch(r"\d{3}", v):
        return "DE"
    if re.fullmatch(r"\d{2}", v):
        return "CE"
    return "Y"


def _undated_value(c: Cand) -> str:
    unit = c.unit or "D"
    return {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX", "Q": "XXXX-QX",
            "Y": "XXXX", "DE": "XXX", "CE": "XX", "S": f"XXXX-{c.value or 'XX'}"}.get(unit, "XXXX-XX-XX")


__all__ = ["Context", "Resolver", "tense_at", "resolve_under", "MIN_DAY", "MAX_DAY"]
