"""A verbless notice of opening: "Closed Monday.", "Market open Fri–Sun", "Opening hours: Sat 10–4".

Such a line has no finite verb, so no tense says which side of the page's date its days lie on; a
notice posted on a door, a page or a board tells readers when they can come, so it speaks forward:
"Closed Monday", put up on a Wednesday, is the coming Monday. Read as news, where a bare weekday is
the one just gone ("police said Monday"), it went a week back, and "Closed" even counted as a past
verb. Only the words of opening and closing make a notice: "Fun night out Friday!" in a post has no
verb either and looks back. "Closed" and "shut" open the notice themselves (with a subject they are
a headline's past: "Bridge closed Monday after crash"); "open" cannot be a past, so a subject may go
before it ("Library open Tue and Wed").

Opening hours after a day ("Sat 10-4", "Mon–Fri 9–5", "Sat & Sun 10am–4pm") make the same kind of
notice inside a sentence that has a verb but no tense of its own ("Visitors are welcome Sat 10-4"):
they tell readers when to come, so the day is the coming one; a past verb ("The stall was open Sat
10-4") still puts it in the week gone.
"""

from __future__ import annotations

import re

from explorer.temporal.grammar.blocks import CLOCK_RANGE, WDAY_ANY

#: "open" as the adjective of opening, not of a letter, a question or a tournament ("Open letter to ...")
_OPEN = r"open\b(?!\s+(?:to|for|on\s+the|up|with|about|letters?|questions?|source|season|championships?|university)\b)"
_NOTICE = re.compile(
    # "Hours: ..." only as a label ("Hours before the vote on Tuesday, ..." opens a sentence of news)
    r"^\W*(?:(?:closed|shut|opening\s+(?:hours|times))\b|hours(?:\s+of\s+opening)?\s*:|" + _OPEN
    + r"|(?:(?-i:[A-Z])[\w'’&-]*\s+){1,3}" + _OPEN + ")",
    re.IGNORECASE)
#: a finite verb or an auxiliary anywhere in the line makes it a sentence, with a tense of its own
_FINITE = re.compile(r"(?i)\b(?:is|are|was|were|be|been|will|would|has|have|had|do|does|did|can|could|may|might|"
                     r"must|shall|should|said|says|remains?|stays?|reopens?|reopened|opened|opens|closes|closing\s+down)\b")


def notice_word(sentence: str) -> re.Match[str] | None:
    """The words that make ``sentence`` (a line or a sentence of a text) a notice of opening hours
    ("Closed", "Library open"), if it is one with no finite verb of its own; a caller that knows the
    sentence's tense markers still checks that none stands after these words ("Open warfare broke out")."""
    if len(sentence) > 120 or _FINITE.search(sentence) is not None:
        return None
    return _NOTICE.match(sentence)


def is_notice(sentence: str, markers: list[int] | None = None) -> bool:
    """Whether ``sentence`` is a verbless notice; ``markers``: where its verbs' tense markers are."""
    m = notice_word(sentence)
    return m is not None and all(at < m.end() for at in markers or ())


#: a day, or a range or pair of days, with opening hours right after it (see :data:`CLOCK_RANGE`)
_DAYS_THEN_HOURS = re.compile(rf"(?i){WDAY_ANY}(?:[ \t]*[-–—&/][ \t]*{WDAY_ANY}|[ \t]+(?:to|through|and)[ \t]+{WDAY_ANY})?"
                              rf",?[ \t]+{CLOCK_RANGE}")


def hours_follow(sentence: str, at: int) -> bool:
    """Whether the day at ``at`` in ``sentence`` has opening hours after it ("Sat 10-4", "Mon-Fri
    9-5"): a notice of when to come, which a caller reads forward when no verb gives a tense."""
    return _DAYS_THEN_HOURS.match(sentence, at) is not None


__all__ = ["hours_follow", "is_notice", "notice_word"]
