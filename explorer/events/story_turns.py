"""A turn of the story announced by its name: "The turning point came in the spring", "His big break came
in 1998", "Decline came in the early 19th century", "The final blow came from the bank", "Recognition came
in 1961, when …". The clause names a point of the story (a break, a turn, a blow, a
decline) and says only that it came; the happening it stands for is told beside it (the "when" clause)
or in the next sentences (the win, the vote, the prize), and the timeline shows that one. Told alone it
names no one and nothing done, as "Everything changed in December" does (``states._BARE_CHANGE``).

A happening that comes has a name of its own and stays: "The storm came on 17 January", "Budburst
came in early April", "The breakthrough came at talks on 9 April", "The single came out in May".
Only general English; nothing here knows a name, place or date.
"""

from __future__ import annotations

import re

#: The names of a story's turns, which stand for a happening told elsewhere.
_TURN_NAMES = (r"(?:turning\s+point|(?:big\s+|lucky\s+)?break|turn|decline|(?:first\s+|final\s+|last\s+)?blow|"
               r"recognition|fame|success|setback|(?:big\s+)?moment|chance)")
_ANNOUNCED_TURN = re.compile(
    r"^\W*(?:(?:then|but|and|so|finally|soon)\s+)?"
    r"(?:(?:the|a|an|her|his|its|their|our|my|(?:(?-i:[A-Z])[\w.'’-]*\s+){0,2}(?-i:[A-Z])[\w.'’-]*(?:'s|’s))\s+)?"
    r"(?:[\w'’-]+\s+){0,1}?"
    + _TURN_NAMES +
    r"\s+(?:comes|came|come)\b"
    # ... and nothing more than where, when or from whom: "came over Christmas", "came from the voters"
    r"(?=\s*$|\s*[,.;:]|\s+(?:from|in|on|at|over|with|earlier|later|sooner|early|late|soon|when|after|before|during|only)\b)",
    re.IGNORECASE)


def announces_a_turn(title: str) -> bool:
    """Whether the clause titled ``title`` only says that a turn of the story came (see
    :data:`_ANNOUNCED_TURN`): no happening of its own."""
    return _ANNOUNCED_TURN.search(title) is not None
