"""A date told by the close of the vote or process that the main act was done in: "Drivers voted for
strikes in a ballot that closed on 20 February", "Members backed the plan in a consultation which ended
on 3 May". The ballot's closing is no happening of its own a reader puts on a timeline; it dates the
act done in it, and the title tells that act ("Drivers vote for strikes in a ballot"), not "A ballot
closes". Only general English: nothing here knows a name, place or date.
"""

from __future__ import annotations

import re

from explorer.events.titles.finish import verb_at

#: "… in a ballot that closed on", "… through a consultation which ended in": the act's circumstance, a
#: relative pronoun and a verb of closing, then the date (its preposition or none).
_CLOSING = re.compile(
    r"\s+(?:in|at|through|by|during)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]*"
    r"(?P<relative>\s+(?:that|which)\s+(?:closed|ended|finished|concluded)\s+(?:(?:on|in|at)\s+)?)$"
)


def closing_cut(sentence: str, timex_start: int) -> int | None:
    """Where the main clause ends in ``sentence`` when its date (at ``timex_start``) stands right after
    the close of the circumstance its act was done in (see the module's docstring); else None."""
    m = _CLOSING.search(sentence[:timex_start])
    if m is None:
        return None
    main = sentence[: m.start("relative")]
    last = re.split(r"[;:]\s+|(?<=[.!?])\s+", main)[-1]
    if verb_at(last.split()) is None:
        return None
    return m.start("relative")
