"""A happening named by a noun and expected at a date of its own is a plan kept with its date:
"Completion is expected in 2027", "A decision is expected in October", "The reopening of the line is
expected in May".

The date roles leave out "is expected in" as a forecast of something told elsewhere ("a recovery is
expected in the autumn" after a story of a fall). When the clause's subject is itself a happening's noun
(a completion, a decision, a vote, an opening, a hearing ...) and the sentence is that noun, "is
expected" and the date, the sentence names the happening and when it is planned: a reader lists it
as a scheduled happening, as "The bridge is to be reopened in May" is. Figures ("Results are expected
in March", "growth is expected in 2026") and a guess in an aside stay forecasts. Nothing here knows any
particular name, place or date.
"""

from __future__ import annotations

import re

from explorer.events.happening_nouns import PLANNED_NOUNS, alternation

#: A planned happening's noun (:data:`~explorer.events.happening_nouns.PLANNED_NOUNS`), "re-" before it
#: where it takes one ("reopening"), any spaces in it as the text spaces them.
_HAPPENING_NOUN = "(?:re-?)?(?:" + alternation(PLANNED_NOUNS).replace(" ", r"\s+") + ")"
#: The whole clause before the date: an optional determiner and a few modifiers, the happening's noun
#: (with an "of" phrase), "is/are (now) expected", a preposition of time.
_NOMINAL_PLAN = re.compile(
    rf"^\W*(?:(?:the|a|an|its|their|his|her|our|this|that)\s+)?(?:[\w'’-]+\s+){{0,3}}?{_HAPPENING_NOUN}"
    r"(?:\s+of\s+[^,;:.!?]{1,50}?)?\s+(?:is|are)\s+(?:(?:now|still|also)\s+)?expected\s+(?:in|on|at|during|around)\s+(?:the\s+)?$",
    re.IGNORECASE)


def is_a_nominal_plan(clause: str) -> bool:
    """Whether ``clause`` (its text up to the date) is a happening's noun expected at the date: a
    planned happening, not a forecast (see the module's docstring)."""
    return _NOMINAL_PLAN.match(clause) is not None
