"""Dates of terms, rules, deadlines, duties and suppositions: what a page of terms and conditions, a
programme guide, a notice of key dates, the action items of minutes or an opinion column's "what if"
dates without anything happening on them.

- a rule's bound, told with a modal of permission or duty: "Candidates may not be withdrawn after
  1 May", "The landlord may not serve notice before 1 March 2027", "Items … may be returned until 31
  January", "Residents … may return home from 6pm" ("may" in lower case: "May" is a month);
- a standing permission or a state of being due, in the present, up to or from a date: "Late entries
  are accepted until 17 April", "The ticket is valid until 30 June", "the next safety check is due by
  13 July 2027";
- a window for what people send in closing: "Applications close on 5 May", "recall claims close on 30
  June" (its opening is a launch and stays: "Pre-orders open on the company's website today");
- a duty given to someone in minutes' action items: "Ruth to put notices through doors by 28 March",
  "- Dev: litter pickers, by 4 April." (a name, then "to" and a verb, or a colon, and the deadline
  after "by");
- a class of people or things marked off by a date inside a rule: "Children born after 1 September
  2013 go free", "Refunds are given for requests received before 5 June", "bookings made after
  January 2025" (a plural noun and a participle with no auxiliary: "the tickets were bought before
  the strike" tells a happening);
- a day a schedule names in a definition: "The deadline is 20 March", "The contingency day is
  Wednesday 24 June";
- a schedule's hours told in the present with no day: "Morning papers start at 9 am and afternoon
  papers at 1.30 pm", "the fish market, which opens at 6am" (a day in the sentence, "The parade leaves
  the Guildhall at 18:00 on Saturday 13 December", makes it one scheduled happening, and one clock time
  of a live page, "Polls close at 22:00", that day's happening: both stay);
- a promise's target told in the passive, "We were promised a new hospital by 2020", and a state
  foreseen by a date, "by 2030 the high street will be empty";
- an anniversary's day told as such: "The 50th anniversary of the flood falls on 31 January", "It is
  ten years this week since the last ferry sailed"; a plan told as what it was: "The plan was to open
  the bridge in 2023";
- a week's part that names a kind of thing, "Early-bird weekend tickets are on sale until 31 May",
  "weekday trains", or ends a name: "The Folk Weekend runs from Friday 19 June";
- a supposition: a condition put first by inversion, "Should heavy rain be forecast this year, the
  main stage will move …", "Had the council acted in 2014, …", "Were the pier to reopen in 2028, …",
  or a sentence that opens by asking the reader to imagine: "Imagine the pier reopening by the summer
  of 2028", or a date labelling a hedged note: "Next year: Skye, perhaps.".

A scheduled happening with a date of its own stays ("The tenancy begins on 1 September 2026", "The
council meets on 10 December", "Results are released to centres at 8 am on Thursday 13 August"), and
so does a past act ("The boiler was last serviced on 14 July 2026"). Nothing here knows any
particular name, place or date. :func:`term_role` is read by
:func:`explorer.events.date_roles.date_role` after its own roles.
"""

from __future__ import annotations

import re

from explorer.events.date_sentence import SENTENCE_BREAK, whole_sentence_before

#: The text before a date back to its clause's start: a comma (not one inside a number), a semicolon,
#: a colon (not one inside a clock time, "10:00"), a dash or a bracket.
_CLAUSE_START = re.compile(r"(?s).*(?:,(?!\d{3}\b)|;|:(?!\d)|[—–()\"“”]|\s-\s|\.\s+(?=[A-Z]|$))")


def _sentence_before(text: str, start: int) -> str:
    if re.search(r"[.!?][\"”’]?\s+$", text[max(0, start - 12):start]) and text[start:start + 1].isupper():
        return ""  # the date opens its sentence
    return whole_sentence_before(text, start)


def _sentence_after(text: str, end: int) -> str:
    after = text[end:end + 300]
    line = after.find("\n")
    if line != -1:
        after = after[:line]
    m = SENTENCE_BREAK.search(after)
    return after[: m.start() + 1] if m else after


def _own_clause(before: str) -> str:
    m = _CLAUSE_START.match(before)
    return before[m.end():] if m else before


#: A bound word right before the date: the date limits a rule, not a happening's time.
_BOUND = r"(?:before|after|by|until|till|from|within|no\s+later\s+than|not\s+later\s+than|(?:up\s+)?to)"
#: A modal of permission or duty, then up to six words and the bound: "may not serve notice before".
#: ("is to", a plan, is no rule: "is to debate the budget from Monday" stays.)
_RULE_MODAL = re.compile(
    r"\b(?:(?-i:may)(?:\s+not|\s+only|\s+also|\s+still)?|must(?:\s+not)?|mustn['’]t|cannot|can\s*not|can['’]t|"
    r"can\s+only|shall(?:\s+not)?|need\s+not|needn['’]t)\s+"
    r"(?:[\w'’£$€,.-]+\s+){1,7}?" + _BOUND + r"\s+"
    r"(?:(?:noon|midday|midnight|\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?)\s+on\s+)?(?:the\s+)?$",
    re.IGNORECASE)
#: A standing permission or a state of being due, in the present, up to or from a date: "are accepted
#: until", "is valid until", "are on sale until", "is due by".
_STANDING = re.compile(
    r"\b(?:is|are)\s+(?:still\s+|only\s+|also\s+)?(?:accepted|allowed|permitted|valid|payable|refundable|"
    r"exchangeable|redeemable|on\s+sale|eligible|welcome|required|subject\s+to\s+[a-z]+)\b(?:\s+[\w'’£$€,.-]+){0,6}?\s+"
    r"(?:until|till|before|by|after|between|no\s+later\s+than|up\s+to)\s+(?:the\s+)?$|"
    # ... or forbidden from a date: "Dogs are not allowed on the beach from 1 May" ("Tickets are on sale
    # from Monday" is their going on sale, a happening)
    r"\b(?:is|are)\s+not\s+(?:allowed|permitted|accepted|valid)\b(?:\s+[\w'’£$€,.-]+){0,6}?\s+"
    r"(?:until|till|before|by|after|from|between)\s+(?:the\s+)?$|"
    # "Visitors are asked to leave the reserve by 6pm": a request or a duty with its deadline
    r"\b(?:is|are)\s+(?:being\s+)?(?:asked|required|reminded|requested|advised|urged)\s+to\s+[a-z]+\b"
    r"(?:\s+[\w'’£$€,.-]+){0,8}?\s+(?:by|before|until|no\s+later\s+than)\s+(?:the\s+)?$|"
    # "Entries received after the closing date of 30 April": a deadline named as such
    r"\b(?:closing\s+date|deadline|cut-?off(?:\s+date)?)\s+(?:of|is)\s+$|"
    r"\b(?:is|are|falls?|becomes?)\s+due\s+(?:for\s+[\w\s-]{1,30}?\s+)?(?:by|before|no\s+later\s+than)\s+(?:the\s+)?$",
    re.IGNORECASE)
#: What people send in, and its window opening or closing on a date: "Applications close on 5 May".
#: (Or what is asked of them, told in the singular: "The appeal for €1.2 million closes on 31 March",
#: "Accreditation for journalists closes at 17:00 on Friday"; what it is for may come between: "Entries
#: for the photo prize close on …". A public consultation's close is kept by the gold of an opinion
#: piece, the end of a stage of a decision, and is not listed here.)
_SENT_IN = (r"(?:applications|entries|nominations|claims|orders|pre-orders|submissions|bookings|registrations?|"
            r"bids|pledges|enrolments?|enrollments?|requests|appeals|objections|responses|votes|tenders|proposals|"
            r"appeal|accreditation|call\s+for\s+[a-z]+)"
            r"(?:\s+(?:for|from|of|to)(?:\s+[\w'’€£$.,-]+){1,3}?)?")
_WINDOW = re.compile(
    # "Comments by 26 November 2026.": what a notice asks to be sent in, and by when, with no verb
    r"^\W*(?:comments|responses|objections|representations|applications|entries|submissions|nominations)\s+"
    r"(?:by|before|no\s+later\s+than)\s+(?:the\s+)?$|"
    r"(?:^|\b(?:and|but)\s+)\W*(?:[\w'’-]+\s+){0,3}?" + _SENT_IN + r"\s+(?:close|closes|end|ends|shut|shuts|"
    r"will\s+close|must\s+be\s+(?:in|made|received|submitted|sent))\s+"
    r"(?:(?:at|by)\s+(?:noon|midday|midnight|\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?|\d{1,2}[.:]\d{2})\s+)?(?:on\s+|at\s+|by\s+)?(?:the\s+)?$|"
    # "The offer ends on 31 March", "The warranty expires at midnight on …": a consumer term's end
    r"^\W*(?:(?:the|this|that|our|your|its|their|a|an)\s+)?(?:[\w'’-]+\s+){0,2}?(?:offer|promotion|sale|discount|deal|"
    r"voucher|coupon|code|warranty|guarantee|subscription|membership|free\s+trial|price\s+freeze)s?\s+"
    r"(?:ends|end|expires|expire|lapses|lapse|runs\s+out|run\s+out|closes|close)\s+"
    r"(?:(?:at|by)\s+(?:noon|midday|midnight|\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?)\s+)?(?:on\s+|at\s+)?(?:the\s+)?$",
    re.IGNORECASE)
#: An action item of minutes: a name (or two), "to" and a verb, then its deadline after "by": "Ruth to
#: put notices through doors by 28 March"; or a name, a colon and the task: "- Dev: litter pickers, by".
_NAME = r"(?!(?:The|A|An|This|That|It|We|They|He|She|I|You|There|Here|How|What|Why|When)\b)[A-Z][\w'’-]+"
_ACTION_ITEM = re.compile(
    r"^\W*" + _NAME + r"(?:\s+(?:and\s+)?" + _NAME + r"){0,2}(?:\s+to\s+[a-z]+\b|\s*:)[^.;!?]*?,?\s+by\s+(?:the\s+)?$")
#: A class marked off by a date inside a rule: a plural noun (or "anyone"), a participle with no
#: auxiliary, the bound: "Children born after", "requests received before", "bookings made after".
_CLASS = re.compile(
    r"(?:^|\b(?:for|of|to|on|with|all|any|only|from|and|or)\s+)\W*(?:[a-z-]+\s+)?"
    r"(?:children|adults|people|pupils|students|items|goods|products|tickets|orders|requests|applications|claims|"
    r"bookings|purchases|entries|vehicles|cars|homes|properties|anyone|those|customers|passengers|members|"
    r"appliances|devices|accounts|policies|contracts|cheques|payments|returns|parcels|deliveries)\s+"
    r"(?:[a-z]{3,}ed|born|bought|made|sold|built|taken|paid|sent|arriving|given|held|kept|written)\s+"
    r"(?:on\s+or\s+)?(?:before|after|between|from|since|until|by|prior\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE)
#: A day a schedule names in a definition: "The deadline is 20 March", "The contingency day is …".
_DEFINED_DAY = re.compile(
    r"^\W*(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:deadline|closing\s+date|cut-?off(?:\s+date)?|(?:contingency|reserve|"
    r"back-?up|spare)\s+(?:day|date))(?:\s+(?:for|of)\s+(?:[\w'’-]+\s+){1,4}?)?\s*(?:is|will\s+be|falls\s+on)\s+(?:on\s+)?$|"
    # "Last admission is at 4.15pm", "Last orders are at 10.30pm": a daily limit
    r"^\W*(?:the\s+)?(?:last|latest|final)\s+(?:admission|admissions|entry|orders?|booking|bookings|collection|"
    r"post|check-?in)\s+(?:is|are)\s+(?:at|by)\s+$",
    re.IGNORECASE)
#: A class of people told by a relative clause with a bound before its date, and what they do now:
#: "Staff who joined before 2020 keep their old pension terms" (a rule, in the present, for all of them).
_CLASS_WHO = re.compile(
    r"^\W*(?:all\s+|any\s+)?(?:people|customers|passengers|travellers|visitors|patients|households|applicants|"
    r"owners|buyers|drivers|parents|pupils|students|claimants|tenants|residents|users|members|workers|employees|"
    r"staff|guests|holders|investors|shareholders|pensioners|teachers|nurses|officers)\s+(?:who|that)\s+"
    r"(?:[a-z]+\s+){1,4}?(?:on\s+or\s+)?(?:before|after|since|prior\s+to|between)\s+(?:the\s+)?$", re.IGNORECASE)
_PRESENT_RULE_AFTER = re.compile(
    r"^[^.;:!?]{0,30}?\s(?:keep|get|pay|receive|are|have|can|may|must|should|qualify|remain|go|travel|stay|"
    r"need|do\s+not|don['’]t)\b")
#: A schedule's hour: a clock time and nothing else ...
_CLOCK = re.compile(r"(?:about\s+|around\s+|approximately\s+)?(?:\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)|"
                    r"\d{1,2}[.:]\d{2}|noon|midday|midnight)", re.IGNORECASE)
#: ... after a schedule's verb in the present simple, with "at" (a run's gapped second hour, "and
#: afternoon papers at 1.30 pm", reads the first clause's verb) ...
_SCHEDULE_VERB = re.compile(
    r"\b(?:open|opens|close|closes|start|starts|begin|begins|finish|finishes|end|ends|leave|leaves|depart|"
    r"departs|arrive|arrives|run|runs|serve|serves|stop|stops|kick\s+off|kicks\s+off|"
    r"(?:is|are)(?:\s+(?:served|open|available|staffed))?)\b"
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:at|from)\s+(?:about\s+|around\s+)?"
    r"(?:(?:[^.;!?]|(?<=\d)\.(?=\d))*?\b(?:at|by|from|until|to)\s+(?:about\s+|around\s+)?)?$",
    re.IGNORECASE)
#: ... told as a run of hours (two clock times joined by "and", "to" or "until" with a few words
#: between: "Morning papers start at 9 am and afternoon papers at 1.30 pm", "Gates open at 10:00 and close
#: at 23:00") or of a thing in a relative clause ("the
#: fish market, which opens at 6am"): one clock time of a live page's present, "Polls close at 22:00,
#: and counting is due to start at about 22:20", is that day's happening.
_CLOCKS = re.compile(r"\b(?:\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)|\d{1,2}[.:]\d{2}|noon|midday|midnight)(?!\w)",
                     re.IGNORECASE)
_RUN_OF_HOURS = re.compile(_CLOCKS.pattern + r"(?:\s*[-–]\s*|\s+(?:and|to|until|till)\s+(?:[\w'’-]+\s+){0,3}?)"
                           r"(?:(?:at|by|from|until)\s+)?" + _CLOCKS.pattern, re.IGNORECASE)
#: ... or told with how often it runs: "Trains leave every 15 minutes from 6am".
_EVERY_FEW_MINUTES = re.compile(r"\bevery\s+(?:\d+|few|five|ten|fifteen|twenty|thirty|half)\s+(?:an?\s+)?(?:minutes|hours?)\b|"
                                r"\b(?:every\s+hour|hourly|half-hourly)\b", re.IGNORECASE)
_RELATIVE_SCHEDULE = re.compile(r",\s+(?:which|that)\s+[a-z]+\s+at\s+(?:about\s+|around\s+)?$")
#: ... in a sentence that names no day, tells nothing past and nothing it will do.
_DAY_WORD = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight|tomorrow|yesterday|"
    r"January|February|March|April|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b|\b(?-i:May)\b|\b\d{1,2}(?:st|nd|rd|th)\b|"
    r"\b\d{1,2}/\d{1,2}\b|\b(?:1[5-9]|20)\d{2}\b|"
    # one week's weekend, one day's morning: "The fair runs at the weekend from 10am to 5pm"
    r"\b(?:the|this|next|last|that)\s+(?:weekend|week|morning|afternoon|evening|night)\b", re.IGNORECASE)
_NOT_PRESENT = re.compile(r"\b(?:was|were|had|did|will|would|'ll|could|might)\b|"
                          r"(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)\b[a-z]{3,}ed\b(?!\s+(?:papers?|hours?|times?))",
                          re.IGNORECASE)
#: A day of the calendar told with "each year" after it: "Rent increases take effect from 1 April each
#: year", "The fair is held on 5 November every year".
_EACH_YEAR_AFTER = re.compile(r"\s*,?\s*(?:each|every)\s+(?:year|month|week)\b|\s*,?\s*annually\b", re.IGNORECASE)
_RECURS = re.compile(r"\b(?:every|each|daily|weekly|monthly|nightly|weekdays|weekends|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)\b",
                     re.IGNORECASE)
#: ... and tells no person's doing: "We leave at 8.15 and arrive in Oban at 11.40" is a diary's day.
_PERSON = re.compile(r"\b(?:I|we|he|she|they|you)\b", re.IGNORECASE)
#: An anniversary's day, told as such: "The 50th anniversary of the flood falls on 31 January", "It is
#: ten years this week since the last ferry sailed" (the happening is the one of long ago; a
#: commemoration, "the town marks the anniversary with a parade on Sunday", has a doer, and stays).
_ANNIVERSARY_FALLS = re.compile(
    r"\b(?:anniversary|centenary|bicentenary|tercentenary|jubilee)\b(?:\s+of\s+[^,;]*?)?\s+"
    r"(?:falls|fell|is|was|will\s+be|comes)\s+(?:on\s+|in\s+)?(?:the\s+)?$", re.IGNORECASE)
_IT_IS_YEARS = re.compile(
    r"^\W*it\s+(?:is|was|will\s+be|['’]s)\s+(?:exactly\s+|almost\s+|nearly\s+|now\s+)?(?:[\w-]+\s+){1,2}?"
    r"(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies))\s+$", re.IGNORECASE)
#: A plan told as what it was: "The plan was to open the bridge in 2023" (what was meant, not done; "The
#: port plans to open a berth next spring", a dated plan, stays).
_PLAN_WAS = re.compile(r"\b(?:plan|aim|idea|intention|hope|goal|target)\s+(?:was|had\s+been)\s+to\s+[a-z]+\b",
                       re.IGNORECASE)
#: A note of what may come, hedged: "Next year: Skye, perhaps.", "2027: a second shop, maybe." (a date
#: as the label of a line whose words are a hope, with no verb of their own).
_HEDGED_NOTE = re.compile(r"^\W*:\s*[^.;!?]*?\b(?:perhaps|maybe|possibly|hopefully|with\s+luck|if\s+we\s+can)\b[^.;!?]*[.!]?\s*$",
                          re.IGNORECASE)
#: What someone was promised, and by when: "We were promised a new hospital by 2020" (the date is the
#: promise's target; the promising, when dated, is told otherwise: "In 2019 the council promised …").
_PROMISED_BY = re.compile(r"\b(?:was|were|been|is|are|being)\s+promised\s+(?:[\w'’£$€,.-]+\s+){1,6}?"
                          r"(?:by|before|within|for)\s+(?:the\s+)?$", re.IGNORECASE)
#: A state foreseen by a date: "Mark my words: by 2030 the high street will be empty", "By Friday the
#: water will have gone" (a forecast, left out as the set leaves forecasts out).
_BY_THEN_FORESEEN = re.compile(r"^\s*,?\s+(?:[\w'’-]+\s+){1,6}?will\s+(?:be|have|look|feel|seem|stand)\b", re.IGNORECASE)
#: A condition put first by inversion: "Should heavy rain be forecast …,", "Had the council acted …,",
#: "Were the pier to reopen …," (a question ends with "?", and is none; a diary's "Had a chance to see the
#: falls on Sunday, …" has no subject after "Had", and tells the day).
_INVERTED_CONDITION = re.compile(
    r"^\W*(?:Should|(?:Had|Were)(?=\s+(?:the|it|they|he|she|we|I|you|this|that|these|those|its|their|his|her|our|my|"
    r"your|(?-i:[A-Z])[\w'’-]+)\s))\s+(?:[\w'’-]+\s+){1,6}?(?:be|been|have|to|not)\b[^.;!?]*?,")
#: A sentence that asks the reader to suppose: "Imagine the pier reopening by 2028".
_SUPPOSE = re.compile(r"^\W*(?:Imagine|Picture|Suppose|Supposing|Envisage)\b")


#: A week's part used as a noun's modifier: "Early-bird weekend tickets", "weekday trains" name a kind of
#: thing, not a time ("at the weekend", "this weekend" have their determiner or preposition).
_WEEK_PART = re.compile(r"week-?ends?|week-?days?|week-?nights?", re.IGNORECASE)
_NO_DETERMINER_BEFORE = re.compile(r"(?:^|[^\w\s]\s*|\b(?!(?:the|this|that|last|next|every|each|on|at|in|over|during|a|"
                                   r"one|same|by|until|from|for|of|all|whole)\b)[\w'’-]+\s+)$", re.IGNORECASE)
_PLURAL_NOUN_AFTER = re.compile(r"\s+(?!(?:is|was|has|as|this|its|always|perhaps)\b)[a-z]+s\b")


#: Time given to do something, up to a date: "Tenants have until 30 June to object", "The contractor has
#: been given until the end of March to finish the roof", "The judge gave the council until Friday to reply". A
#: deadline, the README's "has until 9 April to rule": what must be done by then is not yet a happening,
#: and when it happens the text tells it with its own date. Read with the "to" and a verb after the date.
_GIVEN_UNTIL = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:now\s+|only\s+|still\s+)?(?:been\s+(?:given|granted)\s+|got\s+)?"
    r"|(?:give|gives|gave|given|grant|grants|granted)\s+(?:[\w'’-]+\s+){1,4}?)until\s+(?:the\s+)?$", re.IGNORECASE)
_TO_A_VERB_AFTER = re.compile(r"\s*,?\s+to\s+[a-z]{2,}\b")


def term_role(text: str, start: int, end: int) -> str | None:
    """Why the date at ``text[start:end]`` dates a term, a rule, a deadline, a duty or a supposition
    ("rule", "deadline", "duty", "class", "schedule", "anniversary", "plan given up", "promise", "forecast", "label",
    "supposition"), or None."""
    sentence = _sentence_before(text, start)
    clause = _own_clause(sentence)
    if _WEEK_PART.fullmatch(text[start:end]) and (
            _PLURAL_NOUN_AFTER.match(text[end:end + 30]) and _NO_DETERMINER_BEFORE.search(text[max(0, start - 30):start])
            or text[start].isupper() and re.search(r"\b(?-i:[A-Z])[\w'’-]+ $", text[max(0, start - 30):start])):
        return "label"  # (or a name's last word: "The Harrowdale Folk Weekend runs from Friday 19 June")
    if _RULE_MODAL.search(clause):
        return "rule"
    if _STANDING.search(clause) or _DEFINED_DAY.search(clause):
        return "rule"
    if _WINDOW.search(clause):
        return "deadline"
    if _GIVEN_UNTIL.search(clause) and _TO_A_VERB_AFTER.match(text[end:end + 40]):
        return "deadline"
    if _ANNIVERSARY_FALLS.search(clause) or _IT_IS_YEARS.search(clause) and re.match(r"\s*,?\s*since\b", text[end:end + 12]):
        return "anniversary"
    if _PLAN_WAS.search(clause):
        return "plan given up"
    if _PROMISED_BY.search(clause):
        return "promise"
    if re.fullmatch(r"\W*by\s+(?:the\s+)?", clause, re.IGNORECASE) and _BY_THEN_FORESEEN.match(text[end:end + 80]):
        return "forecast"
    if _ACTION_ITEM.search(sentence):
        return "duty"
    if _CLASS_WHO.search(sentence) and _PRESENT_RULE_AFTER.match(text[end:end + 60]):
        return "class"
    if _CLASS.search(clause) and not re.match(r"['’]s\b", text[end:end + 3]):
        return "class"  # (not "those arrested after Saturday's march": the date is the march's)
    date_text = text[start:end]
    if _EACH_YEAR_AFTER.match(text[end:end + 30]):
        return "schedule"
    if _CLOCK.fullmatch(date_text.strip()) and _SCHEDULE_VERB.search(sentence):
        whole = sentence + date_text + _sentence_after(text, end)
        if not _DAY_WORD.search(whole) and not _NOT_PRESENT.search(whole) and not _PERSON.search(sentence) and (
                _RUN_OF_HOURS.search(whole) or _RELATIVE_SCHEDULE.search(sentence) or _EVERY_FEW_MINUTES.search(whole)):
            return "schedule"
    # a listing's line of hours that recur: "Farmers' market: first Saturday of every month, 9am–1pm."
    if _CLOCK.fullmatch(date_text.strip()):
        whole = sentence + date_text + _sentence_after(text, end)
        if _RUN_OF_HOURS.search(whole) and _RECURS.search(whole) and not _NOT_PRESENT.search(whole):
            return "schedule"
    after = _sentence_after(text, end)
    if not sentence.strip() and _HEDGED_NOTE.match(after):
        return "supposition"
    if not after.rstrip().endswith("?") and (
            _INVERTED_CONDITION.search(sentence + date_text + after) or _SUPPOSE.search(sentence)):
        return "supposition"
    return None
