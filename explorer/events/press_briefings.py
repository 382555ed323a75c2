"""A spokesman's word to the press, dated by its telling, is no happening.

"The chief executive told analysts on a conference call Tuesday morning that fuel had cost 92 cents a
gallon", "the secretary told reporters on Wednesday", "The governor told a press conference at 12:45 that
six members had backed the hold": the date is when the words were said to the press, and the words are
the story's sources, not a turn in it. What they tell (a cost, a vote, a plan) is dated in its own
clause when it is a happening ("told reporters that troops had withdrawn on Wednesday evening" keeps the
withdrawal's date, which is not right after the telling). A telling to a court, a committee or a
board is evidence given, a happening of its own, and is not read here.

Only general English; nothing here knows a name, place or date.
"""

from __future__ import annotations

import re

from explorer.temporal.lexicon import MONTH_NAMES, WEEKDAY_NAMES

__all__ = ["told_the_press_then"]

#: The telling and its audience, the press or the market: "told reporters", "told analysts", "briefed
#: journalists", "told a news conference".
_TOLD_THE_PRESS = (r"\b(?:told|tells|briefed|briefs)\s+(?:analysts|reporters|journalists|investors|the\s+press|"
                   r"(?:a|the)\s+(?:press|news)\s+conference|(?:a|the)\s+(?:press\s+)?briefing)")
#: ... then at most the way it was told and where ("on a conference call", "in the capital"), and the
#: date's preposition: nothing else between the telling and its date.
_THEN = re.compile(
    _TOLD_THE_PRESS + r"(?:\s+(?:on|in|during|at)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:call|briefing|interview|statement|"
    r"meeting|webcast))?(?:\s+in\s+(?:the\s+)?[A-Z][\w-]*(?:,\s+[A-Z][\w-]*)?)?"
    # (its clock time before its day: "at 8am on Thursday")
    r"(?:\s+at\s+\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?)?\s+(?:on|at|late|early)?\s*$",
    re.IGNORECASE)


#: A done act told with a date of its own after the telling: "told reporters on Thursday that it had
#: fined the airline in January". The telling bounds that act (see told_done_acts) and its date stays.
_DATED_DONE_ACT_AFTER = re.compile(
    rf"^[^.;!?]*?\bhad\s+[a-z]+\b[^.;!?]*?\b(?:in|on|last|since|by)\s+(?:the\s+)?(?:{MONTH_NAMES}|{WEEKDAY_NAMES}|"
    r"\d{4}\b|spring|summer|autumn|winter)", re.IGNORECASE)


def told_the_press_then(before: str, after: str = "") -> bool:
    """Whether the text ``before`` a date (its sentence up to it) ends with a telling to the press, so
    that the date is the telling's (see :data:`_THEN`), and the words told ``after`` it hold no done act
    with a date of its own (:data:`_DATED_DONE_ACT_AFTER`)."""
    return _THEN.search(before) is not None and _DATED_DONE_ACT_AFTER.match(after) is None
