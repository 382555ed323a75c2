"""A second date of a sentence told in a relative clause of its own: "…, overturned the conviction of
Viktor Halen, a former mayor who was sentenced in 2024 to four years", "…, a town that the government
had chosen in 1955 for its deep harbour", "… with help from neighbours, one of whom had lost his barn in
a flood in 2007".

Titled from the main clause, both dates of such a sentence read as one happening and fold into one
event (``one_happening.one_per_clause``); the relative clause's date is its own happening's, told of
the noun it describes ("A former mayor is sentenced") or by its own subject ("The government chooses a
town"). ``relative_dates`` titles the clause when it is the sentence's only date and is set off by a
comma after a determiner's noun; this reads the clause when another date of the sentence is the main
clause's, with or without the comma, after a name or a noun with its "of" phrase.
"""

from __future__ import annotations

import re

from explorer.events.clauses import FINITE_VERB
from explorer.events.happening_verbs import NOT_HAPPENING_VERBS
from explorer.events.record import Event
from explorer.events.tense import IRREGULAR_PASTS

#: The relative pronoun and its clause up to the date: no other clause break in it (a number's
#: thousands comma is no break), then the date's preposition.
_RELATIVE_UP_TO_DATE = re.compile(
    r"(?:,\s+|\s)(?P<rel>who|which|that|(?<=,\s)where|(?:one|some|two|three|several|many|most|all)\s+of\s+whom)\s+"
    r"(?P<body>(?:[^,;:()—–\"“”.!?]|(?<=\d),(?=\d{3}\b))+?)\s*(?:\b(?:in|on|at|during|by|from|of|early|late)\s+)?$")
#: The noun the clause describes: a noun phrase opened by a determiner, with its "of" phrase ("a former
#: mayor of Ostrava Nova"), a bare plural of a place ("residents of Castle Row") or a name ("Ada Holm").
_ANTECEDENT = re.compile(
    # (a bare plural with its "of" and a name first: "Residents of Castle Row who were evacuated")
    r"(?P<noun>(?:\b[A-Za-z][a-z]+s\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)|(?:\b(?i:the|a|an|his|her|its|their|our)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+"
    r"(?:\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+)?)|(?:\b[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)\s*$")
#: A name right before an appositive noun phrase: "Viktor Halen, a former mayor …".
_NAME_BEFORE_APPOSITIVE = re.compile(r"\b((?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+),\s+$")
#: The clause opens with its verb: its subject is the relative pronoun ("who was sentenced").
_VERB_FIRST = re.compile(r"^(?:(?:later|then|also|first|once|had|has|have|was|were)\s+)*" + FINITE_VERB.pattern)
#: An auxiliary and its participle, read as one verb: "had chosen", "was given".
_VERB_GROUP = re.compile(r"\b(?:had|has|have|was|were)\s+(?:been\s+)?(?:[a-z]+ed|[a-z]+en|[a-z]+wn|" + IRREGULAR_PASTS + r")\b")
#: A clause inside the relative clause, a modal or a denial: the date is not the clause's own act.
_NOT_ITS_ACT = re.compile(r"\b(?:when|after|before|while|as|because|until|since|where|if|will|would|could|may|might|"
                          r"can|shall|must|should|not|never|to)\b")
#: A verb of a state, a saying or a thought, or the present: the clause tells no act of its own
#: ("which the Babylonians kept from 650 BC", "which is why …").
_NO_ACT_VERB = re.compile(rf"^(?:[\w’'-]+\s+){{0,4}}?(?:{NOT_HAPPENING_VERBS}|is|are|has|have|made)\b"
                          rf"(?!\s+(?:been\s+)?(?:[a-z]+ed|[a-z]+en|[a-z]+wn|{IRREGULAR_PASTS})\b)")
#: What ends the relative clause after its date.
#: (or the main clause's own verb after a relative clause inside its subject: "Residents who were
#: evacuated on Tuesday night may return home")
_CLAUSE_END = re.compile(r"[,;:()—–.!?]|\s+and\s+(?!\d)|"
                         r"\s+(?:may|might|will|would|can|could|should|must|is|are|was|were|has|have|had)\b")


#: The main clause's date right before the relative clause's comma: "in 1976", "on 5 February", "in March 1978".
_MAIN_DATE_AT_END = re.compile(r"\s+(?:in|on|during)\s+(?:(?:early|late|mid)\s+)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{1,4}\s*$")
#: A "where" clause's own subject: a pronoun, a noun phrase with its determiner, a name or a bare plural,
#: then its past verb.
_WHERE_SUBJECT = re.compile(r"(?:he|she|it|they|we|I|(?:the|a|an|his|her|its|their|our|my)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+|"
                            r"(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+|[a-z]{3,}s)\s+(?:had\s+)?(?:[a-z]{3,}ed|" + IRREGULAR_PASTS + r")\b")


def relative_clause_title(event: Event) -> str | None:
    """The title of the happening a relative clause tells when the event's date stands in it, after
    the clause's own verb ("A former mayor of Ostrava Nova is sentenced to four years in prison", "The
    government chooses a town"), or None."""
    from explorer.events.titles import make_title

    if not event.timex:
        return None
    at = event.timex_start - event.sentence_start
    before = event.sentence[:at]
    m = _RELATIVE_UP_TO_DATE.search(before)
    if m is None or not FINITE_VERB.search(m.group("body")) or _NOT_ITS_ACT.search(m.group("body")) \
            or _NO_ACT_VERB.search(m.group("body")) or before.count("(") > before.count(")"):
        return None
    end = at + len(event.timex)
    tail_end = _CLAUSE_END.search(event.sentence, end)
    tail = event.sentence[end:tail_end.start() if tail_end else len(event.sentence)]
    body = before[m.start("body"):]
    relative = m.group("rel").lower()
    # (the main clause's own date before the comma is no part of the noun: "rented the old chapel in 1976,
    # which members converted into a theatre in 1977")
    antecedent = _ANTECEDENT.search(_MAIN_DATE_AT_END.sub("", before[:m.start()]))
    if relative == "where":
        # "…, where the players built a stand in 1923": the clause's own subject did it at the place
        if _VERB_FIRST.match(body) or not _WHERE_SUBJECT.match(body):
            return None
        told = body
    elif relative not in ("who", "which", "that"):
        # "one of whom had lost his barn in a flood in": told of the one
        told = f"{relative.split()[0].capitalize()} of them {body}"
    elif antecedent is None:
        return None
    elif _VERB_FIRST.match(body):
        # "a former mayor who was sentenced in"; "Viktor Halen, a former mayor … who": the name it describes
        named = _NAME_BEFORE_APPOSITIVE.search(before, 0, antecedent.start("noun"))
        noun = named.group(1) if named and antecedent.group("noun")[:1].islower() else antecedent.group("noun")
        told = f"{noun} {body}"
    else:
        # "a town that the government had chosen in": the noun is the object of the clause's own subject
        verb = _VERB_GROUP.search(body) or FINITE_VERB.search(body)
        assert verb is not None
        subject, acted = body[:verb.start()].strip(), body[verb.start():]
        noun = antecedent.group("noun")
        if re.match(r"(?:The|A|An|His|Her|Its|Their|Our)\s", noun):
            noun = noun[:1].lower() + noun[1:]  # (a name keeps its capital: "Kiln Lane")
        told = f"{subject} {acted[:verb.end() - verb.start()]} {noun}{acted[verb.end() - verb.start():]}"
    told = told[:1].upper() + told[1:]
    return make_title(told + event.timex + tail, len(told), len(told) + len(event.timex)) or None
