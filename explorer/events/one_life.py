"""A person is born once and dies once: two tellings of one birth (or one death) are one event.

Biographies and obituaries give the life in the opening line ("Ada Holm (1874–1951) was a botanist …")
and tell it again in the story ("Holm was born in Kelby on 2 February 1874"). Both tellings become an
event "… Holm is born", but with different words after the verb (the place) and dates of different
precision (the year, the day), so neither :mod:`explorer.events.repeats` (same predicate, same span) nor
the retelling folds join them, and the timeline shows two births. A birth and a death can happen only
once to one person, so the words after the verb do not matter: the same subject (by its last name)
born twice, with dates that agree (one span inside the other, or one told undated), is one happening.
The narrower date is the one kept (the day over the year), the fuller title when both are as narrow;
the other telling joins its ``mentions``.

Only the verb and the subject's last name are read; nothing here knows any particular name or date.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from explorer.events.record import Event
from explorer.events.repeats import told_undated

#: A title telling a birth or a death of a named subject: "Elin Sarrow is born", "Sarrow is born in
#: Kelby", "The botanist Elin Sarrow dies at Marren", "Sarrow died". The subject is the capitalised
#: words right before the verb; a possessive ("Lind's mother dies") names someone else and is left out.
_LIFE_TITLE = re.compile(
    r"^(?:(?:The|A|An)\s+(?:[a-z-]+\s+){0,3})?(?P<name>(?:[A-Z][\w’'.-]*\s+){0,4}(?P<last>[A-Z][\w’'-]*[a-z]))\s+"
    r"(?:(?:is|was|has\s+been)\s+(?P<born>born)|(?:has\s+)?(?P<dies>dies|died))\b")


def _life_key(event: Event) -> tuple[str, str] | None:
    """(subject's last name, "born" | "dies") of a title telling a birth or a death, else None."""
    m = _LIFE_TITLE.match(event.title)
    if m is None or m.group("last").endswith(("’s", "'s")):
        return None
    return m.group("last").lower(), "born" if m.group("born") else "dies"


def _span(event: Event) -> int | None:
    """How many days the event's date spans, or None when it has none."""
    if event.begin is None or event.end is None:
        return None
    return event.end.toordinal() - event.begin.toordinal()


def _agree(a: Event, b: Event) -> bool:
    """Whether two tellings' dates can be one day: one told undated, or one span inside the other."""
    if told_undated(a) or told_undated(b):
        return True
    if a.begin is None or b.begin is None or a.end is None or b.end is None:
        return False
    return (a.begin <= b.begin and b.end <= a.end) or (b.begin <= a.begin and a.end <= b.end)


def _better(a: Event, b: Event) -> bool:
    """Whether ``a`` is the telling to keep over ``b``: it dates the happening more closely (a narrower
    span; a date over none), or as closely and in more words: the story's "Holm was born in Kelby in
    1874" names the place that the opening bracket "(1874–1951)" leaves out."""
    span_a, span_b = (None if told_undated(e) else _span(e) for e in (a, b))
    if span_a is None:
        return False
    if span_b is None or span_a != span_b:
        return span_b is None or span_a < span_b
    return len(a.title.split()) > len(b.title.split())


def fold_one_life(events: Sequence[Event]) -> list[Event]:
    """``events`` of one document with each person's birth and death kept once: the most closely dated
    telling stays, and the others (in other sentences) join its ``mentions``."""
    out = list(events)
    drop: set[int] = set()
    kept: dict[tuple[str, str], list[int]] = {}
    for i, event in enumerate(events):
        key = _life_key(event)
        if key is None:
            continue
        twin = next((k for k in kept.get(key, []) if k not in drop and out[k].sentence_start != event.sentence_start
                     and _agree(out[k], event)), None)
        if twin is None:
            kept.setdefault(key, []).append(i)
            continue
        keep, other = (i, twin) if _better(event, out[twin]) else (twin, i)
        told = (out[other].sentence_start, out[other].sentence_end)
        out[keep] = replace(out[keep], mentions=tuple(sorted(set(out[keep].mentions) | set(out[other].mentions) | {told})),
                            derivation=f"{out[keep].derivation}; the same life's {key[1]} also told at {told[0]}-{told[1]}")
        drop.add(other)
        if keep == i:
            kept[key] = [k for k in kept[key] if k != twin] + [i]
    return [e for n, e in enumerate(out) if n not in drop]
