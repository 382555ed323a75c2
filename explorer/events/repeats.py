"""One happening told twice in one article is one event.

An article may announce "the demise of Qasem Soleimani" in its lede and come back to "Soleimani's
death" later: both become the title "… Soleimani dies", and a reader wants one mark on the timeline.
Two events of a document are the same happening when their titles say the same thing of the same
subject (the subject compared by its last name, so "Qasem Soleimani" and "Soleimani" agree) and their
dates agree (both undated, or the same day span). The first telling is kept; its ``derivation`` lists
where the others are, so the source pane can still reach every mention.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from explorer.events.record import Event

_WORD = re.compile(r"[\w’'-]+")


def happening_key(event: Event) -> tuple | None:
    """(subject's last name, predicate, dates) of a title "Subject Name predicate …", or None when
    the title does not start with a capitalised subject."""
    words = _WORD.findall(event.title.rstrip("…"))
    subject: list[str] = []
    for word in words:
        if word[:1].isupper():
            subject.append(word)
            continue
        break
    predicate = words[len(subject):]
    if not subject or not predicate:
        return None
    return (subject[-1].lower(), " ".join(w.lower() for w in predicate), event.begin, event.end)


def merge_repeats(events: Sequence[Event]) -> list[Event]:
    """``events`` of one document with each repeated happening kept once, at its first telling."""
    first: dict[tuple, int] = {}
    out: list[Event] = []
    for event in events:
        key = happening_key(event)
        if key is not None and key in first:
            kept = out[first[key]]
            out[first[key]] = replace(
                kept, derivation=f"{kept.derivation}; also told at {event.sentence_start}-{event.sentence_end}"
            )
            continue
        if key is not None:
            first[key] = len(out)
        out.append(event)
    return out
