"""Which document an event id belongs to, found by the id's prefix (its document's key, see
:func:`explorer.events.event_ids.document_key`), so that looking one event up makes the rows of its
document only (:meth:`~explorer.store.project.Project.row`), not of every document.
"""

from __future__ import annotations

from typing import Mapping, Sequence

from explorer.events.record import Event
from explorer.ingest.extract import ExtractedDocument
from explorer.store.project_records import ProjectDocument
from explorer.store.stored_events import StoredEvents


def index_prefixes(
    docs: Mapping[str, ProjectDocument], extracted: Mapping[str, ExtractedDocument], stored: StoredEvents | None,
    spans: Mapping[str, tuple[int, int, Sequence[Event]]],
) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Each event id prefix (a document's key) and its document; two documents may share one
    (the same file name, and four hex digits of their texts' hashes alike): the others are
    kept aside. The first ids of the documents kept as stored rows are read from the id column
    in one pass (the first star after opening 1M events built this a document at a time, 50 ms);
    a document's key does not change while its hash stays, so those rows hold it even where
    the events were made again since. No container is made per document (each one counted
    towards a collection of every object the project holds)."""
    from_rows = [h for h in docs if h in spans and spans[h][1] > spans[h][0]] if stored is not None else []
    first_ids = stored.texts_at("id", [spans[h][0] for h in from_rows]) if from_rows else []
    table: dict[str, str] = {}
    sharing: dict[str, list[str]] = {}
    for doc_hash, first in zip(from_rows, first_ids):
        prefix = first[:first.rfind("#")] if "#" in first else first
        if table.setdefault(prefix, doc_hash) != doc_hash:
            sharing.setdefault(prefix, []).append(doc_hash)
    if len(from_rows) < len(docs):  # documents whose events are records: their first one's
        in_rows = set(from_rows)
        for doc_hash in docs:
            if doc_hash in in_rows or doc_hash not in extracted:
                continue
            events = extracted[doc_hash].events
            if not events:
                continue
            first = events[0].id
            prefix = first[:first.rfind("#")] if "#" in first else first
            if table.setdefault(prefix, doc_hash) != doc_hash:
                sharing.setdefault(prefix, []).append(doc_hash)
    return table, sharing
