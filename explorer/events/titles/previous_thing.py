"""What "It" opening a sentence stands for when the sentence just before opened on one thing told in a
longer way than the other "it" rules read: with an aside between commas ("The levy, proposed by the
finance committee, passed …. It will apply from 1 July"), with a phrase after its noun ("In 2023 a
hotline between the two navies prevented two clashes. It was cut off last summer") or before a verb
in the present and any object ("The law caps deposits at …. It takes effect on 1 January").

The thing is the subject of that sentence: a determiner ("the", "a", "an") and at most three
lower-case words, the last its noun, which is singular and no person, no span of time and no
pronoun's stand-in. A sentence that tells of a person ("he", "she", "his", "her") is left alone: its
"it" may be anything the person acted on. Only general English; nothing here knows a name or a date.
"""

from __future__ import annotations

import re

from explorer.events import gender
from explorer.events.names import PERSON_ROLES
from explorer.events.tense import IRREGULAR_PASTS

#: An opening phrase of time or place before the subject: "In 2023", "On Monday,", "Last year".
_OPENER = re.compile(
    r"^(?:(?:In|On|By|During|After|Before|From|Since|Until|Last|This|Early|Late|Later|Then)\b[^,.;:]{0,40}?"
    r"(?:,\s*|\s+(?=(?:the|a|an)\s)))"
)
#: The subject: a determiner and up to three lower-case words, a phrase after its noun, an aside
#: between commas; then its verb (a past, an auxiliary or a present in "-s").
_SUBJECT = re.compile(
    r"^(?:[Tt]he|[Aa]n?)\s+(?P<np>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
    r"(?:\s+(?:of|between|on|in|at|for|from|with|to)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+)?"
    r"(?:,\s+[^,.;:!?]{2,80},)?"
    r"\s+(?:[a-z]+ly\s+)?(?:was|is|has|had|will|would|[a-z]{3,}ed|[a-z]{2,}[^s\W’']s|" + IRREGULAR_PASTS + r")\b"
)
#: A later clause with a subject of its own ("… while the theatre was rebuilt"): two things "it" may be.
_SECOND_SUBJECT = re.compile(
    r"\b(?:and|but|while|when|after|until|before|because|as|since|so)\s+(?:the|a|an|its)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"[a-z][\w-]*\s+(?:[a-z]+ly\s+)?(?:was|is|were|are|had|has|will|[a-z]{3,}ed|" + IRREGULAR_PASTS + r")\b"
)
_PERSONAL = re.compile(r"\b(?:he|she|his|her|him|hers|I|we|our)\b", re.IGNORECASE)
#: Spans of time and words that stand for a clause, not a thing that acts: "The year ended …".
_NOT_THINGS = frozenset(
    "year years week month day days night morning evening afternoon summer winter spring autumn season decade "
    "century time moment period fact reason result idea question answer problem thing way".split()
)
_ADVERBS = frozenset("now also still then later first already again once soon just finally since".split())
#: Words read as a verb's form that end a subject only when they are its noun ("The plan was").
_VERB_LIKE = re.compile(r"(?:ed|ing)$")
#: A noun for a person ("mayor", "widow"), never what "it" stands for.
_PERSON_NOUN = re.compile(rf"(?:{gender.PERSON_NOUNS})")


def _singular_thing(noun: str) -> bool:
    low = noun.lower()
    plural = low.endswith("s") and not low.endswith(("ss", "us", "is", "ics", "news", "works", "series", "species"))
    return not (plural or low in _NOT_THINGS or low in PERSON_ROLES or _PERSON_NOUN.fullmatch(low)
                or _VERB_LIKE.search(low))


def previous_thing(context: str) -> str | None:
    """The one thing the sentence ending ``context`` opened on as its subject, as a title names it
    ("The levy", "The hotline"), or None (see the module's docstring)."""
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", context.strip()) if s.strip()]
    if not sentences:
        return None
    sentence = sentences[-1]
    if _PERSONAL.search(sentence) or '"' in sentence or "“" in sentence:
        return None
    m = _SUBJECT.match(_OPENER.sub("", sentence))
    if m is None:
        return None
    words = m.group("np").split()
    while len(words) > 1 and (words[-1] in _ADVERBS or words[-1].endswith("ly")):
        words = words[:-1]  # "The company now will close …": the adverb before the verb is no part of the noun
    if not _singular_thing(words[-1]) or _SECOND_SUBJECT.search(sentence, m.end()):
        return None
    return "The " + " ".join(words)
