"""Whom a pronoun opening a title stands for when the sentence before told its subject by a
description, not a name: "The former treasurer was interviewed in May. She repaid £12,000 in August"
-> "The former treasurer repays £12,000"; "Builders from a local firm started work in April. They
replaced the roof" -> "Builders replace the roof".

Reports of inquiries, courts and works often never name the person or the crew they follow; a title
left as "She repays £12,000" names no one, and a name taken from further back (the body that held the
inquiry) is worse. A reader takes the pronoun for the subject of the sentence just before, when that
subject is a person told by a role ("the former treasurer", "the defendant") or, for "they", a bare
plural of people ("Builders", "Volunteers"). Only when that sentence names no person, so no name
competes, and its role does not tell the other sex. General English only: nothing here knows a name,
place or date of any text.

Kept apart from :mod:`explorer.entities.title_described_person` ("A 29-year-old man was arrested ….
He has since been released"), which needs the document's entities and so runs after the title rules:
this rule is the title rules' own reading, from the text only, and covers "they" too. Both ask
:func:`explorer.events.described_people.is_described_person` of a noun and
:func:`explorer.events.gender.agrees` of its sex.
"""

from __future__ import annotations

import re

from explorer.events import gender
from explorer.events.described_people import is_described_person
from explorer.events.tense import IRREGULAR_PASTS
from explorer.events.titles.antecedents import AGENT_PLURAL_ENDINGS
from explorer.events.titles.pronouns import last_sentences

#: A phrase of time or place opening a sentence before its subject: "In May 2025, ", "On Monday ".
_OPENER = r"(?:(?:In|On|At|By|After|Before|During|Later|Last|Earlier)\b[^,.;:!?]{1,30}?,?\s+)?"
#: The verb a subject opens its clause with: an auxiliary, a past in "-ed" or an irregular past.
_VERB = r"(?:was|were|had|has|have|is|are|[a-z]+ed|" + IRREGULAR_PASTS + r")\b"
#: "The former treasurer was interviewed …", "The defendant had …": "the", up to two modifiers, a role.
_ROLE_SUBJECT = re.compile(rf"^\s*{_OPENER}((?:The|the)\s+(?:[a-z][\w’'-]*\s+){{0,2}}?([a-z]+))\s+(?:[a-z]+ly\s+)?{_VERB}")
#: "Builders from a local firm started …", "Volunteers cleared …": a bare plural of people opening the
#: sentence, perhaps with a phrase saying where they came from, before its verb.
_PLURAL_SUBJECT = re.compile(
    rf"^\s*{_OPENER}([A-Z][a-z]+{AGENT_PLURAL_ENDINGS})\s+(?:from\s+[^,.;:!?]{{1,60}}?\s+)?{_VERB}")
#: A capitalised run of two words or more: a name that competes with the description.
_NAME_RUN = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+\b")


def described_subject(pronoun: str, context: str) -> str | None:
    """The description ``pronoun`` ("he", "she", "they") opening the sentence after ``context`` stands
    for, or None. "The former treasurer", capitalised as a title's subject; "Builders"."""
    sentence = last_sentences(context, 1)
    if not sentence or _NAME_RUN.search(sentence[1:]) or re.search(r"\b(?:he|she|they|his|her|their)\b", sentence, re.I):
        return None  # a named person, or one told by a pronoun, is whom a reader follows instead
    if pronoun in ("he", "she"):
        m = _ROLE_SUBJECT.match(sentence)
        if m is None:
            return None
        role = m.group(2)
        if not is_described_person(role):
            return None
        if not gender.agrees(gender.noun_sex(role), pronoun):
            return None  # "The widow …. He …": someone else
        phrase = m.group(1)
        return phrase[:1].upper() + phrase[1:]
    if pronoun == "they":
        m = _PLURAL_SUBJECT.match(sentence)
        return m.group(1) if m else None
    return None


#: A person's name: capitalised words, perhaps joined by a particle.
_NAME = r"[A-Z][a-z]+(?:\s+(?:de\s+|van\s+|von\s+)?[A-Z][a-z]+){0,2}"
#: "(In 1905) she sailed for the fjords with the surveyor Karl Aske": a subject (a pronoun or a name),
#: its past verb, and a companion named after "with" (perhaps after a role: "the surveyor", "her
#: brother"), in the sentence's first clause.
_WITH_COMPANION = re.compile(
    rf"^\s*{_OPENER}(?P<subject>[Hh]e|[Ss]he|{_NAME})\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|{IRREGULAR_PASTS})\b"
    rf"[^.;:!?,]*?\bwith\s+(?:(?:the|her|his|a|an)\s+(?:[a-z][\w-]*\s+){{1,2}})?(?P<companion>{_NAME})\b(?!\s+[A-Z&])"
)


def companions(context: str, person_for) -> str | None:
    """Whom "They" opening a sentence stands for when the sentence before told one person acting with
    another: "In 1905 she sailed for the fjords with the surveyor Karl Aske. They reached Holm in June"
    -> "Ada Venn and Karl Aske". ``person_for(pronoun, context)`` names a pronoun subject of that
    sentence (the title rules' own reading of "he"/"she"); None when either cannot be named, or the
    companion's words are a body's ("with the Kelby Rowing Club": an article and no role before it)."""
    sentence = last_sentences(context, 1)
    m = _WITH_COMPANION.match(sentence)
    if m is None or re.search(r"\bthey\b|\bthem\b", sentence, re.I):
        return None
    subject, companion = m.group("subject"), m.group("companion")
    if subject.lower() in ("he", "she"):
        subject = person_for(subject.lower(), context[: len(context) - len(sentence) - 1] if len(context) > len(sentence) else "")
    if not subject or subject.split()[0] in ("The", "In", "On", "After", "Before", "During"):
        return None
    return f"{subject} and {companion}"
