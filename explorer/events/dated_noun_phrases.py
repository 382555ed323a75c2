"""Happenings named by a noun phrase after "after", "following" or "before" that carries a date of its
own: "After Veska's independence in 1919, the ministry set up …", "Following an application by the
police on 2 February, the committee reviewed …", "The band split in December, after a farewell show at
the Academy on 16 December", "After a skirmish at the ford on 9 June, the rebels withdrew …".

Why a rule of its own: the noun lists of :mod:`explorer.events.after_clauses` name the happenings an
"after" points back at when no date is told with them ("after his arrest"); a phrase that carries its
own date is a happening told for its time whatever its noun is (on the readable and opened gold, every
such phrase, 29 of 29, held an event). The date goes to the sentence's dated event, read by the main
clause; this rule adds the noun's happening beside it, at that date.

Session 59: the date may be the noun's by "of" ("after the flood of 1953", "following the great gale of
March 1703"), and "on"/"upon" date an act by a life's turn ("On her death in 1960, she left her papers
…"). "Since", "until" and "before" were tried and left: the act they bound is most often a state the
gold does not list ("reigned until his death in 1719"), whose event already stands for the noun's
happening, so a second event was an extra three times for each match it gained.
"""

from __future__ import annotations

import re
from typing import Iterator

from explorer.events.happening_nouns import OCCURRENCE_NOUNS
from explorer.events.occurrences import Occurrence, inside_quotation
from explorer.events.tense import IRREGULAR_PASTS
from explorer.temporal.lexicon import MONTH_NAMES, WEEKDAY_NAMES

#: The start of a date told with its preposition: "in 1919", "on 9 June", "in the summer of 1988", "on
#: the evening of 3 July", "in early March", "on Friday", "in 323 BC".
_DATE_START = (r"(?:in|on|at|during)\s+(?:the\s+)?(?:(?:early|late|mid|spring|summer|autumn|fall|winter|night|"
               r"morning|afternoon|evening|end|start|beginning|middle)[\w-]*\s+(?:of\s+)?)?"
               rf"(?:\d|{MONTH_NAMES}\b|{WEEKDAY_NAMES}\b)")

#: Heads that name a stretch or a time rather than a happening ("after a year in Paris in 1990", "after
#: a spell at the bank in May"), or a war, whose years are its span, not a day of its own.
_NOT_A_HAPPENING = (r"(?:years?|months?|weeks?|days?|hours?|decades?|centur(?:y|ies)|times?|period|spell|stint|"
                    r"while|career|life|lifetime|age|war|wars|term|season|stay|absence|illness|summer|winter|"
                    r"spring|autumn|night|morning|evening|afternoon|weekend|end|start|beginning|middle)")

#: A date the noun owns by "of", as a happening's name carries its year or day: "the flood of 1953",
#: "the outage of 24-26 June", "our survey of April 2016".
_DATE_OF = rf"of\s+(?:\d|{MONTH_NAMES}\b)"

#: The phrase: "after", "following" (or "on"/"upon" before a life's turn, see :data:`_TURNS`), a
#: determiner or a name's possessive, up to three words and the head noun, then a phrase of a
#: preposition ("at the ford", "by the police") and the date's start, or the date the noun owns
#: ("after the flood of 1953").
DATED_NOUN_PHRASE = re.compile(
    # (not "before", "since", "until": "appear before the committee on 9 December", "arrived before the
    # walls", "before its next meeting" tell a place or a time still to come, "before a fall in 1998 broke
    # her back" a clause's subject; and the act those three bound is most often a state the reader does
    # not list, "reigned until his death in 1719", "has been shut since a flood on 12 September", whose
    # dated event already stands for the noun's happening)
    r"(?:^\s*|(?<=[\w,])\s+)(?P<word>[Aa]fter|[Ff]ollowing|[Oo]n|[Uu]pon)\s+"
    r"(?P<phrase>(?P<det>the|a|an|his|her|its|their|(?-i:[A-Z][\w’'-]+)[’']s)\s+(?P<words>(?:[\w’'-]+\s+){0,3}?)"
    rf"(?P<noun>(?!{_NOT_A_HAPPENING}\b)[a-z][\w’'-]+)"
    r"(?:\s+(?:of|at|in|on|by|with|between|against|to|from|over|for)\s+"
    rf"(?:(?!{_DATE_START}|{_DATE_OF})[^,;.\d]){{1,60}}?)?)"
    rf"(?=\s+(?:{_DATE_START}|{_DATE_OF}))"
)

#: The turns of a life or an office that "on" or "upon" dates the main clause's act by: "On her death in
#: 1960 she left her papers to the library", "upon his release from prison in 2016". ("on" before any
#: other noun is a place or a topic more often: "on the site in 2025", "a meeting on the fire at …",
#: "scored on his debut at Lindby on 2 January".)
_TURNS = frozenset({*OCCURRENCE_NOUNS, "retirement", "arrival", "departure", "marriage", "accession", "abdication",
                    "succession", "graduation", "ordination", "enlistment", "discharge"})


#: A verb among the phrase's words makes it a clause ("after the auditors raised concerns in 2023", "after
#: the abbey was dissolved in 1539"), which the clause rules read: a past or an auxiliary anywhere but
#: right after the determiner ("the failed coup" is a noun phrase).
_VERB_WORD = re.compile(rf"^(?:[a-z]+ed|{IRREGULAR_PASTS}|was|were|is|are|had|has|have|been|be|did|will|would)$")


#: A word of time among the words before the head: "after the fiscal year begins on 1 July" names a time.
_TIME_WORD = re.compile(rf"^{_NOT_A_HAPPENING}$")

#: Where a clause after the date stops being the phrase's: a relative clause about it ("after the
#: elections on 1 May, in which the party lost 140 seats") or the main clause after a comma.
_CLAUSE_STOP = re.compile(r"[,;:.]|\b(?:in\s+which|which|who|that|where|when)\b")


def _tells_a_clause(after: str) -> bool:
    """Whether a verb follows the phrase's date before a comma: "after a survey in 1962 found cracks",
    "after a stroke in 1928 but went on writing"? The phrase is then a
    clause's subject, whose verb the clause rules read."""
    stop = _CLAUSE_STOP.search(after)
    return any(_VERB_WORD.match(w) for w in re.findall(r"[a-z]+", after[: stop.start() if stop else len(after)]))


def dated_noun_phrases(text: str, sentence_start: int, sentence_end: int) -> Iterator[tuple[Occurrence, str, int]]:
    """The happenings named by an "after"/"following" noun phrase that carries its own date in
    the sentence: ``(occurrence of the noun, title, offset of the date's preposition)``, outside quotations.
    The title is the phrase ("A skirmish at the ford"), or the noun's headline when
    :func:`~explorer.events.after_noun_titles.noun_title` knows its doer ("After her husband's death" ->
    "Her husband dies")."""
    from explorer.events.after_noun_titles import noun_title

    sentence = text[sentence_start:sentence_end]
    for m in DATED_NOUN_PHRASE.finditer(sentence):
        words = m.group("words").split()
        if m.group("word").lower() in ("on", "upon") and m.group("noun").lower() not in _TURNS:
            continue
        after_noun = sentence[m.end("noun"):m.end()].split()
        if any(_VERB_WORD.match(w) for w in [*words[1:], m.group("noun"), *after_noun]) \
                or any(_TIME_WORD.match(w) for w in words) or _tells_a_clause(sentence[m.end():]) \
                or inside_quotation(sentence[: m.start()]):
            continue
        phrase = " ".join(m.group("phrase").split())
        opening = not sentence[: m.start()].strip()
        main = sentence[sentence.find(",", m.end()) + 1:] if opening and "," in sentence[m.end():] else None
        title = noun_title(sentence, m.start("phrase"), m.group("noun"), phrase, main) or phrase[:1].upper() + phrase[1:]
        yield (Occurrence(sentence_start + m.start("noun"), sentence_start + m.end("noun"), m.group("noun")), title,
               sentence_start + m.end())

