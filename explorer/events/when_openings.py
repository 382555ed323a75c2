"""The act of an opening "When" clause in a sentence with no date of its own: "When floods wrecked the
pontoon, she organised the repairs herself", "When the council sold the depot, the drivers walked out".

The main clause's act is read by the plain-act rules; the "when" clause tells a happening of its own,
right before it, which a reader lists too (as an opening "after" clause's is, see ``undated_events``).
Only a clause whose subject is a noun phrase, a name or a bare plural and whose past verb acts on
something: a pronoun's clause ("When we unpacked", "When they came to the fork") more often sets the
scene, and a verb with no object ("When the wind dropped") tells the weather or a moment, not an act.
General English only: nothing here knows a name, place or date.
"""

from __future__ import annotations

import re

from explorer.events.after_clauses import clause_act_title
from explorer.events.happening_verbs import NOT_HAPPENING_VERBS, OBJECT_AFTER, PAST_FORMS
from explorer.events.occurrences import Occurrence

_WHEN_OPENING_ACT = re.compile(
    r"^\s*When\s+(?P<subject>(?:the|a|an|his|her|its|their|our|my)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+|"
    r"(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,2}|(?!(?:this|thus|was|has|is|as|its|his|news)\b)[a-z]{3,}s)\s+"
    r"(?:first\s+|finally\s+|suddenly\s+)?"
    rf"(?P<verb>(?!(?:{NOT_HAPPENING_VERBS}|failed|got|became|began|started|made|took)\b)(?:[a-z]{{3,}}ed|{PAST_FORMS}))\b"
    rf"{OBJECT_AFTER}[^,;:]*,\s+(?=\S)")


def when_opening_act(sentence: str, sentence_start: int) -> tuple[Occurrence, str] | None:
    """The act of ``sentence``'s opening "When" clause with its title ("Floods wreck the pontoon"), or None."""
    m = _WHEN_OPENING_ACT.match(sentence)
    if m is None:
        return None
    title = clause_act_title(sentence, m)
    if title is None:
        return None
    return Occurrence(sentence_start + m.start("verb"), sentence_start + m.end("verb"), m.group("verb")), title
