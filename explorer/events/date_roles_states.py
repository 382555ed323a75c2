"""Dates of a state or a stretch of time rather than of a happening: background held since a date ("no
party has won a majority since 1973", "who had run the council since 2007"), time spent ("have spent
the past 26 months rebuilding"), how long a state lasts ("the play runs until 30 April"), a stretch
ahead ("over the next eighteen months"), a time measured against ("ahead of the winter"), how things
stand now ("Today the route is marked by a cycle path"), a period described ("The 1950s were good
years", "The turning point came on 17 February.") and a story's own time ("the play is set in 1962").

The patterns :func:`explorer.events.date_roles.date_role` reads for those roles ("background since",
"state's start", "time spent", "state's end", "stretch ahead", "reference point", "present state",
"time described", "story's time").
"""

from __future__ import annotations

import re

from explorer.number_words import spelled

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
    r"\b(?:\d[\d,.]*|" + spelled(2, 12) + r"|" + spelled(20, 50) + r"|hundred|"
    r"hundreds|thousands|dozens|millions|most|many|several|numerous)\b", re.IGNORECASE)
_ERA_TEXT = re.compile(r"\d0s\b|\b(?:century|centuries|millennium|decade)\b", re.IGNORECASE)


#: "Cuts to rural bus services since 2015 have left villages stranded", "Floods since 2019 have cost the
#: county £40m": "since" and its date inside the subject, a noun with no verb of its own, before the
#: perfect that tells what the many cuts or floods have done: a span of repeated happenings, background.
_SUBJECT_SINCE = re.compile(r"^\W*(?:[A-Za-z][\w'’-]*\s+){1,6}?since\s+$")
_PERFECT_NEXT = re.compile(r"^\s+(?:have|has)\s+(?:(?:also|now|already|together)\s+)?[a-z]+(?:ed|en|t|n)\b")


#: A past perfect denied since a date, as a report tells it: "said his workers had not been on site since
#: Friday", "the plant had never operated since June". (Not denied, a past perfect's since keeps its
#: date: "had been owned by the Holm family since 2005" tells the buying, "had been treated since the weekend".)
_PAST_PERFECT_DENIED_SINCE = re.compile(r"\bhad(?:n['’]t\s+|\s+(?:not|never)\s+)[^,;:]{0,70}\bsince\s+$", re.IGNORECASE)


def background_since(clause: str, after: str, date_text: str) -> bool:
    """Whether a date after "since" starts a present perfect's background (see :data:`_PERFECT_SINCE`)."""
    if _PAST_PERFECT_DENIED_SINCE.search(clause) and not _WHEN_AFTER.match(after):
        return True
    if _SUBJECT_SINCE.match(clause) and _PERFECT_NEXT.match(after) and not _VERB_OF_ITS_OWN.search(clause):
        return True
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
TIME_SPENT = re.compile(r"\b(?:spent|spend|spends|spending)\s+$", re.IGNORECASE)
#: … a stretch counted back or a part of a day ("the past 26 months", "the night"), not a named time:
#: "The Persians spent 493 BC reducing the cities" dates what they did.
SPAN_SPENT = re.compile(r"(?i)the\s+(?:(?:past|last|next|previous|following|whole|entire|rest\s+of\s+the)\b|"
                         r"(?:morning|afternoon|evening|night|day|weekend|week)\b)")
#: A clock time before the day it falls on: "until 09:00 on Friday", "from 6pm on Thursday", "until noon on Monday".
_CLOCK_ON = r"(?:(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|noon|midday|midnight)\s+on\s+)?"
#: "The play runs until 30 April", "the museum will stay open until 9 p.m.": how long a state lasts.
STATE_UNTIL = re.compile(
    r"\b(?:runs|run|continues|continue|lasts|last|stays|stay|remains|remain|is\s+open|are\s+open|is\s+on|are\s+on|"
    # "Links keep working until 31 December", "keeps its old price until May": a state kept up
    r"keeps?\s+(?:on\s+)?[a-z]+ing|"
    r"(?:is|are|remains?|stays?)\s+valid|"
    # "A flood watch was in effect for the city until 7 p.m. Friday", "The ban remains in force until
    # June": how long a measure holds
    r"(?:is|are|was|were|remains?|remained|stays?|stayed)\s+(?:still\s+)?in\s+(?:effect|force|place)|"
    # "(a programme) funded through 2026", "is insured until 2030": how long money or cover lasts
    r"funded|financed|guaranteed|insured|covered|underwritten|subsidi[sz]ed|licensed|leased|"
    # "The card stock is out of stock until March", "Tickets are sold out until June", "The pool is
    # closed until Easter": a thing not to be had now, and when it will be (told in the present: "The
    # line was closed until 1990" may tell the closing, and stays)
    r"(?:is|are|remains?|stays?)\s+(?:still\s+|currently\s+|now\s+)?(?:out\s+of\s+stock|unavailable|sold\s+out|closed|shut)|"
    # "Professor Lund will be at the field station until 16 April", "The director is abroad until May":
    # where someone is, now or to come, and how long they stay there (told in the past, "was in
    # Vienna until 1938", it may end in a leaving of its own, and stays)
    r"(?:is|are|will\s+be)\s+(?:still\s+|currently\s+|now\s+)?(?:away|abroad|based\s+(?:at|in)|at|in)(?:\s+[\w'’-]+){0,2})\s+"
    r"(?:[\w-]+\s+){0,3}?(?:until|till|through)\s+" + _CLOCK_ON + "$",
    re.IGNORECASE,
)
#: "An amber warning is in force from 15:00 on Thursday until 09:00 on Friday", "The ban is in effect
#: from Monday to Friday": a measure's window, its first date a state's bound like its last (with no
#: end after it, "The ban is in force from 1 July", the date may tell the measure taking effect, and
#: stays). ``UNTIL_AFTER`` reads the text after the first date.
STATE_FROM = re.compile(
    r"\b(?:is|are|remains?|stays?|will\s+(?:be|remain|stay))\s+(?:still\s+)?in\s+(?:effect|force|place)\s+"
    r"(?:[\w-]+\s+){0,4}?from\s+" + _CLOCK_ON + "$",
    re.IGNORECASE,
)
#: ... and the window's end: "in force from 15:00 on Thursday until 09:00 on Friday".
STATE_FROM_TO = re.compile(
    r"\b(?:is|are|remains?|stays?|will\s+(?:be|remain|stay))\s+(?:still\s+)?in\s+(?:effect|force|place)\s+"
    r"(?:[\w-]+\s+){0,4}?from\s+(?:[^.;:]|(?<=\d)[:.](?=\d)){1,40}?\s+(?:until|till|to)\s+" + _CLOCK_ON + "$",
    re.IGNORECASE,
)
UNTIL_AFTER = re.compile(r"^(?:[^.;:]|(?<=\d)[:.](?=\d)){0,40}?\b(?:until|till|to)\s", re.IGNORECASE)
#: A state held up to a date by a passive of keeping or paying, or by "continued to": "The lens was kept
#: in a quarry tunnel until 1946", "Fares are capped at £2 until the end of the year", "The remaining
#: staff will be paid until the end of May", "She continued to attend the seminars until last year". The
#: date ends the state; the keeping (or the capping, the paying) began earlier, on a day the clause does
#: not give. (A date whose "when" clause tells what ended the state, "was held for the king until March
#: 1646, when Parliament's troops took it", dates that clause's happening: see :func:`holds_until`. An
#: act that sets a state up, "closed the road until", is ``state_ends``'.)
STATE_HELD_UNTIL = re.compile(
    r"\b(?:(?:is|are|was|were|be|been|being)\s+(?:still\s+|only\s+|also\s+)?"
    r"(?:kept|capped|paid|stored|housed|frozen|pegged|fixed|held\s+(?:in|at|on|by))|"
    r"(?:continued|continues|continue)\s+to\s+[a-z]+)\s+"
    r"(?:[^\s.;:!?]+\s+){0,7}?(?:until|till)\s+(?:at\s+least\s+|about\s+|around\s+)?$",
    re.IGNORECASE,
)
#: After the date: the happening that ended the state ("…, when Parliament's troops took it").
WHEN_ENDED_AFTER = re.compile(r"^\s*,?\s*(?:when|after\s+which|at\s+which)\b", re.IGNORECASE)


#: A change of schedule: the plan it changed no longer holds.
_MOVED = (r"(?:postponed|delayed|put\s+off|put\s+back|pushed\s+back|brought\s+forward|moved|rescheduled|cancell?ed|"
          r"called\s+off|deferred|scrapped|dropped|abandoned)")
#: A plan's date told in an aside on a thing whose plan was changed: "the board postponed its final vote,
#: which had been due on 30 September", "Replacement of the main, planned for 2027, has been brought
#: forward to this summer". The date is the old plan's, not a happening's (the change is dated by its
#: own words, if at all). ``PLAN_ASIDE_AFTER_MOVE`` reads the sentence up to the date; ``PLAN_ASIDE``
#: with ``MOVED_AFTER`` reads an aside before the change.
PLAN_ASIDE_AFTER_MOVE = re.compile(
    rf"\b{_MOVED}\b[^.;:!?]*?,\s*(?:which|that)\s+(?:had\s+been|was|were)\s+(?:originally\s+|initially\s+|first\s+)?"
    r"(?:due|planned|scheduled|set|expected|slated|timetabled)\s+(?:to\s+[a-z]+\s+)?(?:(?:for|on|in|at|by)\s+)?(?:the\s+)?$",
    re.IGNORECASE)
PLAN_ASIDE = re.compile(r",\s*(?:(?:which|that)\s+(?:had\s+been|was|were)\s+)?(?:originally\s+|initially\s+|first\s+)?"
                        r"(?:due|planned|scheduled|set|expected|slated|timetabled)\s+"
                        r"(?:for|on|in|at|by)\s+(?:the\s+)?$", re.IGNORECASE)
MOVED_AFTER = re.compile(rf"^[^,;.]{{0,30}},\s*(?:has|have|had|was|were|is|are)\s+(?:now\s+|since\s+|already\s+)?(?:been\s+)?{_MOVED}\b",
                         re.IGNORECASE)


#: A change of schedule to a bound, not to a day: "has been postponed until at least mid-February", "was
#: delayed to no earlier than March", "put back until the spring at the earliest" (the bound after the
#: date is read by ``_AT_THE_EARLIEST_AFTER``). Nothing is planned for the date yet; the change is dated
#: by its own words, if at all. (A change to a day, "was delayed until 2 October, when the mayor opened
#: the hall", dates what then happened.)
MOVED_TO_A_BOUND = re.compile(rf"\b{_MOVED}\s+(?:[^.;:!?,]{{0,30}}?\s)?(?:until|till|to)\s+"
                              r"(?:at\s+least|no\s+earlier\s+than|not\s+before)\s+(?:the\s+)?$", re.IGNORECASE)
_MOVED_UNTIL = re.compile(rf"\b{_MOVED}\s+(?:[^.;:!?,]{{0,30}}?\s)?(?:until|till|to)\s+(?:the\s+)?$", re.IGNORECASE)
_AT_THE_EARLIEST_AFTER = re.compile(r"^\s*,?\s*at\s+the\s+earliest\b", re.IGNORECASE)


def plan_moved(before: str, after: str) -> bool:
    """Whether the date (``before`` and ``after`` it in its sentence) is an old plan's, told in an aside on
    the thing whose plan was changed (see :data:`PLAN_ASIDE_AFTER_MOVE`), or the bound a plan was moved to
    (see :data:`MOVED_TO_A_BOUND`)."""
    return bool(PLAN_ASIDE_AFTER_MOVE.search(before) or PLAN_ASIDE.search(before) and MOVED_AFTER.match(after)
                or MOVED_TO_A_BOUND.search(before) or _MOVED_UNTIL.search(before) and _AT_THE_EARLIEST_AFTER.match(after))


def holds_until(clause: str, after: str) -> bool:
    """Whether the date after ``clause`` (the date's own clause up to it) ends a state held up to it
    (:data:`STATE_HELD_UNTIL`) with no "when" clause after it (``after``) telling what ended it. (A
    passive with its agent, "The records were kept by the clerks of the guild until 1911", tells who
    did the keeping, and stays: the tests of agents' titles read it as an act.)"""
    held = STATE_HELD_UNTIL.search(clause)
    return bool(held) and not re.search(r"\bby\s+(?:the|a|an|its|his|her|their)\b", held.group(0), re.IGNORECASE) \
        and not WHEN_ENDED_AFTER.match(after)
#: "Over the next eighteen months, the probe will map the comet", "for the following three decades she
#: interviewed 900 speakers", "Neither side proved able to win for the next two years": a stretch of
#: several units counted forward from a point, over which an activity is spread (a programme, a habit, a
#: tally, a state's length), not the time of one happening. (A window, "will decide within the next two
#: weeks", and a point, "the following year he was appointed", "the next day", stay.)
OVER_BEFORE = re.compile(r"\b(?:over|for|during|throughout|across)\s+(?:(?:most|much|all|part|the\s+rest)\s+of\s+)?$",
                          re.IGNORECASE)
STRETCH_AHEAD = re.compile(
    r"(?:the\s+)?(?:next|following|coming|subsequent|ensuing)\s+(?:(?:\d+|" + spelled(2, 10) + r"|"
    r"eleven|twelve|fifteen|eighteen|" + spelled(20, 50) + r"|few|several|many)\s+)?(?:[a-z]+\s+)?"
    r"(?:hours|days|weeks|months|years|decades|centuries)", re.IGNORECASE)
#: "For most of the 2000s she worked as a teacher", "built ferries for most of the last century", "For much
#: of the winter there were only a handful of cases": what held, or was done again and again, over the
#: greater part of a span of months or years, not a happening at its date; the happenings that began or
#: ended it are told with dates of their own. (A day or a part of one, "for most of Sunday", "for much of
#: the night", may hold one happening and is left to the other roles: see :func:`held_over_a_span`.)
#: (Time taken is another matter: "spent most of 2022 hearing evidence", "Analysis took most of last year"
#: tell what was done over the span, which the gold keeps; only a preposition before "most of" is read.)
MOST_OF_A_SPAN = re.compile(r"(?:^|\b(?:for|during|through|throughout|over|across|in))\s*(?:most|much|the\s+(?:greater|better|best)\s+part)"
                            r"\s+of\s+(?:the\s+)?$", re.IGNORECASE)
#: A span opened by "through" or "throughout": "Rovers went unbeaten through the winter", "Throughout July
#: the vines stayed healthy", "Throughout the 2010s the grant fell". Read with a verb that holds a state
#: (:data:`_HELD_VERB`); an act that lasts the span ("besieged the town through the winter") stays.
_THROUGH_BEFORE = re.compile(r"\b(?:all\s+)?through(?:out)?\s+(?:the\s+)?$", re.IGNORECASE)
#: A verb that tells a state held, a level kept or a measure's drift, not a happening: a be-form before
#: what the subject is ("was the largest", "were low"; a passive's participle, "was besieged", is an
#: act), "there were", "stay", "remain", "keep", "go un…" ("went unbeaten"), "live", "work as", or a
#: measure's rise or fall.
_HELD_VERB = re.compile(
    r"\b(?:(?:was|were|is|are|(?:has|have|had)\s+been)\s+(?!(?:[a-z]+ed|[a-z]+en|made|held|built|sold|won|lost|shut|hit|"
    r"put|set|cut|sent|kept|left|brought|bought|caught|taught|told|found|paid|laid|led|fought|struck|spent|being)\b)|"
    r"there\s+(?:was|were|is|are)|stayed|stays?|remained|remains?|kept|keeps?|(?:went|goes|go|gone)\s+un[a-z]+|"
    r"lived|lives|worked\s+as|works\s+as|rose|rises|fell|falls|grew|grows|declined|declines|dropped|drops|"
    r"shrank|shrinks|increased|decreased)\b", re.IGNORECASE)
#: A day, a night or a part of one: a span short enough to hold one happening ("Heavy rain fell throughout
#: 8 November", "Talks ran through the night").
_DAY_LONG = re.compile(r"\b(?:day|night|morning|afternoon|evening|hours?|minutes?|weekend|match|game|"
                       r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday)\b|"
                       r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}\b(?!\d)", re.IGNORECASE)


def held_over_a_span(clause: str, date_text: str, rest: str) -> bool:
    """Whether the date (``date_text``, its own clause before it ``clause``, the rest of its clause after it
    ``rest``) is a span of months or years over which a state held: after "most of" ("for most of the
    2000s she worked as a teacher"), or after "through(out)" with a verb of a state before the date or,
    when the span opens the sentence, after it ("Throughout the 1990s rents stayed low"). The happenings
    that open or close such a state are told with dates of their own; a day or part of one is not read."""
    if _DAY_LONG.search(date_text):
        return False
    if MOST_OF_A_SPAN.search(clause):
        return True
    through = _THROUGH_BEFORE.search(clause)
    if through is None:
        return False
    told = clause[:through.start()]
    if not re.search(r"\w", told):
        told = rest  # the span put first: its clause follows it
    elif _YEAR_BEFORE_ITS_NOUN.match(date_text + rest):
        return False  # "lived through the 1953 flood": the year names the flood, the span is the flood's
    elif re.match(r"(?i)through\b", through.group(0)) and _HELD_VERB.search(told[-12:]) and re.search(r"[a-z]\s*$", told):
        # "The deal almost fell through last June": a verb right before a bare "through" takes it as its
        # particle, no span
        verb = list(_HELD_VERB.finditer(told))[-1]
        if not re.search(r"\w", told[verb.end():]):
            return False
    return _HELD_VERB.search(told) is not None


#: A bare year before the noun it dates: "the 1953 flood", "the 1990 season".
_YEAR_BEFORE_ITS_NOUN = re.compile(r"\d{4}\s+(?!(?:and|or|but|when|while|until|after|before|with|from|into|as|for|at|in|on)\b)[a-z]{3,}")


#: A thing to be kept as it is, told with the date it is kept through or into: "The firm will keep its prices
#: next year", "The council will retain its grant to the advice service in 2026", "The club will continue to
#: meet in the hall until the spring": nothing changes, so nothing happens at the date (a change decided has
#: a verb of its own, "will raise its prices in May"). Only the date's own clause counts: "will keep its
#: furnace burning until 2028 after its owner signed a deal on Monday" leaves Monday to the signing.
KEPT_AHEAD = re.compile(
    r"\b(?:will|would|shall|(?:is|are)\s+to|(?:is|are)\s+set\s+to|plans?\s+to|intends?\s+to|(?:has|have)\s+promised\s+to)\s+"
    r"(?:still\s+|also\s+)?(?:keep|retain|maintain|preserve|continue\s+to\s+[a-z]+)\b"
    r"(?![^.;:!?]*\b(?:after|when|before|because|once|while|since)\b)[^.;:!?]*$", re.IGNORECASE)


#: "accused the neighbour of targeting civilians ahead of the winter", "in the run-up to the election in
#: May": a time the clause's happening is measured against, not its own.
AHEAD_OF = re.compile(r"\b(?:ahead\s+of|in\s+the\s+(?:run|lead)-?up\s+to)\s+(?:the\s+)?$", re.IGNORECASE)
#: "The Conservatives, who had run the council since 2007, fell to 14 seats": how long a state had held,
#: told in an aside about the subject; the happening is the main clause's.
#: The same aside opened by "that": "ending a saga that has dragged on since the middle of July", "a
#: trade that had lasted since the 1790s"; and a passive there, "a café that has been run by the same
#: family since 1952", "an embassy that had been promised since 2019": how long the noun's state had
#: held, as with "which had been quiet since 1987" (the readable gold leaves all three kinds out; what
#: the main clause tells, "opened an embassy", is its own happening). A place's "where" aside too: "raised
#: a cannon from the wreck, where it had lain since 1588".
ASIDE_SINCE = re.compile(r"\b(?:who|which|that|where\s+(?:it|they|he|she))\s+(?:had|has|have)\s+(?:[^,;:.]){0,60}\bsince\s+$",
                          re.IGNORECASE)
#: The same aside with its own subject or a verb of saying before the perfect: "the Marsh Lane estate,
#: which the city council had managed since 1978", "a haulier, who said his firm had lost half its
#: contracts since the spring". (A passive, "which had been promised since", tells the act that began
#: it, and stays, as above.)
_ASIDE_SINCE_AFTER_SUBJECT = re.compile(
    r"\b(?:who|which)\s+(?:(?!(?:had|has|have)\b)[\w'’-]+\s+){1,4}(?:had|has|have)(?!\s+been\b)\s+(?:[^,;:.]){0,60}\bsince\s+$",
    re.IGNORECASE)
#: The same aside about a noun with no verb of its own, a participle, an adjective or a place between
#: commas: "Garden waste collections, suspended since November, restart on 24 March", "Ferris, back in
#: the side since April, kicked the winning penalty", "the second crossing, planned since 2015, built".
#: How long the noun's state had held, background to the clause around it; what happens is told there.
_REDUCED_ASIDE_SINCE = re.compile(
    r"^\s*(?!(?:who|which|that|and|but|or|nor|so|yet|when|while|as|although|though|if|because|it|he|she|they|we|i|you)\b)"
    r"(?:[^\s,;:.()\"“”]+\s+){1,5}since\s+$", re.IGNORECASE)
#: A role held since a date, fronted as an aside before the clause it qualifies: "As harbour master of
#: the port since 2016, she has halved waiting times", "As chair since 2019, he has cut costs". How long
#: the subject has held the role, background to what the clause tells (the appointment, when told, is
#: its own happening); the gold README leaves such asides out. ("As prices have risen since 2019, …"
#: has a verb of its own: a clause, not an aside.)
_AS_ROLE_SINCE = re.compile(r"^\W*as\s+(?:(?![a-z]+ed\b)[^\s,;:.()\"“”]+\s+){1,6}since\s+$", re.IGNORECASE)
_VERB_OF_ITS_OWN = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|shall|can|could|may|might|must|do|does|did)\b|n['’]t\b", re.IGNORECASE)
#: A noun's last letter (or a closing quote or bracket) before the comma that opens the aside.
_NOUN_BEFORE_COMMA = re.compile(r"[^\W\d_][’'\")]?\s*,\s*$")


def aside_since(before: str, clause: str, after: str) -> bool:
    """Whether a date after "since" ends an aside about a noun, how long its state had held, and not
    the time of a happening (see :data:`_ASIDE_SINCE_AFTER_SUBJECT` and :data:`_REDUCED_ASIDE_SINCE`).
    ``before`` is the line up to the date, ``clause`` its last clause (after the last comma), ``after``
    the text after the date."""
    if _ASIDE_SINCE_AFTER_SUBJECT.search(clause):
        return True
    if _AS_ROLE_SINCE.match(clause) and re.match(r"\s*,", after) and not _VERB_OF_ITS_OWN.search(clause):
        return True
    if not (_REDUCED_ASIDE_SINCE.match(clause) and re.match(r"\s*,", after)) or _VERB_OF_ITS_OWN.search(clause):
        return False
    opened = before[: len(before) - len(clause)] if before.endswith(clause) else ""
    return bool(_NOUN_BEFORE_COMMA.search(opened))
#: "…, and the last chapter, set in 1978, feels tacked on": a part of a work, its setting told in an aside.
#: (Of anything else the participle tells a deed: "the record, set in 1978, still stands".)
WORK_PART_SET = re.compile(r"\b(?:chapter|chapters|scene|scenes|episode|episodes|act|section|part|novel|novella|story|book|"
                           r"film|play|opera|sequel|prologue|epilogue)\s*,\s*(?:which\s+is\s+)?set\s+(?:in|during)\s+(?:the\s+)?$",
                           re.IGNORECASE)
#: "The story unfolds over three days in the summer of 1962", "the play is set in 1962": a story's own
#: time, not a happening in the world.
STORY_TIME = re.compile(
    r"\b(?:(?:is|are|was|were)\s+set\s+(?:in|during)|unfolds?\s+(?:[^,;:.]){0,30}(?:in|during|over)|"
    # "The story starts in the 1490s, with a chart": where a telling begins, not a happening
    r"(?:story|tale|narrative|account|chronicle)\s+(?:starts|begins|opens|started|began|opened)\s+(?:[^,;:.]){0,20}?(?:in|with|around)|"
    # "The novel opens in December 1911", "The book then jumps to 1953", "the film moves forward to 1968": where
    # a work of fiction's telling is, its plot's time, not a happening of the world
    # (a play or a film that "opens in May" is staged or released then: only its jumps are the plot's)
    r"(?:(?:novel|novella|book|memoir)\s+(?:then\s+|later\s+|finally\s+)?(?:opens|begins|starts|ends|closes|jumps|moves|shifts|"
    r"switches|returns|flashes)|(?:film|movie|play|opera)\s+(?:then\s+|later\s+|finally\s+)?(?:jumps|shifts|switches|cuts|flashes))"
    r"\s+(?:(?:forward|back|ahead)\s+)?(?:in|to|during|around)|"
    # "The novel follows a family of salt-makers through the winter of 1953": the years its plot follows
    r"(?:novel|novella|book|memoir|film|movie|play|opera|series|story)\s+(?:then\s+|later\s+)?follows\b(?:[^,;:.]){0,60}?\s"
    r"(?:through|in|during|over|from|into)|"
    # "The gallery tells the story of the port from 1750 to 1914": the years a telling covers
    r"(?:tells?|told|traces?|traced|charts?|charted|covers?|covered|spans?|spanned)\s+(?:the\s+)?(?:story|history|life|lives|years|period)\b"
    r"(?:[^,;:.]){0,40}?\s(?:from|between|in|during)|"
    # "moves the action from 1912 to the 1970s", "sets the story in 1962": a production's setting
    r"(?:moves?|moved|shifts?|shifted|transposes?|transposed|relocates?|relocated|updates?|updated|sets?)\s+"
    r"(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:action|story|play|setting|plot|drama|novel|opera)\s+"
    r"(?:(?:from\s+[^,;:.]{1,30}\s+)?(?:to|into|in)|from))\s+$",
    re.IGNORECASE)
#: "Today the route is marked by a cycle path", "the hall now has 160 volunteers": how things stand at
#: the time of writing, told in the present with "be", "have" or a verb of standing; not a happening
#: ("Today the minister announced …", "The museum reopens today" stay).
PRESENT_WORD = re.compile(r"(?:today|now|nowadays|currently|at\s+present|these\s+days|at\s+the\s+moment)", re.IGNORECASE)
PRESENT_STATE_VERB = re.compile(r"\b(?:is|are|has|have|remains?|stands?|lies|lie|holds?|belongs?|houses?|contains?|"
                                 # verbs of how things stand or seem: "Both points matter today", "what the
                                 # treaty means now", "Few copies exist today", "The two accounts differ today"
                                 r"matters?|means?|exists?|differs?|seems?|knows?|owns?|resembles?)\b",
                                 re.IGNORECASE)
#: A perfect progressive tells an activity that has been going on, not a state: "Thousands of people
#: have been demonstrating today against unemployment". (A present progressive, "Every crossing is
#: running to timetable today", "we are willing to talk today", tells how things stand.)
PROGRESSIVE = re.compile(r"\b(?:has|have)\s+been\s+(?:(?:still|now|also)\s+)?(?!being\b)[a-z]{2,}ing\b", re.IGNORECASE)
PAST_OR_FUTURE = re.compile(r"\b(?:was|were|had|did|will|would|[a-z]{3,}ed)\b(?!\s+by\b)", re.IGNORECASE)
#: "The 1950s were good years": the date is what the clause describes, not when something happened.
#: "January was harder", "This year has been hard for farmers", "The summer belonged to the council": a
#: period as the subject of a verb that characterises it (with a comparative as much as a superlative).
DESCRIBED = re.compile(
    # (two periods named together as the subject too: "May and September are best")
    # (two periods named together as the subject of any of them: "June and July were hot and dry")
    r"^\s+(?:(?:and|or)\s+(?-i:[A-Z][a-z]+)\s+)?(?:"
    r"(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|proved|turned\s+out)\s+(?:even\s+|far\s+|much\s+)?"
    r"(?:a|an|the|good|bad|hard|difficult|lean|golden|quiet|busy|\w+est|"
    r"(?!(?:over|under|after|later|never|ever|other|rather|either|neither|whether|together|thereafter)\b)[a-z]{2,}er)|"
    r"belonged\s+to|belongs\s+to|"
    # ... or a forecast of how it will be: "November is expected to be drier than average", "Next year
    # is forecast to bring more storms", "The spring looks set to be wet" (an outlook's period, described
    # before it comes: no happening, and no subject to title one)
    r"(?:is|are)\s+(?:(?:now|also|still|widely|generally)\s+)?(?:expected|forecast|predicted|likely|tipped|set)\s+to\s+"
    r"(?:be|bring|stay|remain|turn)|looks?\s+(?:set|likely)\s+to\s+(?:be|bring|stay|remain|turn))\b|"
    # any adjective that ends the clause: "July was dry.", "March was wet and windy.", "2023 was unusually
    # mild, with …" (a participle, "May was spent digging", tells what was done, and is read elsewhere)
    # ... or what a time was about: "The spring was mostly about rye", "That year was all about the harvest"
    r"(?:was|were|is|are)\s+(?:(?:mostly|largely|mainly|all|chiefly)\s+)?about\b|"
    r"(?:was|were|is|are|has\s+been|had\s+been)\s+(?:(?:very|so|too|unusually|mostly|largely|fairly|quite|"
    r"exceptionally|relatively|bitterly|mainly)\s+)?(?![a-z]+(?:ed|en)\b)[a-z]{3,}"
    r"(?:\s+and\s+(?![a-z]+(?:ed|en)\b)[a-z]{3,})?\s*(?:[.;!]|,\s+(?:and|but|with|so)\b))",
    re.IGNORECASE)
#: What may stand before a described period in its clause: a joining word, a determiner, a rank in a
#: series ("…, so the first spring was mostly digging", "and that whole winter was hard"), or a first
#: period named with it ("May and September are best"). A word of any other kind makes the period part
#: of something else's phrase ("the rain in May was heavy" describes the rain).
DESCRIBED_SUBJECT = re.compile(
    r"\s*(?:(?:and|but|so|yet)\s+)?(?:(?:the|that|this|our|my|its|their|his|her)\s+)?"
    r"(?:(?:first|second|third|last|next|following|whole|entire)\s+)?(?:(?-i:[A-Z][a-z]+)\s+(?:and|or)\s+)?",
    re.IGNORECASE)
#: "The turning point came on 17 February.", "The decisive stretch came in February.": a sentence that
#: only says when a stage of the story came, and ends with the date; what happened then is told next
#: (a "when" clause after the date, "The breakthrough came in 2001, when …", is that happening's).
STAGE_CAME = re.compile(
    r"^\W*(?:the|its|their|his|her|our|that)\s+(?:[\w-]+\s+){0,2}?(?:turning[\s-]+point|stretch|moment|phase|"
    r"high[\s-]+point|low[\s-]+point|breakthrough|test|chance|opportunity)\s+(?:finally\s+)?(?:came|arrived)\s+"
    r"(?:(?:in|on|at|during|after|before|by)\s+)?(?:the\s+)?$",
    re.IGNORECASE)
SENTENCE_ENDS = re.compile(r"^\s*[.!]")
#: "when we know how this winter went", "asked how the summer had gone": how a period went, the period
#: described, not a happening in it.
HOW_BEFORE = re.compile(r"\bhow\s+$", re.IGNORECASE)
WENT_AFTER = re.compile(r"^\s+(?:went|goes|has\s+gone|had\s+gone|will\s+go|turned\s+out|turns\s+out|has\s+been|had\s+been|was)\b",
                         re.IGNORECASE)
#: "It was about 17:40 and getting dark", "It was April 19, eleven days after the vote": a clause that
#: only says what time it was, setting a scene; the happening is told next. (A cleft names it: "It was
#: 6 AM on Monday when the barriers came down", "It was in 1987 that the mill closed".)
IT_WAS = re.compile(
    r"(?:^|[.;:!?]\s+|^\W+)(?:I\s+think\s+)?(?-i:[Ii]t)\s+(?:was|is|had\s+been)\s+"
    r"(?:(?:about|around|nearly|almost|just|shortly|exactly|precisely|like|now|already|still|then|after|before|past)\s+)*$",
    re.IGNORECASE)
#: (Nor is a time that dates another happening by its distance: "It was April 19, eleven days after the
#: vote" dates the vote.)
CLEFT_AFTER = re.compile(r"^(?:\s+(?:on|in|at)\s+[^,;.]{1,30}?)?\s*,?\s+(?:when|that|as|before|after)\b|"
                          r"^\s*,\s*(?:[\w-]+\s+){1,3}?(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before)\b",
                          re.IGNORECASE)


#: A passive of use, tenancy or working, what a place or a thing was put to for a time: "was let to dance
#: clubs", "were used as offices", "were worked by casual labour", "was hired out for weddings", "was
#: leased to a brewery", "was farmed by tenants". Over a span, a state held, not a happening (the letting
#: that began it, "was let to a dance club in 1950", is told at a point and stays).
_USED_PASSIVE = re.compile(
    r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:let|leased|sublet|rented|hired\s+out|used|worked|occupied|farmed|tenanted|"
    r"grazed|manned|garrisoned|lived\s+in)\s+(?:out\s+)?(?:as|to|by|for)\b", re.IGNORECASE)
#: A span of years: "1950 and 1970", "1971 to 1985", "the 1930s", "the 18th century" (a day, a month or a
#: single year is a point, where the letting began).
_YEARS_SPAN = re.compile(r"\d{3,4}\s*(?:and|to|until|till|[-–—])\s*\d{2,4}|\b\d{3,4}s\b|\bcentur(?:y|ies)\b|\bdecades?\b",
                         re.IGNORECASE)


def used_over_a_span(clause: str, date_text: str, rest: str) -> bool:
    """Whether the date is a span of years over which something was put to a use told in the passive,
    the verb before the date in its clause or, when the span opens the sentence, after it: "Between 1950
    and 1970 the hall was let to dance clubs", "the upper rooms were used as offices from 1971 to 1985"
    (see :data:`_USED_PASSIVE`, :data:`_YEARS_SPAN`)."""
    if not _YEARS_SPAN.search(date_text):
        return False
    told = rest if not re.search(r"\w", re.sub(r"(?i)\b(?:between|from|in|during|throughout|through)\b", "", clause)) \
        else clause
    return _USED_PASSIVE.search(told) is not None
