"""Dates that name a thing rather than date a happening: what a preparation or a dispute is for ("for
next year's edition"), the period an account or a budget covers, a deadline or a cut-off ("shareholders
of record on May 19"), an anniversary's day, how old a thing is ("dates back to 1390"), a class of
goods made or sold in a period, a source cited as "(Crane, 1998)", a page's pointer or introduction
("For more from Monday's meeting, see …", "Here are five things that happened on Monday") and a time
referred back to ("at the time", "as we said in February").

The patterns :func:`explorer.events.date_roles.date_role` reads for those roles ("dated thing",
"reference point", "anniversary", "citation", "label", "pointer", "page intro", "time referred back").
"""

from __future__ import annotations

import re

from explorer.events.happening_nouns import (
    ENTRY_ACT_NOUNS, EPISODE_NOUNS, HELD_OR_BEFALLING, NEWS_NOUNS, NOMINAL_VERBS, OCCURRENCE_NOUNS,
)
from explorer.events.described_people import DESCRIBED_PEOPLE
from explorer.events.names import OFFICE_NOUNS, PERSON_ROLES
from explorer.events.tense import IRREGULAR, PARTICIPLES, REGULAR_PAST
from explorer.number_words import spelled

#: "As we said in February, we expect …", "as the company announced last week": an aside pointing back to
#: an earlier telling, not a happening of the story.
AS_TOLD_BEFORE = re.compile(
    r"\bas\s+(?:[\w'’-]+\s+){1,3}?(?:said|announced|reported|noted|mentioned|explained|indicated|outlined|disclosed|"
    r"told\s+\w+|wrote|promised|predicted|warned)\s+(?:(?:on|in|at|during|back\s+in)\s+)?$", re.IGNORECASE)
#: "shareholders of record on May 19", "the register as at 31 March": a cut-off that picks who or what
#: counts, not a happening.
CUT_OFF = re.compile(r"\b(?:of\s+record|as\s+(?:at|of))\s+(?:on\s+)?$", re.IGNORECASE)
#: "photos from booths installed before 2015 will be rejected", "Links created before 1 June keep
#: working", "tickets bought after 3 May": a plural noun, a participle with no auxiliary, then "before",
#: "after", "until" or "since" and the date: the date marks off a class of things by when they were
#: made, a rule's cut-off, not a happening of the clause ("the booths were installed before 2015", with
#: its auxiliary, is one).
CLASS_BY_DATE = re.compile(
    r"\b(?!(?:is|was|has|its|this|his|as|us|thus|yes|news|series|always|perhaps|whereas|pass)\b)[A-Za-z]+s\s+"
    r"(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|built|made|sold|bought|sent|held|kept|found|taken|given|written|grown|drawn|"
    r"shown|paid|won|set|issued)\s+(?:before|after|prior\s+to|until|since)\s+(?:the\s+)?$")
#: The class is the subject of a verb after the date ("… before 2015 will be rejected"); a headline's
#: or a bullet's passive with no auxiliary ("All sailings cancelled until Sunday afternoon") ends there.
VERB_GOES_ON = re.compile(r"\s+(?!and\b|or\b|in\b|on\b|at\b)[a-z]")
#: "Anyone who travelled on the 08:15 service on Tuesday should call the clinic", "Customers who bought a
#: heater between 1 and 14 March are asked to return it", "Anyone born after 6 April 1960 will reach
#: pension age later": the date marks off the people a notice, a recall or a rule speaks to, inside the
#: relative clause or the participle of its subject, and the clause tells what they should or will do.
#: No happening is told of anyone in particular ("A man who was arrested on Friday has been released",
#: a person, and a perfect, tells one). Advice and duties may be addressed to any class of people; a
#: plain future only to a generic pronoun ("Those who applied before 1 March will receive …"), since
#: "Residents who fled on Friday will return" may tell a happening of the story.
_GENERIC_PRONOUN = (r"(?:anyone|anybody|everyone|everybody|someone|somebody|whoever|those|(?:a|any|every|each)\s+"
                    r"(?:person|child|pupil|worker|customer|passenger|patient|household|applicant|driver|claimant|tenant|"
                    r"employee|resident|traveller|traveler|visitor|owner|buyer|member))")
_CLASS_NOUN = (r"(?:(?:all|any)\s+)?(?:people|customers|passengers|travellers|travelers|visitors|patients|households|"
               r"applicants|owners|buyers|drivers|parents|pupils|students|claimants|tenants|residents|consumers|shoppers|"
               r"users|members|workers|employees|staff|guests|fans|holders|ticket[\s-]holders|investors|shareholders)")
_CLASS_TOLD_BY = (r"\s+(?:(?:who|that)\s+(?:[\w'’:-]+\s+){0,7}?|"
                  r"(?:born|aged|[a-z]+ed|bought|sold|made|paid|sent|held|kept|taken|given)\s+(?:[\w'’-]+\s+){0,5}?)"
                  r"(?:(?:in|on|at|before|after|between|from|during|since|until|by)\s+)?(?:the\s+)?$")
_GENERIC_CLASS_BEFORE = re.compile(r"^\W*(?:(?P<pronoun>" + _GENERIC_PRONOUN + r")|" + _CLASS_NOUN + r")" + _CLASS_TOLD_BY,
                                   re.IGNORECASE)
#: ... then what the class should or may do: advice, a duty, an entitlement ("should", "must", "are
#: asked", "need to", "are eligible"), or, after a generic pronoun, what will come to them.
_ADVICE_AFTER = re.compile(
    r"^[^.;:!?]{0,80}?\s(?:should|must|need\s+to|needs\s+to|do\s+not\s+need|does\s+not\s+need|don['’]t\s+need|"
    r"(?:are|is)\s+(?:being\s+)?(?:asked|advised|urged|told|eligible|entitled|invited|required|encouraged|offered)|"
    r"qualify|qualifies|can\s+(?:claim|apply|get|ask|return|call|contact))\b", re.IGNORECASE)
_FUTURE_AFTER = re.compile(r"^[^.;:!?]{0,80}?\s(?:will|can|may|would)\s+(?!have\s+been\b)[a-z]", re.IGNORECASE)


def marks_off_a_class(sentence_before: str, after: str) -> bool:
    """Whether the date marks off the people a notice or a rule speaks to (see
    :data:`_GENERIC_CLASS_BEFORE`). ``sentence_before`` is the date's sentence up to the date."""
    m = _GENERIC_CLASS_BEFORE.search(sentence_before)
    if not m:
        return False
    return bool(_ADVICE_AFTER.match(after) or m.group("pronoun") and _FUTURE_AFTER.match(after))


#: "The projected delivery date was March 2014", "Its planned opening is 3 May", "the original deadline of
#: 30 June": the date a plan or a forecast set, told as what the plan's date was, not a happening.
PLANNED_DATE_IS = re.compile(
    r"\b(?:projected|planned|expected|scheduled|target|original|estimated|proposed)\s+(?:[\w-]+\s+)?"
    r"(?:date|deadline|start|opening|delivery|completion|launch|release|finish|end)(?:\s+date)?\s+"
    r"(?:was|is|had\s+been|has\s+been|will\s+be|of)\s+(?:(?:in|on|for)\s+)?$",
    re.IGNORECASE)
#: "The earliest houses date to around 750 BCE", "the tower dates from the 1390s": how old a thing is,
#: not a happening.
DATES_TO = re.compile(r"\b(?:dates?|dated|dating)\s+(?:back\s+)?(?:to|from)\s+(?:around\s+|about\s+|c\.\s*|the\s+)?$",
                       re.IGNORECASE)
#: "offered 4%, backdated to 1 January": the day an offer or a rise counts from, not a happening.
BACKDATED = re.compile(r"\b(?:backdated|back-dated)\s+(?:to|from)\s+$", re.IGNORECASE)
#: "the K200 and K210 models, sold in white and grey between May 2022 and April 2024", "kettles made
#: before 2021": the period a product was made or sold in, told to say which ones a notice means.
GOODS_PERIOD = re.compile(
    r"\b(?:models|products|items|units|goods|devices|vehicles|cars|batches|appliances|machines)"
    r",?\s+(?:made|sold|produced|manufactured|bought|purchased|shipped|supplied|distributed|imported)\b"
    r"[^,;:.]{0,40}?\b(?:between|from|in|during|since|before|after|until)\s+(?:the\s+)?$")
#: "Offers are invited before 30 June", "Applications are welcome until 4 May", "Tenders are sought by
#: noon on Friday": a call to the reader with its deadline, what a listing or a notice asks for, not a
#: happening (the sale, the award, when they come, are told with their own dates).
CALL_DEADLINE = re.compile(
    r"\b(?:offers|bids|applications|entries|nominations|submissions|comments|tenders|proposals|expressions\s+of\s+interest)\s+"
    r"(?:are|is)\s+(?:now\s+)?(?:invited|welcome|welcomed|sought|requested)\s+(?:before|by|until|no\s+later\s+than)\s+"
    r"(?:(?:noon|midday|midnight|\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?)\s+on\s+)?$", re.IGNORECASE)
#: "welcome to the Pellridge third-quarter results call", "on our full-year earnings webcast": a period
#: written as the adjective of a results call names the call by the period its results cover; the call
#: is the happening, on its own day. (Figures "for the third quarter" are read by :data:`PERIOD_COVERED`
#: and the figure rules.)
RESULTS_CALL_AFTER = re.compile(
    r"^\s*(?:(?:results|earnings|trading|financial)\s+)?(?:conference\s+)?(?:call|webcast|presentation|briefing)\b",
    re.IGNORECASE)
#: "(stored) for next year's edition", "(training) for this year's race": the date names the thing a
#: preparation is for. ("Last year's festival drew 48,000", "in Thursday's election": the date of
#: the happening named, which stays.)
POSSESSIVE_AFTER = re.compile(r"^['’]s?\s+[a-z]")
FOR_BEFORE = re.compile(r"\b(?:for|ahead\s+of|in\s+time\s+for)\s+$", re.IGNORECASE)
#: "in a dispute over next year's budget", "a debate on this year's accounts", "an inquiry into last
#: year's floods": the date names what a dispute, a debate or an inquiry is about, not when the clause's
#: happening took place.
ABOUT_BEFORE = re.compile(
    r"\b(?:over|about|on|into|against|concerning|regarding|"
    # "more time to investigate Friday's incident", "will review last year's accounts": the happening
    # or the thing looked into, not when the looking takes place
    r"investigat(?:e|es|ed|ing)|prob(?:e|es|ed|ing)|review(?:s|ed|ing)?|examin(?:e|es|ed|ing)|"
    r"re-?examin(?:e|es|ed|ing)|audit(?:s|ed|ing)?)\s+$", re.IGNORECASE)
#: "the council's budget for 2021-22", "sales figures for the third quarter": the period a plan or an
#: account covers, not a happening.
PERIOD_COVERED = re.compile(
    r"\b(?:budgets?|accounts|forecasts?|figures|estimates?|targets?|timetables?|schedules?|calendars?|"
    # "We are keeping our guidance for the year", "raised its outlook for 2027": a company's forecast
    r"guidance|outlook|projections?|"
    # "The precept for 2026/27 will be discussed", "the grant for next year": what a council raises or is
    # given for a year
    r"precepts?|levy|levies|grants?|allocations?|(?:council\s+)?tax\s+rates?|fees|charges|tariffs?|"
    # "a spending plan for the 2025-26 school year", "the budget for fiscal year 2024"
    r"(?:spending|budget|financial|business|capital|operating)\s+plans?)\s+for\s+(?:the\s+)?"
    r"(?:(?:fiscal|financial|budget|tax|school|academic)\s+years?\s+)?$",
    re.IGNORECASE,
)
#: "approved the 2026 budget", "in this year's budget", "its 2024 capital budget": the date names the
#: year a budget covers, told before the noun ("In 2018 budgets were cut" dates the cutting: the date
#: has no determiner before it there).
PLAN_NOUN_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:(?:fiscal|financial|annual|operating|capital|draft|proposed|revised|final|municipal|city|"
    r"county|state|federal|general|school|district|council)\s+)*(?:budgets?|spending\s+plans?|estimates)\b",
    re.IGNORECASE)
#: "went on past the March 31 deadline", "filed by the October 1 deadline", "after the Nov. 3 deadline":
#: a deadline named as the point something is measured by; it dates nothing that happened. (Missing or
#: meeting it, "missed the January 15 deadline", is a happening of that day, and stays.)
DEADLINE_AFTER = re.compile(r"^\s+(?:deadline|cut-?off|cutoff)\b", re.IGNORECASE)
BOUND_BEFORE = re.compile(r"\b(?:before|after|by|past|beyond|until|till|ahead\s+of|prior\s+to)\s+(?:the\s+)$", re.IGNORECASE)
#: "Sunday marked 40 years since the mine closed", "Next Tuesday marks the 75th anniversary of the
#: landing": the date, as the subject, is when an anniversary falls; the happening is the one of long
#: ago. (A commemoration on the day, "On Sunday the town marked the anniversary with a parade", has
#: another subject, and stays.)
ANNIVERSARY_AFTER = re.compile(
    r"^\s+(?:marks|marked|will\s+mark|is|was|will\s+be)\s+(?:exactly\s+|precisely\s+)?(?:the\s+\w+\s+anniversary\b|"
    r"(?:\d[\d,]*|" + spelled(1, 10) + r"|" + spelled(20, 50) + r"|a\s+hundred|a)\s+"
    r"(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies))\s+(?:since|after|to\s+the\s+day)\b)",
    re.IGNORECASE)
DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|your|my|this|that|next|last)\s+$", re.IGNORECASE)
#: A happening named by its date inside a phrase after a preposition ("cut a flashback to the wreck of
#: 1931", "bought a painting of the flood of 1953", "a memorial to the miners' strike of 1984"): the date
#: names that thing, whose time it is, not the time of the clause's verb. (Not a part or a stretch of
#: time: "extended the lease to the end of 1999", "of the summer of 1950" date the clause; nor a thing the
#: act was done for, "introduced printed schedules for the census of 1841", nor one a "when" clause after
#: tells, "the anniversary of the walkout of 1875, when 400 women stopped work".)
OBJECT_NAMED_BY_DATE = re.compile(
    r"\b(?:to|of|about|from|into|on)\s+(?:the|a|an|this|that)\s+(?:(?![\w’'-]+ed\s)[\w’'-]+\s+){0,2}?"
    r"(?!(?:as|out|because|instead|ahead|most|much|some|all|each|any|many|few|bulk|end|start|beginning|middle|close|turn|course|spring|summer|autumn|fall|winter|month|year|week|half|"
    r"quarter|part|rest|remainder|first|last|night|morning|evening|afternoon|day|days|weekend|season|term|session|"
    r"period|time|era|decade|century|age)\s)[a-z][\w’'-]*\s+of\s+$")
#: "For the three months ended Oct. 28", "the year to 31 March": an accounting period, named by its end.
PERIOD_ENDED = re.compile(r"\b(?:months?|weeks?|quarters?|years?|half|period)\s+(?:ended|ending|to)\s+$", re.IGNORECASE)
#: The year of the books, a club or a school ("fiscal year", "club year"), and the verbs that tell a period's bounds.
_YEAR_OF = (r"(?:fiscal|financial|club|school|academic|tax|accounting|reporting|membership|business|budget|calendar|"
            r"liturgical|church)\s+year")
_LASTS = r"(?:runs|ran|run|lasts|lasted|extends|extended|covers|covered)\s+(?:from|between)"
#: "Our fiscal year runs from 1 July to 30 June", "The club year ran from 1 September to 31 August", "Our
#: permit ran from 20 April to 31 May": a year of the books, a club or a school, or the term of a permit
#: or a lease, told by its bounds. A frame for what happened in it, not a happening ("The festival runs
#: from 8 to 16 June", a season of events, stays; so does "the strike ran from May to July").
PERIOD_BOUNDS = re.compile(
    r"\b(?:the|our|its|their|his|her|this|that|each|every|a)\s+(?:[\w'’-]+\s+){0,2}?"
    rf"(?:{_YEAR_OF}|permit|licen[cs]e|lease|tenancy|visa|warranty|guarantee|subscription)\s+{_LASTS}\s+(?:the\s+)?$",
    re.IGNORECASE)
#: The same year named as the date itself ("Our financial year runs from April to March", the tagger
#: reading "financial year" as a date): its verb of lasting and the bounds after it.
PERIOD_BOUNDS_AFTER = re.compile(rf"\s+{_LASTS}\b", re.IGNORECASE)
PERIOD_NAME = re.compile(_YEAR_OF, re.IGNORECASE)
#: "(Crane, 1998)", "(Crane 1998, p. 4)": a citation of a source, in brackets after its author.
CITATION_BEFORE = re.compile(r"\((?:[A-Z][\w’'-]+(?:\s+(?:and|&)\s+[A-Z][\w’'-]+|\s+et\s+al\.)?),?\s+$")
CITATION_AFTER = re.compile(r"^[a-z]?(?:,\s*(?:p|pp)\.\s*[\d–-]+)?\)")
#: "the third album, Cold Harbour (2005), …", "the death of Arthur Penn (1958), who …": a date alone in
#: brackets right after a name labels the one named (the year a work came out, a member's class year),
#: as a reference book writes it; the clause goes on about something else. A name that holds a
#: happening ("the Treaty of Vell (1657)", "the Great Flood (1953)") is dated by it, and stays; so does
#: a span ("Tessa Morvane (1921–2004)"), a life's, read elsewhere.
_LABEL_BEFORE = re.compile(r"(?P<name>(?:[A-Z][\w’'.-]*[ \t]+(?:(?:of|the|de|du|von|van|and|on)[ \t]+)*){1,6})\($")
_LABEL_AFTER = re.compile(r"^\)")
_HAPPENING_NAME = re.compile(
    r"\b(?:Treaty|Peace|Wars?|Battle|Siege|Act|Agreement|Accord|Revolution|Rising|Uprising|Rebellion|Mutiny|Election|"
    r"Games|Olympics|Summit|Conference|Congress|Convention|Council|Flood|Fire|Strike|Riots?|Crisis|Disaster|"
    r"Earthquake|Eruption|Famine|Plague|Massacre|Raid|Invasion|Coup|Referendum|Expedition|Voyage|Crash|Sinking)\b")
_SPAN_WRITTEN = re.compile(r"[–—-]|\bto\b")


#: "the Class of 1962", "the class of '85", "this year's intake of 2024": a year that names a group of
#: people by when they graduated or joined, not a happening of the clause.
_GROUP_OF_YEAR = re.compile(r"\b(?:class|intake|cohort)\s+of\s+$", re.IGNORECASE)


def labels_a_name(before: str, written: str, after: str) -> bool:
    """Whether the date ``written`` names a group by its year ("the Class of 1962") or stands alone in
    brackets after a name that it labels (see :data:`_LABEL_BEFORE`): ``before`` is the text up to it,
    ``after`` the text after it."""
    if _GROUP_OF_YEAR.search(before) and not _SPAN_WRITTEN.search(written):
        return True
    m = _LABEL_BEFORE.search(before)
    return (m is not None and _LABEL_AFTER.match(after) is not None and not _SPAN_WRITTEN.search(written)
            and not _HAPPENING_NAME.search(m.group("name")))
#: A pointer to the reader, telling where to read, watch or hear more: "For more from Monday's meeting,
#: see the video below", "To read more about the 1998 floods, click here", "Watch the whole of
#: Tuesday's debate on our website". The date names what the page points at; nothing happens in the
#: sentence. (A sentence that opens "For more than a week …" and goes on with its subject is a story's.)
READER_POINTER = re.compile(
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
              r"selection|collection|preview|explainer|look|"
              # ... or the words of others it reproduces: "Following are statements made Friday by …", "Here is
              # the text of the ministry's statement of Monday", "The following are excerpts from Tuesday's speech"
              r"statement|remark|excerpt|extract|text|transcript)")
#: A wire story's dateline before its first sentence: "WASHINGTON _ ", "NEWARK, N.J. — ", "CANBERRA, Australia (AP)_ ".
_DATELINE_FIRST = r"(?:(?-i:[A-Z][A-Z.'’ -]{2,30})(?:,\s*(?-i:[A-Z])[\w. ]{1,25})?\s*(?:\([\w .]{1,15}\))?\s*(?:_|—|–|--)\s*)?"
PAGE_INTRO = re.compile(
    # "A look at the key stats …", "A guide to this weekend's games", "Everything you need to know about …":
    # a page's blurb for itself
    r"^\W*(?:(?-i:An?)\s+(?:quick\s+|closer\s+|brief\s+|short\s+)?(?:look|guide)\s+(?:at|to)\b|"
    r"(?-i:Everything|All)\s+you\s+need\s+to\s+know\b)|"
    r"^\W*" + _DATELINE_FIRST + r"(?:(?-i:Here)(?:['’]s|\s+is|\s+are)|(?-i:Below)\s+(?:is|are)|(?-i:Read)\s+on\s+for|"
    r"(?-i:What)\s+follows\s+is|(?:(?-i:The)\s+following|(?-i:Following))\s+(?:is|are))\s+(?:"
    rf"(?:(?:a|an|the|our|your|some)\s+)?(?:[\w-]+\s+){{0,2}}?{_LIST_NOUN}s?\b|"
    r"(?:what|how|why|everything|all\s+(?:you|we))\b|"
    r"(?:\d+|" + spelled(2, 10) + r"|a\s+few|some)\s+(?:[\w-]+\s+)?"
    r"(?:things|facts|ways|reasons|moments|highlights|takeaways|questions|tips|stories|places|events)\b)",
    re.IGNORECASE)
#: "at the time", "at that point", "then": the time of a happening the text has already told, named
#: again. The tagger gives it that happening's date; the sentence adds a state or a comment to it,
#: not a second happening ("Its ambitions matched those of its commander at the time").
TIME_REFERRED_BACK = re.compile(r"(?:at\s+)?(?:(?:the|that)\s+(?:time|point|moment)|then)", re.IGNORECASE)


#: "This update covers what happened in January", "This timeline is based on statements from Friday":
#: the page tells, in the present, what it holds; the happenings are told after it.
_PAGE_SAYS_WHAT_IT_HOLDS = re.compile(
    r"^\W*(?-i:This|Today['’]s)\s+(?:(?:short|brief|final|monthly|weekly|latest|first|last)\s+)?"
    r"(?:update|post|article|page|report|letter|newsletter|timeline|piece|issue|edition|episode|briefing|bulletin|"
    r"summary|column)\s+(?:covers|describes|looks\s+(?:at|back\s+at)|explains|sets\s+out|summari[sz]es|lists|"
    r"is\s+(?:about|based\s+on)|brings\s+you|recaps|rounds\s+up|tells\s+(?:you\s+)?(?:what|how|about))\s+"
    r"(?P<rest>.*)$", re.IGNORECASE)
#: A verb of the date's own in what the page names: "the results of the survey carried out in 2019" (the
#: survey is a happening the text dates); "what happened in January" names only the page's span.
_OWN_VERB_IN_CONTENT = re.compile(r"\b(?!(?:happened|occurred)\b)[a-z]{3,}ed\b|\b(?:held|made|done|built|won|sold|"
                                  r"set|begun|given|taken|written|seen|met|brought)\b", re.IGNORECASE)


def page_says_what_it_holds(sentence_before: str) -> bool:
    """Whether the date's sentence, up to the date, is the page telling what it holds ("This update
    covers what happened in January"), with no verb of the date's own in what it names ("This report sets
    out the results of the survey carried out in" dates the survey)."""
    m = _PAGE_SAYS_WHAT_IT_HOLDS.match(sentence_before)
    return bool(m) and not _OWN_VERB_IN_CONTENT.search(m.group("rest"))


#: ", including a firecrest in late October", "…, including the emergency room at the hospital on 10 and 11
#: February": an example picked out of what the clause before it counted or listed ("ringed 312 birds
#: over the autumn", "places where people may have been exposed"). Named by a thing, the example has no
#: happening of its own: the date says when that one thing came into the list, which the list's own
#: clause tells (the readable gold leaves all such examples out). An example named by a happening
#: ("including a concert in Vienna in May", "such as the Battle of Ap Bac on 2 January 1963") or told by
#: a verb of its own ("including a laptop stolen on Friday") is read as that happening; an example that
#: is a person ("Several leaders visited the site, including the prime minister on Tuesday") dates the
#: clause's own act, done by that person.
_EXAMPLE_BEFORE = re.compile(
    r"\b(?:including|such\s+as)\s+(?P<example>[^,;:()]*?)\s*$", re.IGNORECASE)
#: The nouns that make an example a happening or a person (see above).
_NOT_A_THING = frozenset({
    *NEWS_NOUNS, *HELD_OR_BEFALLING, *EPISODE_NOUNS, *NOMINAL_VERBS, *OCCURRENCE_NOUNS, *ENTRY_ACT_NOUNS,
    *OFFICE_NOUNS, *PERSON_ROLES, *DESCRIBED_PEOPLE})
#: The example's clause may hold a shortened title's full stop ("St. Brendan's"), no other sentence end.
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})[.!?][\"”’]?\s+(?=[A-Z\"“])")
#: A word of the example that tells a happening in it: a past or a participle ("stolen", "opened", "held").
_EXAMPLE_VERB = re.compile(rf"{REGULAR_PAST}|\b(?:{'|'.join(sorted({*IRREGULAR, *PARTICIPLES}, key=len, reverse=True))})\b")


def names_a_listed_thing(before: str, after: str) -> bool:
    """Whether the date between ``before`` and ``after`` (the text up to it and from it) dates an example
    named by a thing, picked out of a list by "including" or "such as" (see :data:`_EXAMPLE_BEFORE`). The
    example's words after the date count too: "such as the 2005 Pan-Blue visit" names a happening."""
    clause = re.split(r"[,;:()—–\"“”\n]", before)[-1]
    ends = list(_SENTENCE_END.finditer(clause))
    m = _EXAMPLE_BEFORE.search(clause[ends[-1].end():] if ends else clause)
    if not m:
        return False
    example = m.group("example") + " " + re.split(r"[,;:()—–\"“”\n.!?]", after, maxsplit=1)[0]
    if _HAPPENING_NAME.search(example) or _EXAMPLE_VERB.search(example):
        return False
    words = {word.lower() for word in re.findall(r"[A-Za-z][A-Za-z'’-]*", example)}
    return not any(word in _NOT_A_THING or word.rstrip("s") in _NOT_A_THING for word in words)
