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
from typing import Any, Callable, Generic, Hashable, Iterator, Mapping, Sequence, TypeVar

from explorer.entities.lexicon import FUNCTION_WORDS, MONTHS_AND_DAYS
from explorer.events.agents import names_only
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


#: How a pair's score is made (see :func:`similarity`): the dates' agreement and the evidence, a
#: weighted mean of the actors', places' and wording's agreement.
_DATE_WEIGHT, _EVIDENCE_WEIGHT = 0.35, 0.65
_ACTOR_WEIGHT, _PLACE_WEIGHT, _TEXT_WEIGHT = 0.4, 0.2, 0.4


@dataclass(frozen=True, slots=True)
class Features:
    """What :func:`similarity` compares of an event, made once per event rather than once per pair."""

    actors: frozenset[str]
    places: frozenset[str]
    words: frozenset[str]

    @classmethod
    def of(cls, event: Event) -> Features:
        # a description ("the council") is no one of another document: names only
        return cls(frozenset(names_only(event.actors)), frozenset(event.places), _content(event))


def similarity(a: Event, b: Event, features: Mapping[str, Features] | None = None) -> float:
    """How surely ``a`` and ``b`` (of different documents) tell one happening, 0 to 1;
    ``features`` by event id, when the caller compares many pairs."""
    if a.doc == b.doc:
        return 0.0
    dates = date_agreement(a, b)
    if dates is None:
        return 0.0
    fa = features[a.id] if features else Features.of(a)
    fb = features[b.id] if features else Features.of(b)
    text = _jaccard(fa.words, fb.words)
    if text < _MIN_TEXT and fa.actors.isdisjoint(fb.actors):
        return 0.0
    actors = _jaccard(fa.actors, fb.actors)
    places = _jaccard(fa.places, fb.places)
    evidence = _ACTOR_WEIGHT * actors + _PLACE_WEIGHT * places + _TEXT_WEIGHT * min(1.0, 2 * text)
    return round(_DATE_WEIGHT * dates + _EVIDENCE_WEIGHT * evidence, 4)


def least_evidence(threshold: float) -> float:
    """The evidence a pair needs to score ``threshold`` even with the best dates (agreement 1), less
    a margin for the score's rounding. Evidence is a weighted mean, so a pair that has this much has
    at least this much on one of its three parts: its actors, its places, or twice its wording."""
    return (threshold - _DATE_WEIGHT - 1e-4) / _EVIDENCE_WEIGHT


def _prefixes(sets: Sequence[frozenset[str]], least: float) -> tuple[list[list[str]], list[list[str]]]:
    """Prefix filtering for Jaccard >= ``least`` (PPJoin): each set's rarest tokens. Two sets whose
    Jaccard reaches ``least`` share a token between the longer prefix ("probe", ``n - ceil(t n) + 1``
    tokens) of the larger set and the shorter one ("index", ``n - ceil(2t/(1+t) n) + 1`` tokens) of
    the smaller: the overlap they need is at least ``t/(1+t)`` of their sizes together. A token that
    every set holds (one common actor) is then in a set's short prefix only when nothing rarer is."""
    frequency = Counter(token for s in sets for token in s)
    probe: list[list[str]] = []
    index: list[list[str]] = []
    for s in sets:
        ranked = sorted(s, key=lambda token: (frequency[token], token))
        n = len(ranked)
        if least <= 0:  # any overlap at all
            probe.append(ranked)
            index.append(ranked)
            continue
        probe.append(ranked[: n - math.ceil(least * n - 1e-9) + 1])
        index.append(ranked[: n - math.ceil(2 * least / (1 + least) * n - 1e-9) + 1])
    return probe, index


def _candidates(dated: Sequence[Event], features: Mapping[str, Features],
                threshold: float = THRESHOLD) -> Iterator[tuple[int, int]]:
    """The pairs (i < j) of ``dated`` (sorted by begin) that can reach ``threshold``, without looking
    at the others: both in one date window (``b`` begins at most ``MAX_DISAGREEMENT_DAYS`` after ``a``
    ends), of different documents, and agreeing on one of actors, places or wording at least as much
    as :func:`least_evidence` asks.

    Comparing every pair of a date window was quadratic when many documents share it (a thousand
    articles dated "2018"), and so was comparing every pair that shares an actor when one actor is
    in most events (a council in every article of a local paper). Each of the three agreements is a
    Jaccard index, so pairs are found by prefix filtering (:func:`_prefixes`): only rare tokens are
    indexed, and the pairs looked at follow those that can score. (Three passes by how well the
    dates can agree, a day and a year needing more in common, compared a third fewer pairs of the
    TimeML corpora but cost more time on the bench generator's articles: one pass is kept.)"""
    sets = tuple([getattr(features[e.id], kind) for e in dated] for kind in ("actors", "places", "words"))
    yield from _join(dated, sets, least_evidence(threshold))


def _join(dated: Sequence[Event], sets: tuple[list[frozenset[str]], ...], least: float) -> Iterator[tuple[int, int]]:
    """The pairs (i < j) of ``dated`` in one date window, of different documents, whose actors,
    places or wording (twice the wording's Jaccard, see :func:`least_evidence`) reach ``least``."""
    if least > 1:
        return  # no pair can score enough
    kinds, postings = _postings(len(dated), sets, least)
    begins = [e.begin.toordinal() for e in dated]  # type: ignore[union-attr]
    for i, a in enumerate(dated):
        horizon = (a.end or a.begin).toordinal() + MAX_DISAGREEMENT_DAYS  # type: ignore[union-attr]
        stop = bisect.bisect_right(begins, horizon)
        if stop <= i + 1:
            continue
        found: set[int] = set()
        for (probe, index), (by_probe, by_index) in zip(kinds, postings):
            # i's long prefix against the others' short ones, and i's short one against their long ones
            for found_in in [*(by_index.get(t, ()) for t in probe[i]), *(by_probe.get(t, ()) for t in index[i])]:
                lo = bisect.bisect_right(found_in, i)
                hi = bisect.bisect_left(found_in, stop, lo)
                found.update(found_in[lo:hi])
        for j in sorted(found):
            if dated[j].doc != a.doc:
                yield i, j


Postings = list[tuple[dict[str, list[int]], dict[str, list[int]]]]


def _postings(n: int, sets: tuple[list[frozenset[str]], ...], least: float) -> tuple[list, Postings]:
    """Each kind's (probe, index) prefixes (:func:`_prefixes`) of the ``n`` events' actors, places
    and wording, and per kind the events holding each token in either prefix, in ascending order."""
    actors, places, texts = sets
    kinds = [
        _prefixes(actors, least),
        _prefixes(places, least if least > 0 else 1.0),  # with no least, shared actors or wording decide
        _prefixes(texts, least / 2 if least > 0 else _MIN_TEXT),
    ]
    postings: Postings = []
    for probe, index in kinds:  # postings in ascending order: ranges are found by bisection
        by_probe: dict[str, list[int]] = {}
        by_index: dict[str, list[int]] = {}
        for i in range(n):
            for token in probe[i]:
                by_probe.setdefault(token, []).append(i)
            for token in index[i]:
                by_index.setdefault(token, []).append(i)
        postings.append((by_probe, by_index))
    return kinds, postings


K = TypeVar("K", bound=Hashable)


class Clusters(Generic[K]):
    """The greedy union that grouping a corpus and growing stored groups both make of the pairs that
    score enough, taken strongest first: a pair joins the clusters its two events are in, unless one
    document would then be in the cluster twice. A key is an event (or a stored group's id); an event
    never joined is a cluster of its own, under its own key.

    ``rank`` says which of two clusters keeps its key when they join (the higher; the first on a tie);
    without it the first event's cluster always does."""

    def __init__(self, doc_of: Callable[[K], str], rank: Callable[[K, float], Any] | None = None) -> None:
        self.doc_of, self.rank = doc_of, rank
        self.root: dict[K, K] = {}
        self.members: dict[K, list[K]] = {}
        self.docs: dict[K, set[str]] = {}  # each cluster's documents, kept as it grows, not rebuilt per pair
        self.best: dict[K, float] = {}

    def add(self, key: K, members: Sequence[K], docs: Sequence[str], score: float) -> None:
        """A cluster made before (a stored group), under ``key``."""
        self.members[key], self.docs[key], self.best[key] = list(members), set(docs), score
        self.root.update((member, key) for member in members)

    def join(self, score: float, a: K, b: K) -> tuple[K, K] | None:
        """Joins the clusters of ``a`` and ``b``: the key kept and the key joined into it, or None when
        they are one cluster already or share a document."""
        ra, rb = self.root.get(a, a), self.root.get(b, b)
        if ra == rb:
            return None
        da, db = self.docs.get(ra) or {self.doc_of(a)}, self.docs.get(rb) or {self.doc_of(b)}
        if not da.isdisjoint(db):
            return None  # never two events of one document
        if self.rank is not None and self.rank(rb, self.best.get(rb, 0.0)) > self.rank(ra, self.best.get(ra, 0.0)):
            ra, rb, da, db = rb, ra, db, da
        kept, joined = self.members.setdefault(ra, [ra]), self.members.pop(rb, [rb])
        for k in joined:
            self.root[k] = ra
        kept.extend(joined)
        self.docs[ra] = da | db
        self.docs.pop(rb, None)
        self.best[ra] = max(self.best.get(ra, 0.0), self.best.pop(rb, 0.0), score)
        return ra, rb


def group_events(events: Sequence[Event], threshold: float = THRESHOLD) -> list[EventGroup]:
    """Groups of two or more events from different documents, strongest first within each."""
    dated = [e for e in events if e.begin is not None]
    dated.sort(key=lambda e: e.begin)
    features = {e.id: Features.of(e) for e in dated}
    pairs: list[tuple[float, int, int]] = []
    for i, j in _candidates(dated, features, threshold):
        score = similarity(dated[i], dated[j], features)
        if score >= threshold:
            pairs.append((score, i, j))
    pairs.sort(reverse=True)
    clusters: Clusters[int] = Clusters(lambda k: dated[k].doc)
    for score, i, j in pairs:
        clusters.join(score, i, j)
    groups = [make_group([dated[k] for k in idx], clusters.best.get(root, 0.0))
              for root, idx in clusters.members.items() if len(idx) >= 2]
    groups.sort(key=lambda g: g.dates[0][0] or date.min)
    return groups


def make_group(events: Sequence[Event], score: float, group_id: str | None = None) -> EventGroup:
    """The group of ``events`` (two or more, of different documents), members in document order;
    its id is ``group:`` and its first member's unless given (a group that grows keeps its id,
    see :mod:`explorer.entities.extend`)."""
    group = sorted(events, key=lambda e: (e.doc, e.timex_start))
    dates = tuple(sorted({(e.begin, e.end) for e in group}, key=lambda d: (d[0] or date.min, d[1] or date.min)))
    disputed = not all(
        date_agreement(x, y) is not None and date_agreement(x, y) > 0.3 for x in group for y in group if x is not y
    )
    return EventGroup(group_id or f"group:{group[0].id}", tuple(e.id for e in group), tuple(e.doc for e in group),
                      dates, disputed, score)
