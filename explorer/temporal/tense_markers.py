"""Verb markers: the words of a sentence that say whether it speaks of the past or the future.

The patterns for past and future verbs, the present that schedules ("the plant opens in May"), the
reporting verbs and the "-ed" words that are no verbs, and :func:`tense_markers`, which finds them
once per sentence. Kept apart from the readings built on them (:mod:`explorer.temporal.tense` weighs
the markers nearest a date; :mod:`explorer.temporal.clause_direction` reads a date's own clause),
because both read the same markers and neither should own them.
"""

from __future__ import annotations

import re

from explorer.number_words import spelled
from explorer.temporal import lexicon as lx
from explorer.temporal.anchor_context import Context
from explorer.temporal.plural_present import plural_presents
from explorer.temporal.singular_present import singular_presents


_FUTURE = re.compile(
    r"(?i)\b(?:will|won't|shall|'ll|going\s+to|plan(?:s|ned|ning)?\s+to|scheduled|expects?|expected\s+to|"
    # a commitment, like a plan, looks ahead of the day it was made: "promised to reopen it by Friday"
    r"(?:promised|pledged|vowed|undertook|threatened)\s+to|"
    # and so does a hope or an aim: "hoped to reopen by the summer", "aims to finish it in the spring"
    r"(?:hope[sd]?|hoping|aim(?:s|ed|ing)?|intended|intending)\s+to|"
    # a forecast's present of what may come: "frost is likely in the early hours of Monday", "showers
    # are possible on Sunday" (not "is likely to have ...", a guess about the past)
    r"(?:is|are)\s+(?:(?:very|quite|more|most|less|also)\s+)?(?:likely|unlikely|possible|probable|forecast)\b(?!\s+to\s+have\b|\s+that\b)|"
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
#: "last" after a determiner and before no word of time: the adjective "final", no past ("the
#: team plays its last home game Saturday", "one last look on Sunday")
_AFTER_DETERMINER_NOT_TIME = (
    r"(?!(?:(?<=\bthe\s)|(?<=\bits\s)|(?<=\bhis\s)|(?<=\bher\s)|(?<=\btheir\s)|(?<=\bour\s)|(?<=\bmy\s)|"
    r"(?<=\byour\s)|(?<=\ba\s)|(?<=\bone\s)|(?<=\bthis\s))last\s+(?!(?:\d|few|several|couple|two|three|four|five|six|"
    r"seven|eight|nine|ten|twelve|dozen|time|times|week|weeks|weekend|month|months|year|years|night|nights|day|days|"
    r"decade|decades|century|quarter|quarters|season|seasons|summer|winter|spring|fall|autumn|hours?|minutes?|"
    r"morning|evening|afternoon|session|term|election|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|"
    r"march|april|may|june|july|august|september|october|november|december)\b))")
PAST = re.compile(
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
    # last until Friday") is no past, nor is the verb before a preposition of extent, which the
    # adjective never takes ("rain will arrive tonight and last into Monday")
    r"ago|(?<!will\s)(?<!['’]ll\s)(?<!would\s)(?<!could\s)(?<!might\s)(?<!\bmay\s)(?<!\bcan\s)(?<!should\s)(?<!\bto\s)"
    # the adjective after a determiner is "final" unless a time follows ("its last home game Saturday",
    # "a last appeal on Friday" are still ahead; "the last two years", "the last time" look back)
    + _AFTER_DETERMINER_NOT_TIME +
    r"last(?!\s+(?:into|until|till|through|beyond)\b)|"
    r"earlier|yesterday|yday|"
    r"(?:set|made|given|taken|done|put|won|sent|held|written|signed)\s+by)\b|(?<![\w-])"
    # "-eed" present verbs and nouns are no past ("will succeed", "need", "speed"), unlike "agreed"
    r"(?!(?:succ|exc|proc|n|f|sp|br|bl|h|ind|s|w|gr|st)eeds?\b)[a-z]{2,}ed\b"
)
#: The modal "may", never the month: in lower case ("prices may fall"), in capitals before no figure
#: ("TRAINS MAY STOP", not "MAY 3"), or capitalised where it opens a sentence before its subject ("May
#: I ask", "May the best team win"). Read with ``(?i)`` as before, "May 3", "in May" and a name ending
#: in May were a plan, so a sentence with no past verb the lists know put its May date ahead.
MODAL_MAY = (r"(?-i:may|MAY(?!\s+\d))|(?<![\w,;:]\s)(?-i:May)(?=\s+(?:I|we|you|he|she|it|they|the|this|that|"
              r"these|those|all)\b)")
# A future marker in the past perfect ("had been due to expire") is a plan that has passed
PAST_AUX = re.compile(r"(?i)\bhad\s+(?:been\s+)?$")


def _calendar_acts(ending: str) -> str:
    """The verbs of an act put on the calendar that are told both alone before the day ("the show
    opens Friday") and with an object between ("the club opens its doors Friday"), with ``ending``
    after each ("s?" or "s"); both scheduled-present patterns below read them."""
    return rf"(?:open|begin|start|resume|host|face){ending}|kicks\s+off"


#: the determiners and possessives that open a noun phrase: a word right after one is no verb
#: ("held an open day"), and an object opening with one is a verb's ("holds a hearing")
_DETERMINER = r"a|an|the|its|his|her|their|our|this"

# A scheduled event in the present tense, as news writes it ("the talks resume Monday", "the two
# leaders meet separately Monday", "the exhibition opens on Friday")
_SCHEDULED_PRESENT = re.compile(
    r"(?<!\bto )(?<!\bdid )(?<!\bcould )(?<!\bwould )(?<!\bwas )(?<!\bwere )\b(?:meets?|"
    + _calendar_acts("s?") + r"|continues|reopens?|convenes?|reconvenes?|expires?|arrives?|"
    r"ends?|departs?|leaves|returns?|visits?|plays?|takes\s+office|goes\s+on\s+trial|"
    # a release, a rule starting to apply, a court date: "the report comes out Friday", "the cut kicks
    # in Monday", "the suspect appears in court Friday" (the past "came out", "appeared" is no match)
    r"comes\s+out|kicks?\s+in|appears?\s+in\s+court|"
    # a trip, a hearing or a decision on the calendar: "the president travels to Ohio on Tuesday",
    # "the minister flies to Oslo Friday", "the envoy testifies Thursday", "the board decides Monday
    # whether to sell" (singular verbs only: their plurals are nouns, "travels", "flights")
    r"travels|flies|heads|testifies|decides|"
    # a fixture told in the present: "the vote takes place on Friday", "voters go to the polls on Sunday"
    r"takes?\s+place|goes\s+ahead|go(?:es)?\s+to\s+the\s+polls|go(?:es)?\s+on\s+(?:trial|sale)|(?:is|are)\s+held|closes?|runs?|"
    # a company's calendar: "it reports results on Wednesday", "the bank posts earnings Thursday"
    # (any period's results: "reports third-quarter earnings Thursday", "posts full-year figures")
    r"(?:reports?|posts?|releases?|publishes|announces?)\s+(?:its\s+|their\s+)?"
    r"(?:(?:quarterly|annual|interim|full-year|half-year|(?:first|second|third|fourth)-(?:quarter|half))\s+)?"
    r"(?:results|earnings|figures))\b"
    # with at most a word or a short "to/for the ..." between: "opens to the public on Friday"
    # and the place it is at, a name, a plural of places or "home": "Harwick face Dunmore at Lowfield
    # on Saturday", "the film opens in cinemas on Friday", "the team plays at home on Saturday" (not
    # a result: "the season ends in defeat on Sunday" stays with the tense around it)
    r"(?=(?:\s+(?:the\s+)?\w+|\s+(?:to|for)\s+(?:the\s+)?\w+)?(?:\s+(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w'’-]+|[a-z]+s\b|home))?"
    # or a clock time or two between: "the ceremony starts at 10 a.m. Thursday", "opens at noon
    # Saturday", "the sale runs from 2:30 to 4 pm on Saturday", "runs 10-11.30am on Friday"
    # (or the sun's: "the fast ends at sunset on Friday", "Hanukkah begins at sundown on Sunday")
    r"(?:\s+(?:(?:at|from|between)\s+)?(?:noon|midnight|sundown|sunset|sunrise|dusk|dawn|nightfall|daybreak|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|[AP]\.?M\.?)?"
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
    + r"(?:" + lx.WEEKDAY_NAMES + r"|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)(?=\.?\s+(?:at|@)\b))\b)")
# ... and with its object between, for the verbs news uses to put an act on the calendar: "the
# committee holds a hearing Tuesday", "the senator faces a recall vote on Monday", "the company
# unveils its new phone on Thursday". The object opens with a determiner or a possessive, so the
# verb has one (a plural noun, "the releases", "its signs", never does); the past form ("held",
# "unveiled") is no match.
_SCHEDULED_PRESENT_OBJECT = re.compile(
    r"(?<!\bto )(?<!\bdid )\b(?:holds|unveils|releases|publishes|signs|presents|delivers|introduces|"
    r"debates|considers|launches|stages|celebrates|marks|" + _calendar_acts("s") + r"|"
    # and the fixture verbs (which singular_present leaves to this module) with their object: "the
    # team plays its last home game Saturday", "the mayor visits the flooded town on Friday", "the
    # shop closes its doors Friday", "the show ends its run on Saturday"
    r"plays|visits|meets|leaves|runs|closes|ends)\s+"
    rf"(?:{_DETERMINER}|next)\s+(?:[\w'’-]+\s+){{0,2}}?[\w'’-]+\s+(?:on\s+|next\s+|this\s+)?"
    + lx.WEEKDAY_NAMES + r"\b")
# ... and a measure or a case moving on to its next stage, whoever it goes to: "the bill goes to the
# Senate Monday", "the case goes to the jury on Tuesday", "the plan goes before the county board
# Friday" (the singular only, as "travels" and "heads" above; the past "went" is no match)
_GOES_ON_TO = re.compile(
    r"(?<!\bto )\bgoes\s+(?:to|before)\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w'’.-]+\s+){0,3}?"
    r"(?:on\s+|next\s+|this\s+)?" + lx.WEEKDAY_NAMES + r"\b")
# A present progressive with a weekday (or a day of the month) ahead of it is an arrangement ("I'm
# driving up on Saturday", "moving out on the 28th",
# "the team is playing Sunday", "we're flying out sat"): English puts a past arrangement in the past
# progressive ("was driving"), so the present one looks forward. A post may drop the subject and
# its "be" ("flying out on sunday", "heading home fri"): a sentence that opens with the "-ing" verb
# reads the same. Nouns and adjectives in "-ing" ("the meeting", "is amazing") are no such verb. An
# absence in the present ("I'm OOO thurs-fri", "she's off Friday") is an arrangement too.
ING_NOT_VERB = (r"(?!(?:morning|evening|nothing|something|anything|everything|thing|king|ring|spring|during|"
                 r"wedding|meeting|building|ceiling|string|sibling|darling|boring|amazing|interesting|exciting|"
                 r"annoying|trending|outstanding|ongoing|upcoming|missing|willing|according|including|"
                 r"following|remaining|pending|surprising|disappointing|encouraging|worrying)\b)")
_ANY_WEEKDAY = (r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|"
                r"sat(?:urday)?|sun(?:day)?)\.?")
DAY_AHEAD = (r"(?=(?:\s+[\w'’@-]+){0,5}?\s+(?:(?:on\s+|this\s+|next\s+)?" + _ANY_WEEKDAY
              + r"|the\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))(?![\w'’]))")
# "'s" counts after a pronoun only ("he's driving"): after a noun it is as often a possessive ("the
# council's planning committee on Wednesday")
_BE_NOW = (r"(?:\b(?:am|is|are|im)\s+|(?<=\w)['’](?:m|re)\s+|(?i:\b(?:he|she|it|that|who|there|what))['’]s\s+)"
           r"(?:(?:not|also|still|just|only|prob(?:ably)?|def(?:initely)?|all|both)\s+)?")
#: "meeting" after a present "be" is the verb, not the noun ING_NOT_VERB takes it for ("the minister is
#: meeting his counterpart Friday", "ministers are meeting in Brussels on Monday", "the board is meeting
#: on Tuesday"), unless a noun it names follows ("it's meeting day on Friday")
_MEETING_VERB = r"meeting(?!\s+(?:room|rooms|place|point|time|day|night|hall|notes|minutes|agenda|number)\b)"
_PROGRESSIVE_PLAN = re.compile(
    r"(?i)(?:" + _BE_NOW + r"(?:" + _MEETING_VERB + r"|" + ING_NOT_VERB + r"[a-z]{2,}ing)"
    # a present absence or return is one too: "I'm OOO thurs-fri", "we're away Sat", "she's off on Friday"
    + r"|(?:" + _BE_NOW + r"|(?<=\w)['’]s\s+)(?:off|away|out|ooo|wfh|on\s+(?:leave|holiday|vacation|call))"
    # a present possession of a fixture is one too: "I've got a match Saturday", "she's got a gig on the 14th"
    + r"|(?:(?<=\w)['’]ve|\bhave|\bhas|(?i:\b(?:he|she|it|who))['’]s)\s+got)\b"
    + DAY_AHEAD)
# What every day-ahead plan holds, looked for once before the plan's pattern: most sentences name no
# weekday and no "the 20th", and the plan's pattern, which has no fixed first word, tried at every
# position of every sentence cost the tagger 7% (session sixteen's benchmark: below its 6x floor).
_MAY_HOLD_A_DAY = re.compile(r"(?i)\b(?:mon|tue|wed|thu|fri|sat|sun)|\bthe\s+[0-9]")
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
    r"percent|cents|points)\b)[a-z]+(?<!ing)\s+"
    # or the clock time of the fixture: "the call is at 9am PST on Monday", "kick-off is at 7.45pm on Saturday"
    r"|\d{1,2}(?:[:.]\d\d\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)(?:\s+(?:GMT|UTC|BST|CES?T|[ECMP][SD]T))?\s+){0,3}?(?:on|for|until|till|through|thru|this|next)\s+"
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

#: a past perfect with up to two words before its participle ("had last been overhauled in
#: September 1922", "had twice been refused", "had lost"): a clause that looks back from the account's time
HAD_DONE = re.compile(r"(?i)\bhad\s+(?:[a-z]+\s+){0,2}?(?:been\s+)?(?:[a-z]+(?:ed|en|wn|ne|ght|id|ent|un|ung|unk|ook|ade)|"
                      + lx.IRREGULAR_PARTICIPLE + r")\b")

# A month or weekday in a clause of condition or time whose verb is a simple present: English puts the
# future in the present there ("the licence lapses unless the council renews it in April", "the ban
# stays until the court rules on Monday"). The verb is a lower-case word in "-s" (not "was", "has",
# "is", "does" or a word in "-ss"/"-us") or a plural present of a few fixture verbs; a past verb nearer
# the date ("when the workers struck in March") still wins, as the nearest marker does.
SUBORDINATE_PRESENT = re.compile(
    r"\b(?:[Ii]f|[Uu]nless|[Uu]ntil|[Oo]nce|[Ww]hen|[Aa]s\s+soon\s+as)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:(?P<passive>(?:is|are)\s+(?:being\s+)?(?:[a-z]{2,}ed|" + lx.IRREGULAR_PARTICIPLE + r"))|"
    r"(?P<v>(?!(?:was|has|is|does|this|his|its|always|perhaps|whereas)\b)[a-z]{2,}(?<![su]s)s|are|meet|vote|sit|return|resume|reopen))\b"
    r"(?=(?P<rest>(?:\s+[\w'’-]+){0,4}?\s+(?:(?:in|by|from|until|on)\s+)?(?:(?:early|late|mid)[\s-]+)?"
    r"(?P<month>" + _MONTH_WORD + r"(?!\s+\d{4}\b|,?\s+(?:1\d|20)\d\d\b)|" + lx.WEEKDAY_NAMES + r"\b)))")

#: a third-person present of starting, ending, running or holding, then at most one plain word ("begins
#: again", "opens to visitors" is two and is read as one word plus "to ...", "runs in two-week sprints"
#: a manner), then "in/from/by/until/to/through" (or "on" before a day of the month; a plural subject's
#: "close"/"end" as well as "closes"/"ends")
#: and the month, with "early"/"late"/"mid-" or "the end of" allowed before it. Not after "to",
#: "did", a modal or a determiner (where the word is an infinitive or a noun: "the ends of"), nor
#: after "year": "whose fiscal year begins in July" tells a calendar's habit, every year, no plan.
SCHEDULED_PRESENT_MONTH = re.compile(
    r"(?<!\bto )(?<!\bdid )(?<!\bcould )(?<!\bwould )(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\byear )"
    r"(?<!\bhas )(?<!\bhave )(?<!\bhad )"
    r"\b(?:begins?|starts?|opens?|reopens?|resumes?|ends|closes|(?<=[a-z]s )(?:end|close)|expires?|finishes|launches|runs?|"
    r"takes?\s+(?:place|effect)|go(?:es)?\s+ahead|go(?:es)?\s+to\s+the\s+polls|comes?\s+into\s+force|(?:is|are)\s+held|gets?\s+under\s*way)"
    r"(?:\s+(?:again|formally|officially|fully|only|on\s+site))?"
    r"(?:\s+(?:to|for)\s+(?:the\s+)?[a-z]+|\s+in\s+(?:[\w-]+\s+)?[a-z]+s"
    # or with its object: "the league opens its season in April", "the army begins its withdrawal in
    # May", "the museum opens a new wing in June" (the object after a determiner, at most three words)
    r"|\s+(?:its|their|his|her|a|an|the)\s+(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)?"
    # a part of the month before it too: "the fair runs in the second week of June"
    r"\s+(?:in|from|by|until|till|through|to|on|at\s+the\s+(?:start|end)\s+of)\s+(?:(?:early|late|mid)[\s-]+)?"
    r"(?:the\s+(?:end|start|middle|(?:first|second|third|fourth|last|final)\s+(?:two\s+|three\s+)?(?:weeks?|days))\s+of\s+)?"
    # or a season: "voters go to the polls in the fall", "work begins in spring"
    # or a day of a month said "on" it: "entries open on 3 June", "the sale ends on the 4th of May"
    r"(?P<month>" + _MONTH_WORD + r"|(?:the\s+)?(?i:spring|summer|fall|autumn|winter)\b|"
    r"(?:the\s+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_WORD + r")(?!\s+\d{4}\b|,?\s+(?:1\d|20)\d\d\b)")


#: A sentence whose subject (a name, a pronoun, or a noun phrase of up to three words after its
#: determiner) is followed by its verb in the simple present or the present progressive, then the
#: month within eight words: "Her son joins the army in September", "The firm moves to new offices in
#: May", "She is starting a course in October". English tells an arrangement so; a done act is told in
#: the past, and a habit ("The river floods in March") is rarer in news than a plan. Not a verb in
#: "-ss", "-us", "-is" ("class", "bonus", "analysis"), nor "has", "does", "is", "was".
MAIN_PRESENT_MONTH = re.compile(
    r"^\s*(?:(?:(?![A-Z][a-z]+ing\b)[A-Z][\w'’.-]*\s+){1,3}|(?i:he|she|it|they|we|I)\s+|"
    r"(?i:the|a|an|his|her|their|its|our|my)\s+(?:[a-z][\w'’-]*\s+){0,2})"
    r"(?:(?:also|now|then|finally|formally|officially)\s+)?"
    r"(?:(?!(?:has|does|is|was|this|its|his|always|perhaps|plus|thus|news)\b)[a-z]{3,}(?<![siu]s)s"
    r"|(?:is|are|am)\s+(?!going\b)" + ING_NOT_VERB + r"[a-z]{3,}ing)\b"
    r"(?=(?P<rest>(?:\s+[\w'’,-]+){0,8}?\s+(?:in|on|from|by)\s+(?:(?:early|late|mid)[\s-]+)?"
    r"(?P<month>" + _MONTH_WORD + r"(?!\s+\d{4}\b|,?\s+(?:1\d|20)\d\d\b)|(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + _MONTH_WORD + r"(?!\s+\d{4}\b|,?\s+(?:1\d|20)\d\d\b))))")


def main_present_month(sentence: str) -> re.Match[str] | None:
    """The :data:`MAIN_PRESENT_MONTH` plan of ``sentence`` when no past verb and no modal stands in it."""
    if PAST.search(sentence) or REPORTING.search(sentence) \
            or re.search(r"\b(?:would|could|should|might|used\s+to)\b", sentence):
        return None
    return MAIN_PRESENT_MONTH.match(sentence)


def schedules_month(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether the month of the expression at ``start``..``end`` is governed by a scheduling present in its sentence
    ("Repairs begin in late November, the council said") or by the present of a clause of condition or
    time ("unless the council renews it in April"): a plan as firm as "will begin"."""
    sentence_end = text.find(".", end)
    line_end = text.find("\n", end)
    line = text[text.rfind("\n", 0, sentence_start) + 1:line_end if line_end > 0 else len(text)].rstrip()
    # (a headline tells done news in the present: "Durable goods orders fall in May")
    told = line.endswith((".", "!", "?", "\"", "”", "’", "'"))
    plan = main_present_month(text[sentence_start:sentence_end if sentence_end > 0 else len(text)]) if told else None
    if plan is not None and sentence_start + plan.start("month") == start:
        return True
    offset = max(sentence_start, start - 80)
    window = text[offset:end + 8]
    return any(start <= m.start("month") + offset < end
               for m in (*SCHEDULED_PRESENT_MONTH.finditer(window), *subordinate_presents(window)))


def subordinate_presents(s: str) -> list[re.Match[str]]:
    """The ``SUBORDINATE_PRESENT`` clauses of the sentence ``s``, when it has no past verb: in "when the
    workers struck in March" the word in "-s" is the subject, "struck" the verb, and in "the crowd
    stayed until the early hours of Sunday" the clause is a noun's, told in the past. A word in "-s"
    before "of" is a noun ("the hours of")."""
    sentence_past = PAST.search(s) is not None
    out = []
    for m in SUBORDINATE_PRESENT.finditer(s):
        if m["passive"]:
            # "is heard", "are signed": a present passive is a present whatever it follows, so only a
            # past inside the clause itself undoes it ("He had not signed ... when the case is heard
            # in May" is next May's hearing)
            if not PAST.search(s, m.end("passive"), m.end("rest")):
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

REPORTING = re.compile(r"(?i)\b(?:said|says|told|announced|reported|added|stated|noted|declared)\b")
SAID = re.compile(r"(?i)\b(?:said|told)\b")
# A participle after "be" is passive voice, whose tense is the auxiliary's ("will be completed");
# after a determiner it is an adjective ("a still unspecified date").
PASSIVE_ED = re.compile(
    r"(?i)\b(?:(?:be|being|is|are|am|to\s+be|stay|stays|remain|remains|keep|keeps|get|gets)|(?:a|an|the|its|his|her|their|this|that|these|those|"
    # an adverb between ("the newly elected"), not a noun that ends like one ("the family settled")
    + spelled(2, 10) + r"|several|many|both|\d+)"
    r"(?:\s+(?!(?:family|rally|ally|assembly|supply|monopoly|anomaly|reply|july|italy|bully|belly|jelly)\b)\w+ly|\s+still)?)\s+$")
# "-ed" words that are mostly adjectives in news prose, not past verbs
ED_ADJECTIVES = frozenset(
    "reduced expected proposed planned scheduled limited based related united detailed advanced "
    "combined continued estimated increased adjusted restricted retired alleged suspected armed "
    "concerned interested unexpected unprecedented needed supposed preferred".split()
)

# ... but before a preposition a few of them are verbs of change, which an adjective never is: "aftershocks
# continued through the weekend", "sales increased by 4%", "prices advanced in May", "she retired in June"
_ED_VERBS_BEFORE_PREPOSITION = frozenset("continued increased reduced advanced retired".split())
_PREPOSITION_AFTER = re.compile(r"(?i)\s+(?:through|throughout|into|until|till|by|in|on|at|over|during|after|for|from)\b")


def ed_verb_before_preposition(s: str, m: re.Match[str]) -> bool:
    """Whether the "-ed" word matched at ``m`` in ``s`` is one of the verbs of change that read as
    adjectives elsewhere, here before a preposition ("she retired in June"): a past verb."""
    return m.group(0).lower() in _ED_VERBS_BEFORE_PREPOSITION and _PREPOSITION_AFTER.match(s, m.end()) is not None

# A number that names rather than counts, right before a past verb: a decimal ("of magnitude 6.1
# struck") or a number after a name or a label word ("Flight 212 landed", "Route 9 reopened"). No
# count of things ("the 12 elected members", "of 40 injured passengers") makes the verb a participle.
_LABEL_NUMBER = re.compile(
    r"(?:\d\.\d+|(?:\b(?!(?:In|On|At|By|For|From|To|Of|With|About|Some|Nearly|Almost|Around|Over|Under|Only|Just|All|"
    r"The|And|But|Since|After|Before|Until|During|Between|Than|Top|Last|First|Next|Page|Chapter)\b)[A-Z][a-z]+|"
    r"\b(?:magnitude|number|no\.|route|flight|line|platform|gate|bus|model|category|level|grade)) \d+)\s+$")

# Past markers that are never participles (so never passive voice)
FINITE_PAST = frozenset("was were had did ago last earlier yesterday".split())

SINCE = re.compile(r"(?i)\b(?:ever\s+)?since\s+(?:early\s+|late\s+|mid-?\s*|the\s+(?:start|end|middle)\s+of\s+)?$")
# "took the next three stages": a past verb just before "the next" makes it the ones that followed
_PAST_BEFORE_NEXT = re.compile(
    r"(?i)\b(?:was|were|had|took|won|lost|came|went|made|held|[a-z]{2,}ed)\s+(?:\w+\s+){0,3}?the\s+$")
# ... and so does a past verb a few more words back in the same clause, its object and a preposition
# between ("winds drove it nine miles east over the next two days"), when no modal, "to" or present
# "be" starts a plan between them ("is expected to rise over the next year" looks ahead)
_PLAN_FREE_TO_THE = re.compile(
    r"(?i)\s+(?:(?!(?:to|will|would|shall|should|can|could|may|might|must|is|are|be|and|but|or|while)\b)[\w'’-]+\s+){0,8}?the\s+")


def _past_verb_before_next(s: str, at: int) -> bool:
    """Whether the "next" at ``at`` of ``s`` follows a past verb of its own clause: "the next" then
    counts the days after that past, not days to come."""
    if _PAST_BEFORE_NEXT.search(s[max(0, at - 40):at]):
        return True
    return any(_PLAN_FREE_TO_THE.fullmatch(s, p.end(), at) for p in PAST.finditer(s, max(0, at - 80), at)
               if p.group(0).lower() not in ("last", "earlier", "yesterday", "yday", "ago"))


# A participle opening an aside between commas: ", suspended since November, ..."
_ASIDE_PARTICIPLE = re.compile(r"(?i)[a-z]{2,}ed\b[^,.;:]{0,60},")
_ASIDE_BEFORE = re.compile(r",\s*$")


# The participle of a future perfect ("will have played", "we'll have finished"), seen from before it
_FUTURE_PERFECT = re.compile(r"(?i)(?:\bwill|'ll|\bshall|\bwon't)\s+(?:not\s+)?have\s+(?:\w+ly\s+)?$")


_DETERMINER_BEFORE = re.compile(rf"(?i)\b(?:{_DETERMINER}|these|those|every|each)\s+$")


def tense_markers(ctx: Context, a: int, b: int, s: str) -> list[tuple[int, str, int]]:
    """The verb markers of the sentence ``s`` at ``a``..``b``: (offset in ``s``, tense, penalty), in
    the order :func:`tense_at` weighs them. Found once per sentence: each of a sentence's expressions
    asks, and finding them again for each made a long clause list cost its length times its dates."""
    found = ctx.tense_markers.get((a, b))
    if found is not None:
        return found
    found = []
    may_hold_a_day = _MAY_HOLD_A_DAY.search(s) is not None
    for pat, name in ((_FUTURE, "future"), (PAST, "past"), (SAID, "past"), (_SCHEDULED_PRESENT, "future"),
                      (_SCHEDULED_PRESENT_OBJECT, "future"), (_GOES_ON_TO, "future"),
                      (_SCHEDULED_PRESENT_AFTER, "future"), (_SCHEDULED_COPULA, "future"),
                      (_SCHEDULED_AFTER_OPENING_DAY, "future"), (SCHEDULED_PRESENT_MONTH, "future"),
                      (SCHEDULED_COPULA_WEEKDAY, "future"), (SUBORDINATE_PRESENT, "future"),
                      (_PROGRESSIVE_PLAN, "future"), (_STATE_COPULA, "future")):
        if (pat is _PROGRESSIVE_PLAN or pat is _STATE_COPULA or pat is _SCHEDULED_PRESENT_OBJECT or pat is _GOES_ON_TO) \
                and not may_hold_a_day:
            continue
        for m in (subordinate_presents(s) if pat is SUBORDINATE_PRESENT else pat.finditer(s)):
            w = m.group(0).lower()
            if m.start() and s[m.start() - 1] in "#@":
                continue  # a hashtag or a handle ("#bored", "@tired_dad") labels a post: no verb of it
            if w == "next" and _past_verb_before_next(s, m.start()):
                # "sprinters took the next three stages", "were missing at the next count", "noticed the
                # leak at the next inspection": the ones after, in the past
                continue
            if name == "past" and _ASIDE_PARTICIPLE.match(s, m.start()) and _ASIDE_BEFORE.search(s[:m.start()]):
                # "Garden waste collections, suspended since November, restart on 24 March": the
                # aside's participle dates only what the aside says
                found.append((m.start(), "aside", 0))
                continue
            if (pat is _SCHEDULED_PRESENT or pat is _SCHEDULED_PRESENT_OBJECT) \
                    and _DETERMINER_BEFORE.search(s[max(0, m.start() - 8):m.start()]):
                # "held an open day on Saturday", "wrapped her presents the whole of Sunday": after a
                # determiner the word is no verb (of either pattern)
                continue
            if name == "past" and _FUTURE_PERFECT.search(s[max(0, m.start() - 24):m.start()]):
                continue  # "we'll have played Saturday": the future perfect's "will" says the tense
            if name == "past" and " " not in w and w not in FINITE_PAST:
                # a participle after "be" is passive voice, whose tense is the auxiliary's
                # ("will be paid Dec. 14"); "-ed" adjectives are no verbs at all
                if w in ED_ADJECTIVES and not ed_verb_before_preposition(s, m) \
                        or PASSIVE_ED.search(s[max(0, m.start() - 12):m.start()]) \
                        and not _LABEL_NUMBER.search(s, max(0, m.start() - 30), m.start()):
                    continue
            penalty = 0
            if REPORTING.fullmatch(w):
                penalty = 30  # a reporting verb dates the report, so a nearby real verb outweighs it
            if name == "future" and PAST_AUX.search(s[max(0, m.start() - 12):m.start()]):
                name_here = "past"
            else:
                name_here = name
            found.append((m.start(), name_here, penalty))
    for m in BARE_PAST_AFTER_SUBJECT.finditer(s):
        found.append((m.start("v"), "past", 0))  # "the company cut its forecast": no present after "the company"
    if not any(name == "past" and not penalty for _, name, penalty in found):
        # "voters choose a new mayor on Sunday": a plural's present with nothing past around it is a plan
        found.extend((at, "future", 0) for at in plural_presents(s))
        found.extend((at, "future", 0) for at in singular_presents(s))  # "the council votes on the budget Thursday"
    ctx.tense_markers[(a, b)] = found
    return found


# verbs whose past is their bare form ("cut", "set", "hit") read as a past only where a present would
# need its "-s": right after a singular subject (a pronoun, a determiner and a noun not in "-s" with up
# to two words before it, "a radiation frost", a name) and before their object ("the company cut its forecast", "Ford cut 500 jobs", "the storm hit
# the coast"); "will cut", "the rate cut in May", "prices cut" are not such pasts
BARE_PAST_AFTER_SUBJECT = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Ii]t|(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]his|[Tt]hat)\s+(?:[a-z]+\s+){0,2}[a-z]+(?<!s)|[A-Z][a-z]+(?<![sS]))"
    r"\s+(?P<v>cut|set|hit|put|shut|quit|cost|shed|split|spread|bid)\s+"
    r"(?=(?:the|a|an|its|his|her|their|our|about|some|more|all|off|down|up|back|out|it|them)\b|\$|\d)")
