"""A dated "where" clause after a dated main clause: two happenings, each titled by its own clause.

"Henrik Vall moved to Paris in 1920, where he died in 1935": a move and a death, each with its date.
Titled from the whole sentence both read "Henrik Vall moves to Paris, where he dies" and were folded
into one event, the move lost. The main clause's date is titled up to the comma; the "where" clause's by
the clause itself (``where_clauses`` titles a "where" clause's date when the main clause has none). Its
"he", "she", "it" or "they" is the main clause's subject only when the main verb goes straight on to the
place ("moved to Paris", "settled in Leeds"): after an object ("took the suspect to the station in 1990,
where he confessed") the pronoun may be the object's, and the clause is left as the sentence has it.
Only when each side has a date (``explorer.events.clauses.WHERE_AFTER_DATE``): "…, where he lived for
ten years" is the place's aside and stays in the move's title.
"""

from __future__ import annotations

import re
from typing import Sequence

from explorer.events.clauses import WHERE_AFTER_DATE, subject_before

_PRONOUNS = ("he", "she", "it", "they")
#: The main clause's subject, its verb and straight after it the preposition of the place: "Henrik Vall
#: moved to", "The family settled in", "The regiment sailed back to".
_VERB_TO_PLACE = r"\s+(?:[a-z]+ly\s+)?[a-z]{2,}\s+(?:back\s+|out\s+|on\s+)?(?:to|in|into|at|for|from)\s"


def where_parts(sentence: str, start: int, end: int, others: Sequence[tuple[int, int]]
                ) -> tuple[str, int, int, tuple[tuple[int, int], ...]] | None:
    """The clause of the date at [start, end) when a dated "where" clause parts it from another date:
    ``(clause, start, end, other dates in it)`` with offsets in the clause; None otherwise."""
    for m in WHERE_AFTER_DATE.finditer(sentence):
        comma, body = m.start(1), m.end(1)
        before = tuple(o for o in others if o[1] <= comma)
        after = tuple(o for o in others if o[0] >= body)
        if end <= comma and after:
            return sentence[:comma] + ".", start, end, before
        if start >= body and before:
            who = m.group("who")
            rest = sentence[body:]
            main = subject_before(sentence, comma) if who.lower() in _PRONOUNS else None
            if main and not re.match(r"\s*" + re.escape(main) + _VERB_TO_PLACE, sentence):
                return None  # "took the suspect to the station in 1990, where he confessed": whose "he" is not sure
            if main:
                head, cut = main, len(who)
            else:
                head, cut = who[:1].upper() + who[1:], len(who)
            clause = head + rest[cut:]
            shift = len(head) - cut - body
            return clause, start + shift, end + shift, tuple((a + shift, b + shift) for a, b in after)
    return None


__all__ = ["where_parts"]
