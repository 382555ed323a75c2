"""What a project's file held when it was last opened or saved, and what a save can keep of it.

A save that finds the file still holds the project's documents and events (a star, a tag, a title
changed since) writes only the small tables (:func:`explorer.store.saving.save`); these two records
are what :meth:`~explorer.store.project.Project.remember_file` keeps and
:meth:`~explorer.store.project.Project.unchanged_in_file` answers with.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from explorer.curation.model import EventEdit, SpanKey
from explorer.entities.index import ActorIndex
from explorer.ingest.extract import ExtractedDocument
from explorer.store.project_records import ProjectDocument


@dataclass(frozen=True, slots=True)
class SavedState:
    """What a project's file held when it was last opened or saved (see :meth:`Project.remember_file`):
    the file (absolute path) and its save token, the documents and their extraction (the very
    objects, compared by identity), each document's edits, the annotation (the index object and how
    many entity changes it had seen) and whether the event columns hold labels."""

    path: str
    token: str | None
    docs: tuple[ProjectDocument, ...]
    extracted: tuple[ExtractedDocument, ...]
    edits: Mapping[str, Mapping[SpanKey, EventEdit]]
    index: ActorIndex | None
    entities: int
    labels: bool


@dataclass(frozen=True, slots=True)
class InFile:
    """What a save can keep of the file (see :meth:`Project.unchanged_in_file`)."""

    state: SavedState
    annotation: bool  # the actor index and the groups changed: write them
    labels: bool  # some events' actors and places changed: write the label columns
    added: tuple[str, ...] = ()  # documents after those the file holds (an import): append their rows
