"""A present that puts a weekday on the calendar where the present patterns did not reach it.

Two shapes of a plan told in the present were read as no tense, or as the tense of a past clause
beside them, so their weekday fell back to the one gone by:

* a present clause of its own, with its own subject, after a past one: "The choir sang at the abbey
  in June, and it performs in the parish church on Sunday"; "The pool closed in August; it reopens
  on Tuesday". A past verb in the first clause says nothing of the second, which a comma and "and",
  "but" or a semicolon set off, and whose own subject starts a new statement. (Without a subject of
  its own, "closed in August and reopens on Tuesday", the second predicate is read elsewhere.)
* a weekday that opens its clause, the subject and the verb after it: "On Saturday the club
  celebrates its centenary", "On Sunday voters choose a new mayor". The present patterns look for
  the weekday after the verb; put first, it is just as much a plan.

A present in such a clause is a plan for the weekday in it (:func:`tense_markers` reads the offset
as a future marker). Headlines (no closing stop) are left alone: their present tells news gone by.
"""

from __future__ import annotations

import re

from explorer.temporal import lexicon as lx
from explorer.temporal.plural_present import _ENDS_A_SENTENCE, _NOT_A_VERB, _PAST_AS_BARE
from explorer.temporal.singular_present import _SINGULAR_NOUN

#: "-s" words after a singular subject that are no act on the calendar: auxiliaries, reporting and
#: thinking verbs (they date a report or a state) and "-s" words that are no verbs
_NOT_AN_ACT = (
    r"is|was|has|does|says|tells|reports|claims|insists|warns|adds|notes|argues|admits|denies|believes|"
    r"thinks|knows|seems|appears|remains|means|needs|wants|hopes|expects|plans|intends|looks|sees|feels|"
    r"this|his|its|us|as|yes|always|perhaps|whereas|news|series|less|unless|across|towards|afterwards|"
    r"besides|sometimes|nevertheless|rises|falls|loses|sheds|gains|climbs|slips|drops|jumps|slides|dips|"
    r"eases|soars|plunges|sinks|slumps|rebounds|recovers|declines|advances|retreats|rallies|hits|tops")
_DET = r"(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)"
#: a singular subject and its "-s" verb: "it performs", "the museum hosts", "the town's choir sings"
_SINGULAR = (r"(?:\b(?:[Hh]e|[Ss]he|[Ii]t)|\b" + _DET + r"\s+(?:[\w'’-]+\s+)?" + _SINGULAR_NOUN + r")"
             r"\s+(?:(?:also|then|again|finally)\s+)?(?P<v>(?!(?:" + _NOT_AN_ACT + r")\b)[a-z]{2,}s(?<![su]s)(?<!is))\b")
#: a plural subject and its bare verb: "they play", "the two teams meet", "voters choose"
_PLURAL = (r"(?:\b(?:[Tt]hey|[Ww]e)|\b(?:" + _DET + r"\s+(?:[\w'’-]+\s+)?)?(?!(?:this|his|its|has|was|is|does|as|us|news|series)\b)"
           r"[a-z]{2,}s(?<![su]s)(?<!is))"
           r"\s+(?:(?:also|then|again|finally)\s+)?(?P<p>(?!(?:" + _NOT_A_VERB + "|" + _PAST_AS_BARE + r"|rise|fall|apart|away|together|long|old|ahead|behind|short|late|early)\b)"
           r"[a-z]{2,}(?<!s)(?<!ed)(?<!ing)(?<!ly))\b")
#: nor the first word of a compound noun whose own verb comes next ("the council votes were counted")
_NO_VERB_NEXT = r"(?!(?:\s+[a-z]+)?\s+(?:was|were|is|are|has|have|had|will|would|said|says|[a-z]{2,}ed)\b)"
#: the weekday a few plain words on, in the same clause (no comma between)
_DAY_FOLLOWS = r"(?=(?:\s+[\w'’-]+){0,8}?\s+(?:(?:on|this|next|from|until)\s+)?" + lx.WEEKDAY_NAMES + r"\b)"
#: a clause set off from the one before: ", and", ", but", "; ", ": ", or "and"/"but" with no comma
_NEW_CLAUSE = r"(?:[,;:]\s*(?:and|but)?|\b(?:and|but))\s+"
_PRESENT_AFTER_A_CLAUSE = re.compile(
    _NEW_CLAUSE + r"(?:" + _SINGULAR + "|" + _PLURAL + r")" + _NO_VERB_NEXT + _DAY_FOLLOWS)
#: a weekday (and a part of it) opening a clause, then the subject and its present
_FRONTED_DAY = (r"(?:^\W*|[.;:]\s+|" + _NEW_CLAUSE + r")(?:[Oo]n\s+|[Tt]his\s+|[Nn]ext\s+)?" + lx.WEEKDAY_NAMES
                + r"(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s+")
_PRESENT_AFTER_A_DAY = re.compile(_FRONTED_DAY + r"(?:" + _SINGULAR + "|" + _PLURAL + r")" + _NO_VERB_NEXT)


def _verb_at(m: re.Match[str]) -> int:
    return m.start("v") if m.group("v") else m.start("p")


def fronted_day_presents(s: str) -> list[int]:
    """Offsets of present verbs whose clause opens with a weekday: "On Saturday the club celebrates"."""
    if not _ENDS_A_SENTENCE.search(s):
        return []
    return [_verb_at(m) for m in _PRESENT_AFTER_A_DAY.finditer(s)]


def presents_after_a_past(s: str, pasts: list[int]) -> list[int]:
    """Offsets of present verbs, each with its own subject, in a clause after the clause of every past
    verb before it (``pasts`` are the offsets of the sentence's past markers), with a weekday in
    the clause: "The choir sang in June, and it performs on Sunday"."""
    if not pasts or not _ENDS_A_SENTENCE.search(s):
        return []
    found = []
    for m in list(_PRESENT_AFTER_A_CLAUSE.finditer(s)) + list(_PRESENT_AFTER_A_DAY.finditer(s)):
        if all(at < m.start() or at > _verb_at(m) for at in pasts):
            found.append(_verb_at(m))
    return found
