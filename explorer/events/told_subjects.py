"""Who acted in a happening a title tells through its teller: "Marta Kessel says growers in her
constituency had already lost a third of their harvest", "The weather office says the storm made
landfall", "Pavel Roos reminds members that the ministry had published the rules".

A plain statement is no happening (tests/gold/README.md); when such a title stands for an event, the
event is the act told, and its actor is the told clause's subject ("growers", "the storm", "the
ministry"), not the teller, who only reports it. The title keeps the teller (who said so is worth
reading); the actors put the told clause's subject first when the told clause tells a past act ("had
lost", "made landfall": what happened), and second, after the teller, when it tells what will or
would be ("says the vote would take place": the saying may be the news). A told clause opened by a
pronoun ("says he sails") names no one new, and a quotation is the teller's own words. Only general
English.
"""

from __future__ import annotations

import re

from explorer.events.tense import IRREGULAR_PASTS

#: A teller's verb of saying in a title, its hearer, and "that": "says", "tells reporters", "reminds members that".
_TOLD = re.compile(
    r"^(?P<teller>\S.*?)\s+(?:says|tells\s+[a-z]+|reminds\s+[a-z]+|warns|adds|insists|claims|argues|notes)"
    r"(?:\s+that)?\s+(?P<told>.+)$"
)
#: A past act in the told clause: "had lost", "made", "was treated", "had been closed".
_PAST = re.compile(rf"\b(?:had|was|were|[a-z]{{3,}}ed|{IRREGULAR_PASTS})\b")
_PRONOUNS = frozenset("he she it they we i you this that there".split())


def told_clause(title: str) -> tuple[str, bool] | None:
    """The told clause of a title "TELLER says (that) CLAUSE" and whether it tells a past act, or None
    when the title tells no clause ("The council says", "X tells pickets") or its subject is a pronoun."""
    m = _TOLD.match(title)
    if m is None or len(m.group("told").split()) < 2:
        return None
    told = m.group("told")
    if told.split()[0].lower() in _PRONOUNS or told[:1] in "“\"‘'":
        return None  # ("says “the operation has been very successful”": the teller's own words, no act)
    return told, _PAST.search(told) is not None
