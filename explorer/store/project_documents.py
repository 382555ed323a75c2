"""A project's documents: adding, replacing, removing and re-extracting them, and the
bookkeeping of which path holds which text.

A mixin of :class:`~explorer.store.project.Project`, which holds the state: a document added with a
changed text replaces the old version and carries its edits over
(:mod:`explorer.store.carried_edits`); the old text stays while orphaned edits point into it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Iterable, Mapping, Sequence

from explorer.curation.orphans import PreviousText
from explorer.documents import Document
from explorer.ingest.extract import ExtractedDocument, extract_document
from explorer.store.carried_edits import carry_edits_to
from explorer.store.project_records import Change, ProjectDocument, content_hash

if TYPE_CHECKING:
    from explorer.store.project import Project


class ProjectDocuments:
    """The documents of a :class:`~explorer.store.project.Project` (see the module's docstring)."""

    def documents(self: Project) -> list[ProjectDocument]:
        return list(self._docs.values())

    def document(self: Project, doc_hash: str) -> ProjectDocument:
        return self._docs[doc_hash]

    def document_by_path(self: Project, path: str) -> ProjectDocument | None:
        found = self._by_path.hashes(path)
        return self._docs[found[0]] if found else None

    def _put_document(self: Project, record: ProjectDocument) -> None:
        """Keep ``record``, indexed by its path (the same text may come from another path now)."""
        old = self._docs.get(record.hash)
        if old is not None and old.document.path != record.document.path:
            self._forget_path(record.hash)
        self._docs[record.hash] = record
        self._by_path.add(record.document.path, record.hash)

    def _forget_path(self: Project, doc_hash: str) -> None:
        """Take ``doc_hash`` out of the path index, if the project holds it (before it goes)."""
        record = self._docs.get(doc_hash)
        if record is not None:
            self._by_path.discard(record.document.path, doc_hash)

    def extracted(self: Project, doc_hash: str) -> ExtractedDocument:
        return self._extracted[doc_hash]

    def add_extracted(
        self,
        extracted: ExtractedDocument,
        sidecar: Mapping[str, str] | None = None,
        metadata: Mapping[str, str] | None = None,
        *,
        notify: bool = True,
    ) -> ProjectDocument:
        """Add a document, or replace the extraction of one already here (same text).

        A file whose text changed gets a new hash: the old version leaves the project and its edits
        follow their expressions into the new text (:mod:`explorer.curation.reanchor`); those whose
        expression is gone stay on the old text, which is kept, and are listed by
        :func:`explorer.curation.orphans.list_orphans` until the user re-attaches or discards them.
        """
        doc = extracted.document
        doc_hash = content_hash(doc.text)
        old = self._docs.get(doc_hash)
        replaced = [self._docs[h] for h in self._by_path.hashes(doc.path) if h != doc_hash]
        for other in replaced:
            self._forget_path(other.hash)
            del self._docs[other.hash]
        record = ProjectDocument(
            doc_hash, doc, dict(sidecar or (old.sidecar if old else {})), dict(metadata or (old.metadata if old else {})),
            old.user_date if old else next((d.user_date for d in replaced if d.user_date), None),
        )
        if record.user_date is not None and doc.date != record.user_date:
            extracted = extract_document(doc, record.user_date, dict(record.sidecar), record.metadata)
            record = replace(record, document=extracted.document)
        self._put_document(record)
        self._extracted[doc_hash] = extracted
        self._previous.pop(doc_hash, None)  # an old text back again: its edits apply to it as they are
        for other in replaced:
            carry_edits_to(self, other, self._extracted.pop(other.hash), extracted)
        if notify:
            self._changed(Change("documents", (*(d.hash for d in replaced), doc_hash)))
        return record

    def arrange_documents(self: Project, hashes: Sequence[str]) -> bool:
        """Put the documents ``hashes`` in this order, in the places they hold among the others (one
        ``Change("order")``); False, nothing told, when they are in it already. An import that took
        its documents as they were read (the app's) puts those new to the project in the folder's
        order once it ends, so the project, its lanes and its file are an in-order import's."""
        chosen = set(hashes)
        wanted = [h for h in dict.fromkeys(hashes) if h in self._docs]
        if [h for h in self._docs if h in chosen] == wanted:
            return False
        given = iter(wanted)
        order = [next(given) if h in chosen else h for h in self._docs]
        self._docs = {h: self._docs[h] for h in order}
        self._extracted = {**{h: self._extracted[h] for h in order if h in self._extracted}, **self._extracted}
        self._changed(Change("order"))
        return True

    def has_document(self: Project, doc_hash: str) -> bool:
        return doc_hash in self._docs

    def previous_text(self: Project, doc_hash: str) -> PreviousText | None:
        """The old text of a changed or removed document, while edits point into it."""
        return self._previous.get(doc_hash)

    def previous_texts(self: Project) -> list[PreviousText]:
        """The old texts still needed: some edit points into each (what the project file keeps)."""
        needed = {key.doc_hash for key in self._edits}
        return [p for h, p in self._previous.items() if h in needed and h not in self._docs]

    def remove_document(self: Project, doc_hash: str) -> None:
        """The edits on it are kept (orphaned, with its text) so adding it back restores them."""
        record = self._docs[doc_hash]
        self._previous[doc_hash] = PreviousText(doc_hash, record.document.path, record.document.title, record.document.text)
        self._forget_path(doc_hash)
        del self._docs[doc_hash]
        del self._extracted[doc_hash]
        self._changed(Change("documents", (doc_hash,)))

    def reextract(self: Project, hashes: Iterable[str] | None = None) -> None:
        """Run the current tagger again over stored texts (a new program version); edits re-apply."""
        hashes = list(self._docs) if hashes is None else list(hashes)
        for doc_hash in hashes:
            self._reextract_one(doc_hash)
        self._changed(Change("documents", tuple(hashes)))

    def _reextract_one(self: Project, doc_hash: str) -> None:
        record = self._docs[doc_hash]
        raw = Document(record.document.path, record.document.text, record.document.title)
        extracted = extract_document(raw, record.user_date, dict(record.sidecar), record.metadata)
        self._docs[doc_hash] = replace(record, document=extracted.document)
        self._extracted[doc_hash] = extracted

    def document_user_date(self: Project, doc_hash: str) -> date | None:
        return self._docs[doc_hash].user_date

    def set_document_date(self: Project, doc_hash: str, when: date | None) -> None:
        """``None`` goes back to the date found in or inferred from the document."""
        self._docs[doc_hash] = replace(self._docs[doc_hash], user_date=when)
        self._reextract_one(doc_hash)
        self._changed(Change("documents", (doc_hash,)))
