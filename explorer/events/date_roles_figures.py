"""Dates that belong to a figure, not to a happening: the other term of a comparison ("up from 15 in
2017", "the county's largest since 2014"), a tally's start or period ("has opened 14 branches since
2012", "carried 6.2 million passengers last year"), a trend over a stretch ("prices have doubled since
last winter"), a rate ("40 tutors a year") and a state or tally reached by a time ("by 1800 the yards
employed 2,000 men").

The patterns :func:`explorer.events.date_roles.date_role` reads for those roles ("comparison",
"tally", "trend", "habit" for a rate, "state reached").
"""

from __future__ import annotations

import re

from explorer.number_words import spelled
from explorer.temporal.lexicon import FULL_WEEKDAYS, MONTH_NAMES, ORDINALS, SHORT_MONTHS, alternatives

#: "up from 15 in", "down from 22 percent", "compared with about 150 in the whole of", "as against 3,500
#: in": a comparison's other term, then its date.
COMPARISON = re.compile(
    r"\b(?:(?:up|down|unchanged)\s+from|compared\s+(?:with|to)|versus|as\s+against|in\s+line\s+with|level\s+with)\s+"
    r"(?:[^\s]+\s+){0,6}?(?:(?:in|on|at|during|for)\s+)?(?:(?:the\s+)?(?:whole|rest|same\s+\w+|end|start)\s+of\s+)?$",
    re.IGNORECASE,
)
#: "The troops came down from the hills on 3 June", "The division moved up from the coast in May 1944", "She
#: stepped down from the board in March": a movement (or a leaving) told with "up" or "down from" a
#: place, the subject's own verb before the particle, no comparison's other term; only with no figure
#: between "from" and the date ("Inflation edged down from 3.1 percent in May" is a comparison), and a
#: place named before the date's preposition ("came down from last year's level" is not read).
MOVED_UP_OR_DOWN_FROM = re.compile(
    r"\b(?:came|come|comes|went|gone|ran|flew|rode|drove|[a-z]{3,}ed)\s+(?:back\s+)?(?:up|down)\s+from\s+"
    r"[^\d,;:]*?[a-z]\s+(?:on|in|at|during|by|before|after)\s+(?:the\s+)?$", re.IGNORECASE)
#: "Sales were up 6 percent on last year", "Yields are down about a third on 2024", "Profits rose 8% on the
#: previous year": a change measured "on" its baseline, as British reports put it; the date is the
#: baseline's. Only a date of a period counts (a year, a quarter, a season): "Shares rose 4 percent on
#: Friday" is a market move on its day (see :func:`baseline_on`).
_CHANGE_ON = re.compile(
    r"\b(?:up|down|higher|lower|rose|fell|grew|dropped|climbed|declined|increased|decreased|jumped)\s+(?:by\s+)?"
    r"(?:(?:about|around|nearly|almost|more\s+than|less\s+than|some|over|roughly|just\s+over|just\s+under)\s+)?"
    r"(?:[$£€]?\d[\d.,]*\s*(?:%|percent|per\s+cent|million|billion|points?|pence|cents)?|a\s+(?:third|quarter|fifth|tenth|half)|half)"
    r"\s+on\s+(?:the\s+|a\s+)?$", re.IGNORECASE)
_PERIOD_DATE = re.compile(r"^(?:\d{4}|.*\b(?:year|years|quarter|half|season|period|month|summer|winter|spring|autumn)\b.*)$",
                          re.IGNORECASE)


def baseline_on(clause: str, date_text: str) -> bool:
    """Whether the date (``date_text``) is the baseline of a change measured "on" it (see :data:`_CHANGE_ON`)."""
    return bool(_CHANGE_ON.search(clause) and _PERIOD_DATE.match(date_text))


#: "Bank balance at 30 September: £12,418", "Membership as at 1 March: 412", "Cash as of June 30 — $4.1
#: million": a measure's figure under a label of minutes, accounts or a report, the date the figure's
#: reading, not a happening (see :func:`figure_under_a_label`).
_MEASURE_NOUNS = ("balance balances cash debt reserve reserves funds membership members total totals turnover revenue "
                  "sales stock stocks headcount staff attendance population level levels price prices rate rates "
                  "temperature reading count figure figures tally score position holdings assets liabilities").split()
#: (the same nouns, for the modules that read a measure by its noun: ``ranked_time_answers``)
MEASURE_NOUNS = tuple(_MEASURE_NOUNS)
_MEASURE_LABEL = re.compile(rf"^\W*(?:[\w'’&-]+\s+){{0,3}}?(?:{'|'.join(_MEASURE_NOUNS)})\s+(?:at|as\s+at|as\s+of|on)\s+$",
                            re.IGNORECASE)
_FIGURE_NEXT = re.compile(r"^\s*[:=–—-]\s*(?:about\s+|approximately\s+)?[£$€]?\s?\d")


def figure_under_a_label(clause: str, after: str) -> bool:
    """Whether the date is a measure's reading under a label, its figure after a colon (see
    :data:`_MEASURE_LABEL`)."""
    return bool(_MEASURE_LABEL.search(clause) and _FIGURE_NEXT.match(after))


#: "The farm, worth $2 million in 2019, sold for half that", "her properties, worth a hundred thirty million
#: dollars in October, are worth only half that now": what a thing was worth at a date, a figure of
#: that time (the other term of a comparison, mostly), not a happening.
#: (Only the words of a sum stand between "worth" and the date: "An offer worth $40m arrived on Thursday"
#: tells the offer's arrival.)
_SUM_WORD = (r"(?:[$£€]?\d[\d.,]*(?:m|bn|k)?|an?|about|around|some|nearly|almost|over|under|more|less|than|just|only|"
             r"estimated|roughly|half|" + spelled(1, 12) + r"|fifteen|twenty|"
             + spelled(30, 90) + r"|hundreds?|thousands?|millions?|billions?|dollars|pounds|"
             r"euros|yen|marks|francs|cents|pence)")
WORTH_THEN = re.compile(r"\bworth\s+(?:" + _SUM_WORD + r"\s+){1,8}?(?:in|at|on|during|as\s+of)\s+(?:the\s+)?$", re.IGNORECASE)


#: "We ended the quarter with $640 million in cash", "The shares ended the year up 18 per cent", "The fund
#: closed 2024 at £2.1bn", "Brent finished the week at $74.10": where a measure stood when a period ended, a figure, not a happening (a day's
#: close, "ended the day 4% higher", is a market move on its day, and stays; see :func:`figure_at_period_end`).
_ENDED_BEFORE = re.compile(r"\b(?:ended|ends|finished|finishes|closed|closes)\s+$", re.IGNORECASE)
_FIGURE_AFTER_END = re.compile(
    r"^\s+(?:with\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|some\s+|just\s+)?[$£€]?\s?\d|"
    r"(?:up|down|higher|lower)\b|at\s+(?:about\s+|around\s+)?[$£€]?\s?\d)", re.IGNORECASE)
_PERIOD_END_DATE = re.compile(r"^(?:\d{4}|Q[1-4](?:\s+\d{4})?|.*\b(?:year|quarter|half|season|period|month|week)\b.*)$",
                              re.IGNORECASE)


def figure_at_period_end(clause: str, date_text: str, after: str) -> bool:
    """Whether the date is a period whose end a measure's figure is told at (see :data:`_ENDED_BEFORE`)."""
    return bool(_ENDED_BEFORE.search(clause) and _PERIOD_END_DATE.match(date_text) and _FIGURE_AFTER_END.match(after))


#: A schedule of figures by year: "a 1.5 per cent rise this year and 2 per cent next year", "5 percent this
#: year and 4 percent in each of the next two years", "a further 4% in 2027 and 3.5% in 2028", "residents paid
#: 12 percent more in 2023 and 9 percent more in 2024". Each year is the term of its figure (when a rise
#: applies, what was paid in a year), told beside another figure's year: a deal's or a budget's terms, or a
#: statistic, not the time of the clause's act (the offer, the vote, the saying keep a date of their own, or
#: none). Only years and longer: figures on named days ("fell 3 percent on Monday and 2 percent on Tuesday")
#: are market moves, which the gold README keeps; and only a figure right before its year ("won 12 percent of
#: the vote in 2019" names an election's result, and stays).
_SCHEDULE_FIGURE = (r"(?:[$£€]\s?\d[\d,.]*(?:\s*(?:million|billion|bn|m|k)\b)?|"
                    r"\d[\d,.]*\s*(?:%|percent\b|per\s+cent\b|(?:million\s+|billion\s+)?(?:pounds|euros|dollars|crowns)\b))"
                    r"(?:\s+(?:pay\s+)?(?:rise|increase|cut|more|less)\b)?")
_SCHEDULE_PREPOSITION = r"(?:\s+(?:in|for|during|over)(?:\s+each\s+of)?)?(?:\s+the)?"
_SCHEDULE_YEAR = r"(?:(?:this|next|last|the\s+following|the\s+next)\s+(?:year|two\s+years|three\s+years)|\d{4})\b"
_FIGURE_BEFORE_YEAR = re.compile(_SCHEDULE_FIGURE + _SCHEDULE_PREPOSITION + r"\s*$", re.IGNORECASE)
_YEAR_OF_SCHEDULE = re.compile(r"(?:(?:in|for|during|over)\s+(?:each\s+of\s+)?)?(?:the\s+)?" + _SCHEDULE_YEAR + r"$", re.IGNORECASE)
#: Another figure's year in the same clause, after the date ("… and 2 per cent next year") or before it
#: ("… 4% in 2027 and 3.5% in").
_ANOTHER_AFTER = re.compile(r"^\s*(?:,\s*|\s+)(?:and\s+)?(?:a\s+further\s+|another\s+|then\s+)?" + _SCHEDULE_FIGURE
                            + _SCHEDULE_PREPOSITION + r"\s+" + _SCHEDULE_YEAR, re.IGNORECASE)
_ANOTHER_BEFORE = re.compile(_SCHEDULE_FIGURE + _SCHEDULE_PREPOSITION + r"\s+" + _SCHEDULE_YEAR
                             + r"\s*(?:,\s*|\s+)(?:and\s+)?(?:a\s+further\s+|another\s+|then\s+)?" + _SCHEDULE_FIGURE
                             + r"(?:\s+(?:in|for|during|over)(?:\s+each\s+of)?)?(?:\s+the)?\s*$", re.IGNORECASE)


def figure_in_a_schedule(clause: str, date_text: str, after: str) -> bool:
    """Whether the date (``date_text``, a year or longer) is one figure's year in a schedule of figures by
    year (see :data:`_SCHEDULE_FIGURE`): ``clause`` (the date's clause up to it) ends with the figure, and
    another figure with its own year follows (``after``) or comes before it in the clause."""
    if not _YEAR_OF_SCHEDULE.match(date_text.strip()) or not _FIGURE_BEFORE_YEAR.search(clause):
        return False
    return bool(_ANOTHER_AFTER.match(after) or _ANOTHER_BEFORE.search(clause))


#: "compared with $36.1 million, or 54 cents a share, in the year-earlier period", "up 39% from $388.5
#: million a year earlier", "to $747.8 million from $623.5 million a year ago": the other term of a
#: comparison (a figure) may hold commas of its own; a clause of its own in between ends it.
COMPARED_EARLIER = re.compile(
    # ("posted a loss of $2.3 million, versus net income of $5.3 million, or $1.61 a share, a year earlier")
    # ("down $2.5 billion from 1996", "up 400 tonnes from 2021": a sum or a count as much as a percentage;
    # "down 5 million pounds from the previous year", "down dlrs 2.5 billion from 1996", "up 800 from
    # 2021": a sum's scale and currency in words, a wire's "dlrs", a bare count)
    r"\b(?:compared\s+(?:with|to)|versus|vs\.|(?:up|down)(?:\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+)?"
    r"(?:[\d.,]+\s*(?:%|percent|per\s+cent)|(?:[$£€#]\s?|dlrs\s+)?[\d.,]+(?:\s*(?:million|billion|bn|m)\b)?"
    r"(?:\s+[a-z]{3,}s\b)?))?\s+from|"
    # ("… earned £31 million, against £47 million a year earlier": "against" before a figure)
    r"(?:from|against)\s+(?=(?:about\s+|some\s+|nearly\s+)?(?:[$£€#]\s?[\d.,]+|[\d.,]+\s*(?:%|percent|per\s+cent)|[\d.,]+\s+(?:million|billion))))"
    r"\s*(?:(?!\b(?:after|before|when|since|which|who|while|because|until)\b|,\s*as\b|\bto\s+(?:about\s+)?[$£€#]?\s?\d)"
    r"(?:[^.;:]|\.(?=\d))){0,70}$",
    re.IGNORECASE,
)
#: "Sales fell 14% from a year earlier", "Profits rose 8 per cent from the year before", "Exports grew by a
#: third from 2019": a change by a figure measured from its baseline, the date right after "from" (or after
#: the baseline's own figure, "fell 14% from £3 million in 2023"). The figure is needed: "fell from power in
#: 1990" is a fall of its own; so is the date right after "from": "fell 4 percent from Friday's close on
#: Monday" tells Monday's move.
CHANGE_FROM_BASELINE = re.compile(
    r"\b(?:rose|rises|fell|falls|grew|grows|dropped|drops|climbed|climbs|declined|declines|increased|increases|"
    r"decreased|decreases|jumped|jumps|slipped|slips|slid|gained|gains|eased|eases)\s+(?:by\s+)?"
    r"(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|just\s+over\s+|just\s+under\s+)?"
    r"(?:[\d.,]+\s*(?:%|percent|per\s+cent)|(?:[$£€]\s?)?[\d.,]+(?:\s*(?:million|billion|bn|m)\b)?(?:\s+[a-z]{3,}s\b)?|"
    r"a\s+(?:third|quarter|fifth|tenth|half))\s+from\s+"
    r"(?:(?:about\s+|some\s+|nearly\s+)?[$£€]?\s?[\d.,]+\s*(?:%|percent|per\s+cent|million|billion|bn|m)?\s+(?:in|during|for|at)\s+)?"
    r"(?:the\s+)?$", re.IGNORECASE)
# ("Rents will rise from £38 to £42 a year from 1 April 2024, as agreed … in November": a change from
# one figure to another, then when it takes effect; a clause opened by ", as" is another's.)
#: "Churn was 4 per cent, the same as in the first quarter", "Artillery, vastly more lethal than in the
#: 1870s": the date after "the same as" or "than" is a comparison's other term. ("no later than 30
#: June" is a deadline, read elsewhere.)
#: "We had 30 full members (24 in 2005/06)", "turnout was 61% (58% in 2019)": a figure in brackets
#: with its own date, the other term of a comparison told beside the figure it qualifies.
FIGURE_IN_BRACKETS_BEFORE = re.compile(r"\(\s*(?:about\s+|some\s+|nearly\s+)?[$£€]?\s?\d[\d.,]*\s*(?:%|per\s*cent|percent)?\s+"
                                        r"(?:in|for|during|at\s+the\s+end\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
BRACKET_CLOSES = re.compile(r"^\s*\)")
#: The other term may have its own subject and verb ("faster than they did in the last decade", "than
#: it was in 2019") and its date a describing word or two ("than in the hard winter of 1684"): the
#: happening compared with is still no time of the clause's own; so is a forecast's ("less than
#: projected in the November Report").
SAME_OR_THAN = re.compile(r"(?:\bsame\s+(?:[a-z]+\s+)?as|(?<!later\s)(?<!earlier\s)(?<!sooner\s)\bthan)\s+"
                          r"(?:(?:I|we|you|they|he|she|it|there)\s+(?:did|do|does|had|has|have|was|were|is|are)\s+)?"
                          r"(?:(?:expected|projected|forecast|predicted|estimated|planned|budgeted|anticipated)\s+)?"
                          r"(?:(?:in|at|on|during|for)\s+)?(?:the\s+(?:(?!of\b)[a-z]{3,}\s+){0,2})?$",
                          re.IGNORECASE)
#: A multiple or a share of another time's figure: "Entries were twice the level of 2019", "almost three
#: times the number in 2010", "half as many as in 2015", "twice the 2018 figure": the date is the
#: comparison's other term, not when anything happened. (:func:`a_multiple_of_another_time`)
MULTIPLE = (r"\b(?:twice|double|treble|triple|half|(?:" + spelled(2, 10) + r"|\d+(?:\.\d+)?)\s+times)\s+")
_FIGURE_NOUN = r"(?:level|figure|number|total|rate|size|amount|average|count|tally|share|price|cost|value|volume)s?"
MULTIPLE_OF_EARLIER = re.compile(
    MULTIPLE + r"(?:(?:the|its|their|that)\s+(?:[a-z-]+\s+){0,2}?" + _FIGURE_NOUN + r"\s+(?:of|in|for|at|during|seen\s+in|"
    r"recorded\s+in)|as\s+(?:many|much|high|large|big|often)\s+(?:[a-z-]+\s+){0,2}?as(?:\s+(?:in|on|at|during|for))?)\s+(?:the\s+)?$", re.IGNORECASE)
#: ... or the date inside the figure's noun phrase: "twice the 2018 level".
_MULTIPLE_THE = re.compile(MULTIPLE + r"(?:the|its|their)\s+$", re.IGNORECASE)
_FIGURE_NOUN_NEXT = re.compile(r"^\s+(?:[a-z-]+\s+)?" + _FIGURE_NOUN + r"\b", re.IGNORECASE)


def a_multiple_of_another_time(clause: str, after: str) -> bool:
    """Whether the date is the other term of a multiple or a share ("twice the level of 2019", "twice the
    2018 figure", "half as many as in 2015"), read off its own clause before it and the words after it."""
    return bool(MULTIPLE_OF_EARLIER.search(clause) or _MULTIPLE_THE.search(clause) and _FIGURE_NOUN_NEXT.match(after))


#: "felled around 1600 BC, about five hundred years earlier than the previous record holder": a time
#: measured against another thing's, a comparison, not a second date of the happening.
EARLIER_THAN = re.compile(r"(?:earlier|later|sooner|older|younger)$", re.IGNORECASE)
THAN_NEXT = re.compile(r"^\s+than\b", re.IGNORECASE)
#: "Measles cases had tripled this year, to 1,240", "feed prices have almost doubled since last winter",
#: "sales have fallen by a fifth over the past two years": a figure's change told in the perfect over
#: a stretch of time running up to the telling, a trend, not a happening. (A move on a day, "shares
#: have fallen 4 per cent on Monday", "rose 9 per cent on Thursday", is that day's happening.)
PERFECT_CHANGE = re.compile(
    r"\b(?:has|have|had)\s+(?:(?:almost|nearly|more\s+than|roughly|about|already|also|now|steadily|sharply|"
    r"slowly|gradually)\s+)*(?:risen|fallen|doubled|tripled|trebled|quadrupled|halved|increased|decreased|grown|"
    r"dropped|climbed|soared|jumped|plunged|slumped|surged|declined|shrunk|shrank)\b[^,;:]{0,60}$|"
    # "has become a fixture of the summer over the past 20 years": a state reached over the stretch
    # (its complement, "an important part of the city's history and culture", may be long)
    r"\b(?:has|have|had)\s+(?:(?:already|also|now|steadily|slowly|gradually)\s+)*become\b[^,;:]{0,100}$",
    re.IGNORECASE)
#: "Steel prices fell about 8 percent over the quarter", "Ticket sales fell by a fifth in January",
#: "Cases fell by 60 percent between January and October",
#: "Average pay rose 7.1% last year": a measure's change told over a period, a statistic (the gold
#: README's written convention). A move on a day, "shares rose 4 percent on Friday", is that day's
#: happening, and stays (the period must be no day: see :data:`A_DAY`).
CHANGE_OVER_PERIOD = re.compile(
    r"\b(?:rose|rises|fell|falls|climbed|climbs|dropped|drops|grew|grows|declined|declines|increased|increases|"
    r"decreased|decreases|jumped|jumps|slipped|slips|slumped|slumps|soared|soars|surged|surges|plunged|plunges|"
    r"shrank|shrinks|edged\s+(?:up|down))\s+(?:by\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|"
    r"more\s+than\s+|over\s+|some\s+|just\s+(?:over|under)\s+)?"
    r"(?:\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b|percentage\s+points?\b|points\b)|"
    r"(?:a|one)\s+(?:fifth|third|quarter|tenth|half)\b|half\b)"
    # "to $812 million", "from 3.1 percent": where the measure went, then the period
    r"(?:\s+(?:to|from)\s+[^,;:]{1,30}?)?\s+(?:(?:over|in|during|across|through|for|between)\s+)?(?:the\s+)?$",
    re.IGNORECASE)
#: The same change told with no figure, of a measure named as the subject: "Wheat prices rose sharply in
#: the spring", "Orders fell in July", "Road deaths have declined over the decade". What a measure did
#: over a period is a statistic whether or not the text gives the figure (the gold README's convention);
#: a move on a day, "prices fell on Friday", stays (see :data:`A_DAY`), and so does a subject that is no
#: measure ("The river rose in the night", "The regime fell in 1989").
MEASURE_CHANGE = re.compile(
    r"^\W*(?:[\w'’-]+\s+){0,3}"  # up to three words before the measure: "UK house prices", "the average rents"
    r"(?i:prices|costs|rents|fares|sales|orders|exports|imports|output|production|demand|inflation|unemployment|"
    r"wages|pay|earnings|profits|revenues?|yields|rates|deaths|numbers|figures|emissions|applications|admissions|"
    r"bookings|spending|borrowing|debt|stocks|temperatures|rainfall|volumes|margins|takings|receipts|"
    r"visitor\s+numbers|passenger\s+numbers)\s+(?:(?:of|on|for|in)\s+(?:[\w'’-]+\s+){1,3}?)?"
    r"(?:(?:have|has|had)\s+)?(?:(?:also|again|then|only|steadily|sharply|slightly|further)\s+)?"
    r"(?:rose|risen|fell|fallen|climbed|dropped|grew|grown|declined|increased|decreased|jumped|slipped|slumped|"
    r"soared|surged|plunged|shrank|shrunk|eased|edged\s+(?:up|down)|went\s+(?:up|down)|gone\s+(?:up|down)|came\s+down|come\s+down)"
    r"(?:\s+(?:sharply|steeply|slightly|steadily|again|further|rapidly|slowly|gradually|back|markedly))?"
    # (a second period of the same change: "Orders fell in July and again in August")
    r"(?:\s+(?:in|over|during)\s+[^,;:]{1,25}?,?\s+and(?:\s+again)?)?"
    r"\s+(?:(?:over|in|during|across|through|throughout)\s+)?(?:the\s+)?$")
#: "In the past three months, stocks have plunged and rates have soared", "Over the last year prices have
#: doubled": a stretch running up to the telling, put first, then a measure's change told in the perfect:
#: a trend, as :data:`PERFECT_CHANGE` reads it when the stretch comes after.
PERFECT_CHANGE_AFTER = re.compile(
    # (a subject up to eight words: "Since 2010, the council's funding from central government has fallen by 40%")
    r"^\s*,?\s+(?:(?!(?:has|have|had)\b)[\w'’-]+\s+){1,8}?(?:has|have|had)\s+(?:(?:almost|nearly|more\s+than|roughly|about|"
    r"already|also|steadily|sharply|slowly|gradually)\s+)*(?:risen|fallen|doubled|tripled|trebled|quadrupled|halved|increased|"
    r"decreased|grown|dropped|climbed|soared|jumped|plunged|slumped|surged|declined|shrunk|shrank|tumbled|come\s+down|gone\s+(?:up|down))\b",
    re.IGNORECASE)
#: The measures named as a subject whose level a figure tells, besides those of :data:`MEASURE_CHANGE`:
#: how many belong, enrol, attend or live somewhere, and a running total ("Membership fell below 3,000",
#: "Attendance fell to 61%", "the total reached 1,380 boxes" after its period). (Turnout is an election's own measure, told
#: as its happening, and is not among them.)
#: (A company's own results, "sales rose 9 percent to $2.1 billion in the quarter", which earnings news keeps,
#: are not among them.)
_LEVEL_MEASURE = (r"(?:prices|costs|rents|fares|exports|imports|output|production|demand|inflation|unemployment|"
                  r"wages|pay|yields|emissions|applications|admissions|bookings|spending|borrowing|debt|volumes|"
                  r"membership|enrolments?|enrollments?|attendance|population|ridership|occupancy|the\s+total|the\s+tally)")
#: A measure's verb of moving or reaching a level.
#: (A level reached, "unemployment reached 19 percent the following year", may be the turn a history
#: tells, which the readable gold keeps: only a move is read.)
_LEVEL_VERB = (r"(?:rose|risen|fell|fallen|climbed|dropped|grew|grown|declined|increased|decreased|jumped|slipped|slumped|"
               r"soared|surged|plunged|shrank|shrunk|eased|edged\s+(?:up|down))")
#: The level it moved by or to: a percentage or a count, after "by", "to", "below", "above", "at".
_LEVEL_FIGURE = (r"(?:(?:by|to|below|above|under|over|at)\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|"
                 r"more\s+than\s+|some\s+|just\s+(?:over|under)\s+|a\s+record\s+)?[$£€]?\d[\d,.]*\s*"
                 r"(?:%|percent\b|per\s+cent\b|(?:million|billion|thousand)\b)?(?:\s+(?!(?:in|on|at|during|over|by|a|per)\b)[a-z]+)?"
                 r"(?:\s+(?:a|per)\s+(?:day|week|month|year))?")
#: "Inflation had fallen to 2.9 percent in September", "Membership fell below 3,000 in the early 1930s": a measure's level told by a figure over a period, a statistic of
#: the period (the gold README's convention for a change over a period), as :data:`MEASURE_CHANGE` reads the
#: same change told with no figure. The measure may take an aside ("inflation, which peaked at 11.2 percent
#: in October 2023, had fallen to …"). A move on a day stays ("Ten-year bond yields fell to 3.9% that day",
#: see :data:`A_DAY`); so does a river's height
#: or a heat ("the temperature fell to minus 4°C"), whose subject is no measure of many.
MEASURE_TO_FIGURE = re.compile(
    r"\b(?i:" + _LEVEL_MEASURE + r")(?:\s*,[^,;:]{1,80},)?\s+(?:(?:of|on|for|in|at)\s+(?:[\w'’-]+\s+){1,3}?)?"
    r"(?:(?:have|has|had)\s+)?(?:(?:also|again|then|only|steadily|sharply|slightly|further)\s+)?" + _LEVEL_VERB + r"\s+"
    + _LEVEL_FIGURE + r"\s+(?:(?:over|in|during|across|through|throughout|for|by)\s+)?(?:the\s+)?$")
#: The same with the period between the measure and its verb: "after inflation in February jumped to 4.8%"
#: (``before`` ends with the measure and a preposition, :data:`MEASURE_TO_FIGURE_AFTER` reads the rest).
MEASURE_BEFORE_PERIOD = re.compile(r"\b(?i:" + _LEVEL_MEASURE + r")\s+(?:(?:in|during|over|for)\s+)(?:the\s+)?$")
MEASURE_TO_FIGURE_AFTER = re.compile(r"^\s*,?\s+(?:(?:have|has|had)\s+)?" + _LEVEL_VERB + r"\s+" + _LEVEL_FIGURE
                                     + r"(?=[\s,.;:]|$)", re.IGNORECASE)
#: The period put first, then a measure's change by a percentage or a total's level: "Over the month of
#: February Brent lost 6 per cent", "In March the index gained 2.1%", "Over the last twelve months the total
#: reached 1,380 boxes". (An act with a count, "In 2019 the trust built 300 homes", is no change of a measure.)
CHANGE_AFTER_PERIOD = re.compile(
    r"^\s*,?\s+(?:(?!(?:has|have|had|was|were|is|are|will|would|he|she|they|we|I)\b)[\w'’&-]+\s+){1,5}?(?:(?:has|have|had)\s+)?"
    r"(?:(?:rose|risen|fell|fallen|climbed|dropped|declined|slipped|slumped|soared|surged|plunged|jumped|lost|gained|shed|added)"
    r"\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|some\s+)?\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b)"
    r"|(?<=total\s)(?:reached|rose\s+to|came\s+to|stood\s+at)\s+(?:about\s+|nearly\s+|more\s+than\s+|some\s+)?\d)",
    re.IGNORECASE)


#: A period that "saw" a measure's change: "2007 also saw a sharp increase in roadside bombings", "The
#: spring of 1998 saw a steep rise in bread prices", "The decade brought a fall in church attendance".
#: A trend over the period, told with the period as the subject of "saw": a statistic, which the gold
#: README leaves out, not a happening of that time ("1916 saw the first tanks", "the year saw the rise
#: of a new party": a first or a rise "of" something names a happening, and stays).
PERIOD_SAW_CHANGE = re.compile(
    r"^\s*,?\s+(?:(?:also|then|again|meanwhile)\s+)?(?:saw|sees|witnessed|witnesses|brought|brings)\s+"
    r"(?:(?:an?|the|another|a\s+further)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:increase|rise|fall|decline|drop|surge|jump|spike|growth|slump|upturn|downturn|fall-off|reduction|upsurge|"
    r"escalation|dip|leap|slowdown)s?\s+in\b", re.IGNORECASE)
#: "Gas prices doubled in 2022", "the population halved over the next century": a measure's change
#: by a multiple told over a period, a statistic as a percentage is (the verb right before the period:
#: "doubled its staff in 2019" tells what a company did, and is left alone); and "the metal is still up
#: 4 percent for the year", "down 12 percent in the quarter": where a measure stands against a period's
#: start, a statistic of that period.
MULTIPLE_OR_LEVEL_OVER_PERIOD = re.compile(
    r"\b(?:doubled|doubles|tripled|triples|trebled|trebles|quadrupled|halved|halves)\s+"
    r"(?:(?:in|over|during|across|through|between|within)\s+)?(?:the\s+)?$|"
    r"\b(?:up|down)\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|some\s+)?"
    r"\d[\d.,]*\s*(?:%|percent|per\s+cent)\s+(?:for|in|over|across|during)\s+(?:the\s+)?$",
    re.IGNORECASE)
#: "The index fell to 47.2 in May from 48.9 in April", "exports rose to 9,400 tonnes last year from 8,100
#: in 2023": the figure a measure moved from, dated after the new figure's own date, is the other term of a
#: comparison (as :data:`TO_FROM_COUNT` reads it when the dates are not between); so is it before the
#: new figure ("Cargo climbed from 3,100 tonnes in 2021 to 4,800 tonnes last year", "…, rising from
#: 80,000 in 2018 to 120,000"), what it counts named after it, the verb a participle.
FROM_EARLIER_FIGURE = re.compile(
    # (a perfect's participle too: "Enrolment has fallen from 410 pupils in 2015 to 168")
    r"\b(?:rose|fell|climbed|dropped|grew|declined|increased|decreased|jumped|slipped|slumped|soared|surged|plunged|"
    r"shrank|eased|edged\s+(?:up|down)|recovered|rising|falling|climbing|dropping|growing|declining|increasing|decreasing|"
    r"risen|fallen|grown|shrunk)\b"
    r"(?:[^.;:]|\.(?=\d)){0,80}?\bfrom\s+(?:about\s+|around\s+|nearly\s+)?(?:[$£€]\s?|dlrs\s+)?\d[\d,.]*%?"
    r"(?:\s+(?:million|billion|thousand|bn|m|percent|per\s+cent|pence|cents|points))?"
    r"(?:\s+(?!(?:metres|meters|feet|inches|miles|kilometres|kilometers|degrees)\b)[a-z]{3,}s)?\s+(?:in|during|for|over|at)\s+(?:the\s+)?$",
    re.IGNORECASE)
#: "Road deaths fell to 112 last year", "Exports climbed to $4.2 billion in the third quarter", "Gas
#: prices fell nearly two cents a gallon over the last two weeks", "Visitor numbers rose from 40,000 to
#: 52,000 in 2023", "Imports totaled about $37.3 million in 1988": a measure's change to a figure, or
#: its total, told over a period: a statistic, as the percentages of :data:`CHANGE_OVER_PERIOD` are.
#: A saying before it ("HMC said revenue rose to $2.1 billion in the second quarter") tells a report's
#: figures, told with the report (see :data:`SAID_BEFORE_FIGURE`). Only counts and sums count as the figure: a flood's height ("the river rose to 5.2 metres in March
#: 1947") or a rank ("rose to power in 1933", "climbed to third") tells a happening, and stays.
_FIGURE = (r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|some\s+|just\s+(?:over|under)\s+|"
           r"an\s+estimated\s+|a\s+record\s+)?"
           r"(?:(?:[$£€#]\s?|dlrs\s+)\d[\d,.]*|\d[\d,.]*|(?:" + spelled(2, 10) + r"|twenty|fifty)(?=\s+(?:cents|pence|dollars|pounds|euros)))"
           r"(?:\s*(?:million|billion|thousand|bn|m|k)\b)?"
           r"(?:\s+(?:cents|pence|p|dollars|pounds|euros|points)\b|"
           # ... or what it counts: "fell to 87 deaths", "averaged 19 weeks" (not a height or a heat, nor a
           # rate's level, "Turnout rose to 61 percent in 2023", an election's measure, told as its happening)
           r"\s+(?!(?:metres|meters|feet|inches|miles|kilometres|kilometers|degrees|percent)\b)[a-z]{3,}s\b)?(?!\s*%|\s+per\s+cent)"
           # ... per what is measured: "two cents a gallon", "388 pence a share"
           r"(?:\s+(?:a|per)\s+(?:gallon|barrel|litre|liter|tonne|ton|share|head|kilo|pound|ounce))?")
FIGURE_OVER_PERIOD = re.compile(
    r"\b(?:(?:rose|rises|fell|falls|climbed|climbs|dropped|drops|grew|grows|declined|declines|increased|increases|"
    r"decreased|decreases|jumped|jumps|slipped|slips|slumped|slumps|soared|soars|surged|surges|plunged|plunges|"
    r"shrank|shrinks|edged\s+(?:up|down)|came\s+down|went\s+(?:up|down)|"
    # ("…, rising from about 35 percent in 2019 to about 51 percent this year": a participle, and the
    # first figure's own time told between the figures)
    r"rising|falling|climbing|dropping|growing|declining|increasing|decreasing)\s+"
    r"(?:by\s+|to\s+|from\s+" + _FIGURE + r"(?:\s+(?:in|at|during|for)?\s*[^,;:]{1,30}?)?\s+to\s+)?|"
    r"(?:totall?ed|totals|amounted\s+to|amounts\s+to|averaged|averages)\s+)"
    + _FIGURE + r"(?=\s)(?:\s+(?:over|in|during|across|through|for|between))?(?:\s+the)?\s*$"
    # ... or a verb that only tells what a count came to, with what it counts or its rate after the figure:
    # "Civilian deaths numbered 490 in November", "The garrison numbered 4,000 men in June", "Sinkings
    # peaked at 860,000 tons in April", "Sorties averaged 300 a day in June". How many, not what happened
    # (a peak with no figure, "The storm peaked at category five on Monday", and any day's figure stay)
    r"|\b(?:numbered|numbers|peaked\s+at|peaks\s+at|averaged|averages|totall?ed|totals)\s+" + _FIGURE
    + r"(?:(?:\s+(?!(?:over|in|during|across|through|for|between|on|at|by|and|but)\b)[a-z]+){0,3}?"
    r"\s+(?:over|in|during|across|through|for|between))?(?:\s+the)?\s*$"
    # ... or where it was measured before the period: "Fine particles averaged 9 micrograms across the city in
    # 2023"; a range a level kept, "Prices ranged from £3 to £9 in 1990"; a share of a whole, "Online bids
    # accounted for 38 per cent of lots sold in 2024" (session 56)
    r"|\b(?:(?:averaged|averages|ranged\s+from\s+" + _FIGURE + r"\s+to)\s+" + _FIGURE
    + r"|accounted\s+for\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|just\s+)?\d[\d.]*\s*(?:%|percent|per\s+cent))"
    r"(?:\s+(?!(?:and|but|when|after|before|while)\b)[a-z]+){0,5}?"
    r"\s+(?:in|during|over|for)(?:\s+the)?\s*$",
    re.IGNORECASE)
SAID_BEFORE_FIGURE = re.compile(r"\b(?:said|says|reported|reports|announced|announces|posted|posts)\b", re.IGNORECASE)
#: "The council will spend 212 million next year", "spent about £3 million during the summer", "The move
#: cost us 9 million dollars in the quarter": a sum spent over a period, a budget or a tally of it, not a happening. (A purchase names what was bought:
#: "spent £5 million on a striker in January" tells that day's deal, and stays.)
SPENT_OVER_PERIOD = re.compile(
    # (a sum earned or lost in a period, "The bakery earned $3 million in the third quarter", is a
    # company's results, which earnings news keeps: left alone)
    r"\b(?:spend|spends|spent|spending|(?:cost|costs|costing)(?:\s+(?:us|it|them|the\s+\w+|its\s+\w+))?)\s+" + _FIGURE + r"(?:\s+(?:a|per)\s+(?:year|month|week))?"
    r"(?:\s+(?:in|over|during|across|for))?(?:\s+the)?\s*$", re.IGNORECASE)
#: "deaths are falling again, to 51 from 58 in the same period last year", "rose to 312 from 280 in
#: 2023": the figure it moved from, dated, is the other term of a comparison (as the sums of
#: :data:`COMPARED_EARLIER` are), also when it is a bare count.
_UNIT = r"(?:million|billion|thousand|bn|m|percent|per\s+cent|pence|cents|points)"
TO_FROM_COUNT = re.compile(
    r"\bto\s+(?:about\s+|around\s+|nearly\s+)?[$£€]?\d[\d,.]*%?(?:\s+" + _UNIT + r")?\s+from\s+[$£€]?\d[\d,.]*%?"
    r"(?:\s+" + _UNIT + r")?\s+(?:in|during|for|over|at)\s+(?:the\s+)?(?:same\s+(?:period|time|quarter|month|week|point|stage)\s+)?$",
    re.IGNORECASE)
#: "Funding was cut by a third between 2015 and 2020", "Staff numbers have been reduced by 12 percent from
#: 2019 to 2024": a measure changed by others over a span of years, told in the passive; a statistic
#: of the span. (Over a single period, "Fares were raised by 10 percent in January", it may be the
#: decision's day, and is left alone.)
PASSIVE_CHANGE_BETWEEN = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:cut|reduced|raised|increased|halved|doubled|trebled|tripled)\s+"
    r"(?:by\s+)?(?:(?:about|around|nearly|almost|more\s+than|over|some)\s+)?(?:\d[\d.,]*\s*(?:%|percent|per\s+cent)|"
    r"(?:a|one)\s+(?:fifth|third|quarter|tenth|half)|half)?\s*(?:between|from)\s+$", re.IGNORECASE)
#: "The bakery said its sales rose 9 percent in 2023", "reported that net income rose 14 percent in the
#: third quarter": a company telling its own results, the telling a happening of its day; left alone.
RESULTS_TOLD = re.compile(r"\b(?:said|says|reported|reports|announced|announces|posted|posts)\b(?:\s+\w+){0,2}?\s+(?:that\s+)?"
                           r"(?:its|their|the\s+company['’]s|the\s+group['’]s)\b", re.IGNORECASE)
#: "fell 4 percent in morning trading", "rose 2 percent in the afternoon": a move within a day.
PART_OF_A_DAY = re.compile(r"\b(?:morning|afternoon|evening|night|midday|noon|trading|session|hours?)\b", re.IGNORECASE)
#: ... over a stretch that runs up to the telling ("this year", "the past two years", or from "since"
#: a date): "the rivers had fallen to record lows last summer" tells that summer's happening.
RUNNING_TO_NOW = re.compile(r"(?:this|the\s+past|the\s+last|recent)\b", re.IGNORECASE)
A_DAY = re.compile(
    rf"\b(?:{alternatives(FULL_WEEKDAYS)}|today|yesterday|tonight)\b|"
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{alternatives(SHORT_MONTHS)})|"
    rf"\b(?:{alternatives(SHORT_MONTHS)})[a-z]*\.?\s+\d{{1,2}}\b|\d{{1,2}}[:.]\d{{2}}|\b\d{{4}}-\d{{2}}-\d{{2}}\b",
    re.IGNORECASE)
#: "two weeks later than planned", "a year earlier than expected": a delay or an advance measured
#: against a plan, not a date of its own; the happening's date is told elsewhere (or not at all).
THAN_AFTER = re.compile(r"^\s+than\s+(?:planned|expected|scheduled|hoped|intended|promised|forecast|originally|first|usual|"
                         r"anticipated|predicted|agreed|required|normal)\b", re.IGNORECASE)
#: "faced a gap of £11.4 million in 2025-26", "a deficit of $2bn for the year": a figure for a period.
FIGURE_FOR_PERIOD = re.compile(
    r"\b(?:gap|deficit|shortfall|surplus|overspend|underspend|black\s+hole)\s+of\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?"
    r"[£$€]\s?[\d.,]+\s*(?:million|billion|bn|m|k)?\s+(?:in|for|during)\s+(?:the\s+)?$", re.IGNORECASE)
#: "the county's largest since", "the worst in the region since": a superlative measured against the
#: past; the date is where the comparison starts, not a happening.
SUPERLATIVE_SINCE = re.compile(
    r"\b(?:(?!(?:east|west|honest|modest|interest|forest|rest|test|best-?known|request|contest|protest|"
    r"arrest|harvest|guest|chest|nest|quest|suggest|invest|latest)\b)[a-z]{2,}est|worst|best|most(?:\s+\w+)?|"
    r"fewest|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b[^,;:.]{0,50}\bsince\s+$",
    re.IGNORECASE,
)
#: The superlative words of :data:`SUPERLATIVE_SINCE` without its ordinals ("the first woman elected in
#: 1909" tells an election).
_SUPERLATIVE = (r"(?:(?!(?:east|west|honest|modest|interest|forest|rest|test|best-?known|request|contest|protest|"
                r"arrest|harvest|guest|chest|nest|quest|suggest|invest|latest|earliest)\b)[a-z]{2,}est|worst|best|"
                r"(?:most|least)\s+[a-z]+)")
#: (the same words, for the modules that read a superlative subject: ``ranked_time_answers``)
SUPERLATIVE_WORD = _SUPERLATIVE
#: "The flood of 1852 was the worst of the nineteenth century", "2023 was the county's wettest year of the
#: decade", "the strike is the biggest in the 1990s": a superlative told by "be" of its subject, measured
#: within a period. The date is the comparison's frame, not a happening; the subject's own date, if any,
#: tells the happening ("of 1852").
SUPERLATIVE_WITHIN = re.compile(
    rf"\b(?:is|are|was|were|(?:has|have|had)\s+been|will\s+be)\s+(?:\w+\s+)?(?:the|its|their|his|her|[\w-]+['’]s?)\s+"
    rf"(?:[\w-]+\s+)?{_SUPERLATIVE}\b(?:\s+[\w'’-]+){{0,3}}?\s+(?:of|in)\s+(?:the\s+)?$",
    re.IGNORECASE)
#: "drew the biggest crowd of the year", "had the wettest day of the decade": a superlative noun measured
#: within a period, told as a verb's object. The period is the comparison's frame, not the act's date (a
#: date of its own, "on 26 December", tells that).
SUPERLATIVE_OF_PERIOD = re.compile(rf"\bthe\s+{_SUPERLATIVE}\s+(?:[\w-]+\s+){{1,2}}?of\s+(?:the\s+)?$", re.IGNORECASE)
#: "the wettest June since records began in 1910", "the lowest figure since records started in 1979",
#: "the windiest month since records began at Carrow Point in 1891",
#: "the longest dry spell in records going back to 1850": when a series of measurements starts, the far
#: end of a comparison with the past, not a happening a reader puts on a timeline.
RECORDS_BEGAN = re.compile(
    r"\b(?:since|when|before)\s+(?:(?:official|reliable|national|modern|weather)\s+)?records\s+(?:began|begin|started|start|"
    r"were\s+first\s+kept)\s+"
    # ... where they are kept, before the date: "since records began at Carrow in 1891", "since records
    # started at the Kew observatory in 1871"
    r"(?:(?:at|in)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){1,3}(?:[a-z]+\s+)?(?=in\s|on\s|during\s))?"
    r"(?:(?:in|on|at|during)\s+)?(?:the\s+)?$|"
    r"\brecords\s+(?:going|dating|that\s+go|which\s+go|that\s+date|which\s+date)\s+back\s+(?:to|as\s+far\s+as)\s+(?:the\s+)?$",
    re.IGNORECASE)
#: "has brought 14 projects into service since", "had received more than 600 books since", "have carried
#: more than a million passengers since": a tally
#: kept since a day, not a happening on it. ("has led the company since", "have run since": when a
#: state began, which readers keep on the timeline.)
TALLY_SINCE = re.compile(
    # (or a share of what it had: "Its shares have lost more than half their value since")
    r"\b(?:has|have|had)\s+(?:been\s+)?(?:[\w'’-]+\s+){0,6}?(?:[£$€]\s?\d[\d,.]*(?:m|bn|k)?|\d[\d,.]*|(?:a|one)\s+(?:hundred|thousand|million|billion)|" + spelled(2, 10) + r"|"
    r"half|(?:a|one|two)\s+(?:third|quarter|fifth|tenth)s?|"
    r"eleven|twelve|" + spelled(20, 50) + r"|hundreds|thousands|dozens|millions|twice|thrice|several\s+times|"
    r"repeatedly)\b[^,;:]{0,60}\bsince\s+$",
    re.IGNORECASE,
)
#: "This will be the museum's third exhibition of the year", "Sunday's race was the second of five held
#: this season": a happening ranked in a tally of a period, told by a copula and an ordinal; the
#: happening's own date is told elsewhere, the period is the tally's. (A clause of its own after the
#: rank, "was the first iron bridge when it opened in 1779", tells its own happening's date; an ordinal
#: adverb with no determiner, "was first elected in 1999", "was last replaced in 1998", dates the verb.)
RANK_IN_PERIOD = re.compile(
    r"\b(?:is|was|will\s+be|would\s+be|becomes|became)\s+(?:(?:the|its|their|his|her)\s+|"
    r"(?:(?:the|this|that)\s+)?(?:[\w.&-]+\s+){0,3}?[\w.&-]+['’]s?\s+)(?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|\d+(?:st|nd|rd|th)|last|latest)\b"
    r"(?:(?!\b(?:when|after|before|since|as|that|which|who|because|while|until|where)\b)[^,;:.]){0,60}$")
#: The same rank in apposition, set off by a comma after the clause it ranks: "photographed one on 29 October,
#: the last confirmed sighting of the year", "won on 3 May, its first recorded win of the season" (no verb of
#: its own: the participle before the noun is an adjective)
RANK_APPOSED = re.compile(
    r",\s*(?:the|its|their|his|her|our)\s+(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|last|latest|only|"
    r"biggest|largest|worst|best|highest|lowest)\s+(?:[a-z]+\s+){0,3}?(?:of|in)\s+$", re.IGNORECASE)
#: The period such a rank is counted in: "the year", "the season", "the winter".
RANKED_PERIOD = re.compile(r"(?:this|the|that)\s+(?:year|season|month|week|term|quarter|decade|winter|summer|spring|autumn|"
                           r"fall|day|night)", re.IGNORECASE)
#: "Today is the eighth day of the strike", "Tuesday was the third day of protests", "Monday marks the 100th
#: day of the war": a day counted into a lasting happening, named by a copula. The happening began on a
#: date of its own; the count is no new one. Read after a date that is the subject (:data:`DAY_COUNTED`)
#: or before the count, when the count is the date ("the eighth day" after "Today is", :data:`COUNTED_DAY`).
_COUNT = (r"(?:the|its|their)\s+(?:" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + r"|\d+(?:st|nd|rd|th))\s+"
          r"(?:(?:straight|consecutive|full|successive)\s+)?(?:day|night|week|month)")
_COUNT_COPULA = r"(?:is|was|marks|marked|will\s+be|would\s+be)"
DAY_COUNTED = re.compile(r"^\s+" + _COUNT_COPULA + r"\s+" + _COUNT + r"\s+(?:of|since|in)\b", re.IGNORECASE)
COUNTED_DAY = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but)\s+)\W*(?:today|tonight|yesterday|it|this|that|[a-z]+day)\s+"
                         + _COUNT_COPULA + r"\s+$", re.IGNORECASE)
COUNT_ITSELF = re.compile(_COUNT, re.IGNORECASE)
#: ... the tally's period: the one running now ("this year", "the season"), or one named after "of"
#: ("its first strike of 2023"). "was the first woman elected to the board in 1931" dates the election.
TALLY_PERIOD = re.compile(r"(?:this|the)\s+(?:year|season|month|week|term|quarter|decade)", re.IGNORECASE)
#: The count and what it counts, after a tally's verb: "more than 30 million tonnes of grain", "2,000 small
#: earthquakes", and where they were counted: "118,000 passengers on the route", "2.1 million tonnes
#: through its northern berths". (A length of time is no count of things: "were held over two days".)
_COUNTED = (
    r"(?:about\s+|more\s+than\s+|nearly\s+|almost\s+|some\s+|over\s+|just\s+|only\s+)?(?:\d[\d,.]*|"
    + spelled(2, 12) + r"|" + spelled(20, 50) + r"|hundreds|thousands|dozens)\s+"
    r"(?:(?:million|billion|thousand|hundred)\s+)?"
    r"(?:(?!(?:on|in|at|during|between|by|over|within|for|from|to|of)\b)[a-z][a-z-]*\s+){1,2}?"  # ("e-readers")
    r"(?<!days )(?<!weeks )(?<!months )(?<!hours )(?<!years )(?:of\s+[a-z]+\s+)?"
    r"(?:(?:on|across|over|through|along|at|to|from|via|under|around|near|inside|throughout)\s+"
    r"(?:(?:the|its|their|our|his|her)\s+)?(?:(?!(?:on|in|at|during|between|by|over|within)\b)[\w'’-]+\s+){1,2})?"
)
#: The verbs of a tally over a period: goods or people moved, made or served ("sold eleven bicycles",
#: "carried 6.2 million passengers", "landed 11,200 tonnes of cod") ...
_TALLY_VERB = (
    r"(?:sold|carried|produced|handled|served|shipped|delivered|recorded|exported|imported|welcomed|attracted|drew|"
    r"landed|caught|processed|transported|"
    # ... or how many people a service took in over it: "helped 3,400 households through the scheme in 2024",
    # "received 310,000 visitors last year", "trained 40 volunteers that winter" (the service's work,
    # counted; what happened to each is no happening told)
    r"helped|supported|assisted|treated|trained|housed|fed|received|admitted|hosted|vaccinated|screened)")
#: The verbs of a service's work counted, the tally's and more: "treated 1,812 patients", "dealt with 214
#: hearings", "issued 6,230 postal ballot packs", "operated 31,840 flights", "attended 412 call-outs", "lent
#: 412,000 books", "published 112 papers", "listed 1,148 new homes". (Acts a reader may list one by one,
#: "built 300 homes", "held three hearings", are not among them, nor is a sum lost or earned, read apart.)
WORK_VERB = (_TALLY_VERB[:-1] + r"|attended|answered|issued|operated|flew|published|lent|loaned|listed|registered|distributed|"
             r"dealt\s+with|responded\s+to|handed\s+out|logged|examined|tested)")
#: The count of the work in digits ("1,812", "6.2 million", "about 4,000"), then a few words of what it counts
#: (no "of": "served 40,000 pages of further evidence in July" measures one act, the serving).
WORK_COUNT = (r"(?:(?:about|around|nearly|almost|some|over|more\s+than|an\s+estimated|a\s+record(?:\s+of)?|a\s+total\s+of)\s+)?"
              r"(?P<count>\d[\d,.]*)(?:\s+(?:million|thousand|hundred))?\s+(?:(?!(?:on|at|by|of)\b)[\w'’-]+\s+){0,4}?")
#: That count right before a date naming its period: "The court dealt with 214 hearings in January", "the
#: Commission issued 6,230 postal ballot packs in May", "operated 31,840 flights in the quarter", "Crews
#: attended 412 call-outs in 2025". A service's work counted over the period, a tally, not a happening (read
#: only when the date is no single day: "The airline flew 58,200 passengers on 26 July" is that day's).
WORK_COUNTED_BEFORE_PERIOD = re.compile(
    r"\b" + WORK_VERB + r"\s+" + WORK_COUNT + r"(?:(?:in|during|over|throughout|across)\s+)?(?:the\s+)?$", re.IGNORECASE)
#: "sold eleven bicycles that year", "carried 6.2 million passengers last year": a tally over a period,
#: which may be a part of the date's span ("landed 11,200 tonnes in the first eleven months of 2025").
TALLY_OVER = re.compile(
    r"\b" + _TALLY_VERB + r"\s+" + _COUNTED + r"(?:in\s+|during\s+|between\s+|over\s+|within\s+|throughout\s+)?"
    r"(?:the\s+(?:first|last|past|final|opening|closing)\s+(?:[a-z]+\s+)?(?:days|weeks|months|quarters|half)\s+of\s+)?$",
)
#: The same tally with its period put first: "In December the airport handled 412,000 passengers", "Last
#: year the clinic treated 6,200 patients", "Over the whole of 2025 it carried 5.3 million tonnes" (``after``:
#: the text after the date, its subject then the tally, which closes the clause). "In 2019 the trust built
#: 300 homes" counts acts a reader lists and is no tally verb's; nor is an attendance, which may be a
#: happening's own ("Last year it drew 80,000 visitors", of a festival: the readable gold keeps it), so
#: "drew", "attracted", "welcomed" and "hosted" are left out here.
_TALLY_VERB_NOT_ATTENDANCE = _TALLY_VERB.replace("welcomed|attracted|drew|", "").replace("admitted|hosted|", "admitted|")
#: ... and a service's other work counted over the period put first ("Last year the helpline answered 9,500
#: calls", "In 2024 the libraries lent 300,000 books", "Over Christmas the pantry handed out 1,200 parcels";
#: :data:`WORK_VERB` less "attended", an attendance), or a sum raised for a cause ("In 2025, the trust
#: raised £18,000 for the children's ward": the year's fundraising total; a firm's funding round, "In
#: 2021 the company raised $240 million from investors", names no cause and stays).
#: ("issued" and "listed" left out: "In May the firm issued 2,000 shares to its staff" is one issue)
_WORK_AFTER_PERIOD_VERB = (_TALLY_VERB_NOT_ATTENDANCE[:-1]
                           + WORK_VERB[len(_TALLY_VERB) - 1:].replace("|attended", "").replace("|issued", "").replace("|listed", ""))
#: A sum raised or collected for a cause: "raised £18,000 for the hospice", "collected $4,000 towards the roof".
_RAISED_FOR_A_CAUSE = (r"(?:raised|collected)\s+(?:about\s+|more\s+than\s+|nearly\s+|almost\s+|some\s+|over\s+|a\s+record\s+)?"
                       r"[£$€]\s?\d[\d,.]*(?:\s*(?:million|thousand|m|k|bn)\b)?\s+(?:for|towards|to\s+help)\b")
_COUNT_ABOUT = r"(?:about\s+|more\s+than\s+|nearly\s+|almost\s+|some\s+|over\s+|just\s+|only\s+|an\s+estimated\s+)?"
#: A count of a hundred or more, and what it counts, may be followed by where or to whom ("answered 9,500
#: calls from carers", "handed out 1,200 boxes to families across the district"): so many are the
#: period's total, not one act, whatever the place. (A small count keeps the clause's end: "In 1944 the
#: yard delivered 40 ships to the navy" may be one delivery, and stays.)
_LARGE_COUNT_AND_WHERE = (r"(?:\d{1,3}(?:,\d{3})+|\d{3,}(?![\d,.])|\d[\d.]*\s+(?:million|billion|thousand))\s+"
                          r"(?:[a-z][a-z'’-]*\s+){0,2}?[a-z][a-z-]*(?:\s+of\s+[a-z]+)?"
                          r"\s+(?:to|for|from|across|among|in|on|at|around|through|throughout)\s+[^,.;:!?]{1,70}?(?=\s*(?:[,.;:!?]|$)|\s(?:and|but)\b)")
TALLY_AFTER_PERIOD = re.compile(
    r"^\s*,?\s+(?:(?!(?:has|have|had|was|were|is|are|will|would)\b)[\w'’&-]+\s+){1,6}?(?:had\s+|have\s+|has\s+)?(?:"
    + _WORK_AFTER_PERIOD_VERB + r"\s+" + _COUNT_ABOUT
    # (the count in digits, or many in words: "In the 1970s the bakery trained dozens of young bakers")
    + r"(?:(?:\d[\d,.]*\s+(?:(?:million|billion|thousand|hundred)\s+)?|(?:dozens|hundreds|thousands|scores)\s+of\s+(?:[a-z][a-z-]*\s+)?)"
    r"[a-z][a-z-]*(?:\s+of\s+[a-z]+)?(?=\s*(?:[,.;:]|$)|\s(?:and|but)\b)|" + _LARGE_COUNT_AND_WHERE + r")|"
    + _RAISED_FOR_A_CAUSE + r")",
    re.IGNORECASE)
#: A count in the hundreds or more as a verb's object: "visited 2,900 farms", "logged 9,000 hours", "rehomed 412
#: dogs", "welcomed 14,500 people" (a bare four-figure number is a year: "in 1998").
LARGE_COUNT_OBJECT = re.compile(
    r"\b[a-z]{3,}\s+(?:(?:about|around|nearly|almost|some|over|more\s+than|an\s+estimated|a\s+record(?:\s+of)?)\s+)?"
    r"(?:\d{1,3}(?:,\d{3})+|\d{3}(?![\d,.])|\d[\d.]*\s+(?:million|thousand))\s+[a-z]", re.IGNORECASE)
#: The same count after a period no date names, put first and dated by the tagger as "the year" ("During the
#: year, the gallery welcomed 14,500 visitors and sold 3,000 catalogues"): a year in numbers (the undated
#: kind is read by ``tallies_and_baselines.counts_over_a_period_put_first``).
UNNAMED_PERIOD = re.compile(r"the\s+(?:whole\s+)?(?:year|season|month|quarter|half|period)", re.IGNORECASE)
#: A stretch put first, its length told ("Over the summer", "During the winter", "Throughout 2025", "Over
#: Christmas"), then a count in the hundreds or more as a verb's object ("volunteers collected 300 bags of
#: litter", "gritters spread 5,000 tonnes of salt"): so many over a stretch are its total, whatever the verb,
#: not one happening (read with :data:`LARGE_COUNT_AFTER_PERIOD`, and not of a day, a night or hours: "During
#: the night, rebels fired 300 rockets at the city" is that night's attack). "In 2025" names when, no
#: stretch, and is read by :data:`TALLY_AFTER_PERIOD` alone.
STRETCH_TOLD_FIRST = re.compile(r"\W*(?:over|during|throughout|across)\s+(?:the\s+(?:whole|course)\s+of\s+)?", re.IGNORECASE)
LARGE_COUNT_AFTER_PERIOD = re.compile(r"^\s*,?\s+(?:(?!(?:will|would)\b)[\w'’&-]+\s+){1,6}?" + LARGE_COUNT_OBJECT.pattern[2:],
                                      re.IGNORECASE)
#: A period put first, then how many there were or how many hours were given, counted over it: "In 2019 the
#: sisters numbered 37", "In 1916 the works employed 212 people", "In 2024 volunteers spent 1,600 hours in the
#: cab", "In 1936 the lookout reported 74 fires" (``after``: the text after the date). A size or a tally of the
#: period, not a happening; a count of acts a reader lists one by one ("In 2019 the trust built 300 homes",
#: "Last summer the council planted 600 street trees") is no such verb's.
SIZE_OR_HOURS_AFTER_PERIOD = re.compile(
    r"^\s*,?\s+(?:(?!(?:has|have|had|was|were|is|are|will|would)\b)[\w'’&-]+\s+){1,6}?"
    r"(?:(?:numbered|totalled|totaled|averaged|employed|staffed)\s+(?:about\s+|more\s+than\s+|nearly\s+|almost\s+|some\s+|over\s+|just\s+|only\s+)?\d"
    r"|(?:spent|gave|logged|worked|volunteered|put\s+in|clocked\s+up)\s+(?:about\s+|more\s+than\s+|nearly\s+|almost\s+|some\s+|over\s+)?"
    r"\d[\d,.]*\s+(?:(?:volunteer|working|unpaid|staff)\s+)?(?:hours|days|nights|shifts)\b"
    r"|reported\s+(?:about\s+|more\s+than\s+|nearly\s+|almost\s+|some\s+|over\s+)?\d[\d,.]*\s+[a-z][a-z-]*(?=\s*(?:[,.;:]|$)|\s(?:and|but)\b))",
    re.IGNORECASE)
#: What may stand before a date put first at the head of its sentence: "In", "Over the whole of", "During the".
PERIOD_PUT_FIRST = re.compile(r"\W*(?:(?:in|during|over|for|across|throughout)\s+)?(?:the\s+(?:whole|course)\s+of\s+)?", re.IGNORECASE)
#: "made 62 rescues over the weekend", "held 118 clinics between 9 February and 31 March", "built 9,000
#: homes between 2014 and 2024": how many of its own acts a service or a team did over a stretch, a tally.
#: Told in a year or a month, the count is the acts of that time ("The trust built 300 homes in 2019",
#: "held three public hearings in May and June"), which a reader lists, and stays.
#: (also what a service or a network closed, cut or added over the stretch: "withdrew 212 rural routes
#: between 2020 and 2024", "closed 14 branches between 2019 and 2022"; a study's enrolment, "enrolled 118
#: adults between April 2022 and January 2023", is the study's own happening, which a reader lists)
_ACTS_COUNTED_VERB = (r"(?:made|held|built|performed|conducted|completed|logged|answered|inspected|planted|repaired|"
                      r"withdrew|withdrawn|closed|cut|added)")
ACTS_COUNTED_OVER = re.compile(
    r"\b" + _ACTS_COUNTED_VERB + r"\s+" + _COUNTED + r"(?:during|between|over|within|throughout)\s+(?:the\s+)?$",
)
#: The same tally with its stretch put first: "Between 9 February and 31 March the teams held 118 clinics",
#: "Within six months operators had withdrawn 41 routes" (``after``: the text after the stretch's date).
#: A year or a month put first, "In 2019 the trust built 300 homes", holds acts a reader lists, and stays.
STRETCH_PUT_FIRST = re.compile(r"\W*(?:between|from|within|over|during|throughout)\s+(?:the\s+)?", re.IGNORECASE)
ACTS_COUNTED_AFTER_STRETCH = re.compile(
    r"^(?:\s+and\s+[^,;:.]{1,30}?)?\s*,?\s+(?:(?!(?:has|have|had|was|were|is|are|will|would)\b)[\w'’&-]+\s+){1,5}?(?:had\s+|have\s+|has\s+)?"
    + _ACTS_COUNTED_VERB + r"\s+(?:about\s+|more\s+than\s+|nearly\s+|almost\s+|some\s+|over\s+)?\d[\d,]*\s+[a-z]", re.IGNORECASE)
#: A measure of a period told as what it was: "The average metered bill last year was £412", "The
#: typical rent in 2023 was about $1,900 a month", "Last year the median wage was £31,000". The figure of a
#: period (a statistic), compared or listed, not a happening. (A company's results, "profit in the
#: quarter was $3 million", which earnings news keeps, and a level an election or a poll reached,
#: "turnout in 2023 was 61 percent", told as its happening, are not among the measures.)
_MEASURE = (r"(?:bill|cost|price|fee|rent|income|salary|wage|fare|spend|spending|average|median|number|count|"
            r"figure|premium|charge)s?")
#: (what it measures may follow: "The number of burglaries in 2021 was 1,312")
_MEASURE_BEFORE = re.compile(r"^\W*(?:the|its|their|our|his|her|a|an)\s+(?:(?!(?:was|were|is|are)\b)[\w'’-]+\s+){0,3}?"
                             + _MEASURE + r"\s+(?:of\s+(?:[\w'’-]+\s+){1,3}?)?(?:(?:in|for|during|over)\s+)?(?:the\s+)?$", re.IGNORECASE)
_IS_FIGURE = r"\s*,?\s*(?:was|were|stood\s+at|came\s+to)\s+" + _FIGURE + r"(?=[\s,.;:)]|$)"
_IS_FIGURE_AFTER = re.compile(r"^" + _IS_FIGURE, re.IGNORECASE)
#: ... the date put first: "Last year the average bill was £412".
_MEASURE_IS_FIGURE_AFTER = re.compile(r"^\s*,?\s*(?:the|its|their|our|his|her)\s+(?:(?!(?:was|were|is|are)\b)[\w'’-]+\s+){0,3}?"
                                      + _MEASURE + _IS_FIGURE, re.IGNORECASE)


def measure_of_a_period(clause: str, after: str) -> bool:
    """Whether the date is the period of a measure told as a figure (see :data:`_MEASURE_BEFORE`):
    ``clause`` is the date's clause up to it, ``after`` the text after it."""
    if _MEASURE_BEFORE.search(clause):
        return bool(_IS_FIGURE_AFTER.match(after))
    return bool(re.fullmatch(r"\W*(?:in|during|for|over)?\s*(?:the\s+)?", clause, re.IGNORECASE)) and bool(_MEASURE_IS_FIGURE_AFTER.match(after))


#: "have now spent more than 90 million pounds this summer", "has sold 40,000 tickets so far this year",
#: "have scored 31 goals this season": a tally kept over a stretch running up to the telling, not a
#: happening of that stretch. (A perfect with no figure, "has signed a striker this summer", stays; so
#: does a count of two in words, "has signed two strikers", acts a reader may list one by one.)
#: A participle after "has" or "have": the regular ones and the irregular ones of many acts ("has cut 1,200
#: jobs", "has drawn 40,000 visitors", "have built 300 homes", "has set 14 records").
_PERFECT_PARTICIPLE = (r"(?:[a-z]+(?:ed|en|ent|ld|ade|id|ought|ost|on|un|wn|lt)|had|cut|put|set|hit|shut|let|spread|done|got|"
                       r"struck|dug)")
PERFECT_TALLY = re.compile(
    r"\b(?:has|have)\s+(?:(?:now|already|so\s+far|also|together)\s+)*" + _PERFECT_PARTICIPLE + r"\s+"
    r"(?:(?:more\s+than|about|around|nearly|almost|over|some|at\s+least)\s+)?(?:(?:[£$€]\s?)?\d[\d,.]*\b|"
    # "has had": no act of the subject's, so a count of two is a tally too ("The district has had two
    # hosepipe bans in the past four years", "The club has had two managers this season")
    r"(?<=\bhad\s)(?:two|several|many|a\s+number\s+of|a\s+series\s+of)\s+(?=(?:[a-z-]+\s+)?[a-z]+s\b)|"
    # the count in words: "have signed six players this summer", "has opened a dozen branches this year"
    r"(?:" + spelled(3, 12) + r"|fifteen|" + spelled(20, 50) + r"|a\s+dozen|dozens|"
    r"hundreds|thousands)\s+(?=[a-z]+s\b))[^,;:]{0,40}?"
    r"(?:\s+so\s+far)?\s+(?:(?:in|during|over)\s+)?$", re.IGNORECASE)
#: The same tally with its stretch put first: "This year the festival has drawn 40,000 visitors", "Over the
#: past two years, the firm has cut 1,200 jobs". (A perfect with no count, "This year the club has signed a
#: striker", stays; so does a count in words, "Over the last year, the bakery has opened four shops": acts
#: a reader may list one by one.)
PERFECT_TALLY_AFTER = re.compile(
    r"^\s*,?\s+(?:(?!(?:has|have|had)\b)[\w'’-]+\s+){1,8}?(?:has|have)\s+(?:(?:now|already|so\s+far|also|together)\s+)*"
    + _PERFECT_PARTICIPLE + r"\s+(?:(?:more\s+than|about|around|nearly|almost|over|some|at\s+least)\s+)?"
    r"(?:(?:[£$€]\s?)?\d[\d,.]*\b|(?:dozens|hundreds|thousands)\s+of\b)", re.IGNORECASE)
#: "paid dividends of up to 20 per cent a year", "trains about 40 volunteer tutors a year", "I have used
#: this service twice a week": a rate, what is done again and again, in the date's clause. ("a day
#: nursery", "a night school", "a day off": the time word opens a compound noun, a place or a thing,
#: and "a" is that noun's article, no rate: "In 1950 she enrols at a night school".)
_RATE = re.compile(r"\b(?:a|per|each|every)\s+(?:year|month|week|day|night)\b(?![\s-]+(?:ago|earlier|later|before|after|on|of|long|old|in|into|or|and)\b)"
                   r"(?!\s+(?:schools?|nurser(?:y|ies)|centres?|centers?|care|jobs?|shifts?|trips?|"
                   r"off|out|classes|class|courses?|clubs?|pupils?|students?|boys?|girls?|workers?|porters?|nurses?|watchm[ae]n|"
                   r"tickets?|pass(?:es)?|returns?|patrols?|buses|bus|trains?|flights?)\b)", re.IGNORECASE)
#: "by 1800 the town's yards employed more than 2,000 men", "exported bicycles to 23 countries by the
#: end of the decade", "it had raised more than £18,000 by Tuesday": in a clause told in the past, a
#: date after "by" is when a state or a tally had been reached, not when something happened. (Told of
#: the future, "must report to prison by Oct. 28", "is expected to decide by 15 March", it is the
#: deadline of a coming happening, and stays.)
_BY_BEFORE = re.compile(r"\bby\s+(?:about\s+|around\s+|c\.\s*)?$", re.IGNORECASE)
_NOT_PAST = re.compile(
    r"\b(?:will|would|must|should|shall|can|could|(?-i:may)|might|expected|expects?|plans?|planned|due|hopes?|aims?|"
    r"intends?|is|are|am)\b", re.IGNORECASE)
_PAST = re.compile(r"\b(?:[a-z]{3,}ed|had|was|were|stood|grew|rose|fell|became|made|kept|held|won|lost|built)\b")
#: What a state or a tally reached is told with: a count or a sum ("more than 2,000 men", "23 countries",
#: "£18,000", "20 per cent"), a rank ("climbed to fourth"), becoming ("had become a walled town") or a
#: return to how things stood ("the plant was back at full output", "trains were running normally again"). A
#: happening done by a time ("reached the col by noon", "had pumped water out of two roads by Sunday
#: morning") has none of these, and stays.
_REACHED = re.compile(
    r"(?<!\bfirst\s)(?<!\blast\s)(?<!\d)\d{2,}|\d[\d,.]*\s*(?:%|percent|per\s+cent)|[$£€]\s?\d|\b(?:bec[oa]me|become)\b|"
    r"\bto\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|bottom)\b|"
    r"\b(?:was|were)\s+back\s+(?:at|to|in|on)\b|\b(?:at|to)\s+full\s+(?:output|capacity|strength|production|speed)\b|"
    r"\b(?:normally|normal)\s+again\b|\bback\s+to\s+normal\b", re.IGNORECASE)
#: The digits of a date told in the clause ("on 14 May 2023", "in 1998"): no count of a tally.
_DATE_DIGITS = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_NAMES}(?:\s+\d{{4}})?\b|"
    rf"\b{MONTH_NAMES}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b|\b(?:1[0-9]|20)\d{{2}}\b")


#: A sentence opened by "By <date>" whose clause tells how things stood then, with "be" before no
#: participle ("By Christmas the Herons were third", "By 2019 the roof was failing"), or what is
#: promised by then ("By the end of June we will run every change through one region first"). A
#: deed done by then keeps its date: "By the evening the units had withdrawn", "By 2019 the roof was
#: replaced". A clause joined after a happening opens the same way ("The mill opened in 1890, and by
#: 1900 the town was twice its size", "Frost came early and by November the lake was solid"): the
#: first clause keeps its date, the second tells how things stood.
_BY_OPENS = re.compile(r"(?:^\W*|;\s*|(?:[,;]\s*|\s)(?:and|but|so|yet)\s+)By\s+$", re.IGNORECASE)
_STOOD_OR_PROMISED_AFTER = re.compile(
    r"^\s*,?\s+(?:(?!(?:had|has|have|was|were|is|are|will|would)\b)[\w'’-]+\s+){1,6}?(?:"
    r"(?:was|were|is|are)\s+(?:(?:still|already|now|only|all|[a-z]+ly)\s+)?"
    # (a count ending in "-en", "nineteen", "seven", is no participle: "By the summer there were nineteen of us")
    r"(?!(?:[a-z]+ed|(?!(?:seven|eleven|" + spelled(13, 19) + r")\b)[a-z]+en|"
    r"made|built|sold|shut|held|set|put|paid|hit|cut|lost|won|found|left|kept|sent|done|born|"
    r"split|spent|told|brought|bought|caught|taught|thought|led|fed|met|laid|rebuilt|to|being)\b)[a-z]+|"
    r"(?:will|would|should|must|shall)\s+(?!have\b))", re.IGNORECASE)


_RETURN = re.compile(r"\b(?:again|back)\b", re.IGNORECASE)


def stood_or_promised_by(sentence_before: str, after: str) -> bool:
    """Whether a date opening its sentence after "By" times how things stood then or a promise, not a
    happening (see :data:`_STOOD_OR_PROMISED_AFTER`). ``sentence_before`` is the sentence up to the date."""
    if not (_BY_OPENS.search(sentence_before) and _STOOD_OR_PROMISED_AFTER.match(after)):
        return False
    # a return is a change, told as a happening: "By late March the wheel was turning again", "By 20 July
    # the Germans were back across the Marne"
    return not _RETURN.search(re.split(r"[.;!?]", after, maxsplit=1)[0])


def state_reached_by(clause: str, after: str) -> bool:
    """Whether a date after "by" ends a past state or tally (see :data:`_BY_BEFORE`, :data:`_REACHED`).
    The digits of another date in the clause count nothing ("left camp on 14 May 2023 and reached the
    col by noon" is an act done by a time)."""
    if not _BY_BEFORE.search(clause):
        return False
    rest = re.split(r"[.;:!?]\s", after, maxsplit=1)[0]
    told = clause + " " + rest
    return not _NOT_PAST.search(told) and bool(_PAST.search(told)) and bool(_REACHED.search(_DATE_DIGITS.sub(" ", clause) + " " + rest))


#: Before "a year", "a week": a length of time, not a rate ("expected to last a year", "closed for a
#: week", "took about a month", "within a day", "64 mm of rain in a day": how long something took).
_LENGTH_BEFORE = re.compile(r"\b(?:last|lasts|lasted|lasting|take|takes|took|taking|taken|run|runs|ran|for|in|about|around|"
                            r"almost|nearly|over|under|than|within|least|just|only|half|spend|spent|spends)\s+$", re.IGNORECASE)
_PRICE_BEFORE = re.compile(r"[£$€]\s?[\d,.]+(?:\s*(?:million|billion|m|bn|k))?\s*$", re.IGNORECASE)


def a_rate(clause: str, after: str, before: str) -> bool:
    """Whether the date's clause tells a rate ("twice a week", "40 tutors a year"; see :data:`_RATE`):
    not a price ("£42 a year"), and not when the date opens or closes a span the activity ran over
    ("surveyed the colonies twice a year from 2015 to 2021")."""
    if re.search(r"\b(?:from|between|since)\s+$", before, re.IGNORECASE):
        return False
    # (up to the next comma, not one of a number's: "shipped about 2,000 tonnes of pepper a year")
    for stretch in (clause, re.split(r",(?!\d{3}\b)", after, maxsplit=1)[0]):
        for m in _RATE.finditer(stretch):
            if m.group().lower().startswith("a ") and _LENGTH_BEFORE.search(stretch[: m.start()]):
                continue  # "is expected to last a year", "for about a week": a length, not a rate
            if not _PRICE_BEFORE.search(stretch[: m.start()]):
                return True
    return False
