"""A header of labelled fields that describes an event ("Event: Open Day" / "Date: 12 May 2025" / "Venue:
Main Hall"): its "Date:" is the event's day, not the day the page was written. A memo's fields ("To: All
staff" / "From: Facilities" / "Date: 12 May 2025" / "Re: Car park") date the memo itself, and so does any
block whose labels name no event: only a label that names the happening ("Event:", "What:", "Occasion:")
makes the block an event's fact box. Unless nothing else on the page gives a date, the page is dated by
its other lines (a "Posted" line, a byline, a footer); when nothing does, the event's day is the one day the
page gives, and it is taken (see ``document_date.printed_document_date``).
"""

from __future__ import annotations

import re

#: a labelled field: a label of a word or a few, a colon, and its value on the same line
_FIELD = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z ]{0,24}?)\s*:\s*\S")
#: a label that names the happening the block describes
_EVENT_LABEL = re.compile(r"(?i)^(?:event|what|occasion|activity|happening)(?:\s+(?:name|title))?$")
#: a label of a day
_DAY_LABEL = re.compile(r"(?i)^(?:date|dates|when|day)$")


def event_day_lines(lines: list[str]) -> frozenset[str]:
    """The lines of ``lines`` (a page's non-empty lines, in order) that give the day of an event in a
    block of labelled fields one of which names the event (see the module's docstring)."""
    found: set[str] = set()
    block: list[tuple[str, str]] = []
    for line in [*lines, ""]:
        m = _FIELD.match(line)
        if m is not None:
            block.append((m["label"].strip(), line))
            continue
        if len(block) >= 2 and any(_EVENT_LABEL.match(label) for label, _ in block):
            found.update(text for label, text in block if _DAY_LABEL.match(label))
        block = []
    return frozenset(found)
