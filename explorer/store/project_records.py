"""The plain records a :class:`~explorer.store.project.Project` hands out and takes: a document as
the project keeps it, a change its listeners are told of, an event's row as shown, and a text's
identity. Kept apart from the project object so that the curation filters, the exports and the
project file name these types without the object's cache and edit logic.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from datetime import date
from typing import Literal, Mapping

from explorer.curation.model import Curation, SpanKey
from explorer.documents import Document
from explorer.events.record import Event

#: The project file's extension.
SUFFIX = ".tlproj"

DateStatus = Literal["found", "given", "inferred", "none"]


def same_path(a: str | None, b: str | None) -> bool:
    """Whether two paths name one file (a save over the project's own file keeps its save token)."""
    return a is not None and b is not None and os.path.abspath(a) == os.path.abspath(b)


def content_hash(text: str) -> str:
    """The identity of a document: the SHA-256 of its text as the app shows it (offsets index it)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class ProjectDocument:
    hash: str
    document: Document  # dated by the last extraction
    sidecar: Mapping[str, str] = field(default_factory=dict)  # date/title hints: sidecar file, importer
    metadata: Mapping[str, str] = field(default_factory=dict)  # what the importer found (author, ...)
    user_date: date | None = None  # set by the user in the app; wins over everything else

    @property
    def date_status(self) -> DateStatus:
        """Whether the document's date was found (header, sidecar), given (by the user), or inferred."""
        source = self.document.date_source
        if self.user_date is not None or source == "given":
            return "given"
        if source in ("header", "dateline", "sidecar", "metadata", "filename"):
            return "found"
        return "inferred" if source == "inferred" else "none"


@dataclass(frozen=True, slots=True)
class Change:
    """What changed: ``kind`` is "documents" (added, removed or re-extracted), "events" (edits),
    "entities" (the actors, places and groups: found again, merged, split, ungrouped; the events'
    ``actors`` and ``places`` of ``docs`` follow), "order" (the same documents, in another order:
    ``Project.arrange_documents``) or "reset" (everything, e.g. after opening); ``docs`` are the
    content hashes concerned."""

    kind: Literal["documents", "events", "entities", "order", "reset"]
    docs: tuple[str, ...] = ()
    #: For "events": the events whose edits changed. ``in_place``: only their curation state changed
    #: (star, tags, note, lane): the same events, in the same rows, with new flags, so a view can
    #: update those rows instead of rebuilding all of them.
    keys: tuple[SpanKey, ...] = ()
    in_place: bool = False
    #: For "events": the events of ``keys`` were replaced by new records with the same ids, in the
    #: same rows (a new title or date), so a view can update those rows instead of rebuilding all.
    replaced: bool = False


@dataclass(frozen=True, slots=True)
class Row:
    """One event as shown, with its curation state and the key its edits are stored under."""

    event: Event
    curation: Curation
    key: SpanKey
    hidden: bool = False  # merged into another event
