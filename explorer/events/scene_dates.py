"""A date that sets the scene: "It was April 19, eleven days after the vote, and the streets were quiet",
"It was 11 p.m. on Saturday.", "It was just after midnight on Sunday, and the last train had gone". The clause
says what day or hour it was, with "it" and "be" and the date as what "it" is: a time given for what
is told beside it or after it, no happening of its own. (A clause that then tells its happening, "It
was 5 a.m. when the alarm sounded", "It was Monday before the power came back", "It was in 1998 that
the firm first made a profit", is the happening's time, and stays; so does "That was in 1998", a time
given to a happening told before, and "It's the third day of a strike", a day's place in the strike that goes
on.) Nothing here knows any particular name, place or date.
"""

from __future__ import annotations

import re

#: "it" or "this" and "be", right before the date, opening the sentence or a clause of its own: "It was
#: April 19", "It is now the third week", "It was just after midnight", "It's the second day".
_IT_IS_BEFORE = re.compile(
    r"(?:^|[.;:!?]\s+|,\s+(?:and|but)\s+|\b(?:and|but)\s+)[\W_]*(?:it|this)\s*(?:is|was|['’]s)\s+"
    r"(?:(?:now|still|already|nearly|almost|about|around|only|just|shortly|well|past|early|late)\s+)*"
    r"(?:(?:after|before|on)\s+)?(?:the\s+|a\s+)?"
    # ... a clock time first, then its day: "It was 11 p.m. on Saturday"
    r"(?:(?:\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\.?)?|noon|midnight)\s*(?:on\s+|,\s*)(?:the\s+)?)?$",
    re.IGNORECASE)
#: What turns the date into a happening's time: a clause told right after it ("… when the alarm sounded",
#: "… on a Tuesday before the power came back", "…, that the firm made a profit", "… until the doors
#: opened"). (A "that" further on belongs to a phrase of the date's own: "It was April 19, eleven days
#: after the vote that had sealed his fate".)
_TIME_OF_A_CLAUSE_AFTER = re.compile(r"^\s*,?\s*(?:[\w'’.-]+\s+){0,4}?(?:when|before|that|until|till|as|since|by\s+the\s+time|once)\b",
                                     re.IGNORECASE)
#: A day's place in a run: "It's the third day of a strike by the refuse crews" tells the run, a happening
#: still going on (``test_precision_kinds_s20`` keeps it), not the day it is.
_OF_A_RUN = re.compile(r"^\s+of\b", re.IGNORECASE)
#: The title of the "it"-clause itself ("It is", "It's of an offensive …", "It is, eleven days after the vote").
_IT_TITLE = re.compile(r"^(?:it|this)\b", re.IGNORECASE)


def sets_the_scene(title: str, sentence: str, start: int, end: int) -> bool:
    """Whether the date at ``start``..``end`` of ``sentence`` is what "it" is, in a clause opened by
    "it" (or "this") and "be" (see :data:`_IT_IS_BEFORE`), with no clause after it that tells a
    happening at that time (see :data:`_TIME_OF_A_CLAUSE_AFTER`), and ``title`` is that clause's own:
    the day or hour it was, no happening."""
    return bool(_IT_TITLE.match(title) and _IT_IS_BEFORE.search(sentence[:start])
                and not _TIME_OF_A_CLAUSE_AFTER.match(sentence[end:]) and not _OF_A_RUN.match(sentence[end:]))
