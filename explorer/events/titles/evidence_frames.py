"""A happening told through what shows it: "The figures showed (that) X …", "We learned that X …".

"The figures showed the unemployment rate for adult men declined to 3.8 percent" was titled "The
figures show the unemployment rate": the frame names no one who acted, and the cut kept the frame
and the first words of what it shows. Records, figures, documents and data do not act; what they
show is the happening, and its subject is who acted ("The unemployment rate for adult men declines
to 3.8 percent", "The parish records show that he was apprenticed to a cooper" -> "He is
apprenticed to a cooper", the pronoun then named by the title rules). Likewise a newsroom's "we
learned that X": the reporter's learning is no happening on the story's timeline. A person or a body
that shows or confirms ("The minister confirmed that …") keeps the frame: that is an act of theirs.

Only general English: nothing here knows a name, place or date.
"""

from __future__ import annotations

import re

from explorer.events.tense import IRREGULAR

#: Irregular pasts of happenings (not "was", "had", "did": a state's or an auxiliary's).
_PASTS = "|".join(sorted((w for w in IRREGULAR if w not in ("was", "were", "had", "did", "been")), key=len, reverse=True))

#: Nouns of things that show a happening without acting: the frame's head.
_EVIDENCE = (
    r"figures|numbers|statistics|stats|data|records|documents|papers|files|archives|registers|accounts|"
    r"minutes|logs|letters|diaries|results|tests|census|images|photographs|photos|footage|recordings|"
    r"returns|filings|accounts|ledgers|books|notes|tallies|polls|surveys|studies|estimates"
)
#: The frame, from the sentence's start (after an opening phrase of time and its comma): up to six
#: words ending on such a noun, a verb of showing, and "that" or not; or a newsroom's "we learned".
_FRAME = re.compile(
    r"^(?:(?P<opening>[^,;:]{1,40}),\s+)?"
    r"(?:(?P<thing>(?:[\w’'-]+\s+){0,4}?(?i:" + _EVIDENCE + r")(?:\s+(?:of|from|in|at|for)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?)"
    r"\s+(?:also\s+)?"
    r"(?:show|shows|showed|have\s+shown|has\s+shown|reveal|reveals|revealed|indicate|indicates|indicated|confirm|confirms|confirmed)"
    r"|(?P<we>[Ww]e(?:'ve|\s+have)?\s+(?:also\s+)?(?:learned|learnt|discovered|heard)))"
    r"\s+(?:that\s+)?(?=\S)",
)
#: What must follow: a subject and a verb of a happening within a few words, a past, a perfect or a
#: passive (a told clause, not a noun object such as "The figures show a rise", nor a told state,
#: "Tests show the binding is original", which the showing is the finding of).
_CLAUSE = re.compile(
    r"(?:(?!(?:which|who|that|whose)\b)[\w’'.-]+\s+){0,9}?(?:(?:was|were|is|are)\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|" + _PASTS + r")|had|has|have|[a-z]{3,}ed|"
    + _PASTS + r")\b"
)
_OPENING_TIME = re.compile(
    r"(?i)^(?:finally|also|meanwhile|today|yesterday|earlier|later|now|then|on\s|in\s|at\s|by\s|last\s|this\s|"
    r"over\s|during\s|after\s|before\s)"
)


def evidence_told_start(sentence: str) -> int | None:
    """Where the happening told through a thing that shows it begins in ``sentence`` ("The figures
    showed | the unemployment rate … declined …", "Finally today, we learned that | the space agency
    has taken …"), or None when the sentence tells no such frame."""
    m = _FRAME.match(sentence)
    if m is None:
        return None
    opening = m.group("opening")
    if opening is not None and not _OPENING_TIME.match(opening.strip()):
        return None
    thing = m.group("thing")
    if thing is not None and (thing.split()[0].lower() in ("he", "she", "they", "it", "we", "i")
                              or re.search(r"\b(?:who|which|that)\b", thing)):
        return None
    told = sentence[m.end():]
    if told[:1].islower() and told.split()[0].lower() not in (
            "the", "a", "an", "its", "his", "her", "their", "he", "she", "they", "it", "some", "more", "most",
            "many", "several", "all", "no", "only", "at", "about", "nearly", "almost", "over"):
        return None
    if not _CLAUSE.match(told):
        return None
    return m.end()
