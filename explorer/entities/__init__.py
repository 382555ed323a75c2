"""Who and where: people, organisations and places in the events' sentences, merged across a corpus.

Qt-free. ``find_mentions`` works on one document (and can run in worker processes); ``build_index``
and ``annotate_corpus`` work on the whole corpus, because "Zarif" in one article is "Mohammad Javad
Zarif" in another; ``group_events`` finds one happening reported by several articles.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any, Protocol, Sequence

from explorer.entities.annotate import build_index
from explorer.entities.grouping import EventGroup, group_events
from explorer.entities.index import ActorIndex, Entity, MentionRef
from explorer.entities.mention import DocumentMentions, Mention
from explorer.entities.mentions import find_mentions
from explorer.events.salience import score_events

_log = logging.getLogger(__name__)


class Corpus(Protocol):
    """What annotation needs of a corpus (``explorer.ingest.Corpus`` is one): its documents, each
    with ``document`` (path, text) and ``events``; it sets ``actors`` and ``groups``. A protocol, so
    the entities need not import the engine that calls them."""

    documents: Sequence[Any]
    actors: Any
    groups: list

    @property
    def events(self) -> list: ...

__all__ = [
    "ActorIndex", "DocumentMentions", "Entity", "EventGroup", "Mention", "MentionRef", "annotate_corpus",
    "build_index", "find_mentions", "found_mentions", "group_events",
]


def found_mentions(documents: Sequence[Any]) -> list[DocumentMentions]:
    """Each document's mentions: those found where it was extracted (``mentions``, in a worker),
    else found now."""
    return [d.mentions if getattr(d, "mentions", None) is not None else find_mentions(d.document.text)
            for d in documents]


def _forget_mentions(document: Any) -> dict[str, Any]:
    """Once annotated, a document need not keep its mentions (a large import holds many)."""
    return {"mentions": None} if getattr(document, "mentions", None) is not None else {}


def _label_or_keep(index: ActorIndex, event: Any) -> Any:
    """The event with its actors and places from the corpus's index; if labelling one event fails (a
    bug in reading its title or sentence), the event as extracted, and the failure logged. Labelling
    runs over the whole corpus after every file was read, so one event's failure used to lose the
    whole folder's import, every file with it."""
    try:
        return index.label(event)
    except Exception:  # noqa: BLE001 - one event's labels are not worth the folder
        _log.exception("could not label the actors of %r; kept as extracted", getattr(event, "title", event))
        return event


def annotate_corpus(corpus: Corpus) -> Corpus:
    """Fill every event's ``actors`` and ``places`` and set ``corpus.actors`` and ``corpus.groups``."""
    docs = [(d.document.path, d.document.text) for d in corpus.documents]
    index = build_index(docs, found_mentions(corpus.documents))
    labelled = [[_label_or_keep(index, e) for e in d.events] for d in corpus.documents]
    everything = [e for events in labelled for e in events]
    groups = group_events(everything)
    # Salience needs every event's actors across the corpus (how central each actor is) and the
    # groups (how many documents tell each happening).
    sources = {event_id: len(set(g.docs)) for g in groups for event_id in g.event_ids}
    scored = iter(score_events(everything, sources))
    corpus.documents = [replace(d, events=tuple(next(scored) for _ in events), **_forget_mentions(d))
                        for d, events in zip(corpus.documents, labelled)]
    corpus.actors = index
    corpus.groups = groups
    return corpus
