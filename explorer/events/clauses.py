"""The clause of an event's predicate inside its sentence.

A sentence often reports several happenings ("X's visit to A on May 4, and the visits of Y to B in
June"); who took part and where belong to the clause of each one, not to the whole sentence, and its
title is told from that clause. A clause here is a stretch between general break points: semicolons
and dashes, a contrast ("but", "while", "whereas"), a result (", so"), a participle that opens a list of examples
(", stressing in particular"), a coordination that starts a new subject or noun phrase
(", and the visits of …"), and "when" between two dated happenings ("in 2001 … when in 2002 …"). A coordination followed by a bare verb (", and reprised the same claim")
shares its subject with what went before; :func:`subject_before` finds that subject.
Nothing here knows any particular name, place or date.
"""

from __future__ import annotations

import functools
import re

from explorer.events.subject_phrases import (
    ED_PAST, DETERMINED_PHRASE as _DETERMINED_PHRASE,
    OPENING_SUBORDINATE as _OPENING_SUBORDINATE, PARTICIPLE_PHRASE_BEFORE_A_PRONOUN, PHRASE_BEFORE_NAME as _PHRASE_BEFORE_NAME,
)
from explorer.events.quote_marks import as_curly
from explorer.events.tense import IRREGULAR_PASTS, PARTICIPLE_FORMS, present_of
from explorer.number_words import spelled
from explorer.temporal.lexicon import FULL_MONTHS, FULL_WEEKDAYS, SEASONS, alternatives

#: The months and weekdays spelled out, as a bare alternation: the names a date's phrase ends on.
_CALENDAR_NAMES = alternatives(FULL_MONTHS + FULL_WEEKDAYS)
_DETERMINERS = r"the|a|an|his|her|its|their|our|my|your|this|that|these|those|he|she|they|it|we|i"
#: The seasons a date's phrase may end on ("in the spring and stopped …"); "fall" is left out, a verb as often.
_SEASONS = alternatives(tuple(SEASONS), without=("fall",))
#: The finite auxiliaries and modals a new subject after ", and" may take instead of a past ("…, and four more
#: presses are due to arrive in January", "…, and hospitals will begin using it in April").
_AUXILIARY_VERBS = r"will|would|could|can|may|might|must|should|are|were|have|had"
#: A count opening a subject: "after three trial patients developed jaundice", "before 40 residents signed".
_COUNTS = r"\d[\d,]*|" + spelled(2, 12) + r"|several|some|many|most|all|both"
#: Bodies of people who act together, told by a bare plural: a clause "and police arrested him" has a
#: subject of its own (see :data:`explorer.events.joined_clauses._GROUP_SUBJECT_CLAUSE`).
GROUP_NOUNS = (
    r"police|troops|soldiers|protesters|demonstrators|rescuers|firefighters|stewards|workers|students|villagers|"
    r"residents|engineers|divers|guards|rebels|fans|supporters|volunteers|strikers|farmers|settlers|sailors|miners|"
    r"marines|militiamen|officers|detectives|paramedics"
)
#: Words that cannot open a bare subject after ", and": a verb's helper or an adverb ("and then moved").
_NOT_BARE_SUBJECT = (r"(?:(?:is|are|was|were|has|have|had|be|been|being|do|does|did|also|then|later|still|now|so|not|"
                     r"soon|often|never|once|again|finally)\s|[a-z]+ly\s)")
#: Break points; each match's span is left out of both neighbouring clauses.
#: Adverbs of time or extent that may stand between "and" and a predicate joined to the clause before ("and
#: was last inspected in 2025", "and partly rebuilt in 1960", "and then sold"): read by ``joined_clauses``
#: and by the title's shared-passive check (``titles.clause_choice``).
ADVERBS_BEFORE_JOINED_VERB = frozenset(
    "later then again also subsequently last first finally eventually partly largely fully twice".split())
#: A passive of the same subject with its own auxiliary ("was given the freedom of the city", "were sold"),
#: as it opens a second predicate after ", and" (:data:`CLAUSE_BREAK`, :data:`COMMA_AND_PASSIVE_AFTER_DATE`)
_PASSIVE_OF_SAME_SUBJECT = (
    rf"(?:was|were)\s+(?:then\s+|later\s+|also\s+|finally\s+)?(?:[a-z]{{3,}}ed|{PARTICIPLE_FORMS}|{IRREGULAR_PASTS})\b")
CLAUSE_BREAK = re.compile(
    r";|—| – | -- | _ |[.!?][\"”’]?\[\w{1,4}\]\s+(?=[A-Z])|"  # a sentence end hidden by a footnote mark: "Syria.[1] According"
    r",\s+(?:but|while|whereas|although|though|yet)\s+|"
    # a result in a clause of its own: ", so four guides set out"; not ", so far", ", so that", ", so many"
    r",\s+so\s+(?!(?:that|far|much|many|long|too|as|called|to|it\s+seems)\b)(?=[\w’'-]+\s)|"
    r",\s+(?:stressing|noting|citing|mentioning|highlighting|especially|particularly)"
    r"(?:\s+in\s+particular)?\s+|"
    # ", including a visit to Rome in May" ends the clause with its examples; an aside closed by a comma
    # (", including a lifeguard, were treated") belongs to the noun phrase before it
    # (not when a relative clause follows the aside: ", including the old mill, which burned in 1901")
    r",\s+including(?:\s+in\s+particular)?\s+(?![^,;:()—–]*,\s+(?!(?:which|who|whose|where|when|that)\b))|"
    rf",?\s+and\s+(?=(?:{_DETERMINERS})\b|[A-Z])|,?\s+when\s+|"
    r",\s+and\s+(?=(?:then\s+|later\s+|also\s+)?(?:(?:re|de|co|pre|mis|cross|double|fast|short|test)-)?[a-z]+ed\b)|"
    # ", and was given the freedom of the city last year", ", and were sold in 1931": a passive of the same
    # subject with its auxiliary (a break only where the passive has a date of its own, see ``_breaks``)
    rf",\s+and\s+(?={_PASSIVE_OF_SAME_SUBJECT})|"
    # ", and three chicks hatched in June", ", and about 12,000 homes lost power": a new subject that is a count
    # (of one, or a share: ", and one crew member qualified as helmsman on 22 September", ", and half the crew
    # walked out in June"; not "each" or "every", which more often open a noun a participle qualifies: ", and
    # every signal repaired since January is to …", ", and each ticket sold since March carries a levy")
    rf",\s+and\s+(?=(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?(?:{_COUNTS}|one|half)\s+"
    rf"(?:[\w’'-]+\s+){{0,2}}?(?:(?:(?:re|de|co|pre|mis|cross|double|fast|short|test)-)?[a-z]+ed|{IRREGULAR_PASTS}|{_AUXILIARY_VERBS})\b)|"
    # ", and residents of four villages returned home", ", and hundreds of families fled", ", and hospitals in
    # the region will begin using it in April": a new subject that is a bare plural told by what it is of,
    # from or where, then its verb
    rf",\s+and\s+(?=(?:hundreds|thousands|dozens|(?-i:[a-z]{{3,}}s))\s+(?:of|from|in|at|across|around|near)\s+(?:[\w’'-]+\s+){{1,5}}?"
    rf"(?:[a-z]+ed|{IRREGULAR_PASTS}|{_AUXILIARY_VERBS})\b)|"
    # ", and in 2015 it began …": a coordination that opens with its own time or place
    r",\s+and\s+(?=(?:in|on|at|by|during|after|before|since|from|until|between|throughout|within|around)\s)|"
    # ", and last spring the Liberals boycotted …", ", and the following year it …": or with a time told
    # relative to another
    r",\s+and\s+(?=(?:last|next|this|that|the\s+following|the\s+next|the\s+same|later\s+that|earlier\s+that)\s+"
    r"(?:spring|summer|autumn|fall|winter|week|weekend|month|year|season|day|morning|afternoon|evening|night|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|"
    # "… by email on 14 September and then, having had no reply, wrote …": "then" and an aside open a
    # second predicate
    r",?\s+and\s+(?=then\s*,)|"
    # "… showed how the trade grew after 1780, and how it collapsed in the 1860s": a second question clause
    r",\s+and\s+(?=(?:how|why|where|what)\s)|"
    # "a stroke in the spring of 1967 and died in Uppsala that autumn": a second verb with its own date
    # (a verb, not an adjective: what follows it is an object, a preposition or an adverb, not a noun)
    # (an adverb may come between: "began in January 2019 and ended early, in May 2021"; and "as":
    # "married the following spring and trained as a midwife")
    rf"(?<!,)\s+and\s+(?=(?:then\s+|later\s+|first\s+|finally\s+)?(?:(?:(?:re|de|co|pre|mis|cross|double|fast|short|test)-)?[a-z]+ed|{IRREGULAR_PASTS})"
    r"(?:\s+[a-z]+ly\b)?"
    r"(?:[,.;]|\s+(?:the|a|an|his|her|its|their|him|them|it|in|on|at|to|from|by|with|for|after|before|during|"
    r"into|over|that|this|these|those|out|up|down|off|back|away|home|again|as|there|here|"
    # a count or a sum as the object: "and hired 60 staff", "and founded three towns", "and raised £2m"
    # (not a quantity of a measure: "arrived on Monday and brought 64 mm of rain" tells the arrival's
    # measure, a statistic, not a second happening)
    r"(?:\d[\d,.]*|" + spelled(2, 12) + r"|several|both)"
    r"(?!\s*(?:%|per\s*cent|percent|mm|cm|km|m|kg|g|in|ft|inch(?:es)?|feet|foot|metres?|meters?|miles?|kilometres?|"
    r"millimetres?|centimetres?|degrees?|tonnes?|tons?|litres?|liters?|gallons?|knots?|points?)\b))\b|\s+[£$€]\d|\s+[A-Z]))|"
    # "bought the lock in 1991 and in 1993 rebuilt its gates": a second verb of the same subject with its
    # own date before it
    rf"(?<!,)\s+and\s+(?=(?:in|on|by|during)\s+(?:[A-Za-z]+\.?\s+){{0,2}}\d{{1,4}}(?:,?\s+\d{{4}})?,?\s+"
    rf"(?:then\s+|later\s+|also\s+)?(?:(?:(?:re|de|co|pre|mis|cross|double|fast|short|test)-)?[a-z]+ed|{IRREGULAR_PASTS})\b)|"
    # "… were suspended on April 22 and both countries recalled their ambassadors a week later": a new
    # subject that counts its members, then its verb
    # (not a be-form: "Smith and both his sons were arrested" is one subject)
    # "…, and one of its crew of three died": a new subject, a part of something named before
    r",?\s+and\s+(?=(?:" + spelled(1, 10) + r"|both|all|each|several|many|most|some|none)"
    r"\s+of\s+(?:the|its|his|her|their|them|those|these)\b)|"
    # (or a count of many: "14 people were killed and hundreds of buildings collapsed")
    rf"(?<!,)\s+and\s+(?=(?:both|all|each|several|many|most|some|(?:hundreds|thousands|dozens|scores|millions)\s+of)\s+"
    rf"(?:[\w’'-]+\s+){{0,2}}?"
    rf"(?!(?:was|were|had|did)\b)(?:(?:(?:re|de|co|pre|mis|cross|double|fast|short|test)-)?[a-z]+ed|{IRREGULAR_PASTS})\b)|"
    # "was appointed professor and later elected president": "later", "then" or "subsequently" and a
    # participle open a second predicate, whatever word follows it
    r"(?<!,)\s+and\s+(?=(?:later|then|subsequently)\s+[a-z]{3,}ed\s+[a-z])|"
    # "… took six years to dig and was finished in the spring of 1779": a second verb in the passive
    r"(?<!,)\s+and\s+(?=(?:was|were)\s+(?:[a-z]+ly\s+|twice\s+|later\s+|then\s+|also\s+)?(?:(?:(?:re|de|co|pre|mis|cross|double|fast|short|test)-)?[a-z]+ed|built|made|sold|held|begun|written|taken|given|won|lost|"
    r"sent|sold|brought|bought|caught|taught|kept|left|paid|laid|put|set|shot|hit|cut|struck|thrown|chosen|driven|"
    r"drawn|grown|known|shown|seen|found|beaten|broken|stolen|sworn|torn|worn|borne|hidden|forgiven|forbidden)\b)|"
    # "… from 1 April 2024, as agreed by the committee in November": an aside with a participle and
    # its own agent tells a happening of its own (the agreeing)
    r",\s+as\s+(?=(?:(?:re|de|co|pre|mis|cross|double|fast|short|test)-)?[a-z]+ed\s+(?:by|at|on)\b)|"
    # "… a purpose-built studio in Wellgate, opened by the Lord Mayor on the 14th": the same, no "as"
    r",\s+(?=(?:(?:(?:re|de|co|pre|mis|cross|double|fast|short|test)-)?[a-z]+ed|built|held|sold|bought|made|taken|given|won|begun|written)\s+by\s+(?:the\s+)?[A-Z])|"
    # "… was built in 1979 and had been owned by the Holm family since 2005": a state that began later
    rf"(?<!,)\s+and\s+(?=(?:has|have|had)\s+(?:since\s+|later\s+)?been\s+(?:(?:(?:re|de|co|pre|mis|cross|double|fast|short|test)-)?[a-z]+ed|{IRREGULAR_PASTS})\b)|"
    # "…, and two days later we closed the ward": a coordination that opens with its own time
    r",\s+and\s+(?=(?:a|an|" + spelled(1, 12) + r"|several|a\s+few|\d+)\s+"
    r"(?:days?|weeks?|months?|years?|hours?|minutes?|decades?)\s+(?:later|earlier|afterwards?)\b)|"
    # "… opened in 1936 after a flood had destroyed the old bridge in 1934", "…, which the artist
    # corrected on 2 May": a subordinate clause with a subject and a finite verb of its own
    # (the subject may be a bare plural, a name or a count: "walked out on Monday after talks over pay broke
    # down on Friday", "after Kestria blamed saboteurs", "after three patients developed jaundice")
    rf"\s+(?:after|before|since|until|once|because)\s+(?=(?:(?:{_DETERMINERS}|{_COUNTS})\s+|(?-i:[A-Z])[\w’'-]*\s+|[a-z]+s\s+)(?:(?!of\s)[\w’'-]+\s+){{0,3}}?(?:had\s+|was\s+|were\s+|has\s+)?"
    rf"(?:(?:(?:re|de|co|pre|mis|cross|double|fast|short|test)-)?[a-z]+ed|began|broke|{IRREGULAR_PASTS})\b)|"
    rf",\s+which\s+(?=(?:the|a|an|he|she|they|it|we)\s)|"
    # "…the family papers, which were given to the society in 2023": a relative clause in the passive
    rf",\s+which\s+(?=(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:(?:(?:re|de|co|pre|mis|cross|double|fast|short|test)-)?[a-z]+ed|given|taken|written|begun|chosen|shown|drawn|known|seen|grown|stolen|broken|"
    rf"{IRREGULAR_PASTS})\b)|"
    # "… into a property venture that collapsed in 2020": a relative clause with a verb of its own
    rf"\s+that\s+(?=(?:had\s+|has\s+|was\s+|were\s+)?(?:(?:(?:re|de|co|pre|mis|cross|double|fast|short|test)-)?[a-z]+ed|{IRREGULAR_PASTS})\s)|"
    # "… removed him and police arrested him", "…, and workers from the docks joined them": a body of
    # people as a new subject
    rf",?\s+and\s+(?=(?-i:{GROUP_NOUNS})(?:\s+from\s+the\s+[a-z]{{3,}})?\s+(?:then\s+|later\s+|also\s+)?"
    rf"(?:(?:(?:re|de|co|pre|mis|cross|double|fast|short|test)-)?[a-z]+ed|{IRREGULAR_PASTS})\s)|"
    # "…closed in 1983, and unemployment reached 19 percent": a new bare subject and its verb
    rf",\s+and\s+(?=(?!{_NOT_BARE_SUBJECT})[a-z]+\s+(?:(?:(?:re|de|co|pre|mis|cross|double|fast|short|test)-)?[a-z]+ed|{IRREGULAR_PASTS})\s)|"
    # "…, and contactless payment arrived in 2017": a bare subject of two words (its first no verb:
    # ", and won mixed reviews" shares the subject before; nor a quantifier, whose participle after the
    # noun describes it: ", and every signal repaired since May is to be checked"); a telling verb
    # (", and hotel owners said …") opens a report, not a happening
    rf",\s+and\s+(?=(?!{_NOT_BARE_SUBJECT})(?!(?:[a-z]+ed|{IRREGULAR_PASTS}|every|each|any|no|all|some|many|most|few|"
    rf"several|both|other|such)\s)[a-z]+\s+(?!{_NOT_BARE_SUBJECT})[a-z]+s?\s+(?!(?:said|told|added|reported|noted|warned)\s)"
    rf"(?:(?:(?:re|de|co|pre|mis|cross|double|fast|short|test)-)?[a-z]+ed|{IRREGULAR_PASTS})\s)|"
    # "…, and crews wearing breathing apparatus brought the fire under control": a bare plural subject
    # whose participle phrase stands before its verb
    rf",\s+and\s+(?=(?!{_NOT_BARE_SUBJECT})[a-z]{{3,}}s\s+[a-z]{{3,}}ing\s+(?:(?!(?:and|or|but|that|which|who)\s)[\w’'-]+\s+){{0,4}}?"
    rf"(?:(?:(?:re|de|co|pre|mis|cross|double|fast|short|test)-)?[a-z]+ed|{IRREGULAR_PASTS})\s)|"
    # "…, organisers announced today": a trailing report of the telling, a happening of its own
    r",\s+(?=(?:the\s+|its\s+|their\s+)?(?:(?!(?:was|were|is|are|be|been|being|has|have|had|not)\s)[A-Za-z][\w’'-]*\s+){1,3}(?:said|announced|confirmed|reported|told|added|wrote)\b[^,]{0,40}$)",
)
#: "… uploaded new software on August 19 and restored normal operations two days later", "…on April 11
#: and beat the league leaders … on May 9": right after a date, "and" and a verb with a date of its own
#: start the next happening, whatever follows the verb (the break above needs a word after the verb
#: that no adjective takes).
AND_VERB_AFTER_DATE = re.compile(
    r"(?:\d|\b(?:" + _CALENDAR_NAMES + r"|later|earlier|ago|year|month|week|weekend|day|morning|"
    r"afternoon|evening|night|" + _SEASONS + r"))(\s+(?:and|but)\s+)(?=(?:then\s+|later\s+)?(?!(?:was|were|had|did)\b)"
    rf"(?:[a-z]{{3,}}ed|beat|{IRREGULAR_PASTS})\s+[A-Za-z]|"
    # "was postponed because of rain on Wednesday and now takes place on 12 June": a present verb
    # after "now" or "instead" is a new happening told in the present
    r"(?:now|instead)\s+(?!(?:is|has|does)\b)[a-z]{3,}s\s+[a-z]|"
    # "was laid off in 1931 and did not work again until 1934": a negated second predicate, whose
    # negation is no part of the happening before it
    r"(?:did\s+not|didn['’]t|never)\s+(?:[a-z]+ly\s+)?[a-z]{3,}\b|"
    # "passed close to the Sun in February 1986 and will return in the summer of 2061": a future verb
    # with a date of its own
    r"(?:will|is\s+to|are\s+to)\s+(?:be\s+)?(?!(?:be|have)\b)[a-z]{3,}\b|"
    # "had been offered a rise in January and had rejected it last month", "was charged in May and
    # was jailed in June": an auxiliary and a participle open a second predicate of the same subject
    rf"(?:had|has|have|was|were)\s+(?:been\s+)?(?:[a-z]{{3,}}ed|{IRREGULAR_PASTS})\s+[a-z]|"
    # a perfect with a count for its object: "opened on 10 October and had taken 4,200 calls by Tuesday"
    rf"(?:had|has|have)\s+(?:[a-z]{{3,}}ed|{IRREGULAR_PASTS}|{PARTICIPLE_FORMS})\s+(?:more\s+than\s+|over\s+|about\s+|nearly\s+)?\d)"
)
#: "will report its results on 5 February and hold an investor day in the spring", "is due to leave orbit in
#: March 2028 and to drop its capsule over the desert in 2029": after a date, "and" and a bare verb with
#: its object or its place continue a modal's or an infinitive's predicate with a second happening of
#: the same subject. A bare word is no sure verb, so it counts only after such a predicate (see
#: :func:`and_bare_verb_breaks`) and before a determiner or a preposition; adverbs and quantities
#: ("and again in June", "and most of July") are no verbs.
_AND_BARE_VERB_AFTER_DATE = re.compile(
    r"(?:\d|\b(?:" + _CALENDAR_NAMES + r"|later|earlier|year|month|week|morning|afternoon|evening|night|day))(\s+and\s+)"
    r"(?=(?:then\s+|later\s+|also\s+)?(?:to\s+)?(?!(?:again|also|then|later|once|twice|more|most|less|least|some|many|much|"
    r"all|each|every|both|either|neither|other|others|another|only|just|even|still|not|never|now|there|here|"
    r"early|late|back|out|off|away|down|over|half|part|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"the|its|his|her|their|our|this|that|these|those|into|from|with|for)\b)"
    r"[a-z]{3,}(?<!ly)(?<!ing)(?<!ed)(?<!ies)\s+(?:the|a|an|its|his|her|their|our|on|at|in|from|to|into|for|up|down|out)\b)"
)
#: The modal's or the infinitive's predicate such a bare verb continues: "will report", "is due to leave",
#: "plans to open" (not "to the", a place).
_MODAL_PREDICATE = re.compile(
    r"\b(?:will|would|shall|to)\s+(?:[a-z]+ly\s+)?(?!(?:the|a|an|its|his|her|their|our|this|that|be|have)\b)[a-z]{3,}\b")


#: A season tells the bare verb's own date too: "… and hold an investor day in the spring".
_SEASON_WORD = re.compile(rf"\b(?:{_SEASONS})\b")


def and_bare_verb_breaks(sentence: str) -> list[re.Match[str]]:
    """The matches of :data:`_AND_BARE_VERB_AFTER_DATE` in ``sentence`` whose stretch before (from the
    last colon or semicolon) holds a modal's or an infinitive's predicate: "The company will report its
    results on 5 February and hold an investor day in the spring"."""
    found = []
    for m in _AND_BARE_VERB_AFTER_DATE.finditer(sentence):
        before = re.split(r"[;:]", sentence[:m.start(1)])[-1]
        after = sentence[m.end(1):]
        if _MODAL_PREDICATE.search(before) and (_DATE_WORD.search(after) or _SEASON_WORD.search(after)):
            found.append(m)
    return found


#: "burned in May 1901, and was rebuilt in 1903": right after a date, ", and" and a passive of the same
#: subject with its auxiliary; the titles keep the break when they drop the later date (see
#: ``titles.clause_choice.dates_marking_breaks``).
COMMA_AND_PASSIVE_AFTER_DATE = re.compile(
    r"(?:\d|\b(?:" + _CALENDAR_NAMES + r"|later|earlier|ago|year|month|week|weekend|day|morning|afternoon|evening|night|"
    + _SEASONS + r"))"
    rf"(,\s+and\s+)(?={_PASSIVE_OF_SAME_SUBJECT})"
)


#: "met Turkish officials in Ankara on Tuesday, held talks … in Sofia on Wednesday and saw …", "joined the
#: firm in 1990, became its chief executive in 1995 and retired in 2001": right after a year, a month or
#: a weekday, a comma and a past verb with an object list the same subject's next happening (a break only
#: when that stretch has a date of its own, as for the "and" above; not after a bare number: "Tobi
#: Adeyemi, 19, won …" is an age).
COMMA_VERB_AFTER_DATE = re.compile(
    r"(?:\b\d{4}|\b(?:" + _CALENDAR_NAMES + r"))(,\s+)(?=(?:then\s+|later\s+)?"
    rf"(?!(?:was|were|had|did|said|told)\b)(?:[a-z]{{3,}}ed|{IRREGULAR_PASTS})\s+"
    r"(?:the|a|an|his|her|its|their|talks|to|in|on|at|with|for|(?-i:[A-Z]))\b)"
)
#: "design approved (May 2019), construction started (June 2020), opened (July 2022)": a list of
#: happenings each dated in brackets; the comma after a bracketed date ends one of them.
_AFTER_BRACKETED_DATE = re.compile(
    r"\((?=[^()]{0,40}\b(?:\d{4}|" + _CALENDAR_NAMES + r")\b)[^()]{1,40}\)(,\s+(?:and\s+)?|;\s+)(?=\S)"
)
#: "After a restoration, largely funded by a grant awarded in 1998, it reopened in May 2001": after a
#: stretch with a verb of its own, a comma and a pronoun with its verb take up the main clause (a
#: break only when the stretch before has a finite verb: "In May 1998, it reopened" is one clause).
_PRONOUN_RESUMES = re.compile(
    rf",\s+(?=(?:he|she|it|they|we|i)\s+(?:[a-z]+ly\s+)?(?:(?:(?:re|de|co|pre|mis|cross|double|fast|short|test)-)?[a-z]+ed|{IRREGULAR_PASTS})\b)"
)
#: "The committee meets on December 4, before the full council votes on the budget on December 13": right
#: after a date, a subordinator and a subject with a verb in the present start the next happening when
#: it has a date of its own (a break only then: "until the museum reopens" tells when, no happening).
SUBORDINATE_AFTER_DATE = re.compile(
    r"(?:\d|\b(?:" + _CALENDAR_NAMES + r"|week|month|year|morning|afternoon|evening|night))"
    r",?(\s+(?:before|after|until|once)\s+)(?=(?:the|a|an|its|their|our|his|her)\s+(?:(?!of\s)[\w’'-]+\s+){0,3}?"
    r"(?!(?:is|has|does|was|its|this|thus|plus|as|us)\b)[a-z]{3,}s\s+(?:on|in|at|to|for|a|an|the|its|their)\s)"
)
#: "moved to Paris in 1920, where he died in 1935": a "where" clause after a date, with a subject and a
#: past verb of its own, is a happening of its own at the place just named (a break only when a date of
#: its own follows; "…, where he lived for ten years" stays the move's aside).
WHERE_AFTER_DATE = re.compile(
    r"(?:\d|\b(?:" + _CALENDAR_NAMES + r"|week|month|year|morning|afternoon|evening|night))"
    r"(,\s+where\s+)(?=(?P<who>he|she|it|they|(?:the|a|an|its|their|his|her)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+)\s+"
    r"(?:(?:" + "|".join(sorted(ADVERBS_BEFORE_JOINED_VERB)) + r")\s+)?"
    rf"(?!(?:was|were|had|lived|stayed|remained|worked|spent)\b)(?:[a-z]{{2,}}ed|{IRREGULAR_PASTS})\b)"
)
#: "… was postponed after a water leak in the east wing in mid-2022": "after" and a noun phrase with a
#: date of its own name an earlier happening (a break only when that date follows within the phrase).
_AFTER_NOUN_WITH_DATE = re.compile(
    r"(?<!named)(?<!called)(\s+(?:after|following)\s+)(?=(?:a|an|the|its|his|her|their)\s+(?!(?:in|on|during)\s)[A-Za-z][\w’'-]*\s+"
    r"[^,;:()]{0,50}?\b(?:in|on|during)\s+"
    r"(?:(?:early|mid|late)[\s-]+)?(?:\d{3,4}|" + alternatives(FULL_MONTHS) + r"|spring|summer|autumn|winter)\b)"
)
#: "… a stroke in 1967 and died in Uppsala": a second verb joined without a comma is a second
#: happening (its subject is the first's: see :func:`subject_before`), whether or not it has a date.
_SUBORDINATOR = re.compile(r"^\s+(?:after|before|since|until|once)\s+$")
#: A measure of time before the subordinator: a counted or bare plural span ("two days after", "a year
#: after", "weeks after"), "the day after", or "shortly"/"soon"/"long". A singular span after another
#: word is a period described, not measured: "its busiest year since the charity was founded in 1998"
#: tells a second happening with its own date.
_MEASURED_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|one|half\s+an?|" + _COUNTS + r")\s+(?:(?:full|whole|short|long|few)\s+)?"
    r"(?:days?|weeks?|months?|years?|hours?|minutes?|decades?)"
    r"|\b(?:days|weeks|months|years|hours|minutes|decades|shortly|soon|long|just|immediately))\s*$")
#: "…, died on Saturday": after an aside's comma, the main verb takes up the sentence again.
_VERB_RESUMES = re.compile(
    r",\s+(?:[a-z]+ly\s+)?(?:(?:(?:re|de|co|pre|mis|cross|double|fast|short|test)-)?[a-z]+ed|was|were|" + IRREGULAR_PASTS + r")\b"
)
#: A finite verb (or a past participle), for telling a coordination of subjects from one of clauses.
FINITE_VERB = re.compile(
    r"\b(?:(?:(?:re|de|co|pre|mis|cross|double|fast|short|test)-)?[a-z]+ed|was|were|is|are|has|have|had|will|would|" + IRREGULAR_PASTS + r")\b"
)
#: A stretch of text opening with a preposition or a subordinator is no subject: "Since the opening of X
#: and the conversion of Y, the city recovered".
_OPENS_PHRASE = re.compile(
    r"\s*(?:since|after|before|with|without|despite|following|during|in|on|at|by|from|for|of|until|when|while|as|"
    r"because|although|though|if|unless|once|through|under|over|amid|among|between|to)\b", re.IGNORECASE
)
#: A stretch opening with a participle and its preposition is no subject either: "Written in 1953 and
#: first staged the following year, the play …" holds two happenings.
_PARTICIPLE_OPENS = re.compile(r"\s*([A-Z][a-z]+)\s+(?:in|on|by|at|from|for|during|after|before|as|with|under)\b")
_NAMES_JOINED = re.compile(r"[A-Z][\w’'-]*$")
_NAME_AFTER_WORD = re.compile(r"^[a-z]+\s+[A-Z]")
_VERB_AND = re.compile(r"^\s+and\s+$")
_DATE_WORD = re.compile(
    r"\b(?:\d{3,4}|" + _CALENDAR_NAMES + r"|yesterday|today|tomorrow|later|earlier|ago|"
    # a date told relative to the telling: "rejected it in a ballot last month"
    r"(?:last|next|this)\s+(?:week|month|year|spring|summer|autumn|fall|winter|weekend))\b"
)
_BARE_VERB_START = re.compile(
    r"^\s*(?:then\s+|later\s+|also\s+|initially\s+|finally\s+)?(?:(?:(?:re|de|co|pre|mis|cross|double|fast|short|test)-)?[a-z]+ed|was|were|had|has|"
    + IRREGULAR_PASTS + r")\b(?!\s+(?:that|to)\b)"
)
#: A regular past, hyphenated after a verb's prefix or not: "de-iced", "re-opened", "co-founded" are verbs
#: too (not "well-funded", "long-awaited": adjectives). The patterns above spell it out.
_ED_PAST = ED_PAST
_SUBJECT = re.compile(
    r"((?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*)\s+(?:[a-z]+ly\s+)?(?:" + _ED_PAST + r"|was|were|had|has|have|is|are|"
    + IRREGULAR_PASTS + r")\b"
)
#: (nor does a subordinator open one: "Although the rebels won a skirmish, the royal army won a battle and
#: scattered them": the verb after "and" is the main clause's)
_NOT_SUBJECT = frozenset("for in on at by from after before during when while as but and so then thus however "
                         "although though because whereas unless if since once until".split())
_QUOTE_CHARS = "“”\""


def clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """``(left, right)`` offsets in ``sentence`` of the clause holding ``sentence[start:end]``.

    Breaks inside the expression itself ("July, August and September 2015") do not count.
    """
    left, right = 0, len(sentence)
    for b_start, b_end, verb_and, ignored, names, own_date_less in _breaks(sentence):
        if b_start < end and b_end > start:
            continue  # inside the expression
        if ignored:
            continue
        if b_end <= start:
            if names:
                continue
            if verb_and and _VERB_RESUMES.search(sentence[b_end:start]):
                continue  # "X, a teacher who … and later founded …, died on Saturday": an aside's verb
            left = b_end
        elif b_start >= end:
            if names or own_date_less:
                continue
            right = b_start
            break
    if start == end:
        # an act with no date of its own ("kept the books from 1915 until 1931, when she married"): a "when"
        # clause is its own clause, though one with no date is kept with the date before it for that date's
        # happening (see _breaks)
        when = None
        for when in _WHEN_OPENS.finditer(sentence, left, start):
            pass
        if when is not None and "," not in sentence[when.end():start]:
            left = when.end()  # (not past its end: "…, when the school still heated …, and retired in 1989")
    if left and re.search(r"\s(?:since|after|before|until|once|when)\s+$", sentence[max(0, left - 8):left]) \
            and _ASIDE_OPENED.search(sentence, 0, left):
        # "A diplomat, who has followed the talks since they opened in 2022, said that …": a time clause
        # inside an aside ends where the main clause's verb takes the sentence up again
        resumes = _VERB_RESUMES.search(sentence, end, right) or _AUXILIARY_RESUMES.search(sentence, end, right)
        if resumes:
            right = resumes.start()
    return left, right


#: A range's end right before a comma: "from 1890 until 1922", "until March 1931", "till 4 May 1931".
_UNTIL_A_YEAR = re.compile(r"\b(?:until|till)\s+(?:[A-Z][a-z]+\s+)?(?:\d{1,2}\s+)?\d{3,4}\s*$")
#: ", when" opening a clause.
_WHEN_OPENS = re.compile(r",\s+when\s+")
#: "…, will buy them", "…, has sold": the main clause's auxiliary after an aside's closing comma.
_AUXILIARY_RESUMES = re.compile(r",\s+(?:will|would|has|have|is|are|can|could|must|should|may|might)\b")
#: An aside opened by a relative word after a comma: ", who …", ", which …".
_ASIDE_OPENED = re.compile(r",\s+(?:who|which)\b")


@functools.lru_cache(maxsize=256)
def _breaks(sentence: str) -> tuple[tuple[int, int, bool, bool, bool, bool], ...]:
    """The break points of ``sentence`` with what :func:`clause_bounds` asks of each, wherever the
    expression is: ``(start, end, an "and" between verbs, not a break at all, joins a list of names,
    opens a bare verb with no date of its own)``. Found once per sentence: each of its dates asks
    for its clause, and finding them again for each made a long clause list cost its length times
    its dates (issue 15)."""
    found = []
    segment_start = 0  # where the text since the last break begins
    resumes = {m.start() for m in _PRONOUN_RESUMES.finditer(sentence)}
    bare_and = and_bare_verb_breaks(sentence)
    and_after_date = {m.start(1) for m in (*AND_VERB_AFTER_DATE.finditer(sentence), *bare_and)}
    after_brackets = {m.start(1) for m in _AFTER_BRACKETED_DATE.finditer(sentence)}
    matches = sorted([*CLAUSE_BREAK.finditer(sentence), *(_Group(m, 1) for m in AND_VERB_AFTER_DATE.finditer(sentence)),
                      *(_Group(m, 1) for m in bare_and),
                      *(_Group(m, 1) for m in COMMA_VERB_AFTER_DATE.finditer(sentence)),
                      *(_Group(m, 1) for m in _AFTER_BRACKETED_DATE.finditer(sentence)),
                      *(_Group(m, 1) for m in SUBORDINATE_AFTER_DATE.finditer(sentence)),
                      *(_Group(m, 1) for m in WHERE_AFTER_DATE.finditer(sentence)),
                      *(_Group(m, 1) for m in _AFTER_NOUN_WITH_DATE.finditer(sentence)),
                      *(m for m in _PRONOUN_RESUMES.finditer(sentence))],
                     key=lambda m: m.start())
    seen: set[int] = set()
    bare_starts = {m.start(1) for m in bare_and}  # (each with a date of its own, a season's too)
    for m in matches:
        if m.start() in seen:
            continue
        if isinstance(m, _Group) and m.start() not in bare_starts and not _DATE_WORD.search(sentence[m.end():]):
            continue  # "began on Feb. 22 and halted all traffic": no date of its own, one happening
        if m.start() in resumes and (not FINITE_VERB.search(sentence[segment_start:m.start()])
                                     or segment_start == 0 and _participle_phrase_opens(sentence[:m.start()])):
            continue  # "In May 1998, it reopened": the date opens the clause, no verb of its own before
            # ("Born in 1941 in a terraced house, she left": an opening participle's phrase has no finite
            # verb either, whatever "-ed" adjective its place has; its date is read by the participle)
        if m.start() in after_brackets and not FINITE_VERB.search(sentence[segment_start:m.start()]):
            continue  # "In the first phase of the siege (May 2-June 30), 4,100 defenders were killed": an
            # opening phrase with its date in brackets, no happening of its own before the comma
        seen.add(m.start())
        verb_and = bool(_VERB_AND.match(m.group()))
        after_date = m.start() in and_after_date  # (found by either pattern: the same " and ")
        ignored = bool(
            # "The mayor and the council agreed": two subjects of one verb, no verb before the "and"
            # (but a date right before "and" and a verb after it: "starts next week and will report in
            # September" is a second happening even when the first verb is a present that
            # :data:`FINITE_VERB` does not know)
            # (what opens the segment before a comma is the phrase's: "In 1990, the mayor and the council agreed")
            verb_and and not after_date and not FINITE_VERB.search(sentence[segment_start:m.start()])
            and not _OPENS_PHRASE.match(sentence[segment_start:m.start()].rsplit(", ", 1)[-1])
            and not _opens_with_participle(sentence[segment_start:m.start()])
            and FINITE_VERB.search(re.split(r"[,;:]", sentence[m.end():], maxsplit=1)[0]) or
            # "between Admiral Ali and unnamed American officials": names joined, not two verbs
            # (not a weekday or a month before a verb: "… on Wednesday and saw Romania's president")
            verb_and and not after_date and _NAMES_JOINED.search(sentence[: m.start()]) and _NAME_AFTER_WORD.match(sentence[m.end():])
            # "hostile to X when the two met in May": one happening, unless each side has its date
            # (but "ran the forge from 1890 until 1922, when he emigrated": the range's end is the "when"
            # clause's own time, a happening of its own)
            or "when" in m.group() and not (_DATE_WORD.search(sentence[: m.start()]) and _DATE_WORD.search(sentence[m.end():]))
            and not _UNTIL_A_YEAR.search(sentence, 0, m.start())
            # "two days after the KPA invaded": a measure of time, not a clause of its own
            or _SUBORDINATOR.match(m.group()) and _MEASURED_BEFORE.search(sentence[: m.start()])
            # "The council closed the library and the swimming pool in March 2020": a second object of
            # the verb before, no verb after it, and no date before it (with one, "took the town in May
            # and the fort in June" tells two happenings, each with its date)
            or verb_and and not after_date and FINITE_VERB.search(sentence[segment_start:m.start()])
            and not FINITE_VERB.search(re.split(r"[,;:]", sentence[m.end():], maxsplit=1)[0])
            and not _DATE_WORD.search(sentence[segment_start:m.start()])
            # "Born in Cardiff in 1940, the daughter of a docker and a piano teacher, she …": two nouns
            # joined in the aside after an opening participle, no verb on either side before the commas
            or verb_and and not after_date and ", " in sentence[segment_start:m.start()]
            and _opens_with_participle(sentence[segment_start:m.start()])
            and not FINITE_VERB.search(sentence[segment_start:m.start()].rsplit(", ", 1)[-1])
            and re.match(r"(?:the|a|an|his|her|their|its)\s", sentence[segment_start:m.start()].rsplit(", ", 1)[-1])
            and not FINITE_VERB.search(re.split(r"[,;:]", sentence[m.end():], maxsplit=1)[0])
            and "," in sentence[m.end():]
        )
        # ", and signed the deal": no date of its own, so part of the happening before it
        own_date_less = bool(_BARE_VERB_START.match(sentence[m.end():]) and not _DATE_WORD.search(sentence[m.end():])
                             and not verb_and)
        found.append((m.start(), m.end(), verb_and, ignored, not ignored and _is_list_of_names(sentence, m), own_date_less))
        if not ignored:
            segment_start = m.end()
    return tuple(found)


def _opens_with_participle(segment: str) -> bool:
    opener = _PARTICIPLE_OPENS.match(segment)
    word = opener.group(1).lower() if opener else ""
    return bool(word and (FINITE_VERB.fullmatch(word) or word.endswith(("en", "wn")) or word == "born"))


def _participle_phrase_opens(segment: str) -> bool:
    """Whether ``segment`` is a participle's phrase opening the sentence, with no comma inside: "Born in
    1941 in a terraced house", "Founded in 1990 by two retired engineers"."""
    return "," not in segment and _opens_with_participle(segment)


class _Group:
    """One group of a match, read like a match: a break found by what stands before it."""

    def __init__(self, m: re.Match[str], group: int) -> None:
        self._m, self._g = m, group

    def start(self) -> int:
        return self._m.start(self._g)

    def end(self) -> int:
        return self._m.end(self._g)

    def group(self) -> str:
        return self._m.group(self._g)


def _is_list_of_names(sentence: str, m) -> bool:
    """ "Syria and Iraq", "Hezbollah, Hamas, and Islamic Jihad": a list of names, not two clauses."""
    if "and" not in m.group():
        return False
    before = sentence[: m.start()].rstrip()
    after = re.sub(r"^(?:the|a|an)\s+", "", sentence[m.end():])  # "the United Kingdom and the United States"
    last = re.search(r"([\w’'-]+)\W*$", before)
    nxt = re.match(r"([\w’'-]+)(?:\s+([\w’'-]+))?", after)
    if not last or not nxt:
        return False
    if nxt.group(1)[:1].isupper() and _apposed_subject(before):
        return True  # "Martin Ashdown, 58, and Leila Orme, 41, lifted off": two subjects, each with an aside
    if not (last.group(1)[:1].isupper() and nxt.group(1)[:1].isupper()):
        return False
    # "Hamas and Fatah resumed": names joined without a comma are one noun phrase; after a comma,
    # a name followed by its own verb starts a clause ("…, and Weber signed").
    following = nxt.group(2) or ""
    return not m.group().startswith(",") or not following.endswith("ed")


#: A name that opens a sentence, then asides of a few words each: "Martin Ashdown, 58", "Ada Roe, a
#: retired nurse", "Tom Hale, 41, of Leeds". A subject waiting for its verb, never a clause.
_OPENING_NAME = re.compile(r"^(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*$")


def _apposed_subject(before: str) -> bool:
    head, *asides = [part.strip() for part in before.split(",")]
    return bool(asides) and _OPENING_NAME.match(head) is not None \
        and all(0 < len(a.split()) <= 5 and not FINITE_VERB.search(a) for a in asides)


#: A subject and its verb right after a date expression.
SUBJECT_AFTER = re.compile(r"\s*,?\s*(?:[A-Z][\w’'.-]*\s+){1,5}(?:has|have|had|was|were|is|are|(?:(?:re|de|co|pre|mis|cross|double|fast|short|test)-)?[a-z]+ed)\b")
_FRAMING_BEFORE = re.compile(r"(?:,|\b(?:when|after|before|as|while|since|until|then))\s*(?:[a-z]+\s+){0,2}$")


def subject_follows(clause: str, start: int, end: int) -> bool:
    """True when the expression at ``clause[start:end]`` follows framing and precedes the clause's own
    subject: "According to reports, …, in the past four months Iran has held talks"."""
    return bool(SUBJECT_AFTER.match(clause[end:]) and _FRAMING_BEFORE.search(clause[:start]))


_ANTECEDENT = re.compile(
    # (after a comma too: "… the family papers, which were given to the society in 2023")
    # (no preposition but "of" inside it: in "sold the hall to Marrow Trust, which …" the clause tells of
    # the nearest noun phrase, "Marrow Trust", not of "the hall to Marrow Trust")
    # (an owner's name is a determiner too: "Brenley's riverside hall, which was flooded …")
    r"\b((?:the|a|an|its|his|her|their|this|that|(?-i:[A-Z])[\w-]*[’']s)\s+(?:(?!(?:to|in|on|at|from|with|into|for|by)\s)[\w’'-]+\s+){0,3}?[\w’'-]+),?\s+(?:that|which|who)\s+$", re.IGNORECASE
)
#: A plural with no determiner, at most one word before it: "… conducted secret negotiations that led to …".
_NOT_MODIFIERS = frozenset(
    "up out off down in on over back away to of for from with by at into onto and or but no not".split()
)
_BARE_PLURAL_ANTECEDENT = re.compile(r"\b((?:[a-z][\w’'-]*\s+)?[a-z][\w’'-]*[^s\W]s)\s+(?:that|which)\s+$")


#: A name a relative clause tells of: "… appealed to Kelvar, which sent …", "… to the Emperor, who …",
#: "Harrow Athletic, which was promoted …".
NAME_ANTECEDENT = re.compile(r"\b((?:the\s+)?(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,3}),\s+(?:who|which)\s+$")
#: A person's name, then a description of them set off by commas, then "who": the clause tells of the
#: name ("Alan Whitcombe, a historian at Caldmoor University, who chaired …"), not of the description.
NAME_THEN_DESCRIPTION = re.compile(
    r"((?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){1,3}),\s+(?:a|an|the)\s+[^,;]{1,80},\s+who\s+(?=[^,]*$)")
#: Calendar words, which a capitalised antecedent never is: "… in March, which was wet".
_CALENDAR_NAME = re.compile(
    r"(?:" + _CALENDAR_NAMES + r"|Christmas|Easter)$")


def relative_antecedent(sentence: str, left: int) -> str | None:
    """For a clause opened by "that"/"which"/"who" and its verb, the noun phrase it tells of: "a
    property venture" in "… into a property venture that collapsed in 2020", "secret negotiations" in
    "… conducted secret negotiations that led to …" (a determiner is looked for at a word's start
    only: the "an" of "American" opens no phrase)."""
    window = sentence[max(0, left - 80):left]
    named = NAME_THEN_DESCRIPTION.search(sentence[max(0, left - 140):left])
    if named:
        return named.group(1)  # "Neil Farrow, the former finance director of Caldmoor Water, who retired"
    m = _ANTECEDENT.search(window)
    if m:
        return m.group(1)
    m = _BARE_PLURAL_ANTECEDENT.search(window)
    if m is None:
        # "Harrow Athletic, which was promoted in 2024, …": a name with no determiner
        # (not a name in apposition, "the letters of the vicar, Thomas Lowe, which were found …": the
        # clause may tell of the phrase the name glosses)
        named = NAME_ANTECEDENT.search(window)
        return named.group(1) if named and not _CALENDAR_NAME.search(named.group(1)) \
            and not window[:named.start()].rstrip().endswith(",") else None
    words = m.group(1).split()
    if len(words) == 2 and (present_of(words[0]) is not None or words[0] in _NOT_MODIFIERS):
        words = words[1:]  # "conducted negotiations that", "drew up plans that": a verb or particle is no modifier
    return " ".join(words)


#: An aside that may stand between a coordination and its bare verb: ", but after having done
#: almost no fighting, withdrew their troops".
LEADING_ASIDE = re.compile(r"^\s*(?:after|before|despite|following|having|without)\s[^,]{1,80},\s*")


#: A participle in "-ed" before the bare nouns of a subject and that subject's own verb: "(and)
#: protracted armistice talks began", "(and) armed men stormed the hall", "(and) renewed fighting
#: broke out": the first word is an adjective of the clause's subject, no verb sharing the previous one.
_PARTICIPLE_THEN_SUBJECT = re.compile(
    r"^\s*[a-z]+ed\s+(?:(?!(?:the|a|an|his|her|its|their|our|this|that|these|those|to|in|on|at|by|for|with|from|of|"
    r"into|and|or|but|as|him|them|it|us|me|who|which|that)\b)[a-z][a-z-]*\s+){1,3}"
    r"(?:was|were|had|have|has|is|are|" + _ED_PAST + r"|" + IRREGULAR_PASTS + r")\b"
)


def participle_opens_subject(text: str) -> bool:
    """Whether ``text`` opens with a participle modifying its own subject before that subject's verb
    ("protracted armistice talks began"), so that it is a clause with a subject, not a bare verb."""
    return bool(_PARTICIPLE_THEN_SUBJECT.match(text))


def is_subjectless(sentence: str, left: int) -> bool:
    """True when the clause at ``left`` starts with a bare verb: ", and reprised the claim in 2003",
    ", but after a short fight, withdrew their troops"; not ", and armed men stormed the hall"."""
    rest = LEADING_ASIDE.sub("", sentence[left:], count=1)
    return left > 0 and bool(_BARE_VERB_START.match(rest)) and not participle_opens_subject(rest)


#: An aside about the subject, left out before its verb: a relative ("Pym, who had been born in 1889,"), an
#: apposition ("Ruth Hale, the chair,") or an apposition that holds a relative ("The Harlow brothers, two
#: carpenters who had served in the navy,").
_ASIDE = re.compile(r",\s+(?:(?:who|which|a|an|the)\b|(?:(?!(?:and|but|or|then)\b)[\w’'-]+\s+){1,4}?(?:who|whose|which)\b)[^,]{0,120},")
#: A day's or a part's label opening a line before its sentence, no part of the subject: "Friday 9
#: January: A water main burst … and flooded …", "Monday: Heavy rain fell …".
_LINE_LABEL = re.compile(r"^\s*(?:[A-Z0-9][\w’'-]*,?\s+){0,3}[\w’'-]+:\s+(?=[A-Z])")
#: A date stamp opening a list's or a timeline's line, perhaps after the list's bullet, before an
#: entry whose subject may be written in lower case: "- 12 March 2023: the shop opened and …", "May 2023:
#: we built the kiln and …", "4 October — The board dismissed …". Only a label that holds a figure (a
#: day or a year): a word's label before a lower-case clause is more often the sentence's own words.
_DATE_LINE_LABEL = re.compile(r"^\s*(?:[-–—•*]\s+)?(?P<label>(?:[A-Za-z0-9][\w’'-]*,?\s+){0,3}[\w’'-]+):\s+"
                              r"(?=[A-Za-z])")


def _without_line_label(head: str) -> str:
    """``head`` without the day's, the part's or the date's label that opens its line (see
    :data:`_LINE_LABEL`, :data:`_DATE_LINE_LABEL`)."""
    dated = _DATE_LINE_LABEL.match(head)
    if dated and re.search(r"\d", dated.group("label")):
        return head[dated.end():]
    return _LINE_LABEL.sub("", head, count=1)
#: A subject that is not a name: "The fund's board", "She", "the two companies", before their verb.
_PLAIN_SUBJECT = re.compile(
    r"^\s*((?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w’'&-]+\s+){0,3}?[\w’'&-]+)\s+(?:[a-z]+ly\s+)?"
    r"(?:" + _ED_PAST + r"|was|were|had|has|have|is|are|" + IRREGULAR_PASTS + r")\b",
    re.IGNORECASE,
)


#: A determiner's noun with a phrase of origin or place, longer than a plain subject: "An engineer from the
#: generator's maker (inspected)", "The head of the county's fire service (visited)", "About forty soldiers of
#: the capital's armoured battalion (left)". The subject read is the noun before the phrase, which a title
#: can hold ("An engineer finds a seized fuel valve").
_PHRASE_SUBJECT = re.compile(
    r"^\s*((?:the|a|an|(?:(?:about|around|some|nearly|almost|over)\s+)?(?:\d[\d,]*|" + spelled(2, 12) + r"|"
    + spelled(20, 90) + r"))\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+"
    # (or a bare plural of two words opening the sentence, "Rescue teams from three mines (reached)", "Dock
    # workers at the port of Dunmore (voted)")
    r"|(?-i:[A-Z])[a-z]+\s+(?-i:[a-z])[a-z]+s)\s+(?:from|of|at|in|on|with)\s+(?:the|a|an|its|his|her|their|\d[\d,]*|"
    + spelled(2, 12) + r")\s+"
    r"(?:[\w’'-]+\s+){0,2}?[\w’'-]+\s+(?:[a-z]+ly\s+)?(?:" + _ED_PAST + r"|" + IRREGULAR_PASTS + r")\b",
    re.IGNORECASE,
)


#: A determiner's noun with a participle's phrase after it, doing something as the clause's act happened: "A
#: farmer ploughing a field near the river (struck)", "Two walkers crossing the moor in 1998 (found)". The
#: subject read is the noun before the participle ("A farmer uncovers a grave"); the participle takes an
#: object (a determiner's noun, a number or a bare plural), and no word before it is a verb.
_NOT_HEAD_WORD = r"(?!(?:" + _ED_PAST + r"|" + IRREGULAR_PASTS + r"|was|were|had|has|have|is|are|[a-z]+ing)\b)"
_PARTICIPLE_SUBJECT = re.compile(
    r"^\s*((?:the|a|an|" + spelled(2, 12) + r"|several)\s+(?:" + _NOT_HEAD_WORD + r"[\w’'-]+\s+){0,2}?"
    + _NOT_HEAD_WORD + r"[\w’'-]+)\s+"
    r"(?!(?:during|morning|evening|building|meeting|wedding|spring|king|thing|nothing|something|anything|"
    r"everything|ceiling|sibling|darling|housing|funding|training|shipping|planning|bring|sing)\b)(?-i:[a-z]{3,}ing)\s+"
    r"(?:the|a|an|his|her|its|their|\d[\d,]*|" + spelled(2, 12) + r"|(?-i:(?:[a-z]{3,}\s+)?[a-z]{3,}s)\b)[^,;:()]{0,80}?\s+"
    r"(?:[a-z]+ly\s+)?(?:" + _ED_PAST + r"|" + IRREGULAR_PASTS + r")\b",
    re.IGNORECASE,
)


#: A relative word ending a subject read up to its clause's verb: "A fox that (escaped)".
_RELATIVE_AFTER = re.compile(r"\s+(?:that|who|which)$")


#: The opening of a modal's or an infinitive's clause: its subject, then the modal or the phrase before
#: the infinitive ("The company will (report)", "Drilling is scheduled to (start)", "The probe is due to
#: (leave)", "The council plans to (close)").
_MODAL_OPENING = re.compile(
    r"^\s*(?P<subject>(?:[\w’'&.-]+\s+){0,5}?[\w’'&.-]+)\s+(?P<aux>(?:will|would|shall|"
    r"(?:is|are|was|were)\s+(?:(?:due|scheduled|set|expected|planned|going|about|likely|to)\s+)?to|"
    r"(?:plans?|planned|intends?|intended|hopes?|aims?|expects?|wants?|agreed|promised)\s+to)(?:\s+[a-z]+ly)?)"
    r"\s+(?=[a-z])")


def modal_subject_before(sentence: str, left: int) -> str | None:
    """The subject and the modal a bare verb after "and" shares with the clause before it, when that
    clause is a modal's or an infinitive's ("The company will report its results on 5 February and
    hold an investor day in the spring": "The company will"; "The probe is due to leave orbit in March
    and to drop its capsule in 2029": "The probe is due to"), found only where
    :func:`and_bare_verb_breaks` reads a break."""
    if not any(m.end(1) == left for m in and_bare_verb_breaks(sentence)):
        return None
    prev_left, _ = clause_bounds(sentence, max(left - 2, 0), max(left - 2, 0))
    head = _without_line_label(sentence[prev_left:left]) if prev_left == 0 else sentence[prev_left:left]
    opening = _MODAL_OPENING.match(head)
    if opening is None or opening.group("subject").split()[0].lower() in _NOT_SUBJECT:
        return None
    return f"{opening.group('subject')} {opening.group('aux')}"


#: A subject told by a description and then its name in apposition: "The buyer, a property developer
#: named Graham Shute,", "The first storm, Adela,", "The oldest ship, the steam tug Elsie,". The name is
#: capitalised and closes the aside; a description after "a"/"an" names it only with "named"/"called"
#: ("Her mother, a nurse from Leeds," holds no name of hers), one after "the" only with a name of two
#: words or more ("His car, the red Ford," names a make).
_APPOSED_NAME = re.compile(
    r"^\s*(?:(?:In|On|At|By|During|After|Before|From|Since|Until)\s[^,]{1,30},\s+)?"
    r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[A-Z][\w’'-]*['’]s)\s[^,]{1,40},\s+"
    r"(?:(?:a|an|the)\s+[^,]{1,50}?\s+(?:named|called)\s+|(?P<the>the\s+)(?P<role>(?:[a-z][\w-]*\s+){0,3})(?=[A-Z][\w’'.-]*\s+[A-Z]))?"
    r"(?P<name>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*[a-z]),(?:\s|$)"
)


#: The same with no commas, told by "named" or "called", opening the clause or after a comma: "a
#: cavalry officer called Demaros seized …", "Then a woman named Clara Voss walked in".
_NAMED_SUBJECT = re.compile(
    r"(?:^|,\s+)(?:(?:Then|Later|Soon|Next|Finally|Eventually|Yesterday|Today|Meanwhile|Once)\s+)?"
    r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*\s+(?:named|called)\s+"
    r"(?P<name>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*[a-z])\s+"
    r"(?=(?:[a-z]+ly\s+)?(?:[a-z]+ed|was|were|had|" + IRREGULAR_PASTS + r")\b)"
)


def apposed_name(subject: str) -> str | None:
    """The name a subject gives in apposition after its description (see ``_APPOSED_NAME`` and
    ``_NAMED_SUBJECT``), or None."""
    m = _APPOSED_NAME.match(subject) or _NAMED_SUBJECT.search(subject)
    if m is None or _CALENDAR_NAME.match(m.group("name").split()[0]):
        return None  # ("The meeting, Tuesday, …": a day, not a name)
    if m.re is _APPOSED_NAME and m.group("the") and not m.group("role"):
        return "The " + m.group("name")  # "the club, the Vale Rovers,": a thing's name keeps its article
    return m.group("name")


def named_subject_before(sentence: str, left: int) -> str | None:
    """:func:`subject_before` for a title: the name told in apposition after a described subject when
    there is one ("The buyer, a developer named Graham Shute, moved … and sold …": "Graham Shute")."""
    prev_left, _ = clause_bounds(sentence, max(left - 2, 0), max(left - 2, 0))
    return apposed_name(sentence[prev_left:left]) or subject_before(sentence, left)


#: A determiner's noun phrase whose own time phrase stands between it and its verb: "A landslide on 3 May
#: (blocked)", "An explosion at 06:10 on Friday (wrecked)", "A storm on the night of the 27th (destroyed)",
#: "A flash flood early on Sunday (swept)". The subject is the noun phrase; the time is the happening's
#: date, no part of who did it (a name read inside it, "May", "Friday", is a date's word).
_TIMED_SUBJECT = re.compile(
    r"^\s*((?:the|a|an|its|his|her|their)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+)\s+"
    r"(?:(?:early|late)\s+)?(?:on|at|in|during)\s+(?:[\w’'.:-]+,?\s+){0,5}?"
    r"(?:\d{1,4}(?:st|nd|rd|th)?|\d{1,2}[:.]\d{2}|" + _CALENDAR_NAMES + r"|morning|afternoon|evening|night|weekend)"
    r"\s+(?:[a-z]+ly\s+)?(?:" + ED_PAST + r"|" + IRREGULAR_PASTS + r")\b",
    re.IGNORECASE,
)


#: The sentence's opening subject and the aside about it, up to the clause of its verb: "Pym, who had been
#: born in 1889, (retired)", "Joel and Anya Brask, sound engineers who grew up in Orrinford, (bought)",
#: "The Harlow brothers, two carpenters who had served in the navy, (founded)". A name or a determiner's
#: noun phrase, and a relative aside or an apposition holding one; a date inside it is the aside's.
SUBJECT_ASIDE = re.compile(
    # (no verb among the subject's words: "The volunteers reopened the trench, which …" is a clause)
    r"^\s*(?P<subject>(?-i:The|A|An|His|Her|Its|Their)\s+(?:(?!(?:" + ED_PAST + r"|" + IRREGULAR_PASTS + r")\b)[\w’'-]+\s+){0,3}?"
    r"(?!(?:" + ED_PAST + r"|" + IRREGULAR_PASTS + r")\b)[\w’'-]+|"
    r"(?-i:[A-Z][\w’'-]+)(?:\s+(?:and\s+)?(?-i:[A-Z][\w’'-]+)){0,3}),\s+"
    r"(?:[\w’'-]+\s+){0,4}?(?:who|whose|which)\b[^;:()\"“”]{3,150}?,\s+"
)


def subject_before(sentence: str, left: int) -> str | None:
    """The subject a bare-verb clause shares: the first capitalised run of the sentence's
    previous clause (the words before its first lower-case verb), asides left out ("Pym, who had
    been born in 1889, retired … and died"); else the plain noun phrase or pronoun opening that
    clause ("The fund's board suspended him and dismissed him")."""
    prev_left, _ = clause_bounds(sentence, max(left - 2, 0), max(left - 2, 0))
    head = re.sub(r"\s*\([^()]{0,60}\)", "", _ASIDE.sub("", sentence[prev_left:left]))  # "the Army (KPA) crossed"
    if prev_left == 0:
        head = _without_line_label(head)
    told = _TOLD_THAT.search(head)
    if told and _told_happening(head[told.end():]):
        # "the records show that he was apprenticed in 1896 and finished …": the verb after "and" goes on
        # with the told clause, whose subject it shares, not with the teller ("the records show"); a told
        # state ("said that the budget was unfair and walked out") leaves the act to the teller
        head = head[told.end():]
    participle = PARTICIPLE_PHRASE_BEFORE_A_PRONOUN.match(head)
    if participle:
        head = head[participle.end():]  # "Born in Leith …, the son of a ropemaker, he went … and joined": "he"
    named = _NAMED_IN_ASIDE.match(head)
    if named:
        return named.group(1)  # "Norway's foreign minister, Espen Halvorsen, met …": the person named
    timed = _TIMED_SUBJECT.match(head)
    if timed:
        return timed.group(1)  # "A landslide on 3 May blocked the road and buried two cars": "A landslide"
    after_phrase = None
    # "Although the Armenians won a skirmish, the army won a battle and scattered …": no subject of
    # an opening subordinate clause is the main clause's
    # (the subject opening the main clause, a name or a plain noun phrase; read as before when none
    # opens it: the comma may be the main clause's own)
    opening = _OPENING_SUBORDINATE.match(head)
    main = _SUBJECT.match(head, opening.end()) or _PLAIN_SUBJECT.match(head[opening.end():]) if opening else None
    if main and main.group(1).split()[0].lower() not in _NOT_SUBJECT:
        return _ADVERB_AFTER.sub("", main.group(1)) or main.group(1)
    participle = _PARTICIPLE_SUBJECT.match(head)
    if participle:
        return participle.group(1).strip()  # "A farmer ploughing a field near the river struck …": "A farmer"
    for m in _SUBJECT.finditer(head):
        if m.group(1).split()[0].lower() not in _NOT_SUBJECT:
            if not _PHRASE_BEFORE_NAME.search(head, 0, m.start()):
                return m.group(1)
            # (a name after a preposition is more often the subject's modifier: "A resident of Mill Lane
            # spotted …", "A primary school on Mill Lane closed …": the whole phrase, when a determiner
            # opens it and no clause word stands in it; else taken only when no plain subject opens the clause)
            whole = head[:m.end(1)].strip()
            if _DETERMINED_PHRASE.fullmatch(whole):
                return whole
            after_phrase = after_phrase or m.group(1)
    plain = _PLAIN_SUBJECT.match(head) or _PLAIN_SUBJECT.match(re.sub(r",\s+(?:[^,]|,(?=\d)){1,40}?,\s+", " ", head, count=1)) \
        or _PHRASE_SUBJECT.match(head)
    if plain and plain.group(1).split()[0].lower() not in _NOT_SUBJECT:
        # "The tunnel, 1,420 yards long, took six years": the aside left out; "The comet last passed":
        # an adverb before the verb is no part of the subject; "A fox that escaped": nor its relative word
        subject = _ADVERB_AFTER.sub("", plain.group(1)) or plain.group(1)
        subject = _RELATIVE_AFTER.sub("", subject) or subject
        if subject.lower() not in ("a", "an", "the"):
            return subject
    if after_phrase:
        return after_phrase
    # "In Mesopotamia, after the siege, British Imperial forces reorganised and captured …": the
    # subject opens the last stretch after a comma, before the previous clause's verb.
    for cut in reversed([m.end() for m in re.finditer(r"[,)]\s+", head)]):
        plain = _PLAIN_SUBJECT.match(head[cut:])
        if plain and plain.group(1).split()[0].lower() not in _NOT_SUBJECT and not _BARE_VERB_START.match(head[cut:]):
            return plain.group(1)
    aside = SUBJECT_ASIDE.fullmatch(sentence[:prev_left]) if 0 < prev_left < left else None
    if aside and is_subjectless(sentence, prev_left):
        # "Pym, who had been born in 1889, retired in 1950 and bought a farm": the clause before opens on
        # its verb after an aside about the sentence's subject, which both verbs share
        return aside.group("subject")
    if 0 < prev_left < left and is_subjectless(sentence, prev_left):
        # "met X on Tuesday, held talks with Y on Wednesday and saw Z on Thursday": the clause before is
        # itself a bare verb; the subject is the one it shares
        return subject_before(sentence, prev_left)
    if MODAL_START.match(sentence, left):
        # "The inquiry starts next week and will report in September": a plan sharing a subject whose
        # verb is a present, which the patterns above do not know
        present = _PRESENT_SUBJECT.match(head)
        if present and present.group(1).split()[0].lower() not in _NOT_SUBJECT:
            return present.group(1)
    return None


#: The last "that" after a verb of telling or showing, before the told clause's own subject: "the
#: records show that | he was apprenticed", "Officials said that | the ferry had sailed".
_TOLD_THAT = re.compile(r"\b(?:show|shows|showed|shown|say|says|said|state|states|stated|record|records|recorded|"
                        r"report|reports|reported|confirm|confirms|confirmed|reveal|reveals|revealed|note|notes|noted)"
                        # (a time of the telling may stand before "that": "said on Monday that")
                        r"(?:\s+(?:on|in|at|last|this|late|early)\s+[\w ]{1,20}?)?\s+that\s+(?!.*\bthat\s)")
def _told_happening(told: str) -> bool:
    """Whether a told clause opens with its subject and a happening's verb: a past or a passive ("he
    was apprenticed", "the ferry had sailed"), not a state ("the budget was unfair")."""
    m = _PLAIN_SUBJECT.match(told)
    if m is None:
        return False
    verb = told[:m.end()].split()[-1].lower()
    if verb not in ("was", "were", "is", "are"):
        return True
    following = told[m.end():].split()[:1]
    return bool(following) and following[0].isalpha() and present_of(following[0]) is not None


#: Adverbs that stand between a subject and its verb: "The comet last passed".
_ADVERB_AFTER = re.compile(r"(?<=\w)\s+(?:last|first|then|later|also|once|finally|again|never|still|already)$", re.IGNORECASE)
#: A subject told by its office, then the person's name as an aside, then the verb.
_NAMED_IN_ASIDE = re.compile(
    r"^(?:[^,—]*—\s*)?[^,—]{3,60}?,\s+((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'.-]*),\s+(?:(?:(?:re|de|co|pre|mis|cross|double|fast|short|test)-)?[a-z]+ed|"
    + IRREGULAR_PASTS + r")\b")
#: A clause opening with a plan's modal: "… and will report in September".
MODAL_START = re.compile(r"\s*(?:will|would|is\s+to|are\s+to)\s+(?!(?:be|have|not)\b)[a-z]{3,}\b")
#: The words before a present-tense verb: "A full review of our process starts next week" (the last one
#: the words allow: "the county's roads starts", not "the county's")
_PRESENT_SUBJECT = re.compile(
    r"^\s*((?:[A-Z][\w’'-]*|the|a|an)(?:\s+(?!(?:is|was|has|says)\b)[\w’'-]+){0,7})\s+[a-z]+[^s\W]s\b")


def in_quotation(sentence: str, offset: int) -> bool:
    """Whether ``offset`` falls inside quotation marks: what someone said rather than narration."""
    before = as_curly(sentence[:offset])  # ("``…''", the wire archives' marks, counted as curly ones)
    return sum(before.count(q) for q in _QUOTE_CHARS) % 2 == 1


#: "… while the Turkish mediator stayed in Ankara", "… after the central bank raised rates": a
#: subordinator without a comma that opens a clause with its own subject (a determiner's noun phrase or
#: a name) and finite verb.
_WHILE_CLAUSE = re.compile(
    r"\s+(?:while|whereas|after|before|because|although|though|until|once)\s+(?=(?:(?:the|a|an|its|his|her|their)\s+|(?=[A-Z]))(?:[\w’'-]+\s+){1,5}?(?:[a-z]+ly\s+)?(?:" + ED_PAST + r"|"
    + IRREGULAR_PASTS + r"|was|were|had|has|have|is|are|will|would)\b)")


def clause_spans(sentence: str, sentence_start: int, start: int, end: int) -> list[tuple[int, int]]:
    """Document offsets of the text whose names belong to the event at ``[start, end)`` (document
    offsets) of ``sentence`` (which starts at ``sentence_start``): its clause, and for a bare-verb
    clause also the shared subject."""
    left, right = clause_bounds(sentence, start - sentence_start, end - sentence_start)
    if subject_follows(sentence[left:right], start - sentence_start - left, end - sentence_start - left):
        left = start - sentence_start  # "According to a report by X, in May Iran held talks": Iran's clause
    for m in _WHILE_CLAUSE.finditer(sentence, left, right):
        # "Envoys from X visited Y on Monday while Z's minister flew to W": each clause its own names
        # (only here, for the names: where a date belongs is told by ``clause_bounds`` as before)
        if m.end() <= start - sentence_start:
            left = m.end()
        elif m.start() >= end - sentence_start:
            right = m.start()
            break
    spans = [(sentence_start + left, sentence_start + right)]
    if is_subjectless(sentence, left):
        subject = subject_before(sentence, left)
        if subject:
            at = sentence.rfind(subject, 0, left)
            spans.insert(0, (sentence_start + at, sentence_start + at + len(subject)))
    return spans
