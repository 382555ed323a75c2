"""Clauses that give a figure, not a happening: a count as the subject of an undated clause ("At
least 41 people have died"), a running tally's new figure ("The death toll rose to 58 on Thursday"),
a count of cases reported, and a comparison's baseline ("In the same period last year, the firm
earned ...", "That compares with a profit of ...").

How many a happening touched, or what a figure is compared with, is told beside the happening
itself: a timeline shows the happening, not each recount. Kept apart from
:mod:`explorer.events.modality`, which reads modals and negations, because these read numbers.
Nothing here knows any particular name, place or date.
"""

from __future__ import annotations

import re

from explorer.events.date_roles_figures import LARGE_COUNT_OBJECT, WORK_COUNT, WORK_VERB
from explorer.events.tense import IRREGULAR_PASTS
from explorer.number_words import spelled
from explorer.temporal.lexicon import MONTH_NAMES, NUMBERS, alternatives


#: A comparison's baseline named by its period: "In the same period last year, the firm earned …",
#: "… in the same quarter a year ago", "the comparable period of 2023", "the year-earlier quarter". The
#: figure it dates is there to be compared with, not a happening of the story.
_BASELINE_PERIOD = re.compile(
    r"^(?:the\s+)?(?:same|comparable|corresponding|year-ago|year-earlier|prior-year)\s+"
    r"(?:period|quarter|month|week|time|season|half|three\s+months|six\s+months)\b", re.IGNORECASE)
#: A comparison told as its own clause: "That compares with a profit of $185 million a year ago",
#: "This compared with 4.1 per cent in May".
_COMPARES = re.compile(r"^\W*(?:that|this|it|which|the\s+figure|the\s+result)\s+(?:compares|compared)\s+(?:with|to)\b",
                       re.IGNORECASE)


_FIGURE = re.compile(r"\d|\b(?:per\s*cent|percent|cents?)\b", re.IGNORECASE)
_BASELINE_BEFORE = re.compile(
    r"\b(?:the\s+)?(?:same|comparable|corresponding|year-ago|year-earlier|prior-year)\s+"
    r"(?:period|quarter|month|week|time|season|half|three\s+months|six\s+months)\s+(?:of\s+)?$", re.IGNORECASE)


#: A figure's level last seen at a date: "prices fell to levels last seen in 2008", "the thirteen dollar a
#: barrel level we saw in the winter of 1994", "down to the fourteen dollars we're seeing today". The date
#: is the level's other time, a point of comparison, not when anything happened in the story; read when
#: the words before it name a figure or a level (:data:`_LEVEL_WORD`). ("The storm we saw in 1987" names
#: no level and stays.)
_SEEN_BEFORE = re.compile(
    r"\b(?:(?:we|you|I|they)\s+(?:last\s+|first\s+)?(?:saw|see|had\s+seen|have\s+seen|[’']ve\s+seen|"
    r"were\s+seeing|are\s+seeing|[’']re\s+seeing)|(?:last|not|previously|first)\s+seen|unseen)\s+"
    r"(?:(?:in|on|at|during|since|back\s+in|as\s+recently\s+as)\s+)?(?:the\s+)?$", re.IGNORECASE)
_LEVEL_WORD = re.compile(r"\d|\b(?:per\s*cent|percent|cents?|dollars?|pounds?|euros?|levels?|highs?|lows?|prices?|rates?|"
                         r"peaks?|figures?)\b", re.IGNORECASE)


#: A figure set against another of an earlier date, after "against": "The harvest came to 11 tonnes,
#: against 38 in 2023", "a profit of €14 million, against a loss of €3.1 million last year". The date is
#: the earlier figure's, there to be compared with.
_AGAINST_FIGURE_BEFORE = re.compile(
    r"\bagainst\s+(?:(?:a|an)\s+(?:[a-z]+\s+){0,2}?of\s+)?(?:about\s+|around\s+|nearly\s+|just\s+|only\s+)?"
    r"[£$€]?\d[\d.,]*\s*(?:%|per\s*cent\b|percent\b|(?:million|billion|thousand|bn|m|k)\b)?"
    r"(?:\s+[a-z]+){0,2}?\s+(?:(?:in|on|during|for|at|over)\s+)?(?:the\s+)?$", re.IGNORECASE)


def is_baseline(timex_text: str, title: str, before: str = "") -> bool:
    """True when a figure is dated by a comparison's baseline period ("In the same period last year,
    the firm earned $1.5 billion", "… in the same quarter a year ago"; ``before``: the sentence up to
    the date) or the clause is a comparison ("That compares with a profit of …"): a figure to compare
    with, no happening. ("The same month last year the bridge collapsed" tells no figure, and stays.) A
    level last seen at the date ("levels last seen in 2008", :data:`_SEEN_BEFORE`) and a figure set against
    an earlier one ("11 tonnes, against 38 in 2023", :data:`_AGAINST_FIGURE_BEFORE`) are such baselines too."""
    if _COMPARES.match(title):
        return True
    against = _AGAINST_FIGURE_BEFORE.search(before)
    # (not a vote's count, "voted 12 against 3 in May", "12 votes against 3")
    if against and not re.search(r"\d(?:[\d,.]*\d)?\s+(?:[a-z]+\s+)?$", before[:against.start()]):
        return True
    if _SEEN_BEFORE.search(before) and _LEVEL_WORD.search(before[:_SEEN_BEFORE.search(before).start()][-80:]):
        return True
    return bool((_BASELINE_PERIOD.match(timex_text) or _BASELINE_BEFORE.search(before)) and _FIGURE.search(title))


#: A count told as the subject of a clause with no date: "At least 41 people have died and 12 are
#: missing", "In all, about 310 people died in just over a year", "Of those killed, 11 were killed in
#: Tanzania", "Some 120,000 people left their homes". How many a happening touched, a tally of it,
#: told beside the happening itself (the storm, the bombing, the evacuation ordered); with no date of
#: its own it adds no happening to the timeline. (A dated count, "Another 130 people died in April",
#: is read as that month's happening elsewhere.)
_COUNT_SUBJECT = re.compile(
    r"^\W*(?:(?:in\s+all|in\s+total|altogether|overall|of\s+(?:those|them|these)(?:\s+[a-z]+)?),?\s+)?"
    r"(?:(?:at\s+least|at\s+most|about|around|some|more\s+than|fewer\s+than|less\s+than|nearly|almost|over|up\s+to|"
    r"roughly|an\s+estimated|approximately|another|a\s+further)\s+)?"
    # (a bare four-figure number is a year, "1916 saw the first tanks": counts that large take a comma)
    r"(?:(?!\d{4}\b)\d[\d,.]*(?:\s+(?:million|thousand|hundred))?|dozens|hundreds|thousands|millions|scores)\s+"
    r"(?!(?:BC|BCE|AD|CE|B\.C\.|A\.D\.|per\s+cent|percent|%)(?:\W|$))"
    # ... and what befell them, told as a passive or a perfect ("are killed", "have died", "are missing")
    # or as a death or a ruin ("hundreds of buildings collapsed" in the quake told before: what the
    # happening did to the many, as "14,000 houses were destroyed" is): something done by the many ("40
    # neighbours sign a petition") is a happening
    r"(?:[\w'’,-]+\s+){0,6}?(?:(?:are|were|is|was|have|has|had)\b|"
    r"(?:die|dies|died|perish|perishes|perished|drown|drowns|drowned|collapse|collapses|collapsed)\b)",
    re.IGNORECASE)


#: A count of a group in words or digits ("eight", "14", "1,900"), not "a" or "an" (nor a year: a
#: bare four-figure number takes a comma when it counts).
_GROUP_COUNT = (r"(?:(?!\d{4}\b)\d[\d,]*|"
                + alternatives(tuple(sorted(NUMBERS, key=len, reverse=True)), without=("a", "an", "a half", "half a")) + r")")
#: A share of a counted group, told as the group first: "Of the eight victims, three were stabbed", "Of
#: the 40 boats moored in the basin, only 12 paid the full fee", "of 14 wholesale customers, nine are
#: cafes", as reported too ("He told the court that of the 31 patients who died, 12 …"). A statistic
#: about many (each member's happening, if any, is told elsewhere or not at all), not one happening.
_SHARE_OF_A_GROUP = re.compile(r"^\W*(?:(?:[\w.,'’-]+\s+){0,6}?(?:says|said|tells|told|reports|reported|notes|noted)\s+"
                               r"(?:(?:[\w'’-]+\s+){0,3}?that\s+)?)?"
                               r"of\s+(?:(?:the|those|these|its|their|our|his|her|all\s+the)\s+)?"
                               + _GROUP_COUNT + r"\s+[a-z]", re.IGNORECASE)
#: The same group as a date's place: "A spokesman said that of nine women who had been killed last year,
#: suspects had been arrested in only four": the date is inside the group ("who had been killed last
#: year"), the share told after its comma; ``before`` (the sentence up to the date) ends inside it.
_INSIDE_A_SHARED_GROUP = re.compile(r"(?:^\W*|\bthat\s+|[,;:]\s+)of\s+(?:(?:the|those|these|its|their|our|all\s+the)\s+)?"
                                    + _GROUP_COUNT + r"\s+[a-z][^,;:.]*$", re.IGNORECASE)


#: A count told as the subject of a clause dated by a stretch ("More than 11,000 residents applied for a
#: postal vote between January and April", "Over 2,000 wounded soldiers passed through it between 1915
#: and 1919", "About 300 boats used the harbour from May to September"): how many did something over the
#: stretch, each on a day of their own, a tally and no one happening. (A count on one date, "Another 130
#: people died in April", is that month's happening; a group named by "the", "the remaining 74 staff
#: will leave between 8 and 15 January", is one happening over its days; a count in the object, "held 38
#: days of hearings between April and October", tells what one subject did.)
_ESTIMATE = (r"(?:more\s+than|over|about|around|nearly|almost|some|at\s+least|fewer\s+than|less\s+than|up\s+to|"
             r"an\s+estimated|roughly|approximately|well\s+over|close\s+to)")
_ESTIMATED_COUNT_SUBJECT = re.compile(
    r"^\W*" + _ESTIMATE + r"\s+\d[\d,]*(?:\s+(?:million|thousand|hundred))?\s+[a-z]", re.IGNORECASE)
#: ... or a count of thousands as a subject, estimated or not: "412,000 people visited the museum in the year to
#: July", "More than 40,000 visitors came to the gallery in the year to March" (a count grouped by commas, or of
#: millions).
_MANY_COUNT_SUBJECT = re.compile(
    r"^\W*(?:" + _ESTIMATE + r"\s+)?(?:\d{1,3}(?:,\d{3})+|\d[\d.]*\s+(?:million|thousand))\s+(?!(?:BC|BCE|AD|CE)\b)[a-z]",
    re.IGNORECASE)
_PAST_VERB = re.compile(rf"\b(?:[a-z]{{2,}}ed|{IRREGULAR_PASTS})\b")
#: A stretch's date: after "between", "from" or "since" ("about 5,000 people had fled since Tuesday"), or a period
#: counted back from its end ("in the year to July", "over the six weeks to 10 January").
_OVER_A_STRETCH_BEFORE = re.compile(
    r"\b(?:(?:between|from|since)\s+(?:the\s+)?|(?:in|over|during)\s+the\s+(?:[\w-]+\s+){0,2}?(?:year|months?|weeks?|days)\s+to\s+)$",
    re.IGNORECASE)


def counts_over_a_stretch(title: str, before: str) -> bool:
    """Whether a dated clause tells how many did something over a stretch: an estimated count as its
    subject (see :data:`_ESTIMATED_COUNT_SUBJECT`), or a count of thousands (:data:`_MANY_COUNT_SUBJECT`), and a
    date of a stretch (:data:`_OVER_A_STRETCH_BEFORE`; ``before``: the sentence up to the date)."""
    # (told in the past: "More than 120 posters go on show from 18 March to 2 July" is one exhibition)
    return bool(_OVER_A_STRETCH_BEFORE.search(before)
                and (_ESTIMATED_COUNT_SUBJECT.match(title) or _MANY_COUNT_SUBJECT.match(title))
                and _PAST_VERB.search(before))


#: An estimated count, or a count of thousands, as the subject of what its members did, undated: "About 340
#: residents came to them", "More than 200 parents packed the district office", "about 700 participants dropped
#: out during that period". Each of the many did it on their own (or it is the crowd of a happening told beside
#: it): a tally. An exact small count, "40 neighbours signed a petition", is a group's one act, and stays; so does
#: what befell the many, told as a passive or a state ("about 300 residents were evacuated", "about 300 passengers
#: were stuck on a train") or lost ("9,000 households lost their tap water"), the many leaving or fleeing ("About
#: 1,400 people left by bus and fishing boat": an evacuation, a happening of its own), and a petition they signed
#: (one paper, handed in on a day of its own).
_MANY_ACTING = re.compile(r"(?:" + _ESTIMATED_COUNT_SUBJECT.pattern + r"|" + _MANY_COUNT_SUBJECT.pattern + r")",
                          re.IGNORECASE)
_BEFELL_OR_LEFT = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had|get|gets|got|leave|leaves|left|flee|flees|fled|"
                             r"escape|escapes|escaped|evacuate|evacuates|evacuated|lose|loses|lost|sign|signs|signed)\b", re.IGNORECASE)


def is_count_tally(title: str) -> bool:
    """True when the clause titled ``title`` has a count for its subject (see :data:`_COUNT_SUBJECT`)
    or tells a share of a counted group (see :data:`_SHARE_OF_A_GROUP`): for an undated clause, a
    tally of a happening told elsewhere, not a happening of its own."""
    return bool(_COUNT_SUBJECT.search(title) or _SHARE_OF_A_GROUP.search(title))


def counts_many_acting(title: str) -> bool:
    """Whether an undated clause titled ``title`` counts many acting, each on their own (see
    :data:`_MANY_ACTING`; not what befell them, nor their leaving, :data:`_BEFELL_OR_LEFT`): a tally."""
    found = _MANY_ACTING.match(title)
    # (the count's noun and the verb: the few words after the count)
    return found is not None and not _BEFELL_OR_LEFT.search(" ".join(title[found.end() - 1:].split()[:4]))


def tells_a_share(title: str, before: str) -> bool:
    """Whether a dated clause tells a share of a counted group: its title opens with the group (see
    :data:`_SHARE_OF_A_GROUP`: "Of the 40 boats moored in the basin, only 12 paid the fee last year"),
    or the date stands inside the group (see :data:`_INSIDE_A_SHARED_GROUP`; ``before``: the sentence
    up to the date), which then tells who the group are. (A happening told after the group has its own
    subject for a title, "Of the two finalists, Harlow won the contract on Friday", and stays.)"""
    return bool(_SHARE_OF_A_GROUP.search(title) or _INSIDE_A_SHARED_GROUP.search(before))


#: A running tally that moved: "The death toll rose to 58 on Thursday", "the number of confirmed cases
#: had climbed to 1,240 by Friday", "The casualty count now stands at 90". How many a happening has
#: touched so far, counted again (often daily) while the happening itself (the sinking, the quake, the
#: outbreak) is told beside it: the count's new figure is no happening of its own.
_RUNNING_TALLY = re.compile(
    # told as reported: "Officials say the toll has risen to 27", "The chief tells reporters that the toll had risen"
    r"^\W*(?:(?:[\w.,'’-]+\s+){1,6}?(?:says|said|tells|told|reports|reported|announces|announced)\s+"
    r"(?:(?:reporters|journalists|the\s+press)\s+)?(?:that\s+)?)?"
    r"(?:(?:in|across)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,\s+)?(?:(?:the|its|their|a|an)\s+|[A-Z][\w.'’-]*(?:'s|’s)\s+)"
    # ... of a place or a happening named: "The Caribbean death toll", "the U.S. toll", "Florida's official toll"
    r"(?:(?-i:[A-Z])[\w.'’-]*\s+){0,2}"
    r"(?:(?:official|overall|total|confirmed|provisional|latest|final|grim|rising)\s+)?"
    r"(?:(?:death|casualty|injury|fatality|victim|virus|flood|quake|storm)\s+)?"
    r"(?:toll|tally|count|number\s+of\s+(?:the\s+)?(?:dead|deaths|victims|casualties|fatalities|(?:confirmed\s+)?cases|infections|injured|"
    r"missing|displaced|people\s+(?:killed|dead|missing|injured|affected|evacuated|displaced)))\s+"
    r"(?:(?:from|in|of|on|after)\s+(?:[\w'’,-]+\s+){1,5}?)?(?:(?:now|has|have|had|also|further|again|sharply|quickly)\s+){0,2}"
    r"(?:rose|risen|rises|climbed|climbs|jumped|jumps|reached|reaches|topped|tops|passed|passes|increased|increases|"
    r"grew|grows|stood|stands|surpassed|surpasses|exceeded|exceeds|soared|soars|mounted|mounts|hit|hits)\b",
    re.IGNORECASE)


#: A count of cases reported or confirmed: "Seven more deaths were reported in Florida on Sunday", "The
#: sheriff announced Monday that 54 deaths have now been confirmed", "another 120 cases were recorded on
#: Friday". The count's report, not the deaths or the cases, is dated: the happening is told beside it.
_A_COUNT = (r"(?:\d{1,3}(?:[ ,]\d{3})+|\d+|" + spelled(1, 12) + r"|fifteen|twenty|"
            r"thirty|forty|fifty|dozens|hundreds|thousands)\s+(?:(?:more|new|further|additional|other)\s+)?"
            r"(?:[a-z]+-related\s+|(?!(?:deaths|cases|casualties|fatalities|infections|injuries)\b)[a-z]+\s+)?"
            r"(?:deaths|cases|casualties|fatalities|infections|injuries)")
_CASES_COUNTED = re.compile(
    r"^\W*(?:(?:[\w.,'’-]+\s+){1,6}?(?:says|said|tells|told|reports|reported|announces|announced|confirms|confirmed)\s+"
    r"(?:(?:reporters|journalists|the\s+press)\s+)?(?:that\s+)?)?"
    # (a situation report's forms too: "a total of 37 269 new cholera cases were reported", "a
    # cumulative total of 1,488 cases and 19 deaths have been reported": a total, digits grouped by
    # spaces, the disease's name, cases and deaths counted together)
    r"(?:(?:at\s+least|another|a\s+further|some|about|nearly|more\s+than|over|"
    r"a\s+(?:cumulative\s+|combined\s+|further\s+)?total(?:\s+of)?)\s+)?"
    + _A_COUNT +
    r"(?:\s+(?:and|with)\s+" + _A_COUNT + r")?"
    r"\s+(?:(?:have|has|had)\s+(?:now\s+|also\s+)?been|were|was|are|is)\s+"
    r"(?:now\s+|also\s+)?(?:reported|confirmed|recorded|registered|counted)\b",
    re.IGNORECASE)


#: A figure that held where it was: "The unemployment rate remained at 4.7 percent last month", "Inflation
#: stayed at 2 per cent in May", "The index held steady at 3,400". A reading of a measure, not a
#: happening (its change, when there is one, is told as a rise or a fall, and read elsewhere).
_FIGURE_HELD = re.compile(
    r"^\W*(?:(?:the|its|their|a|an)\s+|[A-Z][\w.'’-]*(?:'s|’s)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:rate|rates|index|price|prices|figure|level|total|inflation|unemployment|turnout|share|yield|average)\s+"
    r"(?:(?:still|also|again)\s+)?(?:remained|remains|remain|stayed|stays|stay|held|holds|hold|was\s+unchanged|is\s+unchanged)\s+"
    r"(?:(?:steady|unchanged|flat|firm|stable)\s+)?at\s+(?:about\s+|around\s+|just\s+)?[£$€]?\s?\d",
    re.IGNORECASE)


#: A reading of a measure of many, told as its level, its peak or a trend: "Turnout at noon was 41 percent",
#: "Membership of the guild, which was 2,400 in 1951, …", "Visitor numbers peaked in 2019", "Sales of paper
#: maps began to fall again in the late 1990s", "Its sales had been falling since early 2022". A statistic, the sum of many
#: people's acts, not a happening (the README's "a change over a period is a statistic"). A change told
#: once on its date ("Turnout rose to 61 percent in 2023", "unemployment reached 19 percent in 1932", as the
#: tests of sessions ten and seventeen have them) is
#: left to the happenings, as the readable gold keeps it; a market move names a share, a currency or a
#: price and is not read here; a be-form counts only before a figure ("Enrolment in the trial
#: was completed in May 2024" is a happening).
_MEASURE = (r"(?:turnout|attendances?|membership|enrol(?:l)?ments?|arrivals|sales|inflation|unemployment|population|"
            r"ridership|footfall|audiences|(?:passenger|visitor|pupil|student|member|audience)\s+numbers)")
_MEASURE_READING = re.compile(
    r"^\W*(?:(?:the|its|their|our|his|her|(?-i:[A-Z])[\w.'’-]*(?:'s|’s))\s+)?(?:[\w'’-]+\s+){0,2}?" + _MEASURE +
    # (where or of what: "Turnout at 5pm", "Sales of vinyl", "Enrolment at the school")
    r"(?:\s+(?:of|at|in|on|for|from)\s+[\w'’%-]+(?:\s+[\w'’%-]+){0,2}?)?,?\s+(?:(?:which|that)\s+)?"
    r"(?:(?:has|have|had|also|then|only|again|now|still)\s+)*"
    r"(?:(?:is|was|are|were|stands?|stood)\s+(?:running\s+at\s+|at\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+|over\s+|under\s+)?[£$€]?\d"
    r"|(?:(?:has|have|had)\s+been|is|was|are|were)\s+(?:steadily\s+|slowly\s+|quickly\s+)?"
    r"(?:rising|falling|climbing|dropping|growing|shrinking|declining|sliding)\b"
    r"|peak(?:s|ed)?\b"
    r"|(?:begins?|began|starts?|started)\s+to\s+(?:climb|fall|rise|grow|drop|recover|decline|slide)\b)", re.IGNORECASE)


#: A telling of the measure's figure by whoever keeps it, before it: "The bakery reported that its sales rose
#: 9 percent in the first half": the report is the happening (a company telling its own results).
_TOLD_BY_ITS_KEEPER = re.compile(r"\b(?:reports?|reported|announce[sd]?|posts?|posted|publishe[sd]|publishes|"
                                 r"disclose[sd]?)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,6}?$", re.IGNORECASE)
#: A date between a determiner and the noun it dates, "in the 2016 election": the happening the noun names.
_DATES_A_NOUN = (re.compile(r"\b(?:the|a|an|this|that|its|their|his|her|our|last)\s+$", re.IGNORECASE),
                 re.compile(r"^\s+[a-z]{3,}\b"))


def reads_a_measure(title: str, before: str = "", after: str = "") -> bool:
    """True when the clause titled ``title`` (or the sentence ``before`` its date) reads a measure of many
    (turnout, attendance, membership, sales ...): its level, its peak or a trend (see
    :data:`_MEASURE_READING`), a statistic. ``before`` and
    ``after``, the sentence up to the date and after it, keep two kinds: the measure told by whoever
    keeps it ("The bakery reported that its sales rose …", see :data:`_TOLD_BY_ITS_KEEPER`) and a date
    naming a happening ("Turnout fell sharply in the 2016 election", see :data:`_DATES_A_NOUN`)."""
    # (the sentence before the date only when the title is the measure's clause: its tense is the sentence's)
    if not (_MEASURE_READING.search(title) or re.match(r"\W*(?:[\w'’-]+\s+){0,2}?" + _MEASURE, title, re.IGNORECASE)
            and _MEASURE_READING.search(before)):
        return False
    measure = re.search(_MEASURE, before, re.IGNORECASE)
    if measure and _TOLD_BY_ITS_KEEPER.search(before[:measure.start()]):
        return False
    return not (_DATES_A_NOUN[0].search(before) and _DATES_A_NOUN[1].match(after))


#: A share of the people asked, told as a percentage: "62%", "58 per cent", "about 70 percent".
_PEOPLE_SHARE = r"(?:(?:about|around|nearly|almost|only|just|some|over|more\s+than|fewer\s+than|less\s+than)\s+)?\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)"
#: What the asked said or felt: "62% of members said they were satisfied", "58 per cent of staff would recommend
#: the trust", "70 per cent of tenants wanted the heating replaced". (A vote is a happening, "87 percent of its
#: members backed the action in a ballot", "81% of those voting back strike action", and so is a share that
#: something befell, "70 percent of the wires had rusted through": neither verb is an opinion's.)
_OPINION_VERB = (r"(?:said|say|says|told|tell|felt|feel|feels|thought|think|thinks|believed|believe|believes|agreed|agree|"
                 r"agrees|rated|rate|rates|wanted|want|wants|preferred|prefer|prefers|described|describe|would|were\s+satisfied|"
                 r"are\s+satisfied|was\s+satisfied|expected|expect|expects|trusted|trust|trusts)")
_SHARE_OF_THE_ASKED = re.compile(r"^\W*" + _PEOPLE_SHARE + r"\s+of\s+(?:(?:the|its|our|their|all)\s+)?(?:[\w'’-]+\s+){0,3}?"
                                 r"(?:(?:who|that)\s+(?:[\w'’-]+\s+){1,3}?)?" + _OPINION_VERB + r"\b", re.IGNORECASE)
#: The same share with the asked named before it or not at all: "Of those who answered, 62 per cent supported a
#: rise", "Among tenants, 70 per cent wanted the heating replaced", "and 27 per cent opposed any rise" (the title of
#: a clause after "and"). The share is its clause's subject; what it thought, supported or opposed is opinion read.
_SHARE_OPINES = re.compile(r"^\W*(?:(?:of|among)\s+[^,;:.]{1,60},\s+)?" + _PEOPLE_SHARE
                           + r"\s+(?:of\s+(?:them|those|these)\s+)?(?:" + _OPINION_VERB
                           + r"|supported|supports|support|opposed|opposes|oppose|favoured|favours|favour|favored|favors|favor|"
                           r"disagreed|disagrees|disliked|dislikes)\b", re.IGNORECASE)
#: A survey or an opinion poll read by its figure: "A poll published on Monday put support for the stadium at 41
#: percent", "The latest poll puts the Greens on 18 per cent", "A survey of tenants in January found that 70 per
#: cent wanted …", "A YouGov poll last week showed 55% of voters backing the plan". What people thought when they
#: were asked, a statistic; the figure in the clause is a share. (A survey that counts or rates a thing, "a survey
#: in 2019 counted 7,200 pairs", "A survey in the autumn of 2021 rated it as fair", tells no share, and stays.)
_SURVEY_READ = re.compile(
    # (a live page's stamp may open it: "18:02 - The first exit poll puts the Centre Party on 29 percent")
    r"^\W*(?:\d{1,2}[:.]\d\d\W+)?(?:(?:in|according\s+to)\s+)?(?:(?:the|a|an|our|its|their|this|that|last|new|latest|first|second|recent|annual)\s+)*"
    r"(?:[\w'’-]+\s+){0,2}?(?:(?:opinion|exit|staff|customer|member|tenant|supporter|passenger|annual)\s+)?(?:survey|poll)s?\b"
    r"[^;:.!?]{0,90}?\b(?:put|puts|showed|shows|found|finds|gave|gives|suggested|suggests|had|has|placed|places)\s+"
    r"(?:that\s+)?[^;:.!?]{0,60}?\b" + _PEOPLE_SHARE, re.IGNORECASE)


def reads_a_survey(title: str, sentence: str) -> bool:
    """Whether the clause titled ``title`` reads an opinion survey or a poll: a share of the people asked and
    what they said or felt, as the title's subject (see :data:`_SHARE_OF_THE_ASKED` and :data:`_SHARE_OPINES`), or the ``sentence``
    opened by a survey or a poll and the share it put or found (see :data:`_SURVEY_READ`), the title naming the
    survey. A statistic of opinion, no happening, dated or not."""
    if _SHARE_OF_THE_ASKED.match(title) or _SHARE_OPINES.match(title):
        return True
    # (the title cut before the share: "Of those who answers" for "Of those who answered, 62 per cent supported …")
    if _SHARE_OPINES.match(sentence) and re.match(r"\W*(?:of|among)\b", title, re.IGNORECASE):
        return True
    return bool(re.search(r"\b(?:survey|poll)s?\b", title, re.IGNORECASE)) and _SURVEY_READ.match(sentence) is not None


#: A run of results counted over games: "She scored 14 goals in 22 appearances", "The striker scored 40 goals
#: in 90 games". A player's or a side's record, the sum of many games, not one happening.
_RECORD_OVER_GAMES = re.compile(
    # ("scored a total of 812 points", "has taken a total of 96 wickets": the season's or the career's sum)
    r"\b(?:scores?|scored|takes?|took|kicks?|kicked|makes?|made|taken)\s+a\s+(?:combined\s+|record\s+)?total\s+of\s+\d[\d,]*\s+"
    r"(?:[a-z]+\s+)?(?:goals|points|tries|wickets|runs|baskets|saves|assists)\b|"
    r"\b(?:scores?|scored|takes?|took|kicks?|kicked|makes?|made)\s+(?:\d[\d,]*|" + spelled(2, 12) + r")\s+"
    r"(?:[a-z]+\s+)?(?:goals|points|tries|wickets|runs|baskets|saves|assists)\s+in\s+(?:\d+|" + spelled(2, 12) + r")\s+"
    r"(?:[a-z]+\s+)?(?:games|matches|appearances|starts|outings|innings|races|fixtures)\b", re.IGNORECASE)
#: Results counted over a stretch: "By early November the Hornets had lost four in a row", "United had drawn
#: five times by the end of September", "The side won only twice between March and May": how a side fared over
#: many games, each told (if at all) on its own day. Read with a stretch before the date (:data:`_A_STRETCH_BEFORE`)
#: or with no date; "Moss scored twice on her debut on 16 November" tells one game and stays.
_RESULTS_COUNTED = re.compile(
    r"\b(?:wins?|won|loses?|lost|draws?|drew|beats?|beat|scores?|scored|takes?|took)\s+(?:only\s+|just\s+|but\s+)?"
    r"(?:once|twice|(?:\d+|" + spelled(2, 12) + r")\s+(?:times|in\s+a\s+row|straight|(?:games|matches)\s+in\s+a\s+row))\b",
    re.IGNORECASE)
#: Results told as a share of the games played: "won eleven of their twelve games", "lost two of their next
#: three matches", "took four of the last six races", also in a title cut before the games counted ("Harrow
#: Vale wins 19 of their 22 league", "The Harriers lose three of their next four"): a record over many games
#: whatever date the clause is given.
_SHARE_OF_GAMES = re.compile(
    r"\b(?:wins?|won|loses?|lost|draws?|drew|beats?|beat|takes?|took)\s+(?:only\s+|just\s+)?"
    r"(?:\d+|" + spelled(1, 20) + r")\s+of\s+(?:their|its|his|her|our|the|my)\s+(?:(?:next|last|first|opening|previous|"
    r"final|remaining|league|home|away|cup)\s+){0,2}(?:\d+|" + spelled(2, 50) + r")"
    r"(?:\s+(?:[a-z]+\s+)?(?:games|matches|fixtures|races|bouts|contests|ties|outings|starts)\b|(?:\s+(?:league|home|away|cup))?\s*$)"
    # (cut before the second count too: "The Harriers then lose three of their next")
    r"|\b(?:wins?|won|loses?|lost|draws?|drew|takes?|took)\s+(?:only\s+|just\s+)?(?:\d+|" + spelled(1, 20) + r")\s+of\s+"
    r"(?:their|its|his|her|our|the|my)\s+(?:next|last|first|opening|previous|final|remaining)\s*$",
    re.IGNORECASE)
# ("since": "Ardley have lost only once at home since August", a record kept from the date to now)
_A_STRETCH_BEFORE = re.compile(r"\b(?:by|between|over|through|throughout|from|during|until|till|before|since|"
                               r"in\s+the\s+(?:first|last|previous|past))\s+(?:the\s+)?$", re.IGNORECASE)
#: Results counted right before the stretch's date, in the date's own clause: "Ardley have lost only once at home
#: since August and have scored in every game", whose title may be the clause after it.
_RESULTS_COUNTED_BEFORE_STRETCH = re.compile(_RESULTS_COUNTED.pattern + r"[^,;:.!?]{0,40}?" + _A_STRETCH_BEFORE.pattern,
                                             re.IGNORECASE)


def tells_a_run_of_results(title: str, before: str | None) -> bool:
    """Whether the clause titled ``title`` counts results over many games: a record over games (see
    :data:`_RECORD_OVER_GAMES`) or a share of them (:data:`_SHARE_OF_GAMES`), or results counted (:data:`_RESULTS_COUNTED`) over a stretch, ``before``
    being the sentence up to the date ending in "by", "between", "since" … (None when undated); the count may stand in
    ``before`` alone, when the title is a later clause's."""
    if _RECORD_OVER_GAMES.search(title) or _SHARE_OF_GAMES.search(title):
        return True
    if before is not None and _RESULTS_COUNTED_BEFORE_STRETCH.search(before):
        return True
    return bool(_RESULTS_COUNTED.search(title)) and (before is None or bool(_A_STRETCH_BEFORE.search(before)))


#: A sentence opened by its subject's own peak: "At its peak, in 1957, the yard launched 30 ships", "At
#: their height, in the 1890s, the mills shipped cloth to forty countries". What the subject did or held at its
#: biggest, a measure of its size, not a happening. ("At the peak, around 20:00 on 14 February, some 4,000
#: homes were cut off" times a happening's worst moment, and stays.)
_AT_ITS_PEAK = re.compile(r"^\W*at\s+(?:its|their|his|her)\s+(?:peak|height|zenith)\s*,", re.IGNORECASE)


def told_at_its_peak(sentence: str) -> bool:
    """Whether ``sentence`` opens with its subject's own peak (see :data:`_AT_ITS_PEAK`)."""
    return _AT_ITS_PEAK.match(sentence) is not None


def is_running_tally(title: str) -> bool:
    """True when the clause titled ``title`` tells a running tally's new figure (see :data:`_RUNNING_TALLY`)
    or a count of deaths or cases reported (see :data:`_CASES_COUNTED`), or a figure that held where it
    was (see :data:`_FIGURE_HELD`)."""
    return bool(_RUNNING_TALLY.search(title) or _CASES_COUNTED.search(title) or _FIGURE_HELD.search(title))


#: A sum of money lost, earned, spent or taken over a period: "Vessberg lost $46 million in 2025", "The union
#: lost £340,000 in 2024", "Agency staff cost £22 million in the first nine months of the year", "The firm
#: earned £31 million in the three months to September", "Legacies brought in £310,000 last year". A
#: period's result, the sum of a year's (or a quarter's) dealings, not a happening, unless it is the news of
#: its own: a results story, whose opening sentence tells a result (see :func:`results_are_the_news`). A sum lost on one day ("lost £2 million of
#: its value on Friday") is a market move and stays; money raised by an appeal or a fund ("raised £52,000
#: in six weeks") is a campaign's happening and stays, unless the period is an accounting one
#: ("Parking fines raised $14.6 million in fiscal 2023").
_MONEY = (r"(?:[£$€¥]\s?\d[\d.,]*(?:\s*(?:million|billion|thousand|bn|m|k)\b)?|"
          r"\d[\d.,]*\s*(?:million\s+|billion\s+|thousand\s+)?(?:crowns|kroner|kronor|euros|dollars|pounds|francs|yen)\b)")
_SUM_VERB = (r"(?:lose|loses|lost|earn|earns|earned|spend|spends|spent|cost|costs|make|makes|made|"
             r"bring\s+in|brings\s+in|brought\s+in|take\s+in|takes\s+in|took\s+in|generate[sd]?|generated|turn(?:s|ed)?\s+over)")
_PERIOD_SUM = re.compile(r"(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bmay\s)\b" + _SUM_VERB + r"\s+"
                         # (whom it cost: "cost the trust £18 million")
                         r"(?:(?:the|its|their|our|his|her)\s+[\w'’-]+\s+|(?:us|them|him|her|it)\s+)?(?:(?:a\s+(?:loss|profit|surplus|deficit)\s+of|a\s+total\s+of|about|around|"
                         r"nearly|almost|over|more\s+than|less\s+than|some|just\s+over|just\s+under|an\s+estimated)\s+)?" + _MONEY,
                         re.IGNORECASE)
_RAISED_SUM = re.compile(r"\b(?:raise[sd]?|raising)\s+(?:(?:about|around|nearly|almost|over|more\s+than|some)\s+)?" + _MONEY,
                         re.IGNORECASE)
#: An accounting period: a fiscal or financial year, a quarter, a half, "the year to March", "the first nine months".
_ACCOUNTING_PERIOD = re.compile(r"\b(?:fiscal|financial\s+year|FY\s?\d|quarter|Q[1-4]\b|half|(?:year|months?|weeks?)\s+to\b|"
                                r"first\s+(?:\w+\s+)?months|\d{4}/\d{2})", re.IGNORECASE)
#: The period told in an undated clause's own words: "lost $212 million in the year to January 2023".
_PERIOD_IN_WORDS = re.compile(r"\b(?:in|over|during|for)\s+(?:the\s+)?(?:(?:financial|fiscal|calendar|whole|same)\s+(?:year\s+)?)?"
                              r"(?:\d{4}\b|FY\s?\d+|(?:[a-z]+[-–][a-z]+\s+)?(?:year|quarter|half|season|period)\b|"
                              r"(?:first|last|past)\s+(?:\w+\s+)?(?:months|weeks|years)\b)", re.IGNORECASE)


#: What a results story's opening sentence tells: a period's sum ("The bakery earned $3 million in the third
#: quarter") or a result by its name ("reported a net loss for the second quarter").
_RESULTS_WORDS = re.compile(r"\b(?:profits?|loss(?:es)?|revenues?|earnings|turnover|net\s+income|surplus|deficit)\b",
                            re.IGNORECASE)
#: A document's first sentence: the first run ending in a full stop, a question or an exclamation mark on a
#: line (a headline, a dateline line or a label line without one is passed over).
_FIRST_SENTENCE = re.compile(r"^[ \t]*([^\n]*?[.!?])(?=\s|$)", re.MULTILINE)


def results_are_the_news(text: str) -> bool:
    """Whether the document ``text`` is a results story: its first sentence tells a period's sum or names a
    result (see :data:`_RESULTS_WORDS`). There a period's sum is the news of its own, which a reader lists
    ("The bakery earned $3 million in the third quarter"); told in another story (a union's loss of a year
    in a story of its president's resignation, a shipowner's loss of last year in a market report) it is
    background, a statistic."""
    first = _FIRST_SENTENCE.search(text)
    return bool(first) and bool(_PERIOD_SUM.search(first.group(1)) or _RESULTS_WORDS.search(first.group(1)))


def tells_a_period_sum(title: str, timex_text: str, one_day: bool, after: str = "") -> bool:
    """Whether the clause titled ``title`` tells a sum of money lost, earned or spent over a period (see
    :data:`_PERIOD_SUM`): dated by a period longer than a day (``one_day`` False; ``timex_text`` its
    words) or, undated (``timex_text`` empty), naming its period in its title or in ``after`` (the
    sentence after the title's words). A sum raised counts only over an accounting period."""
    period = " ".join((timex_text, title, after[:60]))
    if timex_text and one_day:
        return False
    if not timex_text and not _PERIOD_IN_WORDS.search(title + " " + after[:60]):
        return False
    found = _PERIOD_SUM.search(title)
    if found:
        # (money spent on something is an act of its own: "Last year the ministry spent £9 million on flood
        # defences", as the opened gold keeps it; "agreed to spend $1.1 million" is an agreement)
        spent_on = re.match(r"spen", found.group(), re.IGNORECASE) and re.search(_MONEY + r"\s+on\s", title + " " + after)
        return not spent_on
    return bool(_RAISED_SUM.search(title) and _ACCOUNTING_PERIOD.search(period))


#: A share of a counted group as a clause's subject: "Eleven of the fourteen fixtures reported this week
#: were for Chinese mills", "Nine of our twenty-two monitoring sites failed the standard in the summer",
#: "Seven of the twelve clubs spent less than a year ago".
_COUNT_OF_A_GROUP = re.compile(r"^\W*(?:only\s+|just\s+|all\s+but\s+)?" + _GROUP_COUNT + r"(?:-[a-z]+)?\s+of\s+"
                               r"(?:the|its|their|our|his|her|these|those|your|my)\s+(?:[\w'’-]+\s+){0,2}?"
                               + _GROUP_COUNT + r"(?:-[a-z]+)?\s+[a-z]", re.IGNORECASE)
#: A figure set against an earlier one after "up from" or "down from": "issued five penalties, up from two in
#: 2024", "recorded 37 such collisions, up from 29 the year before".
#: ... or a figure told as a difference from an earlier period's: "called out 41 times in 2025, ten more than in
#: 2024", "handled 412,000 passengers, 6 per cent more than in December 2024", "30 fewer than the year before"
#: (a difference from a forecast, "£100 million less than analysts had expected", is no earlier period's).
_UP_FROM_A_FIGURE = re.compile(r"\b(?:up|down)\s+from\s+(?:the\s+|a\s+|an\s+)?(?:about\s+|around\s+|nearly\s+|just\s+|only\s+)?"
                               r"(?:[£$€]?\d|" + spelled(1, 90) + r")\b"
                               r"|\b(?:\d[\d,.]*|" + spelled(1, 90) + r")\s*(?:per\s*cent\s+|percent\s+|%\s+)?(?:more|fewer|less|higher|lower)\s+than\s+"
                               r"(?:in|on|at|during|over|last|a\s+year|the\s+(?:year|month|week|season|quarter|previous|same)|\d{4})\b",
                               re.IGNORECASE)


def tells_a_share_over_a_stretch(title: str, before: str, after: str, one_day: bool) -> bool:
    """Whether a clause dated by a stretch (a week, a month, a season, a year: ``one_day`` False) is a
    statistic: a share of a counted group as its subject ("Eleven of the fourteen fixtures …", see
    :data:`_COUNT_OF_A_GROUP`), or a figure compared "up from" an earlier one (see
    :data:`_UP_FROM_A_FIGURE`) in its title or right after its date (``after``, up to the next clause;
    ``before``, the sentence up to the date, ending inside the comparison dates the earlier figure:
    "recorded on 51 stretches, up from 38 in 2018"). On one day the share did one thing ("Two of the four
    suspects were arrested on Friday") and stays; so does an offer on a day "up from 4 percent"."""
    if re.search(_UP_FROM_A_FIGURE.pattern + r"[^,;:.]{0,30}$", before, re.IGNORECASE):
        return True
    if one_day:
        return False
    following = re.split(r"[;:]|\s(?:and|but|while|whereas)\s", after, maxsplit=1)[0][:120]
    figure = re.search(r"\d|\b(?:" + spelled(2, 90) + r")\b", title, re.IGNORECASE)
    return bool(_COUNT_OF_A_GROUP.search(title)
                or figure and (_UP_FROM_A_FIGURE.search(title) or _UP_FROM_A_FIGURE.search(following)))


#: A period named in an undated clause's own words: "in 2025", "last year", "this season", "in the spring".
_PERIOD_NAMED = re.compile(r"\b(?:(?:in|during|over)\s+(?:the\s+)?(?:\d{4}|spring|summer|autumn|winter|year|season|quarter)|"
                           r"(?:last|this|that)\s+(?:year|season|month|quarter|winter|summer|spring|autumn))\b", re.IGNORECASE)


def tells_an_undated_comparison(title: str, sentence: str) -> bool:
    """Whether an undated clause titled ``title`` tells a figure of a period its own words name, compared
    with an earlier one in its ``sentence`` ("The lifeboat launched 63 times in 2025, 12 more than in
    2024", whose date went with the comparison): a statistic, as when it is dated (see
    :func:`tells_a_share_over_a_stretch`). An offer "up from 4 percent" names no period and stays."""
    figure = re.search(r"\d|\b(?:" + spelled(2, 90) + r")\b", title, re.IGNORECASE)
    return bool(figure and _PERIOD_NAMED.search(title) and _UP_FROM_A_FIGURE.search(sentence))


def tells_an_undated_period_sum(title: str, sentence: str) -> bool:
    """Whether an undated clause titled ``title`` tells a sum of money lost, earned or spent (see
    :func:`tells_a_period_sum`) over a period its ``sentence`` names right after the sum ("lost $212 million
    in the year to January 2023", "When the yard lost 14 million crowns in the financial year")."""
    found = _PERIOD_SUM.search(sentence) or _RAISED_SUM.search(sentence)
    return bool(found) and tells_a_period_sum(title, "", False, sentence[found.end():])


#: A period no date names, after the count: "in the week", "in the month", "over the quarter", "in the three
#: months to February", "during the reporting period".
_UNNAMED_PERIOD = (r"(?:in|during|over|across|throughout|within)\s+the\s+(?:(?:same|whole|past|last|first|second|previous|"
                   r"following|reporting|three|six|nine|twelve|two|four)\s+){0,2}"
                   r"(?:week|fortnight|month|quarter|half|year|season|period|term|weekend|weeks|months|quarters)\b")
#: ... or a period named ("in May", "in 2024", "last year"), whose date an undated clause read after the
#: tally has lost: "The Commission issued 6,230 postal ballot packs in May".
_NAMED_PERIOD = (r"(?:(?:in|during|over|throughout)\s+(?:\d{4}\b|" + MONTH_NAMES + r"\b)|"
                 r"(?:last|this|that)\s+(?:week|month|quarter|year|season|spring|summer|autumn|winter)\b)")
_WORK_OVER_UNNAMED_PERIOD = re.compile(r"\b" + WORK_VERB + r"\s+" + WORK_COUNT + r"(?:" + _UNNAMED_PERIOD + "|" + _NAMED_PERIOD + r")",
                                       re.IGNORECASE)


def counts_a_service_s_work(title: str, sentence: str) -> bool:
    """Whether an undated clause titled ``title`` counts a service's work over a period its ``sentence``
    names in words and no date ("Mobile clinics treated 1,812 patients in the week", "Agents listed 1,148
    new homes for sale in the month"): a tally of many acts, each too small to list, not a happening (as
    when a date names the period, see ``date_roles_figures.WORK_COUNTED_BEFORE_PERIOD``). The count must
    stand in the title, so that the clause counted is the title's."""
    found = _WORK_OVER_UNNAMED_PERIOD.search(sentence)
    return found is not None and found.group("count") in title


#: A measure's level as a week, a month or a quarter closed: "The Vallendor mark closed the week at 1.184
#: against the euro", "The index closed the month at 147.3", "Brent ended the week at $71.80 a barrel",
#: "The shares finished the quarter up 12 per cent". Where a figure stood when a period ended, a reading,
#: not a happening (a move on a day is one: "Harrow shares fell 4 percent on Friday"; so is a day's or a
#: session's close, "closed the day 4% higher", a market move on its day). With the period dated, "ended
#: the year up 18 per cent", it is read as a figure by the date's role.
_LEVEL_AT_PERIOD_END = re.compile(
    r"\b(?:closes|closed|close|ends|ended|end|finishes|finished|finish|settles|settled|settle)\s+(?:the|its|their)\s+"
    r"(?:(?:first|second|third|fourth|final|last|past|calendar|financial|fiscal)\s+)?"
    r"(?:week|month|quarter|half|year)\s+"
    r"(?:(?:up|down|higher|lower|unchanged|flat)\b|(?:at|on|with)\s+(?:(?:about|around|nearly|just\s+over|just\s+under|"
    r"a\s+record(?:\s+high)?(?:\s+of)?)\s+)?[$£€¥]?\s?\d)", re.IGNORECASE)
#: What may stand between the level and its clause's date: no clause of its own ("after", "when", "and" …).
_OTHER_CLAUSE = re.compile(r"\b(?:after|when|before|as|because|following|while|and|but)\b|[;:]", re.IGNORECASE)


def tells_a_level_at_a_period_s_end(title: str, before: str = "") -> bool:
    """Whether the clause titled ``title`` tells where a measure stood when a week, a month or a quarter
    closed (see :data:`_LEVEL_AT_PERIOD_END`), in the title or in the date's clause before it (``before``:
    the sentence up to the date, "The shares closed the quarter at 84.10 crowns, up 12 per cent since")."""
    if _LEVEL_AT_PERIOD_END.search(title):
        return True
    found = _LEVEL_AT_PERIOD_END.search(before)
    return found is not None and not _OTHER_CLAUSE.search(before, found.end())


#: A sentence opened by a period no date names, put first: "Over the year, …", "During the season, …",
#: "Across the whole year …", "In the twelve months, …".
_UNNAMED_PERIOD_FIRST = re.compile(
    r"^\W*(?:over|during|across|throughout|in)\s+the\s+(?:(?:whole|past|last|reporting|financial|twelve|six|three)\s+){0,2}"
    r"(?:year|season|month|quarter|half|period|months|weeks)\s*,?\s+", re.IGNORECASE)
def counts_over_a_period_put_first(title: str, sentence: str) -> bool:
    """Whether an undated clause titled ``title`` counts hundreds or more of its acts (see
    ``date_roles_figures.LARGE_COUNT_OBJECT``) over a period its ``sentence`` puts first and no date names ("Over the
    year, field officers visited 2,900 farms and trained 1,100 farmers", "During the season, volunteers
    logged 9,000 hours"): a year in numbers, each act too small to list, not a happening. A small count
    ("Over the following year, engineers fitted 21 more") may be acts a reader lists, and stays."""
    return _UNNAMED_PERIOD_FIRST.match(sentence) is not None and LARGE_COUNT_OBJECT.search(title) is not None
