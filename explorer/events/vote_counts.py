"""A vote's count, told in the sentence after the vote, is the same vote.

Reports of a decision give the decision first and its count next: "The assembly passed the bill on
Thursday. It was approved by 41 votes to 29 after a seven-hour debate", "Delegates voted to strike.
They backed the motion by 412 votes to 96". The second sentence tells no new happening, only how the
first one went; as an event of its own it would put the same vote on the timeline twice, once undated.

An undated telling whose clause gives a vote's count ("by 41 votes to 29", "by a majority of 12",
"by 24-3") with a verb of deciding joins, as one of its ``mentions``, the nearest telling of a verb of
deciding in the two sentences before it. It stays apart when it has a date of its own (a second
vote, "on 4 December parliament passed it by 88 votes to 71"), when the count stands in the same
sentence as the other telling ("It was proposed …; the proposal was carried by 24 votes to 3": a
second decision), or when no decision was told just before. Nothing here knows any particular body,
name or date.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from explorer.events.record import Event
from explorer.events.repeats import told_undated

#: The count of a vote: "by 41 votes to 29", "by 412 to 96", "by a majority of 12", "by 24-3".
_COUNT = re.compile(
    r"\bby\s+(?:(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+votes?\s+to\s+(?:\d[\d,]*|[a-z]+)|\d[\d,]*\s+to\s+\d[\d,]*\b|"
    r"an?\s+(?:\w+\s+)?majority\s+of\s+\d|\d{1,4}\s*[-–]\s*\d{1,4}\b)",
    re.IGNORECASE,
)
#: The verbs a decision is told with, in any form a title or sentence gives them.
_DECIDING = re.compile(
    r"\b(?:vot|pass|approv|back|carr|adopt|reject|endors|ratif|defeat|overturn|throw\w*\s+out|threw\s+out)"
    r"(?:e|es|ed|ing|s|ies|ied|y)?\b",
    re.IGNORECASE,
)
#: How many sentences back the vote may have been told.
_SENTENCES_BACK = 2


def _sentences_between(text: str, start: int, end: int) -> int:
    """How many sentence ends lie between two offsets."""
    return len(re.findall(r"[.!?](?:[\"”’)]*)\s", text[start:end]))


def fold_vote_counts(text: str, events: Sequence[Event]) -> list[Event]:
    """``events`` of one document with each undated telling of a vote's count folded into the vote
    told just before it (see the module's docstring)."""
    out = list(events)
    drop: set[int] = set()
    for i, event in enumerate(events):
        if not told_undated(event) or not _COUNT.search(event.sentence) or not _DECIDING.search(event.title):
            continue
        earlier = [j for j, other in enumerate(events)
                   if j != i and j not in drop and other.sentence_end <= event.sentence_start
                   and _DECIDING.search(other.title)
                   and _sentences_between(text, other.sentence_end - 1, event.sentence_start) < _SENTENCES_BACK]
        if not earlier:
            continue
        j = max(earlier, key=lambda n: events[n].sentence_start)
        here = (event.sentence_start, event.sentence_end)
        out[j] = replace(out[j], mentions=tuple(sorted(set(out[j].mentions) | {here} | set(out[i].mentions))),
                         derivation=f"{out[j].derivation}; its count told at {here[0]}-{here[1]}")
        drop.add(i)
    return [e for n, e in enumerate(out) if n not in drop]
