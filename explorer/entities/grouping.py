"""One happening reported by several articles: events of different documents grouped by a score of
date agreement, shared actors, shared places and shared wording.

Groups never hold two events of one document. Where the members' dates do not all overlap the group is
``disputed`` and keeps every date, so the app can show both. Grouping is a plain value: undoing it is
dropping a group (see ``commands``).
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Iterator, Sequence

from explorer.entities.lexicon import FUNCTION_WORDS, MONTHS_AND_DAYS
from explorer.events.record import Event

#: Pairs scoring at least this are the same happening.
THRESHOLD = 0.6
#: Dates further apart than this (days) are different happenings, however alike the text.
MAX_DISAGREEMENT_DAYS = 3
#: Below this share of wording, events with no actor in common are never the same happening.
_MIN_TEXT = 0.25
_WORD = re.compile(r"[^\W\d_]{3,}")


@dataclass(frozen=True, slots=True)
class EventGroup:
    id: str
    event_ids: tuple[str, ...]
    docs: tuple[str, ...]
    dates: tuple[tuple[date | None, date | None], ...]  # distinct (begin, end) of the members
    disputed: bool
    score: float

    @property
    def sources(self) -> int:
        return len(self.docs)


def _content(event: Event) -> frozenset[str]:
    text = event.sentence[: event.timex_start - event.sentence_start] + " " + event.sentence[event.timex_end - event.sentence_start:]
    return frozenset(
        w[:6] for w in (m.group().lower() for m in _WORD.finditer(text))
        if w not in FUNCTION_WORDS and w not in MONTHS_AND_DAYS
    )


def _jaccard(a: frozenset | set, b: frozenset | set) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _span_days(event: Event) -> int:
    return (event.end - event.begin).days if event.begin and event.end else 0


def date_agreement(a: Event, b: Event) -> float | None:
    """1 for the same dates, less for compatible precisions, small for a near miss; None if apart."""
    if a.begin is None or b.begin is None:
        return None
    a_end, b_end = a.end or a.begin, b.end or b.begin
    if a.begin == b.begin and a_end == b_end:
        return 1.0
    if a.begin <= b_end and b.begin <= a_end:
        wide, narrow = sorted((_span_days(a), _span_days(b)), reverse=True)
        return 0.8 if wide <= 31 else 0.5 if wide <= 366 else 0.2
    gap = min(abs((a.begin - b_end).days), abs((b.begin - a_end).days))
    if gap <= MAX_DISAGREEMENT_DAYS and max(_span_days(a), _span_days(b)) == 0:
        return 0.3
    return None


def similarity(a: Event, b: Event, words: dict[str, frozenset[str]] | None = None) -> float:
    if a.doc == b.doc:
        return 0.0
    dates = date_agreement(a, b)
    if dates is None:
        return 0.0
    wa = words[a.id] if words else _content(a)
    wb = words[b.id] if words else _content(b)
    actors = _jaccard(set(a.actors), set(b.actors))
    places = _jaccard(set(a.places), set(b.places))
    text = _jaccard(wa, wb)
    evidence = 0.4 * actors + 0.2 * places + 0.4 * min(1.0, 2 * text)
    if not (set(a.actors) & set(b.actors)) and text < _MIN_TEXT:
        return 0.0
    return round(0.35 * dates + 0.65 * evidence, 4)


def _candidates(dated: Sequence[Event], words: dict[str, frozenset[str]]) -> Iterator[tuple[int, int]]:
    """The pairs (i < j) of ``dated`` (sorted by begin) that can score at all, without looking at the
    others: both in one date window (``b`` begins at most ``MAX_DISAGREEMENT_DAYS`` after ``a`` ends),
    of different documents, and sharing an actor or enough wording (a pair with neither scores 0,
    see :func:`similarity`).

    Comparing every pair of a date window was quadratic when many documents share it (a thousand
    articles dated "2018"). Wording is found by prefix filtering: two word sets whose Jaccard index
    reaches ``t`` share one of the ``n - ceil(t n) + 1`` rarest words of each, so only those are
    indexed. Events that share a common actor are still all compared, as they can all score."""
    begins = [e.begin.toordinal() for e in dated]  # type: ignore[union-attr]
    frequency = Counter(w for e in dated for w in words[e.id])
    by_word: dict[str, list[int]] = {}
    by_actor: dict[str, list[int]] = {}
    prefixes: list[list[str]] = []
    for i, e in enumerate(dated):  # postings in ascending order: ranges are found by bisection
        ranked = sorted(words[e.id], key=lambda w: (frequency[w], w))
        prefixes.append(ranked[: len(ranked) - math.ceil(_MIN_TEXT * len(ranked)) + 1] if ranked else [])
        for w in prefixes[-1]:
            by_word.setdefault(w, []).append(i)
        for actor in set(e.actors):
            by_actor.setdefault(actor, []).append(i)
    for i, a in enumerate(dated):
        horizon = (a.end or a.begin).toordinal() + MAX_DISAGREEMENT_DAYS  # type: ignore[union-attr]
        stop = bisect.bisect_right(begins, horizon)
        if stop <= i + 1:
            continue
        found: set[int] = set()
        for postings in [*(by_word[w] for w in prefixes[i]), *(by_actor[x] for x in set(a.actors))]:
            lo = bisect.bisect_right(postings, i)
            hi = bisect.bisect_left(postings, stop, lo)
            found.update(postings[lo:hi])
        for j in sorted(found):
            if dated[j].doc != a.doc:
                yield i, j


def group_events(events: Sequence[Event], threshold: float = THRESHOLD) -> list[EventGroup]:
    """Groups of two or more events from different documents, strongest first within each."""
    dated = [e for e in events if e.begin is not None]
    dated.sort(key=lambda e: e.begin)
    words = {e.id: _content(e) for e in dated}
    pairs: list[tuple[float, int, int]] = []
    for i, j in _candidates(dated, words):
        score = similarity(dated[i], dated[j], words)
        if score >= threshold:
            pairs.append((score, i, j))
    pairs.sort(reverse=True)
    cluster: dict[int, int] = {}
    members: dict[int, list[int]] = {}
    best: dict[int, float] = {}
    for score, i, j in pairs:
        ci, cj = cluster.get(i, i), cluster.get(j, j)
        if ci == cj:
            continue
        mi, mj = members.get(ci, [i]), members.get(cj, [j])
        if {dated[k].doc for k in mi} & {dated[k].doc for k in mj}:
            continue  # never two events of one document
        merged = mi + mj
        for k in merged:
            cluster[k] = ci
        members[ci] = merged
        members.pop(cj, None)
        best[ci] = max(best.get(ci, 0.0), best.pop(cj, 0.0), score)
    groups: list[EventGroup] = []
    for root, idx in members.items():
        if len(idx) < 2:
            continue
        group = [dated[k] for k in sorted(idx, key=lambda k: (dated[k].doc, dated[k].timex_start))]
        dates = tuple(sorted({(e.begin, e.end) for e in group}, key=lambda d: (d[0] or date.min, d[1] or date.min)))
        disputed = not all(
            date_agreement(x, y) is not None and date_agreement(x, y) > 0.3 for x in group for y in group if x is not y
        )
        groups.append(EventGroup(f"group:{group[0].id}", tuple(e.id for e in group), tuple(e.doc for e in group),
                                 dates, disputed, best.get(root, 0.0)))
    groups.sort(key=lambda g: g.dates[0][0] or date.min)
    return groups
