"""Short event titles built from the event's sentence by general rules.

A title should say what happened in a few words ("Suleimani visits Moscow"), so we take the clause
that holds the date expression, drop the expression itself and the framing around it ("According to
…", "It should be noted that …"), and keep the first few content words from the subject on.
"""

from __future__ import annotations

import re

MAX_WORDS = 8

_FRAMING = re.compile(
    r"^(?:according to [^,]+,|it (?:should|must) be (?:noted|emphasized|stressed) that|"
    r"in (?:a|an) [^,]{0,40},|however,|meanwhile,|moreover,|furthermore,|still,|thus,|but|and|so,?|"
    r"also,?|in fact,|indeed,|then,)(?![A-Za-z])\s*",
    re.IGNORECASE,
)
_LEADING_JUNK = re.compile(r"^(?:[\s,;:–—\-\"“”'‘’(|*]|\[\w{1,4}\])+")
_TRAILING_JUNK = re.compile(r"(?:[\s,;:.–—\-\"“”'‘’(|*]|\[\w{1,4}\])+$")
_DANGLING_PREP = re.compile(
    r"\b(?:on|in|at|from|since|until|by|during|of|to|for|between|and|the|a|an|through|toward|towards)$",
    re.IGNORECASE,
)


def _clause_around(sentence: str, start: int, end: int) -> str:
    """The part of the sentence between the separators nearest the expression."""
    left = max(sentence.rfind(sep, 0, start) for sep in (";", ":", "—", " – ", "“", '"'))
    right_candidates = [i for i in (sentence.find(sep, end) for sep in (";", "—", " – ", "”")) if i != -1]
    right = min(right_candidates) if right_candidates else len(sentence)
    clause = sentence[left + 1 : right]
    # A clause that is only the date ("February 9, 2020:") says nothing: use what follows it.
    if len(re.findall(r"[A-Za-z]{3,}", clause.replace(sentence[start:end], ""))) < 2:
        clause = sentence[end:]
    return clause


def make_title(sentence: str, timex_start: int, timex_end: int) -> str:
    """A title for the event whose expression sits at [timex_start, timex_end) of ``sentence``."""
    clause = _clause_around(sentence, timex_start, timex_end)
    expression = sentence[timex_start:timex_end]
    if expression and expression in clause:
        before, _, after = clause.partition(expression)
        before = _DANGLING_PREP.sub("", before.rstrip()).rstrip()
        clause = f"{before} {after}" if before.strip() else after
    clause = _LEADING_JUNK.sub("", clause)
    for _ in range(3):
        stripped = _FRAMING.sub("", clause)
        if stripped == clause:
            break
        clause = _LEADING_JUNK.sub("", stripped)
    words = clause.split()
    if not words:
        return expression.strip() or "Event"
    title = " ".join(words[:MAX_WORDS])
    title = _TRAILING_JUNK.sub("", title)
    while _DANGLING_PREP.search(title) and len(title.split()) > 2:
        title = _TRAILING_JUNK.sub("", _DANGLING_PREP.sub("", title))
    if len(words) > MAX_WORDS:
        title += "…"
    return title[:1].upper() + title[1:]
