"""A date inside a clause that narrows the sentence's subject: the clause's own happening.

"The house that its owner sold in 1990 was pulled down a decade later": 1990 is when the owner sold
the house, not when it was pulled down; titled from the main clause ("The house … is pulled down") the
date tells the wrong act, and the old rules left "The house that its owner is sold". The relative's
subject did its verb to the noun the relative narrows: "Its owner sells the house", "The army blows up
the bridge", "The Arden family builds the mill". A noun that takes a told clause ("the story that …",
"the rumour that …", "the legend that …") is no object of it: the date is the told clause's, titled by
that clause ("The monks hide the treasure"). Only general English.
"""

from __future__ import annotations

import re

from explorer.events.tense import IRREGULAR_PASTS, headline_tense
from explorer.temporal.telling_verbs import KNOWING_VERBS, SAYING_VERBS, TELLING_WITH_THAT_VERBS, telling_forms

#: Nouns a "that" clause tells the content of, not narrows: "the story that the king had fled".
TOLD_NOUNS = frozenset(
    "story stories rumour rumours rumor rumors legend legends claim claims belief report reports news fact idea myth "
    "tale tales suggestion allegation allegations notion theory account accounts tradition".split())

_SUBJECT = (r"(?:(?:the|a|an|its|his|her|their)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+|"
            r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}|he|she|they|we|I)")
_PAST = rf"(?:(?:had\s+)?(?:[a-z]{{2,}}ed|{IRREGULAR_PASTS}))"
#: "The house that its owner sold in …", "The bridge which the army blew up in …": the head's noun
#: phrase, the relative's subject and its past verb (with a particle), then what stands before the date.
_RELATIVE = re.compile(
    rf"^(?P<head>(?:The|A|An)\s+(?:[\w’'-]+\s+){{0,3}}?(?P<noun>[a-z][\w’'-]*))\s+(?:that|which)\s+"
    rf"(?P<subject>{_SUBJECT})\s+(?P<verb>{_PAST})(?P<particle>\s+(?:up|down|out|off|over|away|back))?\b"
    r"(?P<rest>[^,;:()]*?)$")
#: A bare plural opening the sentence, perhaps after an adjective or two: "Heavy rains (that began on …)",
#: "Floods (which swept …)", "Two fires (that broke out …)".
_BARE_PLURAL = r"[A-Z][a-z’'-]*(?:\s+[a-z][\w’'-]*){0,2}?s|[A-Z][a-z’'-]+s"
#: "The storm that flooded the valley in …", "A panda that escaped on …", "A woman who assaulted a bus
#: driver in …": the relative's verb is the head's own act.
_SUBJECT_RELATIVE = re.compile(
    rf"^(?P<head>(?:The|A|An|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|\d{{1,4}})\s+(?:[\w’'-]+\s+){{0,3}}?"
    rf"[a-z][\w’'-]*|{_BARE_PLURAL})\s+(?:that|which|who)\s+"
    rf"(?P<verb>{_PAST})\b(?P<rest>[^,;:()]*?)$")
#: What may stand right after the verb of a relative whose object is the head: a preposition, an
#: adverb of time, the date itself; not an object of its own.
_NO_OBJECT = re.compile(r"^\s*(?:$|(?:in|on|at|during|around|about|by|from|after|before|early|late|last|first|"
                        r"for|with|to|into|there|here)\b)")
#: After the date: the main clause's verb (an auxiliary, an adverb and a verb, or a past).
_MAIN_VERB = re.compile(rf"^\s*,?\s*(?:(?:was|were|is|are|has|had|have|still|now|later|then|also|never|will|would)\b|"
                        rf"{_PAST}\b|[a-z]{{3,}}(?<![su]s)s\s+(?:in|on|at|by|from|to|the|a|an|its|his|her|their)\b)")


def _before_the_date(rest: str) -> str:
    """A relative's words up to its date, without the date's preposition: " of the valley in" -> "of the valley"."""
    return re.sub(r"\s+(?:in|on|at|during|by|from|around|about)$", "", " " + rest.strip()).strip()


def relative_subject_title(sentence: str, timex_start: int, timex_end: int) -> str | None:
    """The title of a date standing in a relative or told clause that narrows the sentence's subject
    (see the module), or None."""
    if timex_end <= timex_start:
        return None
    if not _MAIN_VERB.match(sentence[timex_end:]):
        return None
    own = _SUBJECT_RELATIVE.match(sentence[:timex_start].rstrip())
    if own is not None and not own.group("verb").startswith("had "):
        # "The storm that flooded the valley in 1953 killed 40 people": the head did the relative's verb
        rest = _before_the_date(own.group("rest"))
        return headline_tense(f"{own.group('head')} {own.group('verb')} {rest}".strip())
    m = _RELATIVE.match(sentence[:timex_start].rstrip())
    if m is None:
        return None
    noun = m.group("noun").lower()
    verb = m.group("verb").split()[-1]
    subject = m.group("subject")
    rest = _before_the_date(m.group("rest"))
    if noun in TOLD_NOUNS:
        # "The rumour that the minister had resigned in March proved false": the told clause's own title
        told = f"{subject} {verb}{m.group('particle') or ''} {rest}".strip()
        return headline_tense(told[:1].upper() + told[1:])
    if not _NO_OBJECT.match(m.group("rest")) or subject.lower() in ("he", "she", "they", "we", "i"):
        return None  # "The plan that the council approved the budget …": an object of its own; a pronoun names no one
    head = m.group("head")
    head = "the " + head.split(None, 1)[1] if head.split()[0] in ("The", "A", "An") else head
    title = f"{subject} {verb}{m.group('particle') or ''} {head} {rest}".strip()
    return headline_tense(title[:1].upper() + title[1:])


#: Heads a clause after them tells the time, place, way or reason of, not an object: "the day the war ended
#: in 1945", "the year she left", "the house where" (a contact clause after these is no object relative).
_CIRCUMSTANCE_HEADS = frozenset(
    "day days year years time times moment week weeks month months night morning evening afternoon season "
    "summer winter spring autumn way reason place spot point age era period hour minute decade century".split())
#: A word of a noun phrase, not a function word that ends one ("the heaviest fighting since | a ceasefire").
_CONTENT_WORD = (r"(?!(?:since|after|before|when|while|as|in|on|at|of|for|with|to|from|by|and|but|or|than|until|"
                 r"that|which|who|whom|whose|where|into|over|under|about|against|during|through|is|are|was|were|"
                 r"has|have|had|be|been)\b)")
#: A contact relative (no "that") right before the date: a determiner's noun, the clause's own subject (a
#: pronoun, a determiner's noun or a name) and its past verb: "the review we published (last September)",
#: "the plant it opened (in 1998)", "the stand the club built (in 1923)".
_CONTACT_RELATIVE = re.compile(
    rf"\b(?P<head>(?:the|a|an|his|her|its|their|our|my)\s+(?:{_CONTENT_WORD}[a-z][\w’'-]*\s+){{0,2}}?(?P<noun>{_CONTENT_WORD}[a-z][\w’'-]*))\s+"
    rf"(?P<subject>I|we|you|he|she|they|it|(?:the|a|an|his|her|its|their|our)\s+(?:[a-z][\w’'-]*\s+)?[a-z][\w’'-]*|"
    rf"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}})\s+"
    rf"(?P<verb>(?:had\s+)?(?:[a-z]{{2,}}ed|{IRREGULAR_PASTS}))(?P<particle>\s+(?:up|down|out|off|over|back))?\s+"
    r"(?:(?:in|on|at|during|by)\s+)?$")


#: A verb of saying or knowing right before the noun: what follows is a told clause, not an object with
#: its relative ("said the harbour master Karl Voss left Tuesday").
_TOLD_BEFORE = re.compile(r"(?i)\b(?:" + telling_forms(SAYING_VERBS, KNOWING_VERBS, present=True) + r"|that)\s+$")


def contact_relative_title(sentence: str, timex_start: int, timex_end: int) -> str | None:
    """The title of a date told right after a contact relative clause's verb ("The Bill follows the review
    we published last September": "We publish the review"), the clause's own act on its head; or None.
    Titled from the main clause, the old rules gave "The car she is bought"."""
    if timex_end <= timex_start:
        return None
    m = _CONTACT_RELATIVE.search(sentence, max(0, timex_start - 120), timex_start)
    if m is None or m.group("noun").lower() in _CIRCUMSTANCE_HEADS:
        return None
    subject = m.group("subject")
    if subject.split()[0].lower() in ("the", "a", "an") and subject.split()[-1].lower() in _CIRCUMSTANCE_HEADS:
        return None
    if re.search(r"\b(?:that|which|who|whom|whose)\b", m.group("head")):
        return None  # a head with its own relative word is none
    # (a pronoun is the relative's subject as a name is: "the plan it announced in May" -> "It announces the
    # plan", whose "It" the pronoun pass names after; the main clause's title read "The plan it is announced")
    if re.search(r"[,;:()]", sentence[m.start():timex_start]):
        return None
    if _TOLD_BEFORE.search(sentence, max(0, m.start() - 30), m.start()):
        return None  # "said the harbour master Karl Voss left Tuesday": a told clause, its subject in apposition
    head = m.group("head")
    head = head[:1].lower() + head[1:]
    verb = m.group("verb").split()[-1]
    title = f"{subject} {verb}{m.group('particle') or ''} {head}"
    return headline_tense(title[:1].upper() + title[1:])


#: A relative closing the sentence that narrows an object of its main clause, with a subject and a past
#: verb of its own, then the date: "… to replace the Harbor Street bridge, which engineers closed to trucks
#: in (February)", "… grew out of an institute that a group of shipowners opened in a warehouse in (1838)".
_CLOSING_RELATIVE = re.compile(
    rf"\s(?P<head>(?:the|a|an|its|his|her|their)\s+(?:{_CONTENT_WORD}[A-Za-z][\w’'-]*\s+){{0,3}}?(?P<noun>{_CONTENT_WORD}[a-z][\w’'-]*)"
    # (or a bare noun phrase a preposition takes: "asked for further trial data, which …")
    rf"|(?:(?<=\bfor\s)|(?<=\bof\s)|(?<=\bwith\s)|(?<=\bto\s))(?:{_CONTENT_WORD}[a-z][\w’'-]*\s+){{0,2}}(?P<bare>{_CONTENT_WORD}[a-z][\w’'-]*))"
    rf",?\s+(?:that|which)\s+"
    rf"(?P<subject>(?:the|a|an|its|his|her|their)\s+(?:[\w’'-]+\s+){{0,3}}?[\w’'-]+|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}}|"
    rf"(?!(?:was|has|is|its|this|thus|always|perhaps|as)\b)[a-z]{{3,}}s)\s+"
    rf"(?P<verb>{_PAST})(?P<particle>\s+(?:up|down|out|off|over|away|back))?\b(?P<rest>[^,;:()\"“”]*?)$")
#: The noun phrase an "of" phrase before the relative's head belongs to: "the closure of (the health centre,
#: which the trust announced …)", "the sale of (the ground, which …)": the relative's object is the whole.
_OF_HEAD_BEFORE = re.compile(r"(?<![\w’'-])(?i:the|a|an|its|his|her|their)\s+(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]*\s+of\s+$")
#: A place right after the relative's verb, no object of its own: "built beside the river in 1790".
_PLACE_AFTER = re.compile(r"^\s*(?:beside|near|outside|inside|across|along|behind|below|above|through|off|opposite)\b")
#: Nouns a "that" clause tells the content of, besides :data:`TOLD_NOUNS`: "a sign that the talks had failed".
_CONTENT_NOUNS = frozenset("sign signs proof evidence hope hopes fear fears chance signal warning promise assurance "
                           "view feeling reminder indication".split())
#: A verb of telling, showing or knowing before the clause: what follows is told, not a relative.
_TELLING = re.compile(r"\b(?:" + telling_forms(SAYING_VERBS, KNOWING_VERBS, TELLING_WITH_THAT_VERBS, present=True)
                      + r"|show|shown|argued|suggested|agreed|read|reads)\b")
#: A verb after the subject's words that is no past of the relative: "which was", "that has".
_NOT_SUBJECT_WORDS = frozenset("was were is are has have had will would could be been not also".split())


def closing_relative_title(sentence: str, timex_start: int, timex_end: int) -> str | None:
    """The title of a date inside a relative clause that narrows an object of the main clause and has a
    subject of its own ("The budget sets aside money to replace the bridge, which engineers closed in
    February": "Engineers close the bridge"), or None. The relative's act is what the date dates; the
    main clause, told before it, keeps no date of this one. A pronoun subject names no one, and a noun
    that takes a told clause ("the claim that …") is no object of it."""
    if timex_end <= timex_start:
        return None
    m = _CLOSING_RELATIVE.search(sentence[:timex_start].rstrip())
    if m is None or (m.group("noun") or m.group("bare")).lower() in TOLD_NOUNS | _CONTENT_NOUNS:
        return None
    if _TELLING.search(sentence, max(0, m.start() - 40), m.start("subject")):
        return None  # "told the paper that talks broke down", "the media reported that …": a told clause
    subject = m.group("subject")
    if any(w.lower() in _NOT_SUBJECT_WORDS for w in subject.split()[1:]) \
            or not (_NO_OBJECT.match(m.group("rest")) or _PLACE_AFTER.match(m.group("rest"))):
        return None  # "which the council has …", "that the firm sold the site …": no object relative
    if len(sentence[:m.start()].split()) < 2:
        return None  # the phrase opens the sentence: see relative_subject_title
    if re.search(r"[\d£$€%]\S*\s*$", sentence[:m.start("head")]):
        return None  # "a payment of £2,000 a farm that the ministry made": the head is a rate's unit, not the object
    if re.search(r"\b(?:a|an|one|single|few|two|three|several)\s+$", sentence[:timex_start], re.IGNORECASE):
        return None  # "a record the singers made in a single weekend": a length of time, no date of the act
    rest = _before_the_date(m.group("rest"))
    verb = m.group("verb").split()[-1]
    head = m.group("head")
    if (of := _OF_HEAD_BEFORE.search(sentence, max(0, m.start("head") - 40), m.start("head"))) is not None:
        head = of.group(0) + head  # "the closure of the health centre, which the trust announced": the closure
    head = "the " + head.split(None, 1)[1] if head.split()[0].lower() in ("a", "an") else head
    title = f"{subject} {verb}{m.group('particle') or ''} {head} {rest}".strip()
    return headline_tense(title[:1].upper() + title[1:])


#: A "who" relative closing the sentence on a person the main clause names: "Detectives reopened the case
#: of Margaret Lyle, a teacher who vanished from her home in (the autumn of 1994)", "Police charged Tom
#: Reed, who shot a neighbour in (March)": "who", the relative's past verb and what stands before the date.
_WHO_RELATIVE = re.compile(
    rf"\bwho\s+(?P<verb>{_PAST})(?P<particle>\s+(?:up|down|out|off|over|away|back))?\b(?P<rest>[^,;:()\"“”]*?)$")
#: The noun phrase right before a restrictive "who": "a teacher", "the nurses", "a former fisheries inspector".
_HEAD_BEFORE = re.compile(rf"\b(?:the|a|an|his|her|their|its)\s+(?:{_CONTENT_WORD}[\w’'-]+\s+){{0,3}}?[a-z][\w’'-]*$")
#: A name: capitalised words, none a determiner ("Tom Reed", "Professor Alan Whitcombe").
_NAME = re.compile(r"(?!(?:The|A|An|This|That|These|Those|His|Her|Their|Its|Our)\b)[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}")
_COPULA_BEFORE = re.compile(r"(?i)\b(?:is|was|are|were|be|been|became|becomes|remains|remained)\s+$")


def _name_before(text: str) -> str | None:
    """The person an apposition chain ending at the end of ``text`` describes: the name closing the part
    right before the relative when that part is no description ("… replacing Greta Vos, who"), else the
    last part that is a name ("Neil Farrow, the former finance director of Caldmoor Water, who"), or the
    name closing the first part (the main clause's object: "… the case of Margaret Lyle, a teacher who").
    A name after "in", "at", "near" or "from" is a place's ("a dealer in Tessen, who")."""
    parts = re.split(r"[,(]", text)
    for at in range(len(parts) - 1, max(-1, len(parts) - 4), -1):
        part = parts[at].strip(" \t-–•*")
        if _NAME.fullmatch(part):
            return part
        described = _DESCRIPTION.match(part) is not None
        if at == 0 or at == len(parts) - 1 and not described:
            run = re.search(rf"(?<![\w’'-])(?:{_NAME.pattern})$", part)
            if run is None or len(part.split()) <= len(run.group().split()) \
                    or _PLACE_BEFORE.search(part[:run.start()]):
                return None
            return run.group()
    return None


#: a part of an apposition chain that describes rather than names: "the former finance director of …"
_DESCRIPTION = re.compile(r"(?:the|a|an|his|her|its|their|our|[A-Z][\w-]*['’]s)\s", re.IGNORECASE)
#: the preposition of a place before a name: "a dealer in Tessen"
_PLACE_BEFORE = re.compile(r"(?i)\b(?:in|at|near|from|outside|to)\s+$")
#: the preposition before a head noun phrase: "a clerk in the harbour office who …" (the clerk, not the office)
_PREPOSITION_BEFORE = re.compile(r"(?i)\b(?:in|of|at|for|from|with|on|to|by|near)\s*$")


def _relative_at_date(pattern: re.Pattern[str], sentence: str, timex_start: int) -> re.Match[str] | None:
    """A relative clause ``pattern`` finds that runs right up to the date (nothing but blanks between), or None."""
    m = pattern.search(sentence, max(0, timex_start - 160), timex_start)
    if m is None or sentence[m.end():timex_start].strip():
        return None
    return m


def _apposed_who(sentence: str, m: re.Match[str]) -> str | None:
    """The title of a "who" relative ``m`` (see :data:`_WHO_RELATIVE`) on a person the main clause names:
    the person's own act, or None."""
    before = sentence[:m.start()].rstrip()
    if len(before.split()) < 3 or _TELLING.search(before[-40:]):
        return None  # a relative on the sentence's opening subject is :func:`relative_subject_title`'s
    if before.endswith((",", "(")):
        return None  # "Ivo Marsh, who had led the choir …": an aside about a name, read by the rules after
    head = _HEAD_BEFORE.search(before)
    if head is None:
        return None
    rest_before = before[:head.start()].rstrip()
    owner = _PREPOSITION_BEFORE.search(rest_before)
    if owner is not None and (outer := _HEAD_BEFORE.search(rest_before[:owner.start()].rstrip())) is not None:
        # "Aksel Brun, a clerk in the harbour office who was convicted": the relative tells of the
        # clerk, the phrase's owner, not of the office
        head, rest_before = outer, rest_before[:outer.start()].rstrip()
    if rest_before.endswith((",", "(")):
        who = _name_before(rest_before.rstrip(",( "))  # "Margaret Lyle, a teacher who …"
    elif _COPULA_BEFORE.search(before[:head.start()]) or len(rest_before.split()) < 2 \
            or _PREPOSITION_BEFORE.search(rest_before):
        return None  # "Marta Ilves is a politician who served …": the subject's own, told as a description
    else:
        who = head.group()  # "praised the nurses who treated the victims on Friday"
    if who and sentence.lstrip(" \t-–•*").startswith(who) and not rest_before.endswith("("):
        # "Karl Oden, the goalkeeper who won the cup in 1974, has died": the opening subject's aside, read by
        # the rules of retold perfects (one in brackets is the person's own act: "Ines Kolar, the envoy (a
        # former judge who joined the ministry in 2023), rejected …")
        return None
    if not who or re.search(r"(?i)\b(?:until|till|since)\s*$", m.group("rest")):
        return None  # "who chaired the federation until last year": the end of a state, no act of the date
    rest = _before_the_date(m.group("rest"))
    verb = m.group("verb").split()[-1]
    return headline_tense(f"{who[:1].upper()}{who[1:]} {verb}{m.group('particle') or ''} {rest}".strip())


#: A main clause told in the present perfect or the present progressive, then its object with a "who" or
#: "which" clause of its own and its past verb, up to the date: "Police have named the man who died in
#: the crash (last night)", "Officers are questioning a driver who crashed into a shop (on Friday)". The
#: main clause's act is now; a past date after the object's own verb is that verb's.
_NOW_THEN_RELATIVE = re.compile(
    rf"\b(?:(?:has|have)\s+(?:(?:now|just|also|since)\s+)?(?:been\s+)?(?:[a-z]{{2,}}ed|[a-z]{{2,}}en|{IRREGULAR_PASTS})"
    rf"|(?:is|are)\s+(?:(?:now|still|also)\s+)?[a-z]{{2,}}ing)\s+"
    rf"(?P<head>(?:the|a|an|two|three|four|five|six|several|some|\d{{1,4}})\s+(?:{_CONTENT_WORD}[\w’'-]+\s+){{0,3}}?"
    rf"{_CONTENT_WORD}[a-z][\w’'-]*)\s+(?:who|which)\s+"
    rf"(?P<verb>(?:(?:was|were|had\s+been)\s+(?:[a-z]{{2,}}ed|[a-z]{{2,}}en|{IRREGULAR_PASTS}))|{_PAST})\b"
    r"(?P<rest>[^,;:()\"“”]*?)\s*(?:\b(?:in|on|at|during|by|early|late)\s*)?$")


def _now_then(sentence: str, m: re.Match[str]) -> str | None:
    """The title of a relative ``m`` (see :data:`_NOW_THEN_RELATIVE`) on the object of a main clause told
    as now: the object's own past act, or None when the main clause tells what the relative holds."""
    if _TELLING.search(sentence, max(0, m.start() - 40), m.start("head")):
        return None  # "has said the man who …": a told clause
    verb = re.sub(r"^had\s+been\s+", "was ", re.sub(r"^had\s+(?!been\b)", "", m.group("verb")))
    title = f"{m.group('head')} {verb}{m.group('rest').rstrip()}"
    return headline_tense(title[:1].upper() + title[1:])


def object_relative_title(sentence: str, timex_start: int, timex_end: int) -> str | None:
    """The title of a date inside a "who"/"which" relative that closes the sentence on a person or thing
    its main clause names, the relative's own act, which the date dates, not the main clause's; or None.
    Two readings, the first that finds one: after a main clause told as now (present perfect or
    progressive), any "who"/"which" relative on its object, passives too ("Police have named the man who
    died in the crash last night" -> "The man dies in the crash"; a "that" clause is read so already, its
    own clause: ``clauses.CLAUSE_BREAK``); else a "who" relative on a person the main clause names
    ("Detectives reopened the case of Margaret Lyle, a teacher who vanished from her home in 1994" ->
    "Margaret Lyle vanishes from her home", not "Detectives reopen the case"). Nothing here knows a name
    or a date."""
    if timex_end <= timex_start:
        return None
    now = _relative_at_date(_NOW_THEN_RELATIVE, sentence, timex_start)
    title = _now_then(sentence, now) if now is not None else None
    if title is None and (who := _relative_at_date(_WHO_RELATIVE, sentence, timex_start)) is not None:
        title = _apposed_who(sentence, who)
    return title
