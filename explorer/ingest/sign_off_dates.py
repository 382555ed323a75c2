"""A letter's, a notice's or a deed's sign-off dates the document when nothing above does: "Best
wishes,\nMaria\n14 March 2024", "— Ann Reid, Leeds, 14 March 2024", "Signed this 3rd day of June 2024".

A letter or a deed writes its date at the end, beside the signature, and not in a header. The
sign-off is no happening (see :mod:`explorer.events.sign_offs`), but its date is the day the text was
written: the page's own date, which the tagger needs to read "in January" or "last week" above it.
Only a full date (day, month and year) in the last lines, after a closing formula, a dash before a
name or a signing formula, is read; a dated sentence of the story there is not. Nothing here knows any
particular name, place or date.
"""

from __future__ import annotations

import re
from datetime import date

from explorer import temporal

#: How many non-empty lines at the end of a text a sign-off may take.
_TAIL_LINES = 4
#: A closing formula, a dash before the writer's name, or a signing formula, opening a line.
_CLOSING = re.compile(
    r"^\s*(?:(?:yours(?:\s+(?:sincerely|faithfully|truly))?|best(?:\s+wishes)?|kind\s+regards|regards|sincerely|"
    r"with\s+thanks|thanks|cheers|love|warm\s+wishes|all\s+the\s+best)\b[,.!]?|[—–-]{1,2}\s*[A-Z]|"
    r"(?:signed|dated|sworn|executed)\s+(?:this|on|at)\b)", re.IGNORECASE)
#: A full date: a day, a month's name and a year, either order ("14 March 2024", "March 14, 2024",
#: "3rd day of June 2024").
_FULL_DATE = re.compile(
    r"\b(?:\d{1,2}(?:st|nd|rd|th)?(?:\s+day\s+of)?\s+(?P<m1>[A-Z][a-z]{2,8})\.?,?\s+\d{4}|"
    r"(?P<m2>[A-Z][a-z]{2,8})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\b")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def sign_off_date(text: str) -> date | None:
    """The full date in a sign-off among the last lines of ``text`` (see the module's docstring), or None."""
    lines = [line for line in text.rstrip().split("\n") if line.strip()][-_TAIL_LINES:]
    closed = False
    for line in lines:
        if _CLOSING.match(line):
            closed = True
        if not closed:
            continue
        for m in _FULL_DATE.finditer(line):
            month = (m.group("m1") or m.group("m2")).lower()[:3]
            if month not in _MONTHS:
                continue
            phrase = re.sub(r"\s+day\s+of\b", "", m.group(0))
            parsed = temporal.parse_date_phrase(phrase)
            if parsed:
                return parsed[0]
    return None
