"""The user's merges, splits and ungroups of actors and groups, as a project keeps them.

A project logs each entity edit by names, so that a new annotation of its documents can have the
edits done again (:meth:`~explorer.store.project.Project.set_annotation`); here are the log's entry,
which documents an edit relabels (only their events are labelled again) and whether an edit works
on the index and groups shown now.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from explorer.entities.commands import EntityEdit, MergeActors, SplitActor, Ungroup
from explorer.entities.grouping import EventGroup
from explorer.entities.index import ActorIndex
from explorer.store.project_records import ProjectDocument


@dataclass(slots=True)
class LoggedEdit:
    """One entity edit the user made: its record (names) and, when it is done on the index shown
    now, the edit itself (so undo undoes it there)."""

    record: dict
    edit: EntityEdit | None = None


def entity_docs(edit: EntityEdit, docs: Mapping[str, ProjectDocument]) -> set[str]:
    """The documents (hashes) whose events a merge or split relabels: those mentioning any actor
    it moves mentions between (an ungroup relabels none)."""
    if isinstance(edit, MergeActors):
        ids, saved = (edit.target, *edit.others), list(edit._saved)
    elif isinstance(edit, SplitActor):
        ids, saved = (edit.source, edit.new_id), []
    else:
        return set()
    entities = [e for e in (edit.index.entities.get(i) for i in ids) if e is not None] + saved
    paths = {ref.doc for entity in entities for ref in entity.mentions}
    return {h for h, d in docs.items() if d.document.path in paths}


def is_bound(edit: EntityEdit, index: ActorIndex | None, groups: list[EventGroup]) -> bool:
    """Whether ``edit`` works on the index and groups the project holds now."""
    return edit.groups is groups if isinstance(edit, Ungroup) else edit.index is index
