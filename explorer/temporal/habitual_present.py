"""A month, a season or a fixed day told in a habitual present: what happens every year, no one date.

Guidebooks, profiles and explainers tell what recurs: "the castle is open daily from April to
October", "boats leave hourly in summer", "the river usually floods in March", "frost never comes
before December". The month here is any year's (TimeML writes ``XXXX-04``; the readable gold does the
same in guidebooks, histories and transcripts by different writers), yet read against the page's date
it got one year, and an event in it a bar on the timeline in a year nobody spoke of.

What makes the present habitual is grammar, not the verb: a frequency adverb or a habitual phrase in
the same clause ("daily", "usually", "every day", "at weekends", "most years"), with the clause's verb
in the present. A present with a definite subject and no such word ("The union strikes in November")
is a schedule and looks ahead, as :mod:`explorer.temporal.plural_present` reads it; a past ("usually
flooded in March") or a future ("will usually close in May") is a report or a plan of one year.
"""

from __future__ import annotations

import re

from explorer.temporal.tense_markers import PAST

#: words that say a present recurs. "never" and "always" count only in the present ("has never
#: happened before December" is a record, excluded by the past/perfect check below)
_HABITUAL = re.compile(
    r"(?i)\b(?:daily|nightly|hourly|weekly|usually|normally|generally|typically|traditionally|customarily|"
    r"always|often|rarely|seldom|never|sometimes|frequently|regularly|habitually|invariably|"
    r"every[ \t]+(?:day|morning|evening|night|week|weekend|year|season|spring|summer|autumn|winter)|"
    r"each[ \t]+(?:day|morning|evening|night|week|year|season)|"
    r"(?:at|on)[ \t]+weekends|most[ \t]+years|in[ \t]+most[ \t]+years|year[ \t]+after[ \t]+year|"
    r"(?:once|twice|three[ \t]+times)[ \t]+a[ \t]+(?:day|week|month|year))\b")
#: a verb group that is not a simple present: a perfect, a future or a modal of one plan (a past is
#: the tagger's own past markers, ``tense_markers.PAST``, irregular forms included)
_NOT_PRESENT = re.compile(
    r"(?i)\b(?:has[ \t]+(?:been|[a-z]+ed)|have[ \t]+(?:been|[a-z]+ed)|will|would|shall|going[ \t]+to|used[ \t]+to)\b")
#: a participle after a present "is"/"are" is a state ("is usually closed in January"), no past
_STATE_AFTER_BE = re.compile(r"(?i)\b(?:is|are|be)[ \t]+(?:[a-z]+ly[ \t]+|never[ \t]+|often[ \t]+)?$")
#: a clause break between the adverb and the date: another clause may have another tense
_BREAK = re.compile(r"[;:()\"“”]|,[ \t]+(?:but|while|whereas|although|though|when|after|before|and|which|who|where)\b|"
                    r"\b(?:but|whereas|although|though)\b|\band[ \t]+(?=(?:is|are|was|were|has|have|had|will)\b)")
#: how far either side of the date the clause's habitual word may stand
_REACH = 70


def is_habitual(sentence: str, start: int, end: int) -> bool:
    """Whether the date at ``start``..``end`` of ``sentence`` is told in a habitual present: a
    frequency word in its clause and no verb of another tense between them."""
    lo = max(0, start - _REACH)
    hi = min(len(sentence), end + _REACH)
    for m in _HABITUAL.finditer(sentence, lo, hi):
        if m.start() < end and m.end() > start:
            continue  # the date's own words ("every summer" is a set, read elsewhere)
        a, b = (m.end(), start) if m.end() <= start else (end, m.start())
        between = sentence[a:b]
        if _BREAK.search(between):
            continue
        clause_a = _clause_start(sentence, min(m.start(), start))
        clause_b = _clause_end(sentence, max(m.end(), end))
        if _NOT_PRESENT.search(sentence, clause_a, clause_b) or any(
                not _STATE_AFTER_BE.search(sentence, max(0, v.start() - 24), v.start())
                for v in PAST.finditer(sentence, clause_a, clause_b)):
            continue
        return True
    return False


def _clause_start(sentence: str, pos: int) -> int:
    last = None
    for last in _BREAK.finditer(sentence, 0, pos):
        pass
    return last.end() if last is not None else 0


def _clause_end(sentence: str, pos: int) -> int:
    m = _BREAK.search(sentence, pos)
    return m.start() if m is not None else len(sentence)


__all__ = ["is_habitual"]
