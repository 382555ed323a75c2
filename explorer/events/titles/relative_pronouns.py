"""Whom the pronoun subject of an object relative stands for: "the council will sell its old depot,
which it bought in 1987" -> the council bought it.

A relative clause whose own subject is a pronoun ("…, which it bought", "…, which they had
captured") tells the happening of its date; titled from the clause alone it reads "It buys its old
depot", naming no one. English takes such a pronoun for the subject of the clause the relative hangs
on: "The rebels abandoned the fort, which they had captured in May" (the rebels captured it). The
pronoun is named only when that subject agrees with it: "it" a singular description, "they" a plural
one, "he"/"she" a name the text gives that sex. Only general English: no name, place or date.
"""

from __future__ import annotations

import re

from explorer.events import gender
from explorer.events.titles.finish import verb_at
from explorer.events.titles.relatives import MAX_SUBJECT_WORDS
from explorer.events.titles.words import BODY_WORDS

#: Where the clause the relative hangs on begins: the sentence's start, or after a clause's "and"/"but"
#: or a semicolon.
_CLAUSE_START = re.compile(r"(?:^|;\s+|,\s+(?:and|but)\s+|\s(?:and|but)\s+(?=(?:the|The|[A-Z])))")
#: Words a subject may open with.
_SUBJECT_OPENER = re.compile(r"^(?:the|The|[A-Z][\w’'.-]*)$")


def _clause_subject(before: str) -> list[str] | None:
    """The subject words of the last clause of ``before`` (the text up to the relative's comma), when
    the clause opens on one: a determiner or a name, then its verb."""
    starts = [m.end() for m in _CLAUSE_START.finditer(before)]
    words = before[starts[-1] if starts else 0:].split()
    verb = verb_at(words)
    # (a subject longer than a subject's clause is read for is no plain subject to name the pronoun by)
    if verb is None or not 1 <= verb <= MAX_SUBJECT_WORDS or not _SUBJECT_OPENER.match(words[0]):
        return None
    subject = words[:verb]
    if any(not w.replace("-", "").replace("’", "").replace("'", "").isalnum() for w in subject):
        return None  # a comma or a bracket inside: an aside, not a plain subject
    return subject


def relative_pronoun_named(pronoun: str, before: str, sentence: str) -> str | None:
    """The subject a relative clause's ``pronoun`` stands for (``before``: the sentence up to the
    relative's comma), with a capital, or None when it does not agree or cannot be told."""
    low = pronoun.lower()
    if low not in ("it", "they", "he", "she"):
        return None
    subject = _clause_subject(before)
    if subject is None:
        return None
    head = subject[-1]
    plural = head.lower().endswith("s") and not head.lower().endswith(("ss", "us", "is")) and head.islower()
    if low == "it" and (plural or subject[0][:1].isupper() and subject[0] != "The" and head.lower() not in BODY_WORDS):
        return None  # "it" is no plural, nor a person's name ("Hale Foods", a body's, may be)
    if low == "they" and not plural:
        return None
    if low in ("he", "she"):
        # a name the text gives the pronoun's sex (read once: the text must tell it, and tell this one)
        named = subject[0][:1].isupper() and subject[0] != "The"
        sex = gender.sex_in_text(" ".join(subject), sentence) if named else None
        if sex is None or not gender.agrees(sex, low):
            return None
    return " ".join([subject[0][:1].upper() + subject[0][1:], *subject[1:]])
