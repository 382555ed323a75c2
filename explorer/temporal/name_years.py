"""A year that is part of a proper name: "the War of 1812", "the Class of 2010", "Vision 2030",
"the 1812 Overture".

Such a year names a thing, not the time the text is at: a history of the Vietnam war that says "the
longest war since the War of 1812" is still in the 1960s, and the clause it stands in is not dated
1812. So it neither moves narrative time (:mod:`explorer.temporal.resolve`) nor dates its clause's
event (:mod:`explorer.events.date_roles`). A year before a common noun ("the 2008 crisis", "the
1968 offensive") is the time of what it names and stays a date.

Only the shape of the words around the year counts, never a list of known names: a run of
capitalised words then "of" before the year, a capitalised word right before it, or a capitalised
title word for a work or a product right after it. Time words ("the Summer of 1969", "Christmas
1914", "June 1944") and words that merely open a sentence ("In 1944", "Since 2019") are no names.
"""

from __future__ import annotations

import re

from explorer.temporal.lexicon import MONTHS, SEASONS, WEEKDAYS

#: capitalised words that are times or lead into one, so the year beside them is a date
_TIME_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(SEASONS) | frozenset(
    "christmas easter whitsun pentecost lent advent ramadan hanukkah passover thanksgiving michaelmas "
    "new year years year ad bc bce ce anno circa ca "
    # words that open a sentence or a clause before a year: no name
    "in on at by since until till from after before during through throughout of to for and or but "
    "the a an about around early late mid end beginning start middle spring autumn fall summer winter "
    "fiscal fy q1 q2 q3 q4 h1 h2 first second third fourth last next this that every each".split())

#: "the War of 1812", "the Civil Rights Act of 1964", "the Class of 2010": "the", one to four
#: capitalised words, "of", the year
_NAME_OF = re.compile(r"\b[Tt]he\s+((?:[A-Z][\w'’-]*\s+){1,4})of\s+$")
#: "won a medal at the Paris Exposition of 1889", "served during the War of 1812": the clause is told
#: at the named happening, so its year is the clause's time, not a bare name
_AT_THE_NAMED = re.compile(r"(?i)\b(?:at|during|throughout)\s+$")
#: "Vision 2030", "Euro 2024", "Windows 95": a capitalised word right before the year, on its line (a
#: heading's last word over a chronology, "A Chronology" / "1891 Born in ...", names nothing with it)
_NAME_BEFORE = re.compile(r"(?<![\w.,])([A-Z][a-z][A-Za-z]*)[ \t]+$")
#: "Class of 1974", "the intake of 2009": a year group named by the year it leaves or starts, with or
#: without "the" (a reunion page's heading "Class of 1974" over its members' notes is no time the
#: notes are told in)
_COHORT_OF = re.compile(r"(?i:\b(?:class|intake|cohort|batch)\s+of\s+)$")
#: "the 1812 Overture", "Tchaikovsky's 1812 Overture": a work or a product named by its year
_WORK_AFTER = re.compile(r"\s+(?:Overture|Symphony|Concerto|Sonata|Suite|Requiem|Edition|Model|Collection)\b")
_THE_OR_POSSESSIVE = re.compile(r"(?:\b[Tt]he|['’]s)\s+$")
_YEAR = re.compile(r"\d{2,4}")


def year_in_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a bare year, is part of a proper name."""
    if not _YEAR.fullmatch(text[start:end]):
        return False
    before = text[max(0, start - 60):start]
    m = _NAME_OF.search(before)
    if m and not any(w.lower().strip("'’") in _TIME_WORDS for w in m.group(1).split()):
        return not _AT_THE_NAMED.search(before[:m.start()])
    if _COHORT_OF.search(before):
        return True
    m = _NAME_BEFORE.search(before)
    if m and m.group(1).lower() not in _TIME_WORDS and not _line_opening(before, m.start(1)):
        return True
    return bool(_THE_OR_POSSESSIVE.search(before) and _WORK_AFTER.match(text, end))


def _line_opening(before: str, at: int) -> bool:
    """Whether the word at ``at`` opens its line: a heading's "Paris 1919" or "Verdun 1916" names a
    place and its time, not a thing."""
    head = before[:at].rstrip(" \t")
    return not head or head.endswith("\n")
