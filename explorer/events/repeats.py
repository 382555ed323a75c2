"""One happening told twice in one article is one event.

An article may announce "the demise of Qasem Soleimani" in its lede and come back to "Soleimani's
death" later: both become the title "… Soleimani dies", and a reader wants one mark on the timeline.
Two events of a document are the same happening when their titles say the same thing of the same
subject (the subject compared by its last name, so "Qasem Soleimani" and "Soleimani" agree) and their
dates agree: the same day span, or one of them told with no date expression at all. An expression
the text gives but that cannot be resolved yet ("on Tuesday" in an undated article) is a date of its
own, never a repeat of another date ("A plan unveiled on Tuesday would build the plant by 2030" is
two happenings). The first telling is kept (the first dated one if the first is undated); the record's
``mentions`` lists where the others are, so the source pane and the exports reach every one.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from explorer.events.record import Event

BARE_SPEECH = frozenset("says say said tells told adds added notes noted writes wrote".split())
WORD = re.compile(r"[\w’'-]+")


def happening_key(event: Event) -> tuple | None:
    """(subject's last name, predicate) of a title "Subject Name predicate …", or None when the title
    does not start with a capitalised subject."""
    words = WORD.findall(event.title.rstrip("…"))
    subject: list[str] = []
    for word in words:
        if word[:1].isupper():
            subject.append(word)
            continue
        break
    predicate = words[len(subject):]
    if not subject or not predicate or (len(predicate) == 1 and predicate[0].lower() in BARE_SPEECH):
        return None  # "X says" twice is two statements as far as the title can tell
    return (subject[-1].lower(), " ".join(w.lower() for w in predicate))


def told_undated(event: Event) -> bool:
    """No date expression of its own: undated, or only bounded by its dated neighbours (inferred)."""
    return not event.timex and (event.begin is None or event.certainty != "exact")


def _same_time(a: Event, b: Event) -> bool:
    """Equal dates, or one telling with no date expression (it does not contradict the other)."""
    if told_undated(a) or told_undated(b):
        return True
    if a.begin is None or b.begin is None:
        return a.begin is None and b.begin is None and a.value == b.value and a.value != ""
    return (a.begin, a.end) == (b.begin, b.end)




def merge_repeats(events: Sequence[Event]) -> list[Event]:
    """``events`` of one document with each repeated happening kept once: at its first telling, or at
    its first dated one when the first is undated."""
    kept: dict[tuple, list[int]] = {}
    out: list[Event] = []
    others: dict[int, list[tuple[int, int]]] = {}  # the other tellings of out[i], joined once at the
    # end: joining them at each repeat copied them each time (quadratic in a long, repetitive text)
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
            out[twin], other = event, first  # the first dated telling is the one kept
        else:
            other = event
        others.setdefault(twin, []).extend([(other.sentence_start, other.sentence_end), *other.mentions])
    for i, tellings in others.items():
        keep = out[i]
        here = (keep.sentence_start, keep.sentence_end)
        told = list(dict.fromkeys(t for t in tellings if t != here))
        out[i] = replace(
            keep,
            derivation=keep.derivation + "".join(f"; also told at {s}-{e}" for s, e in told),
            mentions=tuple(sorted(set(told) | set(keep.mentions) - {here})),
        )
    return out
