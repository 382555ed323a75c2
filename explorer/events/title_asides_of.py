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


def _lowered(noun: str) -> str:
    first = noun.split()[0]
    return noun[:1].lower() + noun[1:] if first in ("The", "A", "An", "This", "That", "Its", "His", "Her", "Their") else noun


def told_by_relative(sentence: str, timex_start: int, timex_end: int) -> tuple[str, int, int] | None:
    """The clause a date stands in, retold with its own doer first, and the date's offsets in it:
    "The fraud, for which Ann Voss was jailed in 2010, …" -> "Ann Voss was jailed in 2010 for the
    fraud"; "Ann Voss was among three directors who resigned on 4 May" -> "Ann Voss resigned on 4
    May". None when the date is in neither shape."""
    for m in _PREP_RELATIVE.finditer(sentence):
        if m.start("clause") <= timex_start and timex_end <= m.end("clause"):
            clause = m.group("clause").rstrip(" .")
            told = f"{clause} {m.group('prep')} {_lowered(m.group('noun').strip())}."
            shift = m.start("clause")
            return told, timex_start - shift, timex_end - shift
    group = _ONE_OF_GROUP.match(sentence)
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
