"""Relative clauses that carry their own doer: "X, for which Y was jailed in 2010, …" and "X was
among the N who resigned on Monday".

1. **A relative clause after a preposition.** "The fraud, for which Ann Voss was jailed in 2010, was
   uncovered by auditors", "The striker, for whom Harwick paid 4 million pounds in 2019, has left",
   "The mill, in which the family invested in 1990, closed in March". The clause has a subject of its
   own. When the date stands in it, the happening is the clause's, told of the noun before it: "Ann
   Voss was jailed in 2010 for the fraud" ("Ann Voss is jailed for the fraud"). When the date stands
   outside, the clause is an aside and the title reads past it ("The mill closes").
2. **One of a group.** "Ann Voss was among three directors who resigned on 4 May", "He was one of
   the six who signed the letter in 1990": the happening is the group's act, done by the subject
   ("Ann Voss resigns").

Only general English (prepositions, "which"/"whom", "among"/"one of"): nothing here knows a name,
place or date. Asides are blanked with spaces, never cut, so offsets into the sentence stay valid.
"""

from __future__ import annotations

import re
from typing import Sequence

from explorer.events.tense import IRREGULAR, IRREGULAR_PASTS, PARTICIPLES

_PREPOSITIONS = r"(?:for|in|with|to|from|by|under|against|at|on|during|through|over|after|about|of)"
#: "NOUN, PREP which|whom CLAUSE," — the noun phrase opens the sentence or follows a comma.
_PREP_RELATIVE = re.compile(
    rf"(?P<noun>(?:^|(?<=,\s))[A-Za-z][^,;:]{{1,70}}?),\s+(?P<prep>{_PREPOSITIONS})\s+(?:which|whom)\s+"
    r"(?P<clause>[^,;:]{3,140}?)(?P<close>,|(?=[.;]?\s*$))"
)
#: "SUBJECT was among|one of GROUP who|that REST".
_ONE_OF_GROUP = re.compile(
    r"^(?P<subject>[A-Z][^,;:]{1,60}?)\s+(?:was|were)\s+(?:among|one\s+of)\s+[^,;:]{2,60}?\s+(?:who|that)\s+"
    r"(?P<rest>(?!(?:is|are|was|were|has|have)\b)[a-z][^;]*)$"
)

#: "NAME is|was a|an|the DESCRIPTION who ACTED …": a definition whose relative clause tells the act
#: ("Greta Voll was a painter who moved to Harrowgate in 1958").
_DEFINED_WHO = re.compile(
    r"^(?P<subject>(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,3})\s+(?:is|was)\s+(?:an?|the)\s+"
    r"(?:[\w’'-]+\s+){0,4}?[a-z][\w’'-]*\s+who\s+"
    r"(?P<rest>(?:[a-z]+ly\s+|later\s+|first\s+)?(?:[a-z]{3,}ed|" + IRREGULAR_PASTS + r")\b[^;]*)$"
)


#: "NOUN, who|which CLAUSE," after a name or a described noun: "named Ana Ruiz, who joined the firm
#: in 2001 and became its finance director in 2015, as chief executive", "the mill, which opened in 1850,".
_WHO_ASIDE = re.compile(
    r"(?P<noun>\b(?:(?:[Tt]he|an?|An?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*"
    r"|(?-i:[A-Z])[\w’'.-]*(?:\s+(?:(?:de|da|van|von|bin|al-)\s*)?(?-i:[A-Z])[\w’'.-]*){0,3})),\s+"
    r"(?P<rel>who|which)\s+(?P<clause>(?!(?:is|are|was|were|has|have|had)\s+(?:also\s+)?(?:a|an|the|now|still|not)\b)"
    # the relative pronoun is the clause's subject: a verb (after an adverb) opens it ("which it bought"
    # has a subject of its own and is left to the rules that move an object)
    r"(?:[a-z]+ly\s+|also\s+|later\s+|then\s+|first\s+)?(?:had|has|have|was|were|is|are|will|would|[a-z]+ed|became|won|led|"
    r"left|took|made|went|began|gave|held|met|ran|set|sold|bought|built|wrote|fell|rose|came|founded|served)\b"
    r"[^,;:()“”\"]{0,160}?)(?P<close>,(?!\s*\d)|(?=[.;]?\s*$))"
)
#: "NOUN, PARTICIPLE PREP ...," between a subject and its verb: "The old mill, built in 1850, burned
#: down", "The bridge, opened to traffic in 1932, closed on Monday".
_PARTICIPLE_ASIDE = re.compile(
    _WHO_ASIDE.pattern.split(r",\s+(?P<rel>")[0] + r",\s+"
    r"(?P<clause>(?:[a-z]+ly\s+)?(?:[a-z]{3,}(?:ed|en)|" + "|".join(sorted({*IRREGULAR, *PARTICIPLES}, key=len, reverse=True))
    + r")\s+(?:in|on|at|by|from|during|since|as|for|under|with|after|before|to|into|near)\b[^,;:()“”\"]{0,120}?)"
    r"(?P<close>,(?!\s*\d))"
)
#: A noun inside a phrase of a larger one ("a historian at Caldmoor University, who …"): not the antecedent.
_AFTER_PREPOSITION = re.compile(r"\b(?:at|of|in|on|from|for|with|by|near|to|into)\s+$", re.IGNORECASE)
#: " and " joining two acts of one subject inside a relative clause ("joined … in 2001 and became …").
_AND_VERB = re.compile(r"\s+and\s+(?=(?:then\s+|later\s+)?(?:[a-z]+ed|had|has|was|were|became|won|led|left|took|made|"
                       r"went|began|gave|got|held|met|ran|saw|set|sold|bought|built|wrote|fell|rose|came|became)\b)")


def told_by_who(sentence: str, timex_start: int, timex_end: int) -> tuple[str, int, int] | None:
    """ "…, who joined the firm in 2001 and became its finance director in 2015, …" for 2001 ->
    ("Ana Ruiz joined the firm in 2001", offsets): the act of the relative clause the date stands in,
    told with its noun as the subject (of two acts joined by "and", the one holding the date). None
    when the date is in no such aside."""
    for m in _WHO_ASIDE.finditer(sentence):
        if not (m.start("clause") <= timex_start and timex_end <= m.end("clause")):
            continue
        if _AFTER_PREPOSITION.search(sentence[:m.start("noun")]):
            return None
        noun = m.group("noun")
        if noun.split()[0] in ("The", "A", "An", "Its", "His", "Her", "Their", "the", "a", "an", "its", "his", "her",
                               "their") and m.group("rel") == "who" and not noun.split()[-1][:1].islower():
            return None
        start, end = m.start("clause"), m.end("clause")
        for join in _AND_VERB.finditer(sentence, start, end):
            if join.end() <= timex_start:
                start = join.end()
            elif join.start() >= timex_end:
                end = join.start()
                break
        if start == m.start("clause"):
            return None  # the first act of the clause: the title rules' own relative-clause reading tells it
        clause = sentence[start:end].rstrip(" .")
        if clause.split()[0].lower() in ("is", "are", "was", "were") and not re.match(r"\w+\s+[a-z]+(?:ed|en)\b", clause):
            return None  # "who is a teacher": a state, not an act
        told = f"{_lowered(noun)[:1].upper()}{_lowered(noun)[1:]} {clause}."
        shift = start - len(noun) - 1
        return told, timex_start - shift, timex_end - shift
    return None


#: What follows a relative aside read past: the main clause's verb ("…, retired", "…, has said", "…, later
#: sold") or the "as" of its object ("named X, who …, as chief executive"), never a phrase of the aside's
#: own ("…, the founder of …", "…, in an interview …").
_VERB_NEXT = re.compile(
    r"\s*(?:[a-z]+ly\s+|also\s+|later\s+|then\s+|first\s+)?(?:as|had|has|have|was|were|is|are|will|would|could|can|may|"
    r"[a-z]+ed|" + IRREGULAR_PASTS + r"|"
    # or a present in the third person: "The new shed, built by a local firm, arrives on 14 June"
    r"(?!(?:its|his|hers|this|thus|us|as|plus|less|unless|yes|perhaps|always|series|news)\b)[a-z]{2,}[^s\W’']s)\b"
)


def without_who_aside(sentence: str, spans: Sequence[tuple[int, int]]) -> str:
    """``sentence`` with each "NOUN, who|which CLAUSE," or "NOUN, built in 1850," aside that holds none of
    ``spans`` and is followed by a verb blanked (its closing comma kept out: "named Ana Ruiz, who …, as
    chief executive" reads "named Ana Ruiz as …"), and so is a "who"/"which" clause closing the sentence."""
    out = sentence
    for m in (*_WHO_ASIDE.finditer(sentence), *_PARTICIPLE_ASIDE.finditer(sentence)):
        start, end = m.end("noun"), m.end("close")
        if m.group("close") != ",":
            # a relative closing the sentence ("signed Ben Tull, who had played for Leeds in 2019."): an
            # aside about its noun, whichever noun that is, that the main act's title does without
            if m.re is _WHO_ASIDE and not any(start <= a < end for a, b in spans) and not out[end:].strip(" .;"):
                out = out[:start] + " " * (end - start) + out[end:]
            continue
        if any(start < b and a < end if b > a else start <= a < end for a, b in spans) \
                or _AFTER_PREPOSITION.search(sentence[:m.start("noun")]) or not _VERB_NEXT.match(sentence, end):
            continue
        out = out[:start] + " " * (end - start) + out[end:]
    return out


def _lowered(noun: str) -> str:
    first = noun.split()[0]
    return noun[:1].lower() + noun[1:] if first in ("The", "A", "An", "This", "That", "Its", "His", "Her", "Their") else noun


def told_by_relative(sentence: str, timex_start: int, timex_end: int) -> tuple[str, int, int] | None:
    """The clause a date stands in, retold with its own doer first, and the date's offsets in it:
    "The fraud, for which Ann Voss was jailed in 2010, …" -> "Ann Voss was jailed in 2010 for the
    fraud"; "Ann Voss was among three directors who resigned on 4 May" -> "Ann Voss resigned on 4
    May"; "Greta Voll was a painter who moved to Harrowgate in 1958" -> "Greta Voll moved to Harrowgate
    in 1958". None when the date is in none of these shapes."""
    for m in _PREP_RELATIVE.finditer(sentence):
        if m.start("clause") <= timex_start and timex_end <= m.end("clause"):
            clause = m.group("clause").rstrip(" .")
            told = f"{clause} {m.group('prep')} {_lowered(m.group('noun').strip())}."
            shift = m.start("clause")
            return told, timex_start - shift, timex_end - shift
    group = _ONE_OF_GROUP.match(sentence) or _DEFINED_WHO.match(sentence)
    if group and group.start("rest") <= timex_start:
        subject = group.group("subject")
        told = f"{subject} {group.group('rest')}"
        shift = group.start("rest") - len(subject) - 1
        return told, timex_start - shift, timex_end - shift
    return None


def without_relative_of(sentence: str, spans: Sequence[tuple[int, int]]) -> str:
    """``sentence`` with each "…, PREP which|whom CLAUSE," aside that holds none of ``spans`` blanked."""
    out = sentence
    for m in _PREP_RELATIVE.finditer(sentence):
        if m.group("close") != ",":
            continue
        start, end = m.end("noun"), m.end("close")
        if any(start < b and a < end if b > a else start <= a < end for a, b in spans):
            continue
        out = out[:start] + " " * (end - start) + out[end:]
    return out
