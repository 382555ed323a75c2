"""A project's side of annotating only new documents (issue 16, docs/incremental-annotation.md):
what of the stored annotation the background run needs (:func:`stored_annotation`), and applying
the delta it sends back (:func:`extend_annotation`, ``Project.extend_annotation``).

Applying never replaces the index nor replays the user's entity edits: the stored index already
carries them, the new mentions are added to it, and only the new documents' events are labelled.
"""

from __future__ import annotations

import bisect
from datetime import timedelta
from typing import TYPE_CHECKING, Iterable, Sequence

import numpy as np

from explorer.entities.extend import AnnotationDelta, StoredAnnotation
from explorer.entities.grouping import MAX_DISAGREEMENT_DAYS
from explorer.events.record import Event
from explorer.store.columns import NO_DAY

if TYPE_CHECKING:
    from explorer.store.project import Project


def _windows(events: Iterable[Event]) -> list[tuple[int, int]]:
    """The day ranges (ordinals, merged, sorted) an old event must touch to be paired with one of
    ``events``: each one's dates widened by ``MAX_DISAGREEMENT_DAYS`` on both sides."""
    spans = sorted(((e.begin - timedelta(days=MAX_DISAGREEMENT_DAYS)).toordinal(),
                    ((e.end or e.begin) + timedelta(days=MAX_DISAGREEMENT_DAYS)).toordinal())
                   for e in events if e.begin is not None and e.begin.year > 1 and (e.end or e.begin).year < 9999)
    merged: list[tuple[int, int]] = []
    for lo, hi in spans:
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


def _touches(windows: Sequence[tuple[int, int]], starts: Sequence[int], event: Event) -> bool:
    if event.begin is None:
        return False
    begin, end = event.begin.toordinal(), (event.end or event.begin).toordinal()
    i = bisect.bisect_right(starts, end) - 1  # the last window starting at or before the event ends
    return i >= 0 and windows[i][1] >= begin  # (the windows are disjoint: an earlier one ends sooner)


def _stored_rows_near(project: Project, windows: Sequence[tuple[int, int]]) -> np.ndarray | None:
    """The rows of the columns the project was opened from whose days touch ``windows`` (one
    vectorised pass: at 1M events, making every document's events to read their dates took most
    of an import's annotation), None for a project not opened from columns."""
    stored = project.stored_events()
    if stored is None:
        return None
    begin, end = stored.ints("begin"), stored.ints("end")
    end = np.where(end == NO_DAY, begin, end)
    mask = np.zeros(len(begin), bool)
    for lo, hi in windows:
        mask |= (begin != NO_DAY) & (begin <= hi) & (end >= lo)
    return np.flatnonzero(mask)


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """``rows`` (ascending) as runs of consecutive rows, (first, last) each."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and row == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


def stored_annotation(project: Project, new: Sequence[str]) -> StoredAnnotation:
    """What ``annotate_new`` needs to add the documents ``new`` (hashes, already in the project) to
    the project's annotation: the entities' names and spellings, the groups, and the old events
    near the new ones' dates with the other members of their groups, labelled as the project shows them."""
    index = project.actor_index
    if index is None:
        raise ValueError("the project has no annotation to extend")
    new_set = set(new)
    windows = _windows(e for h in new for e in project.extracted(h).events)
    starts = [lo for lo, _ in windows]
    near: dict[str, Event] = {}
    rows = _stored_rows_near(project, windows)
    stored = project.stored_events()
    for doc in project.documents():
        if doc.hash in new_set:
            continue
        at = project.stored_rows(doc.hash) if rows is not None else None
        if at is not None:  # its rows are the stored ones as read: only the near ones are made
            lo, hi = np.searchsorted(rows, at[0]), np.searchsorted(rows, at[1])  # type: ignore[arg-type]
            if at[2] or lo == hi:
                for first, last in _runs(rows[lo:hi].tolist()):  # type: ignore[index]
                    # one call per run of rows: each call's cost is mostly per column, not per row
                    near.update((e.id, e) for e in stored.records(first, last + 1, labelled=True))  # type: ignore[union-attr]
                continue
        ids = [e.id for e in project.extracted(doc.hash).events if _touches(windows, starts, e)]
        if ids:
            for row in project.rows_of_document(doc.hash):
                if row.event.id in ids:
                    near[row.event.id] = row.event
    groups = tuple(project.groups)
    for group in groups:
        if any(i in near for i in group.event_ids):
            for event_id in group.event_ids:
                if event_id not in near:
                    try:
                        near[event_id] = project.row(event_id).event
                    except KeyError:
                        pass  # a member gone since (a document removed): the group is left as it is
    # in the corpus's order, as a whole run reads the events (grouping breaks ties by it)
    position = {d.hash: n for n, d in enumerate(project.documents())}
    paths = {d.document.path: d.hash for d in project.documents()}
    order: dict[str, tuple[int, int]] = {}
    for doc_path in {e.doc for e in near.values()}:
        doc_hash = paths.get(doc_path)
        if doc_hash is not None:
            order.update((e.id, (position[doc_hash], k)) for k, e in enumerate(project.extracted(doc_hash).events))
    ordered = sorted(near.values(), key=lambda e: order.get(e.id, (len(position), 0)))
    return StoredAnnotation.of(index, groups, ordered)


def extend_annotation(project: Project, delta: AnnotationDelta) -> list[str]:
    """Add ``delta`` to the project's annotation in place; returns the hashes of the documents whose
    events it labels (the new ones)."""
    index = project.actor_index
    if index is None:
        raise ValueError("the project has no annotation to extend")
    for entity_id, (spellings, refs) in delta.extended.items():
        if entity_id in index.entities:
            index.extend(entity_id, refs, spellings)
    for entity in delta.new_entities:
        index.add(entity)
    index.subjects.update(delta.subjects)
    index.roles.update(delta.roles)
    index.horizons.update(delta.horizons)
    index.writers.update(delta.writers)
    index.sexes.update(delta.sexes)
    groups = project.groups  # the project's own list: the app's panel holds it too
    gone = set(delta.dropped_groups) | {g.id for g in delta.groups}
    groups[:] = [g for g in groups if g.id not in gone] + list(delta.groups)
    paths = set(delta.documents)
    return [d.hash for d in project.documents() if d.document.path in paths]
