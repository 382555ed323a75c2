"""Clauses whose subject, verb or adverb says no single happening is told: nobody did it ("Nobody was
convicted over the raid"), it was done again and again ("The castle changed hands often"), the reader
is told what to do ("Plant out your early potatoes around Good Friday"), the verb only says what a
thing amounts to ("The retreat represented a clear failure of the plan"), or what would be, told by
no one ("Under the plan, pupils would move to other schools from August"), or the page speaks to its
reader ("Thanks for following", "We will be back tomorrow").

Kept apart from :mod:`explorer.events.modality`, which reads modals and reports (states:
:mod:`explorer.events.states`), and which calls :func:`tells_no_single_happening` from
``is_non_happening``; the builder asks :func:`tells_what_would_be` of a dated clause, with its
sentence. Each pattern reads a title, the clause as the title rules tell it (its first predicate).
Nothing here names a person, place or date.
"""

from __future__ import annotations

import re
from datetime import date

#: A subject that names no one: "Nobody was convicted", "No one was hurt", "None of the crew survived".
#: What did not happen to anyone is no happening (a death toll, "Two people were killed", names those it
#: happened to, and is read elsewhere). ("Neither side proved able to win, though the battle of 1916 …"
#: may title another clause's happening, and is left alone.)
_NOBODY = re.compile(r"^\W*(?:Nobody|No\s+one|Not\s+one|None(?:\s+of\s+(?:the|them|those|these|its|their|his|her)\b)?)\s",
                     re.IGNORECASE)
#: "anyone" or "anybody" as the one who did a thing or whom it befell: "it did not appear that anyone else
#: was injured", "Police would not say whether anybody had been arrested", "before anyone was hurt". The
#: words are said where nothing is asserted (a denial, a question, a condition, a time before): nobody in
#: particular, no happening; nor is "Anyone who was injured was taken to hospital", which tells what was
#: done for whoever it befell in a happening told beside it. (After "than" it measures, and asserts:
#: "The reef recovered faster than anyone expected" tells the recovery.)
_ANYONE_BEFORE = r"(?<!\bthan\s)\b(?:anyone|anybody)(?:\s+else)?\s+(?:(?:had|has|have)\s+)?(?:(?:been|was|were)\s+)?(?:[a-z]+ly\s+)?"
_ANYONE = re.compile(_ANYONE_BEFORE + r"(?:[a-z]{2,}ed|hurt|died|fled|left|lost|won|shot|struck|stolen|taken|seen|known)\b"
                     # ... or as a title's subject: "Anyone who was injured was taken to hospital" names no one either
                     r"|^\W*(?:anyone|anybody)\b", re.IGNORECASE)
_ANYONE_AT_END = re.compile(_ANYONE_BEFORE + r"$", re.IGNORECASE)


def befalls_anyone(before: str) -> bool:
    """Whether the words ``before`` an occurrence's verb make "anyone" its subject ("… that anyone else was"
    before "injured"; see :data:`_ANYONE`): read in the sentence, as a title may be cut before the verb."""
    return bool(_ANYONE_AT_END.search(before))


#: An adverb of frequency that ends the clause: "The castle changed hands often", "The two boards met
#: regularly". Many happenings, none a timeline can place. (``modality``'s habit pattern reads the
#: adverb before the verb: "Traders often sell before a holiday". Acts counted apart, "visited the plant
#: repeatedly in 2009 and 2012", are one event spanning their years, as the gold README says: left alone.)
_OFTEN_AT_END = re.compile(r"\b(?:often|regularly|frequently|occasionally|routinely|habitually|"
                           r"sometimes|seldom|rarely)\W*$", re.IGNORECASE)
#: The reader told what to do, a guide's or a recipe's step: a bare verb opening the clause with the
#: reader's own thing after it ("Plant out your first potatoes", "Take your passport", "Feed your starter
#: twice a day"). What the reader is to do is no happening the text reports. (Told with a name or a
#: plain object, "Bring a coat", "Meet the makers", it is read by ``modality``'s instructions, which list
#: their verbs.)
_TO_THE_READER = re.compile(r"^\W*(?-i:[A-Z])[a-z]+(?:\s+(?:out|up|in|off|down|back|on|over|away))?\s+(?:(?:all|both|some|any)\s+(?:of\s+)?)?"
                            r"(?:your|yours|yourself|yourselves)\b", re.IGNORECASE)

#: A verb that says what a thing is, amounts to or is like, not what was done: "The retreat represented a
#: clear failure of the plan", "Each share entitles the holder to one vote", "The vote reflected anger at
#: the tax". How a thing stands or is judged. (Only as the clause's first verb, after a subject of a few
#: words: "Ada Lind, who represents the ward, resigned" tells a resigning.)
_AMOUNTS_TO = re.compile(r"^(?:(?!(?:who|which|that|and|but)\b)[\w'’&.,-]+\s+){1,6}?(?:also\s+|thus\s+|therefore\s+)?"
                         r"(?:represents?|represented|reflects?|reflected|resembles?|resembled|constitutes?|constituted|"
                         r"embod(?:y|ies|ied)|symboli[sz](?:es?|ed)|typif(?:y|ies|ied)|signif(?:y|ies|ied)|entitles?|entitled)\b", re.IGNORECASE)

#: A clause told with "would": "Under the plan, pupils would move to two other schools from August" (a
#: proposal), "The successful candidate would ideally start in August" (a wish), "Each summer she would
#: sail to the islands" (a habit). What may come or used to come, not a happening. ("would have", a
#: counterfactual, is read by ``modality``.)
_WOULD = re.compile(r"^(?:(?!(?:says|said|tells|told|that)\b)[\w'’&.,-]+\s+){1,6}?would\s+"
                    r"(?:(?:also|still|then|ideally|probably|likely|now|first|only|soon|eventually)\s+)?(?!have\b)[a-z]+",
                    re.IGNORECASE)
#: ... unless someone is told saying or deciding it before: "Quist announced that the company would list its
#: shares in June", "A plan unveiled on Tuesday would build the plant by 2030": a schedule told by whoever
#: made it, which the gold README keeps ("a happening scheduled with a date of its own is kept, whoever
#: tells it").
_TOLD_BEFORE = re.compile(r"\b(?:announced|announces|agreed|agrees|decided|decides|confirmed|confirms|voted|votes|ruled|"
                          r"rules|ordered|orders|approved|approves|declared|declares|said|says|told|tells|added|adds|"
                          r"insisted|insists|promised|promises|expected|expects|predicted|predicts|hoped|hopes|warned|warns|"
                          # a plan made public: "A plan unveiled on Tuesday would build the plant by 2030"
                          r"unveiled|published|presented|proposed|outlined|set\s+out|"
                          r"according\s+to)\b[^.;]*?\bwould\b", re.IGNORECASE)


#: The page speaking of itself to its reader, between the story's items: nothing in the story happens
#: in it. One table for every kind (``modality`` kept a second one, its "own telling", which read the
#: same greetings and sign-offs):
#:
#: - a greeting or a welcome: "Good morning", "Morning all", "Welcome to our live coverage", "Good
#:   afternoon and welcome to the second-quarter earnings call", "Welcome back to the programme";
#: - thanks and a sign-off: "Thank you for following", "Thanks for your patience this week", "That's
#:   all from us tonight", "That's it for today" (thanks to those who did something, "Thank you to
#:   everyone who came to the litter pick last Saturday", tell that happening in the relative clause,
#:   and "Thanks to a grant, the hall reopened in 2019" gives a cause: both stay);
#: - the page's own timetable and promises: "The blog will return at 7am tomorrow", "Our live coverage
#:   resumes on Monday", "This page is updated hourly", "We will be back tomorrow with news from the
#:   talks", "I will update this page at noon", "Follow this page for updates", "The next situation
#:   report will be issued on 24 October" (a named report of someone else's, "The next inflation
#:   report will be published in May", is a happening of the story, and so are a named programme's:
#:   "The show returns to the stage in May");
#: - a proceeding's own close: "That concludes today's call";
#: - a reminder to the reader: "07:40 Reminder: the first sailing is busy every morning".
#:
#: A transcript's speaker label may come first: "Operator: Good morning, and welcome to …". The page's
#: own greetings, thanks and timetable are read in any case; a speaker's words as they are capitalised
#: (two regimes the table keeps as its two sources were written and measured: read in one case, the
#: speaker's kinds lost an event of a never-opened gold part).
_PAGE_TO_READER = re.compile(
    r"^\W*(?:(?i:"
    # the page's greeting, thanks, sign-off and timetable, in any case ("Good Morning Britain's presenter
    # resigns" names a programme: the greeting ends there)
    r"Good\s+(?:morning|afternoon|evening|night)(?:\s+(?:everyone|all))?(?:\s*[,.!]|\s*$)|"
    r"Welcome\s+(?:back\s+)?to\s+(?:our|this|the)\s+(?:live|rolling)\b|"
    r"Thanks?\s+(?:you\s+)?for\s+(?:following|reading|joining|listening|watching)\b|"
    r"That['’]?s\s+(?:all|it)\s+(?:from|for)\s+(?:us|me|today|now)\b|"
    r"(?:The|This|Our)\s+(?:live\s+)?(?:blog|live\s*blog|(?:live\s+|rolling\s+)?coverage|updates|page|live\s+page)\s+"
    r"(?:will\s+)?(?:returns?|resumes?|continues?|be\s+back|is\s+back|ends?|closes?|is\s+updated|be\s+updated)\b)|"
    # a speaker's or the page's own telling, after a speaker label if any
    r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:,\s+[^:.;]{1,60})?:\s+)?(?:"
    # a greeting to the listener or the reader
    r"(?:(?:Good\s+(?:morning|afternoon|evening)|(?:Hello|Hi)(?:\s+\w+)?)(?:,?\s+(?:everyone|all))?,?\s+and\s+welcome|"
    r"Welcome)\s+(?:back\s+)?to\b|"
    r"(?:Good\s+(?:morning|afternoon|evening)|Morning|Afternoon|Evening)\s*,?\s+(?:all|everyone|folks)\b|"
    # thanks and a sign-off
    r"(?:Thanks\s+(?:again\s+)?for|Thank\s+you\s+(?:again\s+)?(?:to|for|all|everyone))\b(?![^.;:]*\b(?:who|that|which)\b)|"
    r"That['’]s\s+(?:all|it)(?:\s+(?:from|for)\b|\s*[.!]?\s*$)|"
    # the page's promises and its next issue
    r"(?:We|I)(?:['’]ll|\s+will|\s+shall)\s+(?:be\s+back\s+(?:with|tomorrow|later|here|soon|on\s+this)|bring\s+you|update|keep\s+you|have\s+more|"
    r"be\s+updating|be\s+following|return\s+(?:to\s+this|with)|post|report\s+back)\b|"
    r"(?:Follow|Stay\s+with|Keep\s+checking)\s+(?:this|our|us|the\s+live)\b|"
    r"(?:The|Our)\s+next\s+(?:(?:situation|live|weekly|daily|monthly|regular|full)\s+)?"
    r"(?:update|report|bulletin|briefing|edition|issue|newsletter|post|sitrep)\s+"
    r"(?:will|is\s+(?:due|expected|scheduled|planned)|follows?|comes?)\b|"
    # a proceeding's own close
    r"(?:That|This)\s+(?:now\s+)?concludes\s+(?:today['’]s\s+|tonight['’]s\s+|the\s+|this\s+|our\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:call|conference|meeting|session|briefing|programme|program|broadcast|presentation|"
    r"webcast|question-and-answer\s+session|hearing|show|episode|podcast|"
    # (a live page's own close: "00:40 – That concludes our coverage for tonight")
    r"coverage|blog|live\s*blog|updates|live\s+page)\b|"
    # a reminder
    r"(?:A\s+)?[Rr]eminder\s*(?::|that\b|to\b)))")


def tells_what_would_be(title: str, sentence: str, when: date | None, today: date | None) -> bool:
    """Whether a clause titled ``title`` in ``sentence``, dated from ``when`` in a document of ``today``,
    is told with "would" (see :data:`_WOULD`) and nobody is told saying or deciding it before
    (:data:`_TOLD_BEFORE`). A page with no date of its own, a history, and a date more than a year
    before the page's are left alone: there "would" tells what came next ("Further advances would
    follow the victory at Ivincourt on 12 September", "The enmity would lead, 14 years later, to war"),
    a happening told from before it. (A date read a year early, "from August" in a January article
    read as last August, still counts.)"""
    if today is None or when is not None and (not isinstance(when, date) or when.toordinal() < today.toordinal() - 366):
        return False  # (a day before year 1 is no datetime.date, and long past; a page of year 1 has no year before)
    return bool(_WOULD.search(title)) and not _TOLD_BEFORE.search(sentence)


def tells_no_single_happening(title: str) -> bool:
    """Whether the clause titled ``title`` (its first predicate) tells nobody (or "anyone") doing anything, a thing
    done again and again, a step the reader is to take, what a thing amounts to or the page speaking
    to its reader (see the patterns above)."""
    return bool(_NOBODY.search(title) or _ANYONE.search(title) or _OFTEN_AT_END.search(title) or _TO_THE_READER.search(title)
                or _AMOUNTS_TO.search(title) or _PAGE_TO_READER.search(title))
