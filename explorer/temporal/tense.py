"""Tense and direction: whether a date is said of the past or the future.

A yearless "June" or "Tuesday" is the nearest earlier or later one depending on the verbs around
it. This module holds the verb-marker patterns (past, future, scheduled present, reporting verbs,
deadlines), reads them once per sentence, and answers the resolver's questions about one position:
the tense there, a past verb right next to it, a plainly future clause, how far ahead a deadline may
reach.
"""

from __future__ import annotations

import re

from explorer.temporal import lexicon as lx
from explorer.temporal.notices import is_notice
from explorer.temporal.anchor_context import Context, _inside_quotes, _sentence_of
from explorer.temporal.grammar import Cand


_FUTURE = re.compile(
    r"(?i)\b(?:will|won't|shall|'ll|going\s+to|plan(?:s|ned|ning)?\s+to|scheduled|expects?|expected\s+to|"
    # a commitment, like a plan, looks ahead of the day it was made: "promised to reopen it by Friday"
    r"(?:promised|pledged|vowed|undertook|threatened)\s+to|"
    r"is\s+to|are\s+to|intends?\s+to|upcoming|set\s+to|supposed\s+to|slated|next(?!\s+to\b)|due|payable|"
    r"planned(?=\s+(?:an?|the|their|his|her|its|for)\b)|"
    # tomorrow, as posts type it too ("tmrw", "2moro"): a clause that says it speaks of what is ahead
    r"as\s+soon\s+as|tomorrow|tmrw?|tmw|2mo?r+o?w?|tomm?or+ow|tomoro|tomolo|"
    # the present progressive of a plan: "I'm going back on Monday", "they are flying out Friday"
    r"(?:'m|am|'re|are|is|'s)\s+(?:going|coming|leaving|flying|heading|travelling|traveling|returning)(?=\s+(?:back|out|home|over|up|down|away|to|on)\b)|"
    # what a post or a message says of plans: "gonna", "see u", "can't wait", "let's", "how about"
    r"gonna|wanna|gotta|see\s+(?:you|u|ya)|c\s+u|can'?t\s+wait|cannot\s+wait|let'?s|how\s+about|"
    # a wish for what is still to come: "the weekend can't come soon enough", "roll on friday"
    r"(?:can['’]?t|cannot)\s+(?:come|arrive|get\s+here)\s+soon\s+enough|roll\s+on|"
    # a forecast in the passive present: "heavy rain is expected on Saturday", "snow is forecast"
    r"(?:is|are)\s+(?:expected|forecast|forecasted|predicted)|"
    r"due\s+to\s+(?:be|take|start|open|meet|visit))\b"
)
_PAST = re.compile(
    # an irregular past keeps its tense under a prefix ("rebuilt", "overran", "underwent", "outsold",
    # "misled"; not "resent" or "outlast", which are present verbs)
    r"(?i)\b(?:re(?!sent\b)|over|under|out(?!last\b)|mis)?(?:was|were|had|did|met|went|came|took|made|became|began|left|saw|gave|"
    r"held|led|won|lost|fell|rose|sent|spoke|wrote|spent|brought|bought|caught|fought|sought|thought|"
    r"found|heard|kept|felt|stood|struck|drove|flew|ran|began|chose|broke|grew|knew|threw|paid|"
    # irregular past forms that are no present tense, noun or day name ("sold", not "cut", "shot", "fed",
    # "Sat", "Lent"), nor a present perfect of plans ("I've got a match Saturday")
    r"sold|sank|sang|rang|drank|swam|drew|withdrew|wore|tore|swore|froze|rode|shook|stole|woke|hid|slid|fled|"
    r"slept|swept|wept|dealt|meant|built|knelt|dug|hung|spun|shone|understood|overtook|"
    r"undertook|forgot|forgave|overcame|ate|blew|withheld|upheld|withstood|taught|laid|sped|sprang|strode|"
    r"swung|stung|"
    # "got" is a past unless it is the present perfect of having ("I've got a match Saturday", "she's
    # got", "have got to go"): "got my results back tuesday", "we got the keys on Friday"
    r"(?<!ve\s)(?<!have\s)(?<!has\s)(?<!['’]s\s)got(?!\s+to\b)|"
    # "last" as the verb after a modal or "to" ("the heat will last through the weekend", "expected to
    # last until Friday") is no past
    r"ago|(?<!will\s)(?<!['’]ll\s)(?<!would\s)(?<!could\s)(?<!might\s)(?<!\bmay\s)(?<!\bcan\s)(?<!should\s)(?<!\bto\s)last|"
    r"earlier|yesterday|yday|"
    r"(?:set|made|given|taken|done|put|won|sent|held|written|signed)\s+by)\b|(?<![\w-])"
    # "-eed" present verbs and nouns are no past ("will succeed", "need", "speed"), unlike "agreed"
    r"(?!(?:succ|exc|proc|n|f|sp|br|bl|h|ind|s|w|gr|st)eeds?\b)[a-z]{2,}ed\b"
)
#: The modal "may", never the month: in lower case ("prices may fall"), in capitals before no figure
#: ("TRAINS MAY STOP", not "MAY 3"), or capitalised where it opens a sentence before its subject ("May
#: I ask", "May the best team win"). Read with ``(?i)`` as before, "May 3", "in May" and a name ending
#: in May were a plan, so a sentence with no past verb the lists know put its May date ahead.
_MODAL_MAY = (r"(?-i:may|MAY(?!\s+\d))|(?<![\w,;:]\s)(?-i:May)(?=\s+(?:I|we|you|he|she|it|they|the|this|that|"
              r"these|those|all)\b)")
# Prepositions and nouns that look ahead, but only decide when no verb does ("remain until March 6")
_WEAK_FUTURE = re.compile(r"(?i)\b(?:until|till|til|deadline|effective|" + _MODAL_MAY + r"|might|"
                          # "unlikely before the autumn"; a bare "before Friday's close" follows the
                          # verbs a sentence may have that are not read as markers ("hit", "cut")
                          r"before(?=\s+the\b)|"
                          # "the earliest that could happen is Monday": a happening that may come, not
                          # an ability ("could not be located Wednesday")
                          r"could\s+(?:happen|come|begin|start|open|reopen|resume|end|finish|arrive|return|"
                          r"take\s+place))\b(?!\s+have)")
# A question with no verb that marks its tense asks about plans ("movie on fri?", "dinner sat night?")
# (a post may close it with emoji or hashtags: "who's out sat nite? 🍻", "drinks fri? #tgif")
_BARE_QUESTION = re.compile(r"\?(?:\s*(?:#\w+|[^\w\s]))*\s*$")
# A future marker in the past perfect ("had been due to expire") is a plan that has passed
_PAST_AUX = re.compile(r"(?i)\bhad\s+(?:been\s+)?$")
# A scheduled event in the present tense, as news writes it ("the talks resume Monday", "the two
# leaders meet separately Monday", "the exhibition opens on Friday")
_SCHEDULED_PRESENT = re.compile(
    r"(?<!\bto )(?<!\bdid )(?<!\bcould )(?<!\bwould )(?<!\bwas )(?<!\bwere )\b(?:meets?|opens?|begins?|starts?|resumes?|continues|reopens?|convenes?|reconvenes?|expires?|arrives?|"
    r"ends?|departs?|returns?|visits?|hosts?|faces?|plays?|takes\s+office|goes\s+on\s+trial|kicks\s+off|"
    # a fixture told in the present: "the vote takes place on Friday", "voters go to the polls on Sunday"
    r"takes?\s+place|goes\s+ahead|go(?:es)?\s+to\s+the\s+polls|go(?:es)?\s+on\s+(?:trial|sale)|(?:is|are)\s+held|closes?|runs?|"
    # a company's calendar: "it reports results on Wednesday", "the bank posts earnings Thursday"
    r"(?:reports?|posts?|releases?|publishes|announces?)\s+(?:its\s+|their\s+)?(?:quarterly\s+|annual\s+|first-quarter\s+)?(?:results|earnings|figures))\b"
    # with at most a word or a short "to/for the ..." between: "opens to the public on Friday"
    # and the place it is at, a name, a plural of places or "home": "Harwick face Dunmore at Lowfield
    # on Saturday", "the film opens in cinemas on Friday", "the team plays at home on Saturday" (not
    # a result: "the season ends in defeat on Sunday" stays with the tense around it)
    r"(?=(?:\s+(?:the\s+)?\w+|\s+(?:to|for)\s+(?:the\s+)?\w+)?(?:\s+(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w'’-]+|[a-z]+s\b|home))?"
    # or a clock time or two between: "the ceremony starts at 10 a.m. Thursday", "opens at noon
    # Saturday", "the sale runs from 2:30 to 4 pm on Saturday", "runs 10-11.30am on Friday"
    r"(?:\s+(?:(?:at|from|between)\s+)?(?:noon|midnight|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|[AP]\.?M\.?)?"
    rf"|(?:[01]\d|2[0-3])[0-5]\d(?=\s+{lx.CLOCK_ZONES}))"
    r"(?:\s*(?:-|–|to|and|until|till)\s*(?:noon|midnight|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|[AP]\.?M\.?)?))?"
    # with its zone: "polls close at 22:00 CET on Sunday"
    rf"(?:\s+{lx.CLOCK_ZONES})?)?"
    # or after a short adjunct of what it follows: "markets reopen after the long weekend on Tuesday"
    r"(?:\s+(?:after|following)\s+the\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)?"
    r"\s+(?:on\s+|next\s+|this\s+)?"
    # or the week or weekend the weekday names: "exams start the week beginning Monday" (week_of.py)
    r"(?:the\s+(?:week|weekend)\s+(?:of|beginning|starting|commencing)\s+)?"
    # the weekday in full or in its capitalised short form ("nominations close Sun at midnight")
    + r"(?:" + lx.WEEKDAY_NAMES[3:-1] + r"|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)(?=\.?\s+(?:at|@)\b))\b)")
# A present progressive with a weekday (or a day of the month) ahead of it is an arrangement ("I'm
# driving up on Saturday", "moving out on the 28th",
# "the team is playing Sunday", "we're flying out sat"): English puts a past arrangement in the past
# progressive ("was driving"), so the present one looks forward. A post may drop the subject and
# its "be" ("flying out on sunday", "heading home fri"): a sentence that opens with the "-ing" verb
# reads the same. Nouns and adjectives in "-ing" ("the meeting", "is amazing") are no such verb. An
# absence in the present ("I'm OOO thurs-fri", "she's off Friday") is an arrangement too.
_ING_NOT_VERB = (r"(?!(?:morning|evening|nothing|something|anything|everything|thing|king|ring|spring|during|"
                 r"wedding|meeting|building|ceiling|string|sibling|darling|boring|amazing|interesting|exciting|"
                 r"annoying|trending|outstanding|ongoing|upcoming|missing|willing|according|including|"
                 r"following|remaining|pending|surprising|disappointing|encouraging|worrying)\b)")
_ANY_WEEKDAY = (r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|"
                r"sat(?:urday)?|sun(?:day)?)\.?")
_DAY_AHEAD = (r"(?=(?:\s+[\w'’@-]+){0,5}?\s+(?:(?:on\s+|this\s+|next\s+)?" + _ANY_WEEKDAY
              + r"|the\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))(?![\w'’]))")
# "'s" counts after a pronoun only ("he's driving"): after a noun it is as often a possessive ("the
# council's planning committee on Wednesday")
_BE_NOW = (r"(?:\b(?:am|is|are|im)\s+|(?<=\w)['’](?:m|re)\s+|(?i:\b(?:he|she|it|that|who|there|what))['’]s\s+)"
           r"(?:(?:not|also|still|just|only|prob(?:ably)?|def(?:initely)?|all|both)\s+)?")
_PROGRESSIVE_PLAN = re.compile(
    r"(?i)(?:" + _BE_NOW + _ING_NOT_VERB + r"[a-z]{2,}ing"
    # a present absence or return is one too: "I'm OOO thurs-fri", "we're away Sat", "she's off on Friday"
    + r"|(?:" + _BE_NOW + r"|(?<=\w)['’]s\s+)(?:off|away|out|ooo|wfh|on\s+(?:leave|holiday|vacation|call))"
    # a present possession of a fixture is one too: "I've got a match Saturday", "she's got a gig on the 14th"
    + r"|(?:(?<=\w)['’]ve|\bhave|\bhas|(?i:\b(?:he|she|it|who))['’]s)\s+got)\b"
    + _DAY_AHEAD)
# What every day-ahead plan holds, looked for once before the plan's pattern: most sentences name no
# weekday and no "the 20th", and the plan's pattern, which has no fixed first word, tried at every
# position of every sentence cost the tagger 7% (session sixteen's benchmark: below its 6x floor).
_MAY_HOLD_A_DAY = re.compile(r"(?i)\b(?:mon|tue|wed|thu|fri|sat|sun)|\bthe\s+[0-9]")
# The post's form with its subject and "be" dropped ("flying out on sunday", "heading home fri") is
# read only where the sentence has no verb marker at all: an opening participle clause of a report
# ("Sentencing him on Thursday, the judge said ...") dates what the main verb says.
_OPENING_ING = re.compile(r"(?i)^\W*(?:@\w+\s+)*" + _ING_NOT_VERB + r"[a-z]{2,}ing\b" + _DAY_AHEAD)
# ... and with the weekday before the verb: "the final stage on Sunday ends with ten laps", "the fair
# on Saturday opens at nine"
_SCHEDULED_PRESENT_AFTER = re.compile(
    r"\b" + lx.WEEKDAY_NAMES + r"\s+"
    r"(?:ends|starts|begins|opens|closes|finishes|meets|resumes|reopens|arrives|departs|returns|"
    r"kicks\s+off|takes\s+place|goes\s+ahead|is\s+held|are\s+held)\b")
# A fixture stated with "is"/"are" and a weekday after at most three plain words: "sentencing is
# listed for Wednesday", "markets are closed on Thursday", "the parents' meeting is on Thursday", "he
# is in court on Friday". The present copula with a day to come is a calendar entry; words that start
# a charge or a measure ("is accused of ... on Monday", "are down 3 percent on Friday") break it.
_SCHEDULED_COPULA = re.compile(
    r"\b(?:is|are)\s+(?:(?!(?:of|with|about|after|since|before|from|by|to|up|down|off|last|ago|said|"
    r"percent|cents|points)\b)[a-z]+(?<!ing)\s+){0,3}?(?:on|for|until|till|this|next)\s+"
    r"(?=" + lx.WEEKDAY_NAMES + r"\b)")

# A place or service said to be open or shut in the present, with a day in its sentence, is a notice
# for the days ahead: "the gym is closed sat 2am-4am", "sat 2am-4am the gym is closed", "the museum
# is open Monday". Told of a day gone it takes a past ("was closed Monday"), which is nearer.
_STATE_COPULA = re.compile(
    r"(?i)\b(?:is|are|(?<=\w)['’]s|(?<=\w)['’]re)\s+(?:(?:not|also|still|only|fully)\s+)?"
    r"(?:closed|open|shut|booked|unavailable|available)\b(?!\s+(?:since|for\s+(?:the\s+)?(?:past|last)))")

# Present-tense verbs that put a month on a calendar, as news writes a plan in the present: "Work
# begins in June", "the new rules take effect from January". A simple present governing a month says
# when something is due, so the month is the next one, even when a past reporting verb ends the
# sentence ("..., the chair said"), which alone would read it as past. ``_SCHEDULED_PRESENT`` above
# holds the weekday forms; its lookahead names weekdays only, so the month forms are their own pattern.
_MONTH_WORD = r"(?:" + lx.MONTH_NAMES[3:-1] + r"|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"

#: past participles that do not end in "-ed", for the present passive of a clause of time ("when the
#: case is heard in May", "once the deal is signed", "if the bill is passed"): English's closed class
_PARTICIPLE = (r"(?:heard|held|made|given|taken|paid|sold|built|done|known|seen|sent|set|put|run|met|won|lost|"
               r"found|brought|bought|cut|shut|read|written|chosen|drawn|shown|told|struck|begun|spent|kept|left)")

# A month or weekday in a clause of condition or time whose verb is a simple present: English puts the
# future in the present there ("the licence lapses unless the council renews it in April", "the ban
# stays until the court rules on Monday"). The verb is a lower-case word in "-s" (not "was", "has",
# "is", "does" or a word in "-ss"/"-us") or a plural present of a few fixture verbs; a past verb nearer
# the date ("when the workers struck in March") still wins, as the nearest marker does.
SUBORDINATE_PRESENT = re.compile(
    r"\b(?:[Ii]f|[Uu]nless|[Uu]ntil|[Oo]nce|[Ww]hen|[Aa]s\s+soon\s+as)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:(?P<passive>(?:is|are)\s+(?:being\s+)?(?:[a-z]{2,}ed|" + _PARTICIPLE + r"))|"
    r"(?P<v>(?!(?:was|has|is|does|this|his|its|always|perhaps|whereas)\b)[a-z]{2,}(?<![su]s)s|are|meet|vote|sit|return|resume|reopen))\b"
    r"(?=(?P<rest>(?:\s+[\w'’-]+){0,4}?\s+(?:(?:in|by|from|until|on)\s+)?(?:(?:early|late|mid)[\s-]+)?"
    r"(?P<month>" + _MONTH_WORD + r"(?!\s+\d{4}\b|,?\s+(?:1\d|20)\d\d\b)|" + lx.WEEKDAY_NAMES + r"\b)))")

#: a third-person present of starting, ending or holding, then at most one plain word ("begins
#: again", "opens to visitors" is two and is read as one word plus "to ..."), then "in/from/by/until"
#: and the month, with "early"/"late"/"mid-" or "the end of" allowed before it. Not after "to",
#: "did", a modal or a determiner (where the word is an infinitive or a noun: "the ends of"), nor
#: after "year": "whose fiscal year begins in July" tells a calendar's habit, every year, no plan.
SCHEDULED_PRESENT_MONTH = re.compile(
    r"(?<!\bto )(?<!\bdid )(?<!\bcould )(?<!\bwould )(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\byear )"
    r"\b(?:begins?|starts?|opens?|reopens?|resumes?|ends|closes|expires?|finishes|launches|"
    r"takes?\s+(?:place|effect)|go(?:es)?\s+ahead|go(?:es)?\s+to\s+the\s+polls|comes?\s+into\s+force|(?:is|are)\s+held|gets?\s+under\s*way)"
    r"(?:\s+(?:again|formally|officially|fully|only|on\s+site))?"
    r"(?:\s+(?:to|for)\s+(?:the\s+)?[a-z]+)?"
    r"\s+(?:in|from|by|until|at\s+the\s+(?:start|end)\s+of)\s+(?:(?:early|late|mid)[\s-]+)?(?:the\s+(?:end|start|middle)\s+of\s+)?"
    # or a season: "voters go to the polls in the fall", "work begins in spring"
    r"(?P<month>" + _MONTH_WORD + r"|(?:the\s+)?(?i:spring|summer|fall|autumn|winter)\b)(?!\s+\d{4}\b|,?\s+(?:1\d|20)\d\d\b)")


def schedules_month(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether the month of the expression at ``start``..``end`` is governed by a scheduling present in its sentence
    ("Repairs begin in late November, the council said") or by the present of a clause of condition or
    time ("unless the council renews it in April"): a plan as firm as "will begin"."""
    offset = max(sentence_start, start - 80)
    window = text[offset:end + 8]
    return any(start <= m.start("month") + offset < end
               for m in (*SCHEDULED_PRESENT_MONTH.finditer(window), *subordinate_presents(window)))


def subordinate_presents(s: str) -> list[re.Match[str]]:
    """The ``SUBORDINATE_PRESENT`` clauses of the sentence ``s``, when it has no past verb: in "when the
    workers struck in March" the word in "-s" is the subject, "struck" the verb, and in "the crowd
    stayed until the early hours of Sunday" the clause is a noun's, told in the past. A word in "-s"
    before "of" is a noun ("the hours of")."""
    sentence_past = _PAST.search(s) is not None
    out = []
    for m in SUBORDINATE_PRESENT.finditer(s):
        if m["passive"]:
            # "is heard", "are signed": a present passive is a present whatever it follows, so only a
            # past inside the clause itself undoes it ("He had not signed ... when the case is heard
            # in May" is next May's hearing)
            if not _PAST.search(s, m.end("passive"), m.end("rest")):
                out.append(m)
        elif not sentence_past and not s.startswith(" of ", m.end("v")):
            out.append(m)
    return out


#: "the vote is Tuesday", "the hearings are Tues. and Wed.": a present copula whose complement is a
#: bare weekday puts an event on the calendar, as "is on Tuesday" does (``_SCHEDULED_COPULA``
#: wants a preposition). Not "today is Tuesday" or "it is Tuesday", which name the day it is.
SCHEDULED_COPULA_WEEKDAY = re.compile(
    r"(?<!\b[Tt]oday )(?<!\b[Ii]t )(?<!\b[Tt]omorrow )(?<!\b[Yy]esterday )\b(?:is|are|’s)\s+(?:(?:next|this)\s+)?"
    r"(?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\b)")

# ... and a sentence that opens with its weekday (or two: "Thursday and Friday, the committee meets"),
# the fixture told a few words on: "On Tuesday, two brothers from Linford go on trial", "On Saturday,
# the market opens at eight", "On Tuesday the council holds a hearing" (after "On" the comma may go).
# The words between hold no past or reporting verb ("On Tuesday, police said the men go on trial"
# dates the saying).
_OPENING_DAY = lx.WEEKDAY_NAMES + r"(?:\s+(?:morning|afternoon|evening|night))?"
_SCHEDULED_AFTER_OPENING_DAY = re.compile(
    rf"(?:^|(?<=[.!?\n]))\s*(?:On\s+{_OPENING_DAY}(?:\s+(?:and|or)\s+{_OPENING_DAY})?,?\s+"
    rf"|{_OPENING_DAY}(?:\s+(?:and|or)\s+{_OPENING_DAY})?,\s+)"
    r"(?:(?!(?:said|says|told|tells|announced|was|were|had|has|have|did|reported|confirmed)\b)(?![a-z]+ed\b)[\w'’-]+\s+){0,6}?"
    r"(?:meets?|opens?|begins?|starts?|resumes?|reopens?|ends?|closes?|runs?|plays?|hosts?|faces?|visits?|returns?|arrives?|"
    r"holds?|votes?|sits?|hears?|debates?|"
    r"go(?:es)?\s+on\s+(?:trial|sale)|takes?\s+place|kicks?\s+off|(?:is|are)\s+held)\b")
# A sentence that opens with a bare verb is an instruction, carried out after it is read ("Send
# notices to the editor by Wednesday evening", "Bring a packed lunch on Saturday")
_IMPERATIVE = re.compile(
    r"(?i)^\W*(?:please\s+)?(?:send|bring|come|join|book|call|email|e-mail|phone|ring|register|apply|submit|"
    r"visit|remember|contact|reserve|sign\s+up|tell|let\s+us\s+know|don't\s+forget|do\s+not\s+forget|"
    r"make\s+sure|get\s+in\s+touch|hand\s+in)\b")

_REPORTING = re.compile(r"(?i)\b(?:said|says|told|announced|reported|added|stated|noted|declared)\b")
# A participle after "be" is passive voice, whose tense is the auxiliary's ("will be completed");
# after a determiner it is an adjective ("a still unspecified date").
_SAID = re.compile(r"(?i)\b(?:said|told)\b")
_REPORTED_AFTER = re.compile(
    r"(?i)^(?:'s)?\s*,?\s*(?:said|told|announced|reported|added|stated|noted|declared|confirmed|disclosed)\b")
_REPORTED_ON = re.compile(
    r"(?i)\b(?:said|told|announced|reported|added|stated|noted|declared|confirmed|disclosed)\s+(?:on\s+|late\s+|early\s+)?$")
# A reporting verb with its audience or setting before the date: "told reporters on Friday", "told a
# news conference on Monday", "said in a statement on Tuesday", "told staff at the depot late
# Thursday". The date says when the telling was, whatever the reported clause's tense ("The mill will
# close, its owner told reporters on Friday"). The audience is a short noun phrase (a determiner only
# first, no pronoun, modal or "that"), so a reported clause ("told staff the mill closes on Friday",
# "said it will close on") never passes for one.
_NP_WORD = r"(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|it|he|she|they|we|you|i|" \
    r"will|would|shall|should|could|can|may|might|must|to|is|are|was|were|be|been|has|have|had|not|and|or|" \
    r"on|in|at|by|for|next|last|this)\b)[A-Za-z][\w'’.-]*\s+"
_DET = r"(?:the|a|an|his|her|their|its|our)\s+"
_SETTING = r"(?:in|at|during)\s+(?:" + _DET + r")?(?:" + _NP_WORD + r"){1,3}"
# "to" with a determiner or a name after it is an audience ("in an email to the staff", "to Reuters");
# "to" with a bare lowercase word may be an infinitive ("told staff to expect closure on Friday")
_TO_AUDIENCE = r"to\s+(?:" + _DET + r"(?:" + _NP_WORD + r"){1,2}|(?-i:[A-Z])[\w'’.-]*\s+)"
_REPORTED_TO_ON = re.compile(
    r"(?i)\b(?:(?:told|briefed|informed)\s+(?:" + _DET + r")?(?:" + _NP_WORD + r"){1,2}(?:" + _SETTING + r")?|"
    r"(?:said|announced|stated|confirmed|declared|added|reported|disclosed|told|wrote)\s+"
    r"(?:" + _SETTING + r"(?:" + _TO_AUDIENCE + r")?|" + _TO_AUDIENCE + r"(?:" + _SETTING + r")?))"
    r"(?:on\s+|late\s+|early\s+)$")
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

# ... but before a preposition a few of them are verbs of change, which an adjective never is: "aftershocks
# continued through the weekend", "sales increased by 4%", "prices advanced in May", "she retired in June"
_ED_VERBS_BEFORE_PREPOSITION = frozenset("continued increased reduced advanced retired".split())
_PREPOSITION_AFTER = re.compile(r"(?i)\s+(?:through|throughout|into|until|till|by|in|on|at|over|during|after|for|from)\b")

# Past markers that are never participles (so never passive voice)
_FINITE_PAST = frozenset("was were had did ago last earlier yesterday".split())
# "effective Feb. 1", "to take effect March 1": a change announced ahead of the day it applies
_EFFECTIVE_BEFORE = re.compile(r"(?i)\b(?:effective|take\s+effect|takes\s+effect|taking\s+effect)\s+(?:on\s+|as\s+of\s+)?$")
# "postponed until Tuesday morning", "extended its deadline to 9 a.m. Tuesday": a delay looks ahead of
# the day it was decided, whatever the tense of the verb that reports it
_DELAYED_UNTIL = re.compile(
    r"(?i)\b(?:postponed|extended|delayed|deferred|adjourned|put\s+off|pushed(?:\s+(?:back|out))?|bumped|rescheduled|moved)\b"
    r"[^.;:]{0,40}\b(?:until|till|to)\s+(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?|noon)?\s*(?:[A-Z]{3}\s+)?)?$")
# Longing for a day still to come, in a post's present: "can't wait for fri", "so looking forward to
# Saturday" (not "couldn't wait for", told of the past)
_LOOKING_FORWARD = re.compile(
    r"(?i)(?:\b(?:can['’]?t|cannot|can\s+not)\s+wait\s+(?:for|till|til|until)|\blooking\s+forward\s+to)\s+(?:on\s+)?$")
#: what is done "ahead of" a day is done before the day comes, whatever the tense of the doing:
#: "markets are calm ahead of Monday's vote", "troops massed in the run-up to Sunday's poll"
AHEAD_OF = re.compile(r"(?i)\b(?:ahead\s+of|in\s+the\s+(?:run|lead)[-\s]?up\s+to|in\s+advance\s+of)\s+(?:next\s+|this\s+)?$")
# Back at work or school with no verb in the sentence: a post about the days ahead ("back at work
# monday and i already hate it"); a verb ("was back at work Monday") gives its own tense first
_BACK_AT = re.compile(r"(?i)\bback\s+(?:(?:at|to)\s+(?:work|school|class|uni|college|the\s+office)\s+)?(?:on\s+)?$")


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
    if is_notice(s, [at for at, _, _ in _tense_markers(ctx, a, b, s)]):
        return "future"  # "Closed Monday.", "Market open Fri–Sun": a notice speaks forward (notices.py)
    if _REPORTED_ON.search(s[max(0, rel - 20):rel]) or _SINCE.search(s[max(0, rel - 24):rel]) \
            or _REPORTED_TO_ON.search(s[max(0, rel - 70):rel]):
        return "past"  # "said on Tuesday", "told reporters on Tuesday"; "for the first time since March" looks back
    if _EFFECTIVE_BEFORE.search(s[max(0, rel - 24):rel]) or _DELAYED_UNTIL.search(s[max(0, rel - 70):rel]) \
            or _LOOKING_FORWARD.search(s[max(0, rel - 30):rel]) \
            or AHEAD_OF.search(s[max(0, rel - 30):rel]) and not s.startswith("'s", rel + len(re.match(r"\w*", s[rel:])[0])):
        # (a possessive weekday after "ahead of" is left to the resolver: "sold shares ahead of
        # Monday's vote" on a Saturday may be the Monday gone)
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
        if _BACK_AT.search(s[max(0, rel - 30):rel]) or _OPENING_ING.match(s):
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

_SINCE = re.compile(r"(?i)\b(?:ever\s+)?since\s+(?:early\s+|late\s+|mid-?\s*|the\s+(?:start|end|middle)\s+of\s+)?$")

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
    may_hold_a_day = _MAY_HOLD_A_DAY.search(s) is not None
    for pat, name in ((_FUTURE, "future"), (_PAST, "past"), (_SAID, "past"), (_SCHEDULED_PRESENT, "future"),
                      (_SCHEDULED_PRESENT_AFTER, "future"), (_SCHEDULED_COPULA, "future"),
                      (_SCHEDULED_AFTER_OPENING_DAY, "future"), (SCHEDULED_PRESENT_MONTH, "future"),
                      (SCHEDULED_COPULA_WEEKDAY, "future"), (SUBORDINATE_PRESENT, "future"),
                      (_PROGRESSIVE_PLAN, "future"), (_STATE_COPULA, "future")):
        if (pat is _PROGRESSIVE_PLAN or pat is _STATE_COPULA) and not may_hold_a_day:
            continue
        for m in (subordinate_presents(s) if pat is SUBORDINATE_PRESENT else pat.finditer(s)):
            w = m.group(0).lower()
            if m.start() and s[m.start() - 1] in "#@":
                continue  # a hashtag or a handle ("#bored", "@tired_dad") labels a post: no verb of it
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
                if w in _ED_ADJECTIVES and not (w in _ED_VERBS_BEFORE_PREPOSITION and _PREPOSITION_AFTER.match(s, m.end())) \
                        or _PASSIVE_ED.search(s[max(0, m.start() - 12):m.start()]):
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

# Between a past verb and a month, what says the month is a plan after all: an infinitive ("agreed
# to hold talks in February"), a plan or a modal ("plans a new offering in January"), a present that
# schedules ("the plant opens in February")
_PLAN_BETWEEN = re.compile(
    r"(?i)\bto\s+(?!(?:a|an|the|his|her|its|their|our|this|that|early|late|mid|\d)\b)(?-i:[a-z]+)|\b(?:plans?|will|would|could|" + _MODAL_MAY + r"|might|"
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
#: a modal of what may yet be and its verb right before "until": "could last until", "may remain
#: closed until", "should stay in force until" (not "could have lasted until", told of the past)
_MODAL_UNTIL = re.compile(r"(?i)\b(?:could|might|may|should|must|can|would)\s+(?:not\s+|well\s+|still\s+)?"
                          r"(?!have\b)[a-z]+(?:\s+(?!until\b|till\b)[\w-]+){0,3}\s+(?:until|till)\s+$")
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
        # "could last until Friday", "may stay shut until Monday": a modal's state still to run up to
        # the day, as "gave them until Friday to respond" is a limit still to come
        return _TO_VERB.match(ctx.text, c.end) is not None or _MODAL_UNTIL.search(before) is not None
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
