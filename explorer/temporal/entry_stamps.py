"""The clock stamp that opens an entry of a live page or a timeline ("14:05 – Error rates climb").

A page of entries dates its lines by their stamps, so three readers of the page ask the same
question — does a clock time open this line, and where does it end: the weekday reader (a day told
inside an entry is of the entry's time), the clock reader (a stamp later than the page's update is of
the day before) and the reader of an entry's later times. One pattern answers all three, so a page
written with bullets or a zone is read alike by each.
"""

from __future__ import annotations

import re

#: the zones a live page writes after its stamps
_ZONES = "GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT"

#: the word a live page writes before an entry's stamp ("Updated 03:42: ...", "First published 23:10: ...")
_STAMP_WORD = r"(?i:(?:last[ \t]+|first[ \t]+)?(?:updated?|posted|published))"

#: A clock time opening its line, perhaps after a bullet or a stamp word ("- 14:05 - Error rates climb",
#: "02:05 — It's official", "22:47: A resident called", "09:30 GMT", "Updated 01:20: A recount"): then a
#: dash, a colon or a bar, the entry's first word, or the end of the line (a live page's stamp on a line of its own, group ``alone``).
#: Group ``time`` is the time; the match ends after the time and its zone.
_ENTRY_CLOCK = re.compile(
    rf"[ \t]*(?:[-–—•*][ \t]*)?(?:{_STAMP_WORD}[ \t:,]*(?:at[ \t]+)?)?(?P<time>(?:[01]?\d|2[0-3])[:.][0-5]\d)(?:[ \t]*(?:{_ZONES}))?"
    r"(?=[ \t]*(?:[-–—:|]|[A-Z]|(?P<alone>$)))", re.MULTILINE)


def entry_clock(text: str, pos: int, *, words: bool = False) -> re.Match[str] | None:
    """The clock stamp opening the line that ``pos`` is on, or None when no stamp opens it. With
    ``words``, only a stamp with the entry's words after it on its line: a timeline's line ("13:02 – A
    change was deployed") tells when its happening was; a stamp alone on its line, over a live page's
    paragraph, tells when the page was written."""
    stamp = _ENTRY_CLOCK.match(text, text.rfind("\n", 0, pos) + 1)
    return None if stamp is None or words and stamp["alone"] is not None else stamp
