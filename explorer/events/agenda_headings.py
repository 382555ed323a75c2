"""A heading over what is to come: "Coming later this year", "Coming up next week", "Still to come in
2026", "Looking ahead to the spring". A line of its own that names only the time of the items listed
under it: the items are the happenings (each read on its own line), the heading none. Nothing here
knows any particular name, place or date.
"""

from __future__ import annotations

import re

#: The words such a heading has besides its date.
_HEADING_WORDS = frozenset(
    "coming up soon next still to come ahead looking what's whats what is planned on the way in for from "
    "later due and".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
#: The word it opens with: the heading announces, it does not tell.
_OPENER = re.compile(r"^\W*(?:coming|still\s+to\s+come|looking\s+ahead|up\s+next|what['’]?s\s+(?:next|coming|ahead))\b",
                     re.IGNORECASE)


def heads_what_is_to_come(sentence: str, start: int, end: int) -> bool:
    """Whether ``sentence``, holding a date at ``start``..``end``, is a heading over what is to come: a line
    with no closing stop, opened by "Coming", "Still to come", "Looking ahead", "Up next" or "What's
    next", and no other word but the date's and a few of its own (see :data:`_HEADING_WORDS`)."""
    line = sentence.strip()
    if not line or "\n" in line or line[-1] in ".!?:;" or not _OPENER.match(line):
        return False
    rest = sentence[:start] + " " + sentence[end:]
    return all(w.lower() in _HEADING_WORDS for w in _WORD.findall(rest))
