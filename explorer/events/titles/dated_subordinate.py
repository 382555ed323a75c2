"""A date inside a "since" or "when" clause that tells a happening of its own, after a main clause
that tells none: the title is the subordinate clause's.

"For the ministry, 2025 was the busiest year since the country joined the Arctic Council in 2011",
"a war that has killed hundreds since it began in the spring of 2021", "The dispute began when
farmers complained to the council in the spring of 2019", "The firm had nearly closed when its bank
withdrew a loan in 2023": the date belongs to the subordinate clause (its subject, its past verb, then
the date), and the main clause is a state since then, a frame ("began", "came") or a thing that almost
happened. A title made from the main clause ("For the ministry is the busiest year", "The dispute
begins when farmers") tells nothing that happened on that date; the subordinate clause does ("The
country joins the Arctic Council").

A main clause that is a happening itself keeps the title ("Ann Berg was arrested when police raided
her flat on Tuesday": the arrest), and so does one with a date of its own. General English only:
nothing here knows a name, place or date.
"""

from __future__ import annotations

import re
from typing import Sequence

from explorer.events.states import is_state
from explorer.events.tense import IRREGULAR_PASTS
from explorer.events.titles.framed_clauses import FRAME_VERBS

#: "since|when" + a subject (a noun phrase, a name, "he"/"she") + a past verb, perhaps after an
#: auxiliary: "since the country joined", "when its bank withdrew", "when residents of Tarby complained".
_SUBORDINATE = re.compile(
    r"\b(?P<sub>since|when)\s+(?P<subject>(?:the|a|an|its|his|her|their)\s+(?:(?!(?:was|were|had|has)\b)[a-z][\w’'-]*\s+){0,3}?"
    r"[a-z][\w’'-]*|(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*|(?!(?:was|has|is|this|its|his|as|us|thus|perhaps)\b)[a-z]+s(?:\s+(?:of|from|in|at)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[a-z]+)?)?|he|she)\s+"
    r"(?:had\s+|was\s+|were\s+)?(?:first\s+|finally\s+|formally\s+)?(?P<verb>[a-z]{3,}ed|" + IRREGULAR_PASTS + r")\b"
)
#: Words of a main clause that frame a time or tell what almost happened, besides ``FRAME_VERBS``.
_NOT_DONE = frozenset("almost nearly".split())
#: A clause break between the subordinator and the date: the date is then another clause's.
_BREAK = re.compile(r"[,;:()\"“”—]")


def _frames(main: str) -> bool:
    """Whether ``main`` tells no happening of its own: a frame verb ("began", "came"; not "was" or
    "were", which may be a passive's), an "almost", or a state."""
    words = [w.lower().strip(",;:") for w in main.split()]
    return any(w in FRAME_VERBS - {"was", "were"} or w in _NOT_DONE for w in words[1:]) or is_state(main, "") \
        or _COPULA_NOUN.search(main) is not None


#: A copula before a noun phrase: "2025 was the busiest year", "it is a town": a state, no happening.
_COPULA_NOUN = re.compile(r"\b(?:was|were|is|are|has\s+been|have\s+been)\s+(?:the|a|an|its|their|one)\b")


def subordinate_start(sentence: str, timex_start: int, timex_end: int,
                      others: Sequence[tuple[int, int]] = ()) -> int | None:
    """Where the "since"/"when" clause holding the date begins (its subject), or None when the date is
    in no such clause after a main clause that tells no happening (see the module's docstring)."""
    if timex_end <= timex_start:
        return None
    found = [m for m in _SUBORDINATE.finditer(sentence, 0, timex_start) if m.end() <= timex_start]
    if not found:
        return None
    m = found[-1]
    if _BREAK.search(sentence, m.end(), timex_start) or m.group("subject").split()[0] in ("The", "A", "An"):
        return None
    clause_start = max((b.end() for b in re.finditer(r"[;:]\s+", sentence[:m.start()])), default=0)
    main = sentence[clause_start:m.start()]
    if len(main.split()) < 2 or any(clause_start <= a < m.start() for a, _ in others) and not _frames(main):
        return None  # no main clause before, or one with a date of its own that tells a happening
    if m.group("sub") == "when" and not _frames(main):
        return None
    return m.start("subject")
