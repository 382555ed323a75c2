"""Whether a "today" in a page with no date is told in the present of its own clause.

A history or a provenance note speaks of its own present with "today": "the border drawn in 1816 still
divides the two provinces today", "Today the astrolabe is one of the museum's most requested objects",
"Most historians today see him as a ruler caught between two powers". TimeML values that "today" as
PRESENT_REF. The sentence's tense reader weighs every verb marker of the sentence, and a participle
("drawn", "shown", "caught") or an earlier clause ("The toll lapsed in 1866, but ...") reads as past;
the clause that holds "today" is what says whether the writer speaks of now or of a day gone by
("Today the council voted", a news page whose date was lost).
"""

from __future__ import annotations

import re

#: where the clause holding the word begins or ends: a stop, a colon, a semicolon, a dash, a comma,
#: or a joining "but"/"and"/"while"/"whereas"
_CLAUSE_EDGE = re.compile(r"[.;:!?–—(),]|\b(?:but|and|while|whereas|although)\b|\n", re.IGNORECASE)
#: a finite verb of the present: be and have, and the verbs of a state or a view that a narrator's
#: present uses ("still divides", "see him as", "remains", "stands", "carries")
_PRESENT = re.compile(
    r"(?i)\b(?:is|are|am|has|have|remains?|stands?|survives?|lives?|lies|belongs?|holds?|carries|contains?|"
    r"employs?|sees?|regards?|considers?|calls?|knows?|remembers?|believes?|views?|describes?|"
    r"still\s+[a-z]+s)\b")
#: a finite verb of the past or the future, which makes the clause's "today" a day
_NOT_PRESENT = re.compile(r"(?i)\b(?:was|were|had|did|will|would|shall|won't|went|came|said|told|\w+ed(?<!need)(?<!\bshed))\b")
#: the words of a passive or a perfect before a participle ("is shown", "has been used"), which keep
#: the clause in the present
_AUX_BEFORE = re.compile(r"(?i)\b(?:is|are|am|be|been|being|has|have)\s+(?:\w+ly\s+|not\s+|still\s+|also\s+)?$")


#: a label's dash or colon right after the word ("Today – We employ 310 people"): the entry is its clause
_LABEL_AFTER = re.compile(r"[ \t]*[–—:-][ \t]*")


def present_clause(text: str, start: int, end: int) -> bool:
    """Whether the first finite verb of the clause around ``text[start:end]`` (a "today") is a present
    one ("Today the bridge is one of the most visited sights"), not a past or a future one ("Today the
    council voted"); a participle after "is" or "has been" goes with its auxiliary."""
    left = max((m.end() for m in _CLAUSE_EDGE.finditer(text, max(0, start - 200), start)), default=max(0, start - 200))
    label = _LABEL_AFTER.match(text, end)
    after = label.end() if label is not None and not text[left:start].strip() else end  # "Today –" opening its line
    right_edge = _CLAUSE_EDGE.search(text, after, after + 200)
    right = right_edge.start() if right_edge is not None else min(len(text), after + 200)
    clause = text[left:start] + " " + text[after:right]
    present = _PRESENT.search(clause)
    if present is None:
        return False
    for m in _NOT_PRESENT.finditer(clause, 0, present.start()):
        if not _AUX_BEFORE.search(clause, 0, m.start()):
            return False  # a past or future verb comes first
    return True
