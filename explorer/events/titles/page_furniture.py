"""What a web page puts before a story's first words, which no title holds.

Pages dropped into the app carry furniture that the sentence splitter leaves on the sentence: the
quote marks of an embedded post ("> I queued from 6 AM …"), a date stamp ("date 2019-03-06"), and a
dateline in capitals with its colon or dash ("HARBOURTOWN: The ferry operator …"). A title made from
such a sentence began "Date HARBOURTOWN: The ferry operator …" or "> I queued". A reader skips them:
the title is made from what follows. Typographical patterns only; no outlet or place is named.
"""

from __future__ import annotations

import re

from explorer.temporal.document_date import RELEASE_WIRE

#: Quote marks of an embedded post or an e-mail reply: "> ", ">> ".
_QUOTE_MARKS = re.compile(r"\s*(?:>\s*)+")
#: A stamp word before the stamp's own date: "date 2019-03-06", "Posted: 4 May", "Updated on 3 June".
_STAMP_WORD = re.compile(r"\s*(?:[Dd]ated?|[Pp]osted|[Uu]pdated|[Pp]ublished|DATE|POSTED|UPDATED|PUBLISHED)(?:\s+on)?\s*:?\s*")
#: A dateline in capitals (one to four words, perhaps a region after a comma), then a colon or a dash:
#: "HARBOURTOWN: ", "KESTREL BAY — ", "PORT ELLEN, Islay: ".
#: (or with its date and a press-release wire's name between slashes: "TORONTO, March 3, 2024 /CNW/ - ")
_DATELINE = re.compile(
    r"\s*[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3}(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?\s*"
    r"(?::|—|–|--|,[^/\n]{4,40}?" + RELEASE_WIRE + r"\s*(?:—|–|--|-))\s+(?=\S)"
)


def furniture_end(sentence: str, timex_start: int, timex_end: int) -> int:
    """Where the story's own words begin after a page's furniture at the start of ``sentence`` (0 when
    there is none). The stamp's date is furniture only when it is the event's own expression or stands
    before it; at least three words must be left to title."""
    at = 0
    marks = _QUOTE_MARKS.match(sentence)
    if marks and marks.end() > 0 and ">" in marks.group():
        at = marks.end()
    stamp = _STAMP_WORD.match(sentence, at)
    if stamp and timex_end > timex_start and stamp.end() == timex_start:
        at = timex_end
    line = _DATELINE.match(sentence, at)
    if line and (at > 0 or _has_stamp_or_caps_only(line.group())):
        at = line.end()
    while at < len(sentence) and sentence[at].isspace():
        at += 1
    if at == 0 or len(sentence[at:].split()) < 3:
        return 0
    return at


def _has_stamp_or_caps_only(dateline: str) -> bool:
    """A dateline alone at the sentence's start: its words are all in capitals, two letters or more
    (a single capital letter with a colon is a list's label or a question's: "A: Yes")."""
    letters = re.sub(r"[^A-Za-z]", "", dateline.split(",")[0])
    return len(letters) >= 3 and letters.isupper()
