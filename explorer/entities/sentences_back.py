"""The sentences before an event's, read back by the rules that name whom its title's pronoun stands
for ("He", "She", "It", "They": :mod:`~explorer.entities.title_person`,
:mod:`~explorer.entities.title_described_person`, :mod:`~explorer.entities.title_body`,
:mod:`~explorer.entities.title_group`).

Why one module: each rule walked back over the same sentences its own way (where a sentence ends,
whether the document's first sentence counts, how far back), and the copies drift as rules are
added. The walk is here once; what a rule reads differently is its arguments (how many sentences a
chain follows, how far back it reads, whether a line's end closes a sentence), each said at its call.
"""

from __future__ import annotations

import re

#: The end of a sentence: a stop, then the next sentence's capital or opening quote.
SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[A-Z\"“‘(])")
#: The end of a sentence or of a line: a headline or a date line ends without a stop.
SENTENCE_OR_LINE_END = re.compile(r"(?:[.!?][\"'”’)]*\s+|\n\s*)(?=[A-Z\"“‘(])")


def sentence_starts_back(text: str, sentence_start: int, chain: int, read_back: int,
                         ends: re.Pattern[str] = SENTENCE_OR_LINE_END, first_alone: bool = False) -> list[int]:
    """Where the sentences before the one at ``sentence_start`` start, nearest first: up to ``chain``
    + 1 of them, found over the ``read_back`` characters before it, a sentence closed by ``ends``.

    The document's first sentence has no end before it: it counts when the reading reaches the
    document's start and some sentence ends after it (it opens a chain like any other), or, with
    ``first_alone``, also when none does (the event's own sentence is then the second, or the text
    before it is one unclosed sentence). Empty when nothing before is read."""
    reach = max(0, sentence_start - read_back)
    found = [m.end() for m in ends.finditer(text, reach, max(0, sentence_start - 1))]
    if reach == 0 and (found or first_alone):
        found.insert(0, 0)
    return found[::-1][:chain + 1]
