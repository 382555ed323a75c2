"""Grouping a new import's events into the stored groups, looking only at pairs with a new event.

``grouping.group_events`` is a greedy union of the pairs that score enough, strongest first, never
two events of one document in a group. Done again over a whole project for one new article it would
compare every old pair again and could regroup old events (undoing the user's ungroups). Here the
clusters start as the stored groups (every other old event alone), and only pairs with at least one
new event are scored and taken, in the same order under the same rule: a new event joins a group,
forms one with old events, or joins two groups of different documents into one (the stronger keeps
its id). Prefix filtering finds every pair that can score for any token order both sides share, so
the candidates of this subset are those of the whole corpus that involve a new event.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from explorer.entities.grouping import (
    MAX_DISAGREEMENT_DAYS, THRESHOLD, Clusters, EventGroup, Features, _postings, least_evidence, make_group, similarity,
)
from explorer.events.record import Event


def _pairs_with(dated: Sequence[Event], features: dict[str, Features], probes: Sequence[int],
                threshold: float) -> list[tuple[int, int]]:
    """The pairs (i < j) of ``dated`` (sorted by begin) that ``grouping._candidates`` gives and that
    hold one of ``probes``, found from the probes' tokens alone: the old events' pairs among
    themselves are never enumerated (at 1M events, 3.9M of them for one article)."""
    least = least_evidence(threshold)
    if least > 1 or not probes:
        return []
    sets = tuple([getattr(features[e.id], kind) for e in dated] for kind in ("actors", "places", "words"))
    kinds, postings = _postings(len(dated), sets, least)
    begins = np.array([e.begin.toordinal() for e in dated], np.int64)  # type: ignore[union-attr]
    ends = np.array([(e.end or e.begin).toordinal() for e in dated], np.int64)  # type: ignore[union-attr]
    found: set[tuple[int, int]] = set()
    for i in probes:
        near: set[int] = set()
        for (probe, index), (by_probe, by_index) in zip(kinds, postings):
            for posted in [*(by_index.get(t, ()) for t in probe[i]), *(by_probe.get(t, ()) for t in index[i])]:
                near.update(posted)
        near.discard(i)
        if not near:
            continue
        js = np.fromiter(near, np.int64, len(near))
        low, high = np.minimum(js, i), np.maximum(js, i)
        js = js[begins[high] <= ends[low] + MAX_DISAGREEMENT_DAYS]  # in one date window, as ``_join`` asks
        doc = dated[i].doc
        found.update((min(i, j), max(i, j)) for j in js.tolist() if dated[j].doc != doc)
    return sorted(found)


def extend_groups(old: Sequence[Event], groups: Sequence[EventGroup], new: Sequence[Event],
                  threshold: float = THRESHOLD) -> tuple[list[EventGroup], list[str]]:
    """The groups that are new or grew (a grown group keeps its id), and the ids of stored groups
    joined into another. ``old``: the stored events a new one may pair with, and every other member
    of the stored groups they belong to (a group's dates and dispute are computed from its members),
    in the project's order (documents in order, each one's events as extracted), as are ``new``."""
    new_ids = {e.id for e in new}
    events = {e.id: e for e in (*old, *new)}
    dated = sorted((e for e in events.values() if e.begin is not None), key=lambda e: e.begin)  # type: ignore[arg-type, return-value]
    features = {e.id: Features.of(e) for e in dated}
    taken: list[tuple[float, int, int]] = []
    for i, j in _pairs_with(dated, features, [k for k, e in enumerate(dated) if e.id in new_ids], threshold):
        score = similarity(dated[i], dated[j], features)
        if score >= threshold:
            taken.append((score, i, j))
    # ties broken as ``group_events`` breaks them: by position in the corpus's order, which ``old``
    # then ``new`` keep (the project's documents in order, each one's events in order)
    taken.sort(reverse=True)
    pairs = [(score, dated[i].id, dated[j].id) for score, i, j in taken]
    # clusters: a stored group's id, or an event's own id for one alone; the stored group survives a
    # join (of two, the stronger), else the first
    stored = {g.id for g in groups}
    clusters: Clusters[str] = Clusters(lambda k: events[k].doc, lambda key, best: (key in stored, best))
    for g in groups:
        clusters.add(g.id, g.event_ids, g.docs, g.score)
    changed: set[str] = set()
    dropped: list[str] = []
    for score, a, b in pairs:
        joined = clusters.join(score, a, b)
        if joined is None:
            continue
        ra, rb = joined
        changed.add(ra)
        changed.discard(rb)
        if rb in stored:
            dropped.append(rb)
    out = []
    for r in sorted(changed):
        found = [events[k] for k in clusters.members[r] if k in events]
        if len(found) == len(clusters.members[r]) >= 2:
            out.append(make_group(found, clusters.best[r], r if r in stored else None))
    return out, dropped
