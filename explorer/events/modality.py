"""Clauses that tell no happening: a negated perfect or future, and a bare possibility.

"The Falcons have not won the league since 1994", "Sailings would not resume until Wednesday",
"Some remote valleys could wait until the weekend": the date there bounds something that did not (or
may) happen, and a timeline shows what happened. Read off the event's title, which is its clause told
from the subject on; only the clause's own first verb counts, so "X says sailings would not resume"
(a statement) and "Its charter is not renewed" (a passive: something was decided) stay events.
Nothing here knows any particular name, place or date.
"""

from __future__ import annotations

import re

#: Up to six words of subject, then the clause's first auxiliary.
_SUBJECT = r"^(?:(?!(?:says|said|say|tells|told|argues|warns|confirms|reports|that)\b)[\w'’&.,-]+\s+){0,6}?"
_NEGATED = re.compile(
    _SUBJECT + r"(?:has|have|had|do|does|did|will|would|could|can|cannot)\s+(?:not|never|n't)\b|"
    r"^(?:no one|nobody|none of|nothing)\b",
    re.IGNORECASE,
)
_POSSIBLE = re.compile(_SUBJECT + r"(?:could|might|may)\s+(?!not\b)(?!have\b)[a-z]+", re.IGNORECASE)


def is_non_happening(title: str) -> bool:
    """True when the clause titled ``title`` says something did not happen or only might."""
    return bool(_NEGATED.search(title) or _POSSIBLE.search(title))
