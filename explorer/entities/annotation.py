"""One annotation run over a corpus as a picklable result, so it can run in a child process.

The app annotates off the GUI thread. A thread was not enough: ``annotate_corpus`` is pure Python
and holds the GIL, and while it ran every call the GUI thread made into Qt and back waited for the
GIL (pauses of 200-450 ms while the timeline redrew after an import). A child process shares no GIL;
it receives the documents and sends back this record through a pipe
(:class:`explorer.ingest.pool.BackgroundTask`, started by :func:`explorer.ingest.engine.annotate_in_background`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

from explorer.entities.grouping import EventGroup
from explorer.entities.index import ActorIndex


@dataclass(frozen=True, slots=True)
class Annotation:
    """What one run of :func:`annotate_corpus` found: the index, the groups, and every event's
    (actors, places) by id."""

    index: ActorIndex
    groups: tuple[EventGroup, ...]
    labels: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]


@dataclass(slots=True)
class _Documents:
    """The least a corpus is for :func:`annotate_corpus`: documents (each with ``document`` and
    ``events``, as ``explorer.ingest.ExtractedDocument``) and what annotation sets."""

    documents: Sequence[Any]
    actors: Any = None
    groups: list = field(default_factory=list)

    @property
    def events(self) -> list:
        return [event for doc in self.documents for event in doc.events]


def annotate_documents(documents: Sequence[Any]) -> Annotation:
    """Annotate extracted documents (``explorer.ingest.ExtractedDocument``: ``document``, ``events``)."""
    from explorer.entities import annotate_corpus

    corpus = annotate_corpus(_Documents(list(documents)))
    labels = {e.id: (e.actors, e.places) for e in corpus.events}
    return Annotation(corpus.actors, tuple(corpus.groups), labels)
