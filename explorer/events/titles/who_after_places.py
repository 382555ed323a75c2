"""Whom "who" stands for after a noun and the place it is in: "a dealer in Tessen, who sold it".

Why: the relative clause's title names the name just before its comma ("Tessen, who sold it" ->
"Tessen sells it"), which is right for "Ada Holm, who sold it", but a place named after "in", "at",
"from" or "near" is where the one before it is: "who" stands for a person or people, never a town, so it
is the noun before the preposition, told again as "the" one ("The dealer sells it"). Only when that
noun is written with an article or a number, or is a plural, and the place is no one the text gives a
sex. So after a person's full name and "of": "Dr Simon Pryce of Bath, who had the engine rebuilt" is
Pryce's act; a single name before "of" is one name with it ("Catherine of Aragon, who").
Nothing here knows a name or a place.
"""

from __future__ import annotations

import re

from explorer.events import gender
from explorer.events.names import PERSON_ROLES

#: Words that are no part of a noun phrase before a place: linking words, prepositions, verbs of being.
_STOP = (r"(?:in|at|from|near|of|and|or|but|to|by|with|for|into|onto|on|off|over|under|as|than|that|who|which|"
         r"the|a|an|is|are|was|were|be|been|has|have|had|will|would|its|their|his|her|our|my|your)")
_WORD = rf"(?!{_STOP}\b)[a-z][\w’'-]*"
#: The noun phrase before a place's preposition, right before the place's name: "a dealer in ",
#: "dockers from ", "the two buyers at ".
_NOUN_BEFORE_PLACE = re.compile(
    rf"\b(?P<np>(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ff]our|\d+)\s+(?:{_WORD}\s+){{0,2}}{_WORD}"
    rf"|(?:{_WORD}\s+)?{_WORD}(?:s|men))\s+(?:in|at|from|near)\s+(?:the\s+)?$"
)
#: A person's name of two or more capitalised words, perhaps after an honorific, then "of" before the
#: place: "Dr Simon Pryce of ", "Margaret Ann Coyle of "; a single word ("Catherine of ") is captured apart.
_FULL_NAME_OF = re.compile(
    r"(?:\b(?:Dr|Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord|Rev|Prof|Captain|Colonel|Major)\.?\s+)?"
    r"(?P<name>(?-i:[A-Z])[a-z][\w’'-]*(?:\s+(?-i:[A-Z])[\w’'.-]*[a-z]){1,2})\s+of\s+$"
)
_ONE_NAME_OF = re.compile(r"(?<![\w’'.-])(?P<name>(?-i:[A-Z])[a-z][\w’'-]*)\s+of\s+$")
_ARTICLE = re.compile(r"^(?:an?|the|two|three|four|\d+)\s", re.IGNORECASE)


def who_before_place(before_name: str, name: str, relative: str, text: str) -> str | None:
    """The one "who" stands for when ``name`` (the name right before ", who") is a place after a noun
    (``before_name``: the text up to the name): "The dealer"; None when the rule does not apply."""
    if relative != "who":
        return None
    m = _NOUN_BEFORE_PLACE.search(before_name)
    if m is None or gender.sex_in_text(name, text) is not None:
        return None
    np = m.group("np")
    words = np.split()
    head = words[-1].lower()
    plural = head.endswith("s") and not head.endswith(("ss", "us", "is")) or head.endswith("men")
    person = re.fullmatch(rf"(?:{gender.PERSON_NOUNS})", head, re.IGNORECASE) is not None or head in PERSON_ROLES \
        or re.search(r"(?:er|or|ist|ian)s?$", head) is not None
    if not (_ARTICLE.match(np) or plural) or not (person or plural):
        return None
    if _ARTICLE.match(np) and words[0].lower() in ("a", "an", "the"):
        words = words[1:]
    return "The " + " ".join(words) if _ARTICLE.match(np) else np[:1].upper() + np[1:]


def who_after_name_of_place(before_name: str, name: str, relative: str) -> str | None:
    """The one "who" stands for when ``name`` follows a person's name and "of" ("Simon Pryce of Bath,
    who"): the person ("Simon Pryce"); after a single name, the whole "Catherine of Aragon". None
    when the rule does not apply."""
    if relative != "who":
        return None
    full = _FULL_NAME_OF.search(before_name)
    if full is not None:
        return full.group("name")
    one = _ONE_NAME_OF.search(before_name)
    if one is not None:
        return f"{one.group('name')} of {name}"
    return None
