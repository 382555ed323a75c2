"""A letter's, a notice's or a deed's sign-off dates the document when nothing above does: "Best
wishes,\nMaria\n14 March 2024", "— Ann Reid, Leeds, 14 March 2024", "Signed this 3rd day of June 2024".

A letter or a deed writes its date at the end, beside the signature, and not in a header. The
sign-off is no happening (see :mod:`explorer.events.sign_offs`), but its date is the day the text was
written: the page's own date, which the tagger needs to read "in January" or "last week" above it.
Only a full date (day, month and year) in the last lines, after a closing formula, a dash before a
name or a signing formula, is read; a dated sentence of the story there is not. A day and month without
the year ("— Tom, 14 March") take it from what the text reports (:func:`yearless_sign_off_date`). Nothing here knows any
particular name, place or date.
"""

from __future__ import annotations

import re
from datetime import date

from explorer import temporal
from explorer.temporal.document_date import signed_day_after_reported
from explorer.temporal.normalize import Spec, valid_day
from explorer.temporal.lexicon import MONTHS

#: How many non-empty lines at the end of a text a sign-off may take.
_TAIL_LINES = 4
#: A sign-off line: a closing formula alone or with the writer's name ("Best wishes,", "Yours, Tom"), a
#: dash before the writer's name ("— Ann Reid, Leeds, 14 March 2024"), or a signing formula ("Signed this
#: 3rd day of June 2024"). A closing word that opens a sentence of the letter ("Thanks, that all looks
#: fine") or a label ("Best before: 12 March 2024") is none.
_CLOSING = re.compile(
    r"^\s*(?:(?:yours(?:\s+(?:sincerely|faithfully|truly|ever))?|best(?:\s+wishes)?|kind\s+regards|regards|sincerely|"
    r"with\s+thanks|many\s+thanks|cheers|love|warm\s+wishes|all\s+the\s+best)\s*[,.!]?(?:\s+[A-Z][\w.'’-]*){0,3}\s*[,.]?\s*$|"
    r"[—–-]{1,2}\s*[A-Z][^\n:@<>\"“”]{0,80}$|"
    r"(?:signed|dated|sworn|executed)\s+(?:this|on|at)\b[^\n:@<>]{0,80}$)", re.IGNORECASE)
#: A dash opening a line, and a word of a sentence after it (a name, a place and a date have none).
_DASH = re.compile(r"\s*[\u2014\u2013-]")
_LOWER_WORD = re.compile(r"\b(?!(?:of|the|and|de|la|le|van|von|da|del|on|upon|in)\b)[a-z]{2,}")
#: The most words of a line after the sign-off's formula that may hold its date ("Maria", "14 March 2024").
_SHORT_LINE_WORDS = 6
#: A full date: a day, a month's name and a year, either order ("14 March 2024", "March 14, 2024",
#: "3rd day of June 2024").
_FULL_DATE = re.compile(
    r"\b(?:\d{1,2}(?:st|nd|rd|th)?(?:\s+day\s+of)?\s+(?P<m1>[A-Z][a-z]{2,8})\.?,?\s+\d{4}|"
    r"(?P<m2>[A-Z][a-z]{2,8})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\b")


#: a day and a month's name without a year after them ("14 March", "(14th March)", "March 14"): the full date
#: is :data:`_FULL_DATE`'s
_DAY_MONTH = re.compile(
    r"(?<![\d/.])(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m1>[A-Z][a-z]{2,8})\.?|(?P<m2>[A-Z][a-z]{2,8})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?)"
    r"(?![\w/])(?!,?\s+\d)")


def yearless_sign_off_date(text: str) -> date | None:
    """A sign-off's day and month without its year ("— Tom, 14 March", "Best wishes,\nTom\n14 March") in
    the year the text gives it: the first such day on or after what the text reports as past (see
    :func:`~explorer.temporal.document_date.signed_day_after_reported`); None when it reports nothing, or
    when the sign-off prints a full date (:func:`sign_off_date` reads that)."""
    lines = [line for line in text.rstrip().split("\n") if line.strip()][-_TAIL_LINES:]
    for at, line in enumerate(lines):
        if not _CLOSING.match(line) or _DASH.match(line) and _LOWER_WORD.search(line):
            continue
        after = lines[at + 1:]
        if any(len(rest.split()) > _SHORT_LINE_WORDS for rest in after):
            return None
        for candidate in (line, *after):
            for m in _DAY_MONTH.finditer(candidate):
                month = MONTHS.get((m.group("m1") or m.group("m2")).lower().rstrip("."))
                day = int(m.group("d1") or m.group("d2"))
                if month is not None and valid_day(2000, month, day):
                    return signed_day_after_reported(text, Spec("D", month=month, day=day))
        return None
    return None


def sign_off_date(text: str) -> date | None:
    """The full date in a sign-off among the last lines of ``text`` (see the module's docstring), or None:
    on the sign-off's line, or on a short line after it ("Best wishes,", "Maria", "14 March 2024")."""
    lines = [line for line in text.rstrip().split("\n") if line.strip()][-_TAIL_LINES:]
    for at, line in enumerate(lines):
        if not _CLOSING.match(line) or _DASH.match(line) and _LOWER_WORD.search(line):
            continue  # ("- Volunteers repaired the gate on 3 May 2024": a list's item, not a name under a dash)
        after = lines[at + 1:]
        if any(len(rest.split()) > _SHORT_LINE_WORDS for rest in after):
            return None  # the letter goes on after it: no sign-off
        for candidate in (line, *after):
            for m in _FULL_DATE.finditer(candidate):
                if (m.group("m1") or m.group("m2")).lower().rstrip(".") not in MONTHS:
                    continue
                parsed = temporal.parse_date_phrase(re.sub(r"\s+day\s+of\b", "", m.group(0)))
                if parsed:
                    return parsed[0]
        return None
    return None
