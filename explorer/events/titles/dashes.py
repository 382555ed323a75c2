"""An aside between two dashes is left out of a title.

Writers put a list, a count or a relative clause between dashes right after a subject: "Three banks
— A, B and C — agreed to lend …", "Three other generals — X, Y and Z — were removed", "The minister
— who had denied the claims — resigned". The title rules read a dash as the end of a clause, so the
title lost its subject ("Agreed to lend …", "Were charged"). A reader skips the aside and reads
"Three banks agreed to lend …"; so does a title.

The aside is blanked with spaces, not cut out, so every offset into the sentence (the date's, the
other dates') stays where it was; titles are built from words, so the spaces vanish. Only
punctuation and letter case decide: nothing here knows a name, place or date.
"""

from __future__ import annotations

import re
from typing import Sequence

from explorer.events.tense import present_of
from explorer.events.titles.words import FINITE

#: An aside between dashes after a word of the sentence, followed by a lower-case word (the verb or
#: an adverb before it): an em dash with or without spaces, or a spaced en dash or hyphen. The word
#: before the first dash ends in a letter, so a dateline's "(Agency) —" or "12 March 2026 —" never
#: opens one, and the aside holds no full stop, colon, semicolon or bracket, unless it is one
#: bracketed group as a whole ("the Germans - (in violation of the treaty) - used gas").
_DASH_ASIDE = re.compile(
    r"(?<=[A-Za-zÀ-ÿ’'])(?P<open>\s*—\s*|\s+[–-]{1,2}\s+)(?P<aside>\([^()\n]{1,158}\)|[^—–.;:!?()\[\]\n]{2,160}?)"
    r"(?P<close>\s*—\s*|\s+[–-]{1,2}\s+)(?=[a-z])"
)


def _tells(aside: str) -> bool:
    """Whether an aside has a verb, so can tell a happening of its own ("— founded in 1990 —"); a
    verbless one ("- a client state since 1939 -") describes its noun, whatever date it holds."""
    return any(w in FINITE or present_of(w) is not None for w in re.findall(r"[a-z][\w’'-]*", aside))


def without_dash_aside(sentence: str, spans: Sequence[tuple[int, int]]) -> str:
    """``sentence`` with each aside between dashes blanked, unless one of ``spans`` (the dates the
    title is made around) lies in it and the aside has a verb: then the aside may be what the title is
    about and stays. A verbless aside goes whatever date it holds, so every date of the sentence gets
    the same title ("Brell and Oster - two mill towns since 1850 - signed …" on 2 June 1905)."""
    out = sentence
    for m in _DASH_ASIDE.finditer(sentence):
        start, end = m.start("open"), m.end("close")
        if any(start < b and a < end if b > a else start <= a < end for a, b in spans) and _tells(m.group("aside")):
            continue  # the date (or an undated event's word) is in an aside that tells a happening
        if " - " in m.group("aside") or " -- " in m.group("aside"):
            continue  # a spaced hyphen inside: two asides, or a range; not one aside
        out = out[:start] + " " * (end - start) + out[end:]
    return out
