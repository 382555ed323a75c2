"""Dates that do not say when something happened, read off the words just before them.

A date in a sentence may be the time of its clause's happening ("the bridge reopened on 4 June"), or
play another part: the baseline of a comparison ("up from 15 in 2017", "compared with 150 last
February", "the county's largest since 2014"), a tally's start or period ("has opened 14 branches
since 2012", "carried 6.2 million passengers last year"), an accounting period ("for the three months
ended Oct. 28"), opening hours ("open daily from April to October"), the time an activity took ("have
spent the past 26 months rebuilding the wall"), how long a state lasts ("the play runs until 30
April"), what may be or may have been ("people may have been exposed at the pool on 8 February", "an
eruption within the next two weeks could not be ruled out"), the target of a promise or of a forecast
("promised to double the budget in 2022", "a report is expected in the autumn"), or the date of a
thing the clause names ("stored for next year's edition", "the budget for 2021-22", a source cited as
"(Crane, 1998)"), how long a state had held, told in an aside ("who had run the council since 2007"),
or a story's own time ("the play is set in 1962"). Only the first is a happening an analyst puts on
a timeline: the others are figures, schedules, background to what they lead to, or not (yet)
happenings at all (the promising is one, when the text dates it).

Only the words of the date's own clause count (up to a comma, semicolon, colon or dash), so "It promised
to close stores, and it closed two on Monday" keeps Monday. Nothing here knows any particular name,
place or date.
"""

from __future__ import annotations

import re

from explorer.events.timetables import in_timetable
from explorer.temporal.name_years import year_in_name

#: How far back the date's clause is read: these roles are told by the few words before the date.
_REACH = 90

#: The end of the clause before the date: what lies before it is another clause's.
_CLAUSE_START = re.compile(r"(?s).*(?:,(?!\d{3}\b)|[;:—–()\"“”]|\s-\s|\.\s+(?=[A-Z]|$))")  # not "8 a.m. to", "Oct. 28", "600,000"

#: "up from 15 in", "down from 22 percent", "compared with about 150 in the whole of": a comparison's
#: other term, then its date.
_COMPARISON = re.compile(
    r"\b(?:(?:up|down|unchanged)\s+from|compared\s+(?:with|to)|versus|in\s+line\s+with|level\s+with)\s+"
    r"(?:[^\s]+\s+){0,6}?(?:(?:in|on|at|during|for)\s+)?(?:(?:the\s+)?(?:whole|rest|same\s+\w+|end|start)\s+of\s+)?$",
    re.IGNORECASE,
)
#: "compared with $36.1 million, or 54 cents a share, in the year-earlier period", "up 39% from $388.5
#: million a year earlier", "to $747.8 million from $623.5 million a year ago": the other term of a
#: comparison (a figure) may hold commas of its own; a clause of its own in between ends it.
_COMPARED_EARLIER = re.compile(
    r"\b(?:compared\s+(?:with|to)|(?:up|down)(?:\s+(?:by\s+)?[\d.,]+\s*(?:%|percent|per\s+cent))?\s+from|"
    r"from\s+(?=(?:about\s+|some\s+|nearly\s+)?(?:[$£€#]\s?[\d.,]+|[\d.,]+\s*(?:%|percent|per\s+cent)|[\d.,]+\s+(?:million|billion))))"
    r"\s*(?:(?!\b(?:after|before|when|since|which|who|while|because|until)\b|,\s*as\b|\bto\s+(?:about\s+)?[$£€#]?\s?\d)"
    r"(?:[^.;:]|\.(?=\d))){0,70}$",
    re.IGNORECASE,
)
# ("Rents will rise from £38 to £42 a year from 1 April 2024, as agreed … in November": a change from
# one figure to another, then when it takes effect; a clause opened by ", as" is another's.)
#: "Churn was 4 per cent, the same as in the first quarter", "Artillery, vastly more lethal than in the
#: 1870s": the date after "the same as" or "than" is a comparison's other term. ("no later than 30
#: June" is a deadline, read elsewhere.)
_SAME_OR_THAN = re.compile(r"(?:\bsame\s+(?:[a-z]+\s+)?as|(?<!later\s)(?<!earlier\s)(?<!sooner\s)\bthan)\s+(?:(?:in|at|on|during|for)\s+)?(?:the\s+)?$",
                           re.IGNORECASE)
#: "felled around 1600 BC, about five hundred years earlier than the previous record holder": a time
#: measured against another thing's, a comparison, not a second date of the happening.
_EARLIER_THAN = re.compile(r"(?:earlier|later|sooner|older|younger)$", re.IGNORECASE)
_THAN_NEXT = re.compile(r"^\s+than\b", re.IGNORECASE)
#: "Measles cases had tripled this year, to 1,240", "feed prices have almost doubled since last winter",
#: "sales have fallen by a fifth over the past two years": a figure's change told in the perfect over
#: a stretch of time running up to the telling, a trend, not a happening. (A move on a day, "shares
#: have fallen 4 per cent on Monday", "rose 9 per cent on Thursday", is that day's happening.)
_PERFECT_CHANGE = re.compile(
    r"\b(?:has|have|had)\s+(?:(?:almost|nearly|more\s+than|roughly|about|already|also|now|steadily|sharply|"
    r"slowly|gradually)\s+)*(?:risen|fallen|doubled|tripled|trebled|quadrupled|halved|increased|decreased|grown|"
    r"dropped|climbed|soared|jumped|plunged|slumped|surged|declined|shrunk|shrank)\b[^,;:]{0,60}$|"
    # "has become a fixture of the summer over the past 20 years": a state reached over the stretch
    # (its complement, "an important part of the city's history and culture", may be long)
    r"\b(?:has|have|had)\s+(?:(?:already|also|now|steadily|slowly|gradually)\s+)*become\b[^,;:]{0,100}$",
    re.IGNORECASE)
#: "Steel prices fell about 8 percent over the quarter", "Ticket sales fell by a fifth in January",
#: "Average pay rose 7.1% last year": a measure's change told over a period, a statistic (the gold
#: README's written convention). A move on a day, "shares rose 4 percent on Friday", is that day's
#: happening, and stays (the period must be no day: see :data:`_A_DAY`).
_CHANGE_OVER_PERIOD = re.compile(
    r"\b(?:rose|rises|fell|falls|climbed|climbs|dropped|drops|grew|grows|declined|declines|increased|increases|"
    r"decreased|decreases|jumped|jumps|slipped|slips|slumped|slumps|soared|soars|surged|surges|plunged|plunges|"
    r"shrank|shrinks|edged\s+(?:up|down))\s+(?:by\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|"
    r"more\s+than\s+|over\s+|some\s+|just\s+(?:over|under)\s+)?"
    r"(?:\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b|percentage\s+points?\b|points\b)|"
    r"(?:a|one)\s+(?:fifth|third|quarter|tenth|half)\b|half\b)"
    # "to $812 million", "from 3.1 percent": where the measure went, then the period
    r"(?:\s+(?:to|from)\s+[^,;:]{1,30}?)?\s+(?:(?:over|in|during|across|through|for)\s+)?(?:the\s+)?$",
    re.IGNORECASE)
#: "The bakery said its sales rose 9 percent in 2023", "reported that net income rose 14 percent in the
#: third quarter": a company telling its own results, the telling a happening of its day; left alone.
_RESULTS_TOLD = re.compile(r"\b(?:said|says|reported|reports|announced|announces|posted|posts)\b(?:\s+\w+){0,2}?\s+(?:that\s+)?"
                           r"(?:its|their|the\s+company['’]s|the\s+group['’]s)\b", re.IGNORECASE)
#: "fell 4 percent in morning trading", "rose 2 percent in the afternoon": a move within a day.
_PART_OF_A_DAY = re.compile(r"\b(?:morning|afternoon|evening|night|midday|noon|trading|session|hours?)\b", re.IGNORECASE)
#: ... over a stretch that runs up to the telling ("this year", "the past two years", or from "since"
#: a date): "the rivers had fallen to record lows last summer" tells that summer's happening.
_RUNNING_TO_NOW = re.compile(r"(?:this|the\s+past|the\s+last|recent)\b", re.IGNORECASE)
_A_DAY = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight)\b|"
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|"
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}[:.]\d{2}|\b\d{4}-\d{2}-\d{2}\b",
    re.IGNORECASE)
#: "two weeks later than planned", "a year earlier than expected": a delay or an advance measured
#: against a plan, not a date of its own; the happening's date is told elsewhere (or not at all).
_THAN_AFTER = re.compile(r"^\s+than\s+(?:planned|expected|scheduled|hoped|intended|promised|forecast|originally|first|usual|"
                         r"anticipated|predicted|agreed|required|normal)\b", re.IGNORECASE)
#: "As we said in February, we expect …", "as the company announced last week": an aside pointing back to
#: an earlier telling, not a happening of the story.
_AS_TOLD_BEFORE = re.compile(
    r"\bas\s+(?:[\w'’-]+\s+){1,3}?(?:said|announced|reported|noted|mentioned|explained|indicated|outlined|disclosed|"
    r"told\s+\w+|wrote|promised|predicted|warned)\s+(?:(?:on|in|at|during|back\s+in)\s+)?$", re.IGNORECASE)
#: "shareholders of record on May 19", "the register as at 31 March": a cut-off that picks who or what
#: counts, not a happening.
_CUT_OFF = re.compile(r"\b(?:of\s+record|as\s+(?:at|of))\s+(?:on\s+)?$", re.IGNORECASE)
#: "photos from booths installed before 2015 will be rejected", "Links created before 1 June keep
#: working", "tickets bought after 3 May": a plural noun, a participle with no auxiliary, then "before",
#: "after", "until" or "since" and the date: the date marks off a class of things by when they were
#: made, a rule's cut-off, not a happening of the clause ("the booths were installed before 2015", with
#: its auxiliary, is one).
_CLASS_BY_DATE = re.compile(
    r"\b(?!(?:is|was|has|its|this|his|as|us|thus|yes|news|series|always|perhaps|whereas|pass)\b)[A-Za-z]+s\s+"
    r"(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|built|made|sold|bought|sent|held|kept|found|taken|given|written|grown|drawn|"
    r"shown|paid|won|set|issued)\s+(?:before|after|prior\s+to|until|since)\s+(?:the\s+)?$")
#: The class is the subject of a verb after the date ("… before 2015 will be rejected"); a headline's
#: or a bullet's passive with no auxiliary ("All sailings cancelled until Sunday afternoon") ends there.
_VERB_GOES_ON = re.compile(r"\s+(?!and\b|or\b|in\b|on\b|at\b)[a-z]")
#: "The projected delivery date was March 2014", "Its planned opening is 3 May", "the original deadline of
#: 30 June": the date a plan or a forecast set, told as what the plan's date was, not a happening.
_PLANNED_DATE_IS = re.compile(
    r"\b(?:projected|planned|expected|scheduled|target|original|estimated|proposed)\s+(?:[\w-]+\s+)?"
    r"(?:date|deadline|start|opening|delivery|completion|launch|release|finish|end)(?:\s+date)?\s+"
    r"(?:was|is|had\s+been|has\s+been|will\s+be|of)\s+(?:(?:in|on|for)\s+)?$",
    re.IGNORECASE)
#: "The earliest houses date to around 750 BCE", "the tower dates from the 1390s": how old a thing is,
#: not a happening.
_DATES_TO = re.compile(r"\b(?:dates?|dated|dating)\s+(?:back\s+)?(?:to|from)\s+(?:around\s+|about\s+|c\.\s*|the\s+)?$",
                       re.IGNORECASE)
#: "On a summer Saturday it holds 300 cars", "every so often, on a Monday morning": a day named with an
#: indefinite article is any such day, not a date.
_ANY_SUCH_DAY = re.compile(r"\b(?:a|an|any)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
_DAY_OR_SEASON_NAME = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|spring|summer|autumn|winter)\b",
                                 re.IGNORECASE)
#: "faced a gap of £11.4 million in 2025-26", "a deficit of $2bn for the year": a figure for a period.
_FIGURE_FOR_PERIOD = re.compile(
    r"\b(?:gap|deficit|shortfall|surplus|overspend|underspend|black\s+hole)\s+of\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?"
    r"[£$€]\s?[\d.,]+\s*(?:million|billion|bn|m|k)?\s+(?:in|for|during)\s+(?:the\s+)?$", re.IGNORECASE)
#: "offered 4%, backdated to 1 January": the day an offer or a rise counts from, not a happening.
_BACKDATED = re.compile(r"\b(?:backdated|back-dated)\s+(?:to|from)\s+$", re.IGNORECASE)
#: "the K200 and K210 models, sold in white and grey between May 2022 and April 2024", "kettles made
#: before 2021": the period a product was made or sold in, told to say which ones a notice means.
_GOODS_PERIOD = re.compile(
    r"\b(?:models|products|items|units|goods|devices|vehicles|cars|batches|appliances|machines)"
    r",?\s+(?:made|sold|produced|manufactured|bought|purchased|shipped|supplied|distributed|imported)\b"
    r"[^,;:.]{0,40}?\b(?:between|from|in|during|since|before|after|until)\s+(?:the\s+)?$")
#: "the county's largest since", "the worst in the region since": a superlative measured against the
#: past; the date is where the comparison starts, not a happening.
_SUPERLATIVE_SINCE = re.compile(
    r"\b(?:(?!(?:east|west|honest|modest|interest|forest|rest|test|best-?known|request|contest|protest|"
    r"arrest|harvest|guest|chest|nest|quest|suggest|invest|latest)\b)[a-z]{2,}est|worst|best|most(?:\s+\w+)?|"
    r"fewest|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b[^,;:.]{0,50}\bsince\s+$",
    re.IGNORECASE,
)
#: "has brought 14 projects into service since", "had received more than 600 books since", "have carried
#: more than a million passengers since": a tally
#: kept since a day, not a happening on it. ("has led the company since", "have run since": when a
#: state began, which readers keep on the timeline.)
_TALLY_SINCE = re.compile(
    r"\b(?:has|have|had)\s+(?:been\s+)?(?:[\w'’-]+\s+){0,6}?(?:[£$€]\s?\d[\d,.]*(?:m|bn|k)?|\d[\d,.]*|(?:a|one)\s+(?:hundred|thousand|million|billion)|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|twenty|thirty|forty|fifty|hundreds|thousands|dozens|millions|twice|thrice|several\s+times|"
    r"repeatedly)\b[^,;:]{0,60}\bsince\s+$",
    re.IGNORECASE,
)
#: "Norway has acted as a broker in the region since the 1990s", "most of its 9,000 residents have left
#: since the spring", "where no party has won a majority since 1973", "Since 2016, at least nine mayors
#: have been removed": a present perfect running up to the time of writing from a date, background
#: rather than a happening on that date, when what has held since is denied (a negation), spread over
#: many (a count or a quantifier in its subject: repeated happenings, a tally) or dated by an era (a
#: decade or a century). A state begun on a day stays: "has led the company since 2017" and "test trains
#: have run since late April" tell when the leading and the running began, which readers keep; so does
#: "has been closed since last July, when a guarantor withdrew", whose when-clause names the happening.
_PERFECT = r"\b(?:has|have)(?:n['’]t)?\s+(?:(?:not|never|long|always|also|only|largely|mostly|steadily|been|ever)\s+)*[a-z]+\b"
_PERFECT_SINCE = re.compile(_PERFECT + r"[^,;:]{0,70}\bsince\s+$", re.IGNORECASE)
#: "Since 2016, at least nine mayors have been removed": the same with its date put first.
_SINCE_FRONTED = re.compile(r"^\s*since\s+$", re.IGNORECASE)
_PERFECT_AFTER = re.compile(r"^,?(?P<subject>[^.;:!?]{0,80}?)" + _PERFECT, re.IGNORECASE)
_WHEN_AFTER = re.compile(r"^,?\s+when\b", re.IGNORECASE)
_DENIED = re.compile(r"\b(?:no|not|never|nobody|none|nothing)\b|n['’]t\b", re.IGNORECASE)
_MANY = re.compile(
    r"\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|"
    r"hundreds|thousands|dozens|millions|most|many|several|numerous)\b", re.IGNORECASE)
_ERA_TEXT = re.compile(r"\d0s\b|\b(?:century|centuries|millennium|decade)\b", re.IGNORECASE)


def _background_since(clause: str, after: str, date_text: str) -> bool:
    """Whether a date after "since" starts a present perfect's background (see :data:`_PERFECT_SINCE`)."""
    if _WHEN_AFTER.match(after):
        return False
    perfect = _PERFECT_SINCE.search(clause)
    if perfect is not None:
        told = clause[: perfect.end()]
    else:
        fronted = _PERFECT_AFTER.match(after) if _SINCE_FRONTED.match(clause) else None
        if fronted is None:
            return False
        told = fronted.group(0)
    return bool(_DENIED.search(told) or _MANY.search(told) or _ERA_TEXT.search(date_text))


#: "Engineers have spent the past 26 months rebuilding the wall", "spent the morning in bed": the time
#: an activity took, told as time spent; what it led to (the reopening) is the happening.
_TIME_SPENT = re.compile(r"\b(?:spent|spend|spends|spending)\s+$", re.IGNORECASE)
#: … a stretch counted back or a part of a day ("the past 26 months", "the night"), not a named time:
#: "The Persians spent 493 BC reducing the cities" dates what they did.
_SPAN_SPENT = re.compile(r"(?i)the\s+(?:(?:past|last|next|previous|following|whole|entire|rest\s+of\s+the)\b|"
                         r"(?:morning|afternoon|evening|night|day|weekend|week)\b)")
#: "The play runs until 30 April", "the museum will stay open until 9 p.m.": how long a state lasts.
_STATE_UNTIL = re.compile(
    r"\b(?:runs|run|continues|continue|lasts|last|stays|stay|remains|remain|is\s+open|are\s+open|is\s+on|are\s+on|"
    # "Links keep working until 31 December", "keeps its old price until May": a state kept up
    r"keeps?\s+(?:on\s+)?[a-z]+ing|"
    r"(?:is|are|remains?|stays?)\s+valid|"
    # "(a programme) funded through 2026", "is insured until 2030": how long money or cover lasts
    r"funded|financed|guaranteed|insured|covered|underwritten|subsidi[sz]ed|licensed|leased)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:until|till|through)\s+$",
    re.IGNORECASE,
)
#: "promised to double … in", "vowed to rebuild … by": a promise, whose date is its target, not the
#: time of a happening. (A plan an organisation announces, "plans to open a plant in 2026", is told
#: as its coming happening and stays: readers of news want scheduled things on the timeline.)
_PROMISE = re.compile(r"\b(?:promise[sd]?|promising|pledge[sd]?|pledging|vow(?:s|ed|ing)?)\s+to\s+[a-z]|"
                      # (and a hope or a wish: "hope to hear from them this summer", "wishes to retire in May":
                      # what is hoped for is not yet a happening, the README's written convention)
                      r"\b(?:hope[sd]?|hoping|wish(?:es|ed)?|wishing)\s+to\s+[a-z]|"
                      # "the new ferry, ordered in 2019 and promised for 2022": the promise's target
                      r"\b(?:promised|pledged)\s+(?:by|for|before)\s+$", re.IGNORECASE)
#: "X promised that the government would publish a report before the stage begins next month", "promised
#: the seller I would come back tomorrow": a promise told with its content, whose date is the promised
#: thing's, which has not happened. (A clause of its own told in the past after the modal, "…would
#: repay the money, which vanished in 2019", has a happening of its own.) Read over the sentence, as
#: the content may run past the few words :data:`_PROMISE` looks at.
_PROMISED_CONTENT = re.compile(
    r"\b(?:promise[sd]?|pledge[sd]?|vow(?:s|ed)?|assure[sd]?|guarantee[sd]?)\s+"
    r"(?:(?!(?:and|but|after|before|when|while|because)\b)[\w'’-]+\s+){0,4}?(?:that\s+)?"
    r"(?:(?!(?:and|but)\b)[\w'’-]+\s+){0,5}?(?:would|will|shall)\s+(?P<rest>[^;:!?]*)$",
    re.IGNORECASE)
#: After a modal, a clause of its own told in the past: a happening of that clause, not of the modal's.
_PAST_CLAUSE_AFTER = re.compile(r"(?:,|\b(?:which|who|when|after|since|because|while)\b)[^.;]*?\b(?:[a-z]{3,}ed|was|were|had)\b",
                                re.IGNORECASE)
#: "If it passes its third reading, the caps would apply from the summer of 2026", "Unless funding is
#: found, the library will close in June": a condition put first, then the clause that may follow on
#: it, told with a modal; the date is of what may come, not of a happening. (The title, told from the
#: main clause's subject, has lost the condition, so the sentence is read.)
_CONDITION_FIRST = re.compile(
    r"^\W*(?:even\s+)?(?:if|unless|should\s+(?:the|a|an|it|they|he|she|we))\b[^.;:!?]*?,\s*(?P<main>[^,;:.!?]*)$",
    re.IGNORECASE)
_MAIN_MODAL = re.compile(r"\b(?:would|could|might|will|shall|(?-i:may))\b", re.IGNORECASE)
#: "a new audio guide can be downloaded from mid-November", "tickets can be booked until 3 May": what
#: may be done from or until a date, not a happening.
_ABLE_FROM = re.compile(r"\bcan\s+(?:(?:now|also|only|still)\s+)?(?:be\s+)?[a-z]+\s+(?:[\w'’-]+\s+){0,4}?"
                        r"(?:from|after|until|till|before|by)\s+$", re.IGNORECASE)
#: "accused the neighbour of targeting civilians ahead of the winter", "in the run-up to the election in
#: May": a time the clause's happening is measured against, not its own.
#: "Over the next eighteen months, the probe will map the comet", "for the following three decades she
#: interviewed 900 speakers", "Neither side proved able to win for the next two years": a stretch of
#: several units counted forward from a point, over which an activity is spread (a programme, a habit, a
#: tally, a state's length), not the time of one happening. (A window, "will decide within the next two
#: weeks", and a point, "the following year he was appointed", "the next day", stay.)
_OVER_BEFORE = re.compile(r"\b(?:over|for|during|throughout|across)\s+(?:(?:most|much|all|part|the\s+rest)\s+of\s+)?$",
                          re.IGNORECASE)
_STRETCH_AHEAD = re.compile(
    r"(?:the\s+)?(?:next|following|coming|subsequent|ensuing)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fifteen|eighteen|twenty|thirty|forty|fifty|few|several|many)\s+)?(?:[a-z]+\s+)?"
    r"(?:hours|days|weeks|months|years|decades|centuries)", re.IGNORECASE)
_AHEAD_OF = re.compile(r"\b(?:ahead\s+of|in\s+the\s+(?:run|lead)-?up\s+to)\s+(?:the\s+)?$", re.IGNORECASE)
#: "is expected in", "an insurance settlement expected next": a forecast of something not yet
#: scheduled. ("is expected to open in May" names its happening, and stays.)
#: "originally scheduled for March 4", "which was initially slated for Thursday", "First planned for
#: 2019, the bridge opened in 2021": a plan's date that the text goes on to say was given up; the
#: happening, if it came, took place at another time (told elsewhere, or not at all).
_SUPERSEDED_PLAN = re.compile(
    r"\b(?:originally|initially|previously|first|earlier)\s+(?:been\s+)?(?:scheduled|slated|planned|set|"
    r"targeted|billed|due|expected|meant|intended|pencil(?:l)?ed\s+in|timetabled)\s+"
    r"(?:to\s+(?:be\s+)?[a-z]+\s+(?:[a-z]+\s+)?)?(?:(?:for|on|in|at|by)\s+)?(?:the\s+)?$",
    re.IGNORECASE)
#: "pushed the launch from Wednesday to Thursday", "The hearing was postponed from June 2 to June 9":
#: a moved happening's old date, named before its new one (which stays).
_MOVED_FROM = re.compile(
    r"\b(?:postponed|delayed|pushed(?:\s+back)?|moved|rescheduled|bumped|shifted|put\s+off|brought\s+forward|"
    r"switched|changed)\b[^,;:.]{0,50}?\bfrom\s+$",
    re.IGNORECASE)
_TO_NEW_DATE = re.compile(r"^\s+(?:to|until|till)\s", re.IGNORECASE)
#: "This will be the museum's third exhibition of the year", "Sunday's race was the second of five held
#: this season": a happening ranked in a tally of a period, told by a copula and an ordinal; the
#: happening's own date is told elsewhere, the period is the tally's. (A clause of its own after the
#: rank, "was the first iron bridge when it opened in 1779", tells its own happening's date; an ordinal
#: adverb with no determiner, "was first elected in 1999", "was last replaced in 1998", dates the verb.)
_RANK_IN_PERIOD = re.compile(
    r"\b(?:is|was|will\s+be|would\s+be|becomes|became)\s+(?:(?:the|its|their|his|her)\s+|"
    r"(?:(?:the|this|that)\s+)?(?:[\w.&-]+\s+){0,3}?[\w.&-]+['’]s?\s+)(?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|\d+(?:st|nd|rd|th)|last|latest)\b"
    r"(?:(?!\b(?:when|after|before|since|as|that|which|who|because|while|until|where)\b)[^,;:.]){0,60}$")
#: ... the tally's period: the one running now ("this year", "the season"), or one named after "of"
#: ("its first strike of 2023"). "was the first woman elected to the board in 1931" dates the election.
_TALLY_PERIOD = re.compile(r"(?:this|the)\s+(?:year|season|month|week|term|quarter|decade)", re.IGNORECASE)
#: "is forecasting fiscal fourth-quarter revenue of $49 billion", "Analysts expect 2025 earnings to rise":
#: a verb of forecasting whose object is a figure for a period named before it. The period is the
#: figure's, and the figure is not yet known: no happening. (A report of the figure, "reported
#: third-quarter sales", has another verb; a dated forecast, "forecast on Monday that …", keeps its day.)
_FORECAST_VERB_BEFORE = re.compile(
    r"\b(?:forecast(?:s|ing|ed)?|predict(?:s|ing|ed)?|project(?:s|ing|ed)?|expect(?:s|ing)?|anticipat(?:es|ing)|"
    r"estimat(?:es|ing)|guid(?:es|ing)|sees|seeing|targets?|targeting)\s+(?:(?:its|their|the|a|an)\s+)?$",
    re.IGNORECASE)
_FIGURE_NOUN_AFTER = re.compile(
    r"^(?:[\s-]+(?:adjusted|net|operating|gross|core|total|full-year|quarterly|annual|group|underlying))*[\s-]+"
    r"(?:revenues?|sales|earnings|profits?|loss(?:es)?|income|growth|output|production|shipments|deliveries|"
    r"demand|spending|margins?|results|turnover|EPS)\b",
    re.IGNORECASE)
_EXPECTED = re.compile(
    r"\bexpected\s+(?:(?:return|comeback|arrival|completion|delivery|decision|verdict|ruling|opening|launch|release|"
    r"date|finish|recovery)\s+)?(?:(?:in|on|by|at|before|within|from|around)\s+)?$|"
    # "(hamstring injury, due back on 26 December)": a return forecast, not a happening
    r"\bdue\s+back\s+(?:(?:in|on|by|at|before|around)\s+)?$", re.IGNORECASE)
#: "(stored) for next year's edition", "(training) for this year's race": the date names the thing a
#: preparation is for. ("Last year's festival drew 48,000", "in Thursday's election": the date of
#: the happening named, which stays.)
_POSSESSIVE_AFTER = re.compile(r"^['’]s?\s+[a-z]")
_FOR_BEFORE = re.compile(r"\b(?:for|ahead\s+of|in\s+time\s+for)\s+$", re.IGNORECASE)
#: "in a dispute over next year's budget", "a debate on this year's accounts", "an inquiry into last
#: year's floods": the date names what a dispute, a debate or an inquiry is about, not when the clause's
#: happening took place.
_ABOUT_BEFORE = re.compile(
    r"\b(?:over|about|on|into|against|concerning|regarding|"
    # "more time to investigate Friday's incident", "will review last year's accounts": the happening
    # or the thing looked into, not when the looking takes place
    r"investigat(?:e|es|ed|ing)|prob(?:e|es|ed|ing)|review(?:s|ed|ing)?|examin(?:e|es|ed|ing)|"
    r"re-?examin(?:e|es|ed|ing)|audit(?:s|ed|ing)?)\s+$", re.IGNORECASE)
#: "the council's budget for 2021-22", "sales figures for the third quarter": the period a plan or an
#: account covers, not a happening.
_PERIOD_COVERED = re.compile(
    r"\b(?:budgets?|accounts|forecasts?|figures|estimates?|targets?|timetables?|schedules?|calendars?|"
    # "a spending plan for the 2025-26 school year", "the budget for fiscal year 2024"
    r"(?:spending|budget|financial|business|capital|operating)\s+plans?)\s+for\s+(?:the\s+)?"
    r"(?:(?:fiscal|financial|budget|tax|school|academic)\s+years?\s+)?$",
    re.IGNORECASE,
)
#: "approved the 2026 budget", "in this year's budget", "its 2024 capital budget": the date names the
#: year a budget covers, told before the noun ("In 2018 budgets were cut" dates the cutting: the date
#: has no determiner before it there).
_PLAN_NOUN_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:(?:fiscal|financial|annual|operating|capital|draft|proposed|revised|final|municipal|city|"
    r"county|state|federal|general|school|district|council)\s+)*(?:budgets?|spending\s+plans?|estimates)\b",
    re.IGNORECASE)
#: "went on past the March 31 deadline", "filed by the October 1 deadline", "after the Nov. 3 deadline":
#: a deadline named as the point something is measured by; it dates nothing that happened. (Missing or
#: meeting it, "missed the January 15 deadline", is a happening of that day, and stays.)
_DEADLINE_AFTER = re.compile(r"^\s+(?:deadline|cut-?off|cutoff)\b", re.IGNORECASE)
_BOUND_BEFORE = re.compile(r"\b(?:before|after|by|past|beyond|until|till|ahead\s+of|prior\s+to)\s+(?:the\s+)$", re.IGNORECASE)
#: "Sunday marked 40 years since the mine closed", "Next Tuesday marks the 75th anniversary of the
#: landing": the date, as the subject, is when an anniversary falls; the happening is the one of long
#: ago. (A commemoration on the day, "On Sunday the town marked the anniversary with a parade", has
#: another subject, and stays.)
_ANNIVERSARY_AFTER = re.compile(
    r"^\s+(?:marks|marked|will\s+mark|is|was|will\s+be)\s+(?:exactly\s+|precisely\s+)?(?:the\s+\w+\s+anniversary\b|"
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a\s+hundred|a)\s+"
    r"(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies))\s+(?:since|after|to\s+the\s+day)\b)",
    re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|your|my|this|that|next|last)\s+$", re.IGNORECASE)
#: "For the three months ended Oct. 28", "the year to 31 March": an accounting period, named by its end.
_PERIOD_ENDED = re.compile(r"\b(?:months?|weeks?|quarters?|years?|half|period)\s+(?:ended|ending|to)\s+$", re.IGNORECASE)
#: "open daily from April to October", "a hotline, open every day from 8 a.m.": opening hours, a
#: schedule that repeats, not a happening.
_DAY_NAME = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?"
_OPENING_HOURS = re.compile(
    r"\b(?:open|opens|closed|closes|staffed|manned)\s+(?:daily|every\s+day|each\s+day|weekly|every\s+week|"
    rf"on\s+weekdays|at\s+weekends|(?:from\s+)?{_DAY_NAME}\s*(?:to|through|until|-|–)\s*{_DAY_NAME})\b"
    r"(?:[^;.]|[ap]\.m\.){0,30}$",
    re.IGNORECASE,
)
#: "on the first Friday of every month", "every Saturday in August": a date of a schedule that
#: repeats, not of a happening.
_EVERY = (r"(?:every|each)\s+(?:other\s+)?(?:day|night|morning|afternoon|evening|week|weekend|month|year|"
          rf"{_DAY_NAME})\b")
#: "The museum is open Tuesday to Sunday, 10 a.m. to 5 p.m.": a state of being open at a time, or days
#: given as a range after "open"/"closed", are opening hours.
#: "Opening hours: Tuesday to Sunday, 10am to 5pm", "Times: 7.30pm nightly": a line that lists hours.
_HOURS_LABEL = re.compile(r"\b(?:opening\s+(?:hours|times)|hours|times|open)\s*:[^.\n]*$", re.IGNORECASE)
#: "The meeting closed at 12.05 p.m.", "The meeting will begin at 6 p.m.", "The session ended when the
#: bell rang at 4.15pm", "Counting finished on Friday night": the hour a sitting or a count opens or
#: closes is the minutes' procedure, not a happening (the meeting is one, told by its day: "The trial
#: opened in January", "the talks ended in December" stay).
_SITTING_HOURS = re.compile(
    r"\b(?:meeting|session|sitting|hearing|count|counting|AGM)\s+(?:will\s+|would\s+|was\s+)?"
    r"(?:began|begin|begins|opened|opens|open|closed|closes|close|ended|ends|end|finished|finishes|adjourned|adjourns)\b"
    r"[^.;:,]{0,40}?\b(?:at|on|by|around|about)\s+(?:about\s+|around\s+|just\s+(?:after|before)\s+)?$",
    re.IGNORECASE,
)
#: A time of day: a clock ("12.05 p.m.", "6pm", "16:30") or a part of a day ("Friday night").
_TIME_OF_DAY = re.compile(
    r"(?:.*\b)?(?:\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?|hrs|h)|\d{1,2}[.:]\d{2}|noon|midnight|"
    r"(?:\w+\s+)?(?:night|morning|evening|afternoon))",
    re.IGNORECASE,
)
_IS_OPEN_BEFORE = re.compile(r"\b(?:is|are|will\s+be|remains?|stays?)\s+open\s+(?:from\s+|between\s+|on\s+)?$", re.IGNORECASE)
_OPEN_BEFORE = re.compile(r"\b(?:open|opens|closed|closes)\s+(?:from\s+|on\s+)?$", re.IGNORECASE)
_DAY_RANGE = re.compile(rf"{_DAY_NAME}\s*(?:to|through|until|-|–)\s*{_DAY_NAME}", re.IGNORECASE)
_RECURRING_BEFORE = re.compile(rf"\b{_EVERY}[^,;.]{{0,20}}$", re.IGNORECASE)
_RECURRING_AFTER = re.compile(rf"^\s+of\s+{_EVERY}", re.IGNORECASE)
#: "sold eleven bicycles that year", "carried 6.2 million passengers last year": a tally over a period.
_TALLY_OVER = re.compile(
    r"\b(?:sold|carried|produced|handled|served|shipped|delivered|recorded|exported|imported|welcomed|attracted|drew)\s+"
    r"(?:about\s+|more\s+than\s+|nearly\s+|almost\s+|some\s+|over\s+|just\s+|only\s+)?(?:\d[\d,.]*|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|thousands|dozens)\s+"
    # "carried more than 30 million tonnes of grain between 2022 and": the measure may name what it counts
    r"(?:(?:million|billion|thousand|hundred)\s+)?[a-z]+\s+(?:of\s+[a-z]+\s+)?(?:in\s+|during\s+|between\s+)?$",
)
#: "places where people may have been exposed, including the pool on …": what may have happened.
_MAY_HAVE = re.compile(r"\b(?:(?-i:may)|might|could)\s+have\s+(?:been\s+)?[a-z]+\b(?P<rest>[^.;:!?]*)$", re.IGNORECASE)
#: "The Conservatives, who had run the council since 2007, fell to 14 seats": how long a state had held,
#: told in an aside about the subject; the happening is the main clause's.
#: The same aside opened by "that": "ending a saga that has dragged on since the middle of July", "a
#: trade that had lasted since the 1790s". (A passive there, "an embassy that had been promised since
#: 2019", tells the act that began it, the promising, and stays.)
_ASIDE_SINCE = re.compile(r"\b(?:(?:who|which)\s+(?:had|has|have)|that\s+(?:had|has|have)(?!\s+been\b))\s+(?:[^,;:.]){0,60}\bsince\s+$",
                          re.IGNORECASE)
#: "have now spent more than 90 million pounds this summer", "has sold 40,000 tickets so far this year",
#: "have scored 31 goals this season": a tally kept over a stretch running up to the telling, not a
#: happening of that stretch. (A perfect with no figure, "has signed a striker this summer", stays.)
_PERFECT_TALLY = re.compile(
    r"\b(?:has|have)\s+(?:(?:now|already|so\s+far|also|together)\s+)*[a-z]+(?:ed|en|ent|ld|ade|id|ought|ost|on|un)\s+"
    r"(?:(?:more\s+than|about|around|nearly|almost|over|some|at\s+least)\s+)?(?:[£$€]\s?)?\d[\d,.]*\b[^,;:]{0,40}?"
    r"(?:\s+so\s+far)?\s+(?:(?:in|during|over)\s+)?$", re.IGNORECASE)
#: "The story unfolds over three days in the summer of 1962", "the play is set in 1962": a story's own
#: time, not a happening in the world.
_STORY_TIME = re.compile(
    r"\b(?:(?:is|are|was|were)\s+set\s+(?:in|during)|unfolds?\s+(?:[^,;:.]){0,30}(?:in|during|over)|"
    # "The story starts in the 1490s, with a chart": where a telling begins, not a happening
    r"(?:story|tale|narrative|account|chronicle)\s+(?:starts|begins|opens|started|began|opened)\s+(?:[^,;:.]){0,20}?(?:in|with|around)|"
    # "The gallery tells the story of the port from 1750 to 1914": the years a telling covers
    r"(?:tells?|told|traces?|traced|charts?|charted|covers?|covered|spans?|spanned)\s+(?:the\s+)?(?:story|history|life|lives|years|period)\b"
    r"(?:[^,;:.]){0,40}?\s(?:from|between|in|during)|"
    # "moves the action from 1912 to the 1970s", "sets the story in 1962": a production's setting
    r"(?:moves?|moved|shifts?|shifted|transposes?|transposed|relocates?|relocated|updates?|updated|sets?)\s+"
    r"(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:action|story|play|setting|plot|drama|novel|opera)\s+"
    r"(?:(?:from\s+[^,;:.]{1,30}\s+)?(?:to|into|in)|from))\s+$",
    re.IGNORECASE)
#: "(Crane, 1998)", "(Crane 1998, p. 4)": a citation of a source, in brackets after its author.
_CITATION_BEFORE = re.compile(r"\((?:[A-Z][\w’'-]+(?:\s+(?:and|&)\s+[A-Z][\w’'-]+|\s+et\s+al\.)?),?\s+$")
_CITATION_AFTER = re.compile(r"^[a-z]?(?:,\s*(?:p|pp)\.\s*[\d–-]+)?\)")


#: Right after the date, in its clause, the verb is a possibility or a future state: "a further eruption
#: within the next two weeks could not be ruled out", "tickets bought between 4 and 18 June will be
#: valid on trains". The date sits in the subject of what may be, not of what happened. (A modal in a
#: clause of its own, "ended in December after a row over who would run it", does not count.)
_SAME_CLAUSE = r"(?:(?!\b(?:after|before|when|who|whom|which|that|because|while|until|since|as|if|and|but|or)\b)[^,.;:!?\n]){0,40}?"
_MODAL_AFTER = re.compile(
    rf"^{_SAME_CLAUSE}\b(?:could|might|(?-i:may)|would)\b|"  # "May" is a month
    rf"^{_SAME_CLAUSE}\bwill\s+(?:be|stay|remain)\s+(?:valid|open|closed|free|available|in\s+place)\b",
    re.IGNORECASE,
)


#: "A plan unveiled on Tuesday would build …": a participle right before the date gives it a happening
#: of its own (the unveiling), whatever the modal after it says.
_OWN_PARTICIPLE = re.compile(
    r"\b(?:[a-z]+ed|made|held|built|sold|bought|begun|taken|given|shown|written|seen|known|won|lost|set|put)\s+"
    r"(?:(?:on|in|at|during|by|early|late|last|this|earlier|later)\s+)?$",
    re.IGNORECASE,
)


#: "The earliest that could happen is Monday", "the soonest it might reopen is June": the date is what
#: a possibility is said to be, not the time of a happening.
_POSSIBLE_IS = re.compile(r"\b(?:could|might|(?-i:may)|would)\s+[a-z]+[^,;:.!?]{0,30}?\s+(?:is|was|will\s+be)\s+(?:on\s+|in\s+)?$",
                          re.IGNORECASE)
#: "By the 2nd century BCE caravans regularly crossed the Alps", "in summer the ferry usually runs
#: hourly": what was or is done as a habit, not a happening.
_HABITUAL = re.compile(
    r"\b(?:regularly|usually|often|typically|normally|generally|frequently|routinely|customarily|habitually|"
    r"traditionally|seldom|rarely)\b", re.IGNORECASE)
#: "Today the route is marked by a cycle path", "the hall now has 160 volunteers": how things stand at
#: the time of writing, told in the present with "be", "have" or a verb of standing; not a happening
#: ("Today the minister announced …", "The museum reopens today" stay).
_PRESENT_WORD = re.compile(r"(?:today|now|nowadays|currently|at\s+present|these\s+days|at\s+the\s+moment)", re.IGNORECASE)
_PRESENT_STATE_VERB = re.compile(r"\b(?:is|are|has|have|remains?|stands?|lies|lie|holds?|belongs?|houses?|contains?|"
                                 # verbs of how things stand or seem: "Both points matter today", "what the
                                 # treaty means now", "Few copies exist today", "The two accounts differ today"
                                 r"matters?|means?|exists?|differs?|seems?|knows?|owns?|resembles?)\b",
                                 re.IGNORECASE)
#: A perfect progressive tells an activity that has been going on, not a state: "Thousands of people
#: have been demonstrating today against unemployment". (A present progressive, "Every crossing is
#: running to timetable today", "we are willing to talk today", tells how things stand.)
_PROGRESSIVE = re.compile(r"\b(?:has|have)\s+been\s+(?:(?:still|now|also)\s+)?(?!being\b)[a-z]{2,}ing\b", re.IGNORECASE)
_PAST_OR_FUTURE = re.compile(r"\b(?:was|were|had|did|will|would|[a-z]{3,}ed)\b(?!\s+by\b)", re.IGNORECASE)
#: "Plan for Saturday: one trial run at 09:00 if the gusts fall below 40 knots", "A second phase is planned
#: for 2027 if funding can be found": a plan or a coming happening whose own clause goes on to a
#: condition, what may happen. (Told in the past, "The U.S. found itself at war in 1941, if undeclared",
#: or with the condition in a clause of its own, "The diggers arrive on Monday, and if the weather
#: holds …", it stays.)
_CONDITION_AFTER = re.compile(r"\b(?:if|unless|provided(?:\s+that)?|as\s+long\s+as)\s+[\w'’-]+\s+[\w'’-]+", re.IGNORECASE)
_PAST_TOLD = re.compile(
    r"\b(?:was|were|had|did|took|made|came|went|began|became|won|lost|held|met|left|fell|rose|saw|gave|told|said|fought|"
    r"built|sold|kept|led|struck|brought|bought|caught|sent|spent|stood|wrote|broke|chose|drove|flew|grew|knew|threw|ran)\b|"
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bbeen\s)\b[a-z]{3,}ed\b", re.IGNORECASE)
#: "If councillors vote for the sale on March 24, they will regret it": a date in a condition tells
#: what may happen, not what did.
_IF_CLAUSE = re.compile(r"(?:^|[,;:—–(]\s*|\b(?:and|but)\s+)(?:if|unless|provided\s+that|in\s+case|should\s+(?:the|a|an|it|they|he|she))\b[^,;:.!?]*$|"
                        # "would be lodged within six months if the board approved it at its meeting in March"
                        r"\b(?:if|unless)\s+(?:the|a|an|it|they|he|she|we|you|its|their)\b[^,;:.!?]*$",
                        re.IGNORECASE)
#: "paid dividends of up to 20 per cent a year", "trains about 40 volunteer tutors a year", "I have used
#: this service twice a week": a rate, what is done again and again, in the date's clause.
_RATE = re.compile(r"\b(?:a|per|each|every)\s+(?:year|month|week|day|night)\b(?![\s-]+(?:ago|earlier|later|before|after|on|of|long|old|in|into|or|and)\b)",
                   re.IGNORECASE)
#: "The 1950s were good years": the date is what the clause describes, not when something happened.
#: "January was harder", "This year has been hard for farmers", "The summer belonged to the council": a
#: period as the subject of a verb that characterises it (with a comparative as much as a superlative).
_DESCRIBED = re.compile(
    # (two periods named together as the subject too: "May and September are best")
    r"^\s+(?:(?:and|or)\s+(?-i:[A-Z][a-z]+)\s+)?"
    r"(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|proved|turned\s+out)\s+(?:even\s+|far\s+|much\s+)?"
    r"(?:a|an|the|good|bad|hard|difficult|lean|golden|quiet|busy|\w+est|"
    r"(?!(?:over|under|after|later|never|ever|other|rather|either|neither|whether|together|thereafter)\b)[a-z]{2,}er)|"
    r"belonged\s+to|belongs\s+to)\b",
    re.IGNORECASE)
#: "The turning point came on 17 February.", "The decisive stretch came in February.": a sentence that
#: only says when a stage of the story came, and ends with the date; what happened then is told next
#: (a "when" clause after the date, "The breakthrough came in 2001, when …", is that happening's).
_STAGE_CAME = re.compile(
    r"^\W*(?:the|its|their|his|her|our|that)\s+(?:[\w-]+\s+){0,2}?(?:turning[\s-]+point|stretch|moment|phase|"
    r"high[\s-]+point|low[\s-]+point|breakthrough|test|chance|opportunity)\s+(?:finally\s+)?(?:came|arrived)\s+"
    r"(?:(?:in|on|at|during|after|before|by)\s+)?(?:the\s+)?$",
    re.IGNORECASE)
_SENTENCE_ENDS = re.compile(r"^\s*[.!]")
#: A verb in the date's clause before it: the date is not fronted.
_VERB_BEFORE = re.compile(r"\b(?:[a-z]{3,}ed|was|were|is|are|had|has|began|became|won|lost|left|took|made|held|met|"
                          r"built|sold|rose|fell|came|went|ran|grew)\b")
#: A finite verb of its own between a "may have" and the date: "may have died, but the town was sacked in".
_A_VERB = re.compile(r"\b(?:[a-z]+ed|was|were|is|are|had|has|did|began|became|won|lost|left|took|made|held|met)\b")


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
    r"\d{2,}|\d[\d,.]*\s*(?:%|percent|per\s+cent)|[$£€]\s?\d|\b(?:bec[oa]me|become)\b|"
    r"\bto\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|bottom)\b|"
    r"\b(?:was|were)\s+back\s+(?:at|to|in|on)\b|\b(?:at|to)\s+full\s+(?:output|capacity|strength|production|speed)\b|"
    r"\b(?:normally|normal)\s+again\b|\bback\s+to\s+normal\b", re.IGNORECASE)


#: The digits of a date told in the clause ("on 14 May 2023", "in 1998"): no count of a tally.
_DATE_DIGITS = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?:\s+\d{4})?\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\b|\b(?:1[0-9]|20)\d{2}\b")


def _state_reached_by(clause: str, after: str) -> bool:
    """Whether a date after "by" ends a past state or tally (see :data:`_BY_BEFORE`, :data:`_REACHED`).
    The digits of another date in the clause count nothing ("left camp on 14 May 2023 and reached the
    col by noon" is an act done by a time)."""
    if not _BY_BEFORE.search(clause):
        return False
    rest = re.split(r"[.;:!?]\s", after, maxsplit=1)[0]
    told = clause + " " + rest
    return not _NOT_PAST.search(told) and bool(_PAST.search(told)) and bool(_REACHED.search(_DATE_DIGITS.sub(" ", clause) + " " + rest))


#: Where the date's clause ends after it: a full stop, a semicolon, a dash, or a comma that opens
#: another clause (", which", ", and", ", but", ", while", ", who"). A comma right after a fronted date
#: ("By the 2nd century BCE, caravans …") does not end it.
_CLAUSE_END_AFTER = re.compile(r"[;:.!?—–(\"“”]|,\s+(?:and|but|while|which|who|whose|where|when|although|though)\b")


def _rest_of_clause(after: str) -> str:
    m = _CLAUSE_END_AFTER.search(after)
    return after[: m.start()] if m else after


#: Before "a year", "a week": a length of time, not a rate ("expected to last a year", "closed for a
#: week", "took about a month", "within a day", "64 mm of rain in a day": how long something took).
_LENGTH_BEFORE = re.compile(r"\b(?:last|lasts|lasted|lasting|take|takes|took|taking|taken|run|runs|ran|for|in|about|around|"
                            r"almost|nearly|over|under|than|within|least|just|only|half|spend|spent|spends)\s+$", re.IGNORECASE)
_PRICE_BEFORE = re.compile(r"[£$€]\s?[\d,.]+(?:\s*(?:million|billion|m|bn|k))?\s*$", re.IGNORECASE)


def _a_rate(clause: str, after: str, before: str) -> bool:
    """Whether the date's clause tells a rate ("twice a week", "40 tutors a year"; see :data:`_RATE`):
    not a price ("£42 a year"), and not when the date opens or closes a span the activity ran over
    ("surveyed the colonies twice a year from 2015 to 2021")."""
    if re.search(r"\b(?:from|between|since)\s+$", before, re.IGNORECASE):
        return False
    for stretch in (clause, after.split(",", 1)[0]):
        for m in _RATE.finditer(stretch):
            if m.group().lower().startswith("a ") and _LENGTH_BEFORE.search(stretch[: m.start()]):
                continue  # "is expected to last a year", "for about a week": a length, not a rate
            if not _PRICE_BEFORE.search(stretch[: m.start()]):
                return True
    return False


#: A sentence's end and the space after it, before the next sentence's first letter or quote.
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z\"“])")


def _sentence_before(before: str) -> str:
    """The part of ``before`` in the date's sentence: what follows the last sentence break. (Found by
    one scan for the last break: a backtracking ``.*`` search for it restarted at every character
    when there was none, and took a millisecond a date on a page of dates run together.)"""
    last = None
    for last in _SENTENCE_BREAK.finditer(before):
        pass
    return before[last.end():] if last else before


def _whole_sentence_before(text: str, start: int) -> str:
    """The date's sentence up to the date, read further back than :data:`_REACH` (to its line's start)."""
    before = text[max(0, start - 300):start]
    line = before.rfind("\n")
    return _sentence_before(before[line + 1:] if line != -1 else before)


def _own_clause(before: str) -> str:
    """The part of ``before`` (the text up to the date) in the date's own clause."""
    m = _CLAUSE_START.match(before)
    return before[m.end():] if m else before


#: A pointer to the reader, telling where to read, watch or hear more: "For more from Monday's meeting,
#: see the video below", "To read more about the 1998 floods, click here", "Watch the whole of
#: Tuesday's debate on our website". The date names what the page points at; nothing happens in the
#: sentence. (A sentence that opens "For more than a week …" and goes on with its subject is a story's.)
_READER_POINTER = re.compile(
    r"^\W*(?:(?:(?-i:For)|(?-i:To)\s+(?:read|see|learn|find\s+out|hear|watch))\s+(?:more|highlights|details|"
    r"(?:additional|further|full)\s+(?:information|details|coverage)|the\s+full\s+(?:story|video|report)|a\s+recap|"
    r"coverage|photos|pictures|video)\b(?!\s+than\b)[^.;:!?]{0,120},\s*(?:please\s+)?"
    r"(?:see|watch|read|click|visit|check\s+out|listen\s+to|head\s+to|go\s+to|view|find)\b|"
    r"(?-i:See|Watch|Read|Click|Visit|Check\s+out|Listen\s+to|Head\s+to|Go\s+to|View|Find\s+out)\b(?!-)"
    r"(?=[^.;!?]*\b(?:here|below|above|online|website|site|page|video|gallery|recording|livestream|stream|link|"
    r"on\s+(?:our|the)\s+[a-z]+)))",
    re.IGNORECASE)


#: A page's introduction to what follows it: "Here's a list of the best walks to try this spring", "Here
#: are five things that happened at the council on Monday", "Here is how the day unfolded on Saturday",
#: "Below is a timeline of the strike since March 3". The happenings are the items that follow; the
#: introduction only names them. ("Here is the spot where the king landed in 1660" points at a place, and
#: stays.)
_LIST_NOUN = (r"(?:list|roundup|round-up|guide|rundown|recap|summary|timeline|chronology|overview|breakdown|"
              r"selection|collection|preview|explainer|look)")
_PAGE_INTRO = re.compile(
    # "A look at the key stats …", "A guide to this weekend's games", "Everything you need to know about …":
    # a page's blurb for itself
    r"^\W*(?:(?-i:An?)\s+(?:quick\s+|closer\s+|brief\s+|short\s+)?(?:look|guide)\s+(?:at|to)\b|"
    r"(?-i:Everything|All)\s+you\s+need\s+to\s+know\b)|"
    r"^\W*(?:(?-i:Here)(?:['’]s|\s+is|\s+are)|(?-i:Below)\s+(?:is|are)|(?-i:Read)\s+on\s+for|"
    r"(?-i:What)\s+follows\s+is|(?-i:The)\s+following\s+(?:is|are))\s+(?:"
    rf"(?:(?:a|an|the|our|your|some)\s+)?(?:[\w-]+\s+){{0,2}}?{_LIST_NOUN}s?\b|"
    r"(?:what|how|why|everything|all\s+(?:you|we))\b|"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+few|some)\s+(?:[\w-]+\s+)?"
    r"(?:things|facts|ways|reasons|moments|highlights|takeaways|questions|tips|stories|places|events)\b)",
    re.IGNORECASE)


#: "at the time", "at that point", "then": the time of a happening the text has already told, named
#: again. The tagger gives it that happening's date; the sentence adds a state or a comment to it,
#: not a second happening ("Its ambitions matched those of its commander at the time").
_TIME_REFERRED_BACK = re.compile(r"(?:at\s+)?(?:(?:the|that)\s+(?:time|point|moment)|then)", re.IGNORECASE)


def date_role(text: str, start: int, end: int) -> str | None:
    """Why the date at ``text[start:end]`` tells no happening ("comparison", "tally", "time spent",
    "state's end", "possibility", "promise", "trend", "reference point",
    "expectation", "dated thing", "citation", "state reached", "habit", "present state", "time described", "time referred back",
    "background since", "stretch ahead", "pointer", "page intro", "anniversary", "superseded plan", "name": a year inside a proper name), or None when it may well be the time of one."""
    if _TIME_REFERRED_BACK.fullmatch(text[start:end]):
        return "time referred back"
    if year_in_name(text, start, end):
        return "name"  # "honoured the War of 1812", "played the 1812 Overture": a name, not the clause's time
    before = text[max(0, start - _REACH):start]
    line = before.rfind("\n")
    if line != -1:
        before = before[line + 1:]
    after = text[end:end + 60]
    if _CITATION_BEFORE.search(before) and _CITATION_AFTER.match(after):
        return "citation"
    if _POSSESSIVE_AFTER.match(after) and (_FOR_BEFORE.search(before) or _ABOUT_BEFORE.search(before)) or _PERIOD_COVERED.search(before):
        return "dated thing"
    if _PLAN_NOUN_AFTER.match(after) and (_DETERMINER_BEFORE.search(before) or re.match(r"['’]s\s", after)):
        return "dated thing"
    if _DEADLINE_AFTER.match(after) and _BOUND_BEFORE.search(before):
        return "reference point"
    if _ANNIVERSARY_AFTER.match(after) and re.fullmatch(r"\W*", _whole_sentence_before(text, start)):
        return "anniversary"
    if _PAGE_INTRO.match(_whole_sentence_before(text, start)):
        return "page intro"
    if _READER_POINTER.match(_whole_sentence_before(text, start) + text[start:start + 160]):
        return "pointer"
    clause = _own_clause(before)
    if _SUPERSEDED_PLAN.search(clause) or _MOVED_FROM.search(clause) and _TO_NEW_DATE.match(after):
        return "superseded plan"
    if _FORECAST_VERB_BEFORE.search(clause) and _FIGURE_NOUN_AFTER.match(after):
        return "expectation"
    if _RANK_IN_PERIOD.search(clause) and (_TALLY_PERIOD.fullmatch(text[start:end]) or re.search(r"\bof\s+$", clause)):
        return "tally"
    if _COMPARISON.search(clause) or _SUPERLATIVE_SINCE.search(clause) or _COMPARED_EARLIER.search(before) or _SAME_OR_THAN.search(clause):
        return "comparison"
    if _THAN_AFTER.match(after) or _EARLIER_THAN.search(text[start:end]) and _THAN_NEXT.match(after):
        return "comparison"
    if _ANY_SUCH_DAY.search(clause) and _DAY_OR_SEASON_NAME.match(text[start:end]):
        return "habit"
    if _AS_TOLD_BEFORE.search(clause):
        return "time referred back"
    if _CUT_OFF.search(clause) or _PLANNED_DATE_IS.search(clause) or _CLASS_BY_DATE.search(clause) and _VERB_GOES_ON.match(after) or _GOODS_PERIOD.search(before) or _BACKDATED.search(clause) or (
            _DATES_TO.search(clause) and not re.match(r",?\s+when\b", after)):  # "dates back to 2019, when …": the when-clause's
        return "dated thing"
    if _TALLY_SINCE.search(clause) or _TALLY_OVER.search(clause) or _FIGURE_FOR_PERIOD.search(clause):
        return "tally"
    if _PERFECT_TALLY.search(clause) and re.match(r"(?:this|so\s+far\s+this|the\s+past|the\s+last)\b", text[start:end], re.IGNORECASE):
        return "tally"
    if _PERFECT_CHANGE.search(clause) and not _A_DAY.search(text[start:end]) and (
            _RUNNING_TO_NOW.match(text[start:end]) or re.search(r"\bsince\s+$", clause, re.IGNORECASE)):
        return "trend"
    if _CHANGE_OVER_PERIOD.search(clause) and not _A_DAY.search(text[start:end]) and not _PART_OF_A_DAY.search(text[start:end]) \
            and not _RESULTS_TOLD.search(_whole_sentence_before(text, start)):
        return "trend"
    if _ASIDE_SINCE.search(clause):
        return "state's start"
    if _background_since(clause, after, text[start:end]):
        return "background since"
    if _STORY_TIME.search(clause):
        return "story's time"
    if _PERIOD_ENDED.search(clause):
        return "dated thing"
    if _OPENING_HOURS.search(before) or _RECURRING_BEFORE.search(clause) or _RECURRING_AFTER.match(after):
        return "schedule"
    if _IS_OPEN_BEFORE.search(clause) or _OPEN_BEFORE.search(clause) and _DAY_RANGE.match(text[start:end]):
        return "schedule"
    if _HOURS_LABEL.search(before):
        return "schedule"
    if in_timetable(text, start, end):
        return "schedule"
    if _SITTING_HOURS.search(clause) and _TIME_OF_DAY.fullmatch(text[start:end]):
        return "schedule"
    may_have = _MAY_HAVE.search(before)
    if may_have and not _A_VERB.search(may_have.group("rest")):
        return "possibility"
    if _POSSIBLE_IS.search(clause) or _IF_CLAUSE.search(_sentence_before(before)):
        return "possibility"
    rest = _rest_of_clause(after)
    condition_after = _CONDITION_AFTER.search(rest)
    if condition_after and not _PAST_TOLD.search(clause + " " + rest[:condition_after.start()]):
        return "possibility"
    if _VERB_BEFORE.search(clause):  # "first staged the following year, the play has rarely …": after
        rest = rest.split(",", 1)[0]  # the comma is another clause; a fronted date's clause goes on
    # a participle aside after a comma is the subject's manner, not the date's clause ("made five
    # journeys between 1931 and 1939, usually travelling with local guides")
    rest = re.split(r",\s+(?:[a-z]+ly|[a-z]+ing)\b", rest, maxsplit=1)[0]
    if _HABITUAL.search(clause) or _HABITUAL.search(rest):
        return "habit"
    if _a_rate(clause, _rest_of_clause(text[end:end + 120]), before):
        return "habit"
    if re.fullmatch(r"\s*(?:the\s+)?(?:(?-i:[A-Z][a-z]+)\s+(?:and|or)\s+)?", clause, re.IGNORECASE) and _DESCRIBED.match(after):
        return "time described"
    if _STAGE_CAME.search(_whole_sentence_before(text, start)) and _SENTENCE_ENDS.match(after):
        return "time described"
    if _PRESENT_WORD.fullmatch(text[start:end]):
        told = clause + " " + _rest_of_clause(after)
        verb = _PRESENT_STATE_VERB.search(told)
        if verb:  # the clause up to the comma after its verb: ", opened in 2011" is an aside's
            comma = told.find(",", verb.end())
            own = told[: len(told) if comma == -1 else comma]
            if not _PAST_OR_FUTURE.search(own) and not _PROGRESSIVE.search(own):
                return "present state"
    if _TIME_SPENT.search(clause) and _SPAN_SPENT.match(text[start:end]):
        return "time spent"
    if _STATE_UNTIL.search(clause):
        return "state's end"
    if _OVER_BEFORE.search(before) and _STRETCH_AHEAD.fullmatch(text[start:end]):
        return "stretch ahead"
    if _MODAL_AFTER.search(after) and not _OWN_PARTICIPLE.search(clause):
        return "possibility"
    if _ABLE_FROM.search(clause):
        return "possibility"
    if _AHEAD_OF.search(clause):
        return "reference point"
    if _PROMISE.search(clause):
        return "promise"
    sentence = _whole_sentence_before(text, start)
    promised = _PROMISED_CONTENT.search(sentence)
    if promised and not _PAST_CLAUSE_AFTER.search(promised.group("rest")):
        return "promise"
    condition = _CONDITION_FIRST.search(sentence)
    if condition and _MAIN_MODAL.search(condition.group("main")):
        return "possibility"
    if _EXPECTED.search(clause):
        return "expectation"
    if _state_reached_by(clause, after):
        return "state reached"
    return None
