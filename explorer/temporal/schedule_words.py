"""Present-tense verbs that put a month on a calendar, as news writes a plan in the present.

"Work begins in June", "the exhibition opens in August", "the new rules take effect from January":
a simple present governing a month says when something is due, so the month is the next one, even
when a past reporting verb ends the sentence ("..., the chair said"), which alone would read it as
past. The weekday forms of the same idea live with the resolver's tense markers
(``resolve._SCHEDULED_PRESENT``); this adds the month forms, which those leave out because a weekday
pattern's lookahead names weekdays only.
"""

from __future__ import annotations

import re

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")

#: a third-person present of starting, ending or holding, then at most one plain word ("begins
#: again", "opens to visitors" is two and is read as one word plus "to ..."), then "in/from/by/until"
#: and the month, with "early"/"late"/"mid-" or "the end of" allowed before it. Not after "to",
#: "did", a modal or a determiner (where the word is an infinitive or a noun: "the ends of"), nor
#: after "year": "whose fiscal year begins in July" tells a calendar's habit, every year, no plan.
SCHEDULED_PRESENT_MONTH = re.compile(
    r"(?<!\bto )(?<!\bdid )(?<!\bcould )(?<!\bwould )(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\byear )"
    r"\b(?:begins?|starts?|opens?|reopens?|resumes?|ends|closes|expires?|finishes|launches|"
    r"takes?\s+(?:place|effect)|go(?:es)?\s+ahead|comes?\s+into\s+force|(?:is|are)\s+held|gets?\s+under\s*way)"
    r"(?:\s+(?:again|formally|officially|fully|only|on\s+site))?"
    r"(?:\s+(?:to|for)\s+(?:the\s+)?[a-z]+)?"
    r"\s+(?:in|from|by|until|at\s+the\s+(?:start|end)\s+of)\s+(?:(?:early|late|mid)[\s-]+)?(?:the\s+(?:end|start|middle)\s+of\s+)?"
    r"(?P<month>" + _MONTH + r")(?!\s+\d{4}\b|,?\s+(?:1\d|20)\d\d\b)")


def schedules_month(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether the month of the expression at ``start``..``end`` is governed by a scheduling present in its sentence
    ("Repairs begin in late November, the council said"): a plan as firm as "will begin"."""
    offset = max(sentence_start, start - 80)
    window = text[offset:end + 8]
    return any(start <= m.start("month") + offset < end for m in SCHEDULED_PRESENT_MONTH.finditer(window))


#: "the vote is Tuesday", "the hearings are Tues. and Wed.": a present copula whose complement is a
#: bare weekday puts an event on the calendar, as "is on Tuesday" does (``resolve._SCHEDULED_COPULA``
#: wants a preposition). Not "today is Tuesday" or "it is Tuesday", which name the day it is.
SCHEDULED_COPULA_WEEKDAY = re.compile(
    r"(?<!\b[Tt]oday )(?<!\b[Ii]t )(?<!\b[Tt]omorrow )(?<!\b[Yy]esterday )\b(?:is|are|’s)\s+(?:(?:next|this)\s+)?"
    r"(?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\b)")
