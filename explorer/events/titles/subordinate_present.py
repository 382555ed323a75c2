"""A title's subordinate clause told in the headline's present too: "The bonds become worthless when the
bankrupt thrift is seized", not "… when the bankrupt thrift was seized".

The headline tense (:func:`explorer.events.tense.headline_tense`) puts a title's first verb in the
present; a clause after "when", "after", "as" … kept its past, and the title read in two tenses
("Investors lose their savings when the company collapsed"). The clause is put in the present by the
same rule, read as a title of its own (its subject decides the number: "they pass", "it is joined").

Only general English: nothing here knows a name, place or date.
"""

from __future__ import annotations

import re

from explorer.events.tense import headline_tense

#: A subordinator after the main clause's words, and the clause it opens (to a comma or the end).
_SUBORDINATE = re.compile(
    r"(?<=\S)\s(?P<word>when|after|before|because|while|until|once|where|as)\s+(?P<clause>[^,;:]+)"
)
#: Words before "as" that make it no subordinator: "such as", "as well as", "known as", "the same as".
_NOT_AS = frozenset("such well known same so just regarded seen described served acted".split())


def subordinate_in_present(title: str) -> str:
    """``title`` with the first verb of its first subordinate clause in the present, when that clause
    reads as one ("… when the company collapsed" -> "… when the company collapses"); else ``title``."""
    m = _SUBORDINATE.search(title)
    if m is None or len(title[:m.start()].split()) < 2:
        return title
    if m.group("word") == "as" and title[:m.start()].split()[-1].lower() in _NOT_AS:
        return title
    clause = m.group("clause")
    told = headline_tense(clause[:1].upper() + clause[1:])
    if told.lower() == clause.lower() or len(told.split()) != len(clause.split()):
        return title
    told = clause[:1] + told[1:]
    return title[:m.start("clause")] + told + title[m.end("clause"):]
