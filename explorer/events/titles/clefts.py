"""A cleft of time: the happening is the clause after "when" or "that", not the "it was".

"I think it was like 6 AM on Monday when the barriers came down", "It was on a Friday that the lights
went out": the date is put in focus by "it was", and the title made from the sentence's first verb
read "… think it is like". A reader titles the clause the time is of: "The barriers come down".
"""

from __future__ import annotations

import re

#: "it was", "it's", "it must have been", a hedge or a preposition after it, right before the date.
_IT_WAS_BEFORE = re.compile(
    r"\b(?:it|It)\s+(?:was|is|’s|'s|had\s+been|must\s+have\s+been|would\s+have\s+been)\s+"
    r"(?:(?:just|only|like|about|around|roughly|nearly|almost|maybe|probably|sometime|some\s+time|on|in|at|"
    r"after|before|past|early|late)\s+){0,3}"
    # the clock time before a day: "it was about 11 PM on Friday when …" (the day's own expression)
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:AM|PM|am|pm|a\.m\.|p\.m\.|o’clock|o'clock)?\s+(?:on|in|of)\s+(?:the\s+)?)?$"
)
#: The rest of the time (another expression, "in the morning"), then "when" or "that" and a clause.
_WHEN_AFTER = re.compile(r"^(?P<rest>[^,.;:!?\"“”]{0,40}?)\s*,?\s+(?:when|that)\s+(?=\S)")


def cleft_clause_start(sentence: str, timex_start: int, timex_end: int) -> int | None:
    """Where the clause a cleft of time focuses begins, or None when the date is not so told. The clause
    needs a verb's room: three words at least."""
    if timex_end <= timex_start or not _IT_WAS_BEFORE.search(sentence[:timex_start]):
        return None
    m = _WHEN_AFTER.match(sentence[timex_end:])
    if m is None or re.search(r"\b(?:when|that|which|who)\b", m.group("rest")):
        return None
    start = timex_end + m.end()
    if len(sentence[start:].split()) < 3:
        return None
    return start
