"""One happening told twice in one article is one event.

An article may announce "the demise of Qasem Soleimani" in its lede and come back to "Soleimani's
death" later: both become the title "… Soleimani dies", and a reader wants one mark on the timeline.
Two events of a document are the same happening when their titles say the same thing of the same
subject (the subject compared by its last name, so "Qasem Soleimani" and "Soleimani" agree) and their
dates agree (the same day span, or one of them undated). The first telling is kept (the first dated
one if the first is undated); its ``derivation`` lists where the others are, so the source pane can
still reach every mention.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from explorer.events.record import Event

_BARE_SPEECH = frozenset("says say said tells told adds added notes noted writes wrote".split())
_WORD = re.compile(r"[\w’'-]+")


def happening_key(event: Event) -> tuple | None:
    """(subject's last name, predicate) of a title "Subject Name predicate …", or None when the title
    does not start with a capitalised subject."""
    words = _WORD.findall(event.title.rstrip("…"))
    subject: list[str] = []
    for word in words:
        if word[:1].isupper():
            subject.append(word)
            continue
        break
    predicate = words[len(subject):]
    if not subject or not predicate or (len(predicate) == 1 and predicate[0].lower() in _BARE_SPEECH):
        return None  # "X says" twice is two statements as far as the title can tell
    return (subject[-1].lower(), " ".join(w.lower() for w in predicate))


def _same_time(a: Event, b: Event) -> bool:
    """Equal dates, or one telling undated (it does not contradict the other)."""
    return a.begin is None or b.begin is None or (a.begin, a.end) == (b.begin, b.end)


def merge_repeats(events: Sequence[Event]) -> list[Event]:
    """``events`` of one document with each repeated happening kept once: at its first telling, or at
    its first dated one when the first is undated."""
    kept: dict[tuple, list[int]] = {}
    out: list[Event] = []
    also: dict[int, list[str]] = {}  # the other tellings of out[i], joined once at the end: appending
    # to the derivation at each repeat copied it each time (quadratic in a long, repetitive text)
    for event in events:
        key = happening_key(event)
        twin = next((i for i in kept.get(key, []) if _same_time(out[i], event)), None) if key else None
        if twin is None:
            if key is not None:
                kept.setdefault(key, []).append(len(out))
            out.append(event)
            continue
        first = out[twin]
        if first.begin is None and event.begin is not None:
            out[twin], also[twin] = event, [f"{first.sentence_start}-{first.sentence_end}"]
        else:
            also.setdefault(twin, []).append(f"{event.sentence_start}-{event.sentence_end}")
    for i, places in also.items():
        keep = out[i]
        out[i] = replace(keep, derivation=keep.derivation + "".join(f"; also told at {p}" for p in places))
    return out
