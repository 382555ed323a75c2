"""A project's who and where: the actor index and event groups of its annotation, and the
user's merges, splits and ungroups on them, logged so a new annotation can do them again.

A mixin of :class:`~explorer.store.project.Project`, which holds the state; every change here ends
in :meth:`WhoAndWhere.entities_changed`, which relabels the documents it names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Mapping

from explorer.entities.commands import EntityEdit, from_record
from explorer.entities.grouping import EventGroup
from explorer.entities.index import ActorIndex
from explorer.sentences import split_sentences
from explorer.store.entity_log import LoggedEdit, entity_docs, is_bound
from explorer.store.project_records import Change

if TYPE_CHECKING:
    from explorer.entities.extend import AnnotationDelta
    from explorer.store.project import Project


class WhoAndWhere:
    """The who and where of a :class:`~explorer.store.project.Project` (see the module's docstring)."""

    @property
    def actor_index(self: Project) -> ActorIndex | None:
        """The actors and places of the project's documents, with the user's merges and splits."""
        return self._index

    @property
    def groups(self: Project) -> list[EventGroup]:
        """Events of several documents reporting one happening (the user's ungroups applied).
        Entity commands edit this list in place, then call :meth:`entities_changed`."""
        return self._groups

    def set_annotation(self: Project, index: ActorIndex | None, groups: Iterable[EventGroup] = (), *, replay: bool = True,
                       labels: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]] | None = None,
                       found_again: bool = False) -> None:
        """Keep a new annotation of the whole project; every event is labelled from ``index``. The
        user's entity edits are done again on it, found by name (``replay=False``: they already
        are, as in a saved annotation); an edit whose names are gone is kept for a later one.
        ``labels``: (actors, places) by event id, as the run that made ``index`` labelled the
        extracted events; used for events whose title the user kept, unless an entity edit was
        replayed (the index then no longer says what the run said). ``found_again``: the annotation a
        file saved without one gets on every opening; it is nobody's work, so it leaves the project
        as modified as it was (opening such a file and quitting asked "Save the changes?")."""
        self._index = index
        self._groups = list(groups)
        replayed = False
        if replay and index is not None:
            for entry in self._entity_log:
                edit = entry.edit or from_record(entry.record)
                entry.edit = edit if edit is not None and edit.rebind(index, self._groups) else None
                if entry.edit is not None:
                    entry.edit.do()
                    entry.record = dict(entry.edit.record)
                    replayed = True
        else:
            for entry in self._entity_log:
                entry.edit = None  # applied already; nothing in this session to undo on it
        if labels and index is not None and not replayed:
            by_doc: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {}
            for doc_hash, extracted in self._extracted.items():
                found = {e.id: labels[e.id] for e in extracted.events if e.id in labels}
                if found:
                    by_doc[doc_hash] = found
            self._found_pending = by_doc  # kept once ``_changed`` has forgotten the old ones
        self.entities_changed(work=not found_again)

    def extend_annotation(self: Project, delta: AnnotationDelta) -> None:
        """Add an import's annotation (``explorer.entities.extend.annotate_new``) to the one kept:
        the index and groups are extended in place, not replaced, and the user's entity edits are
        not replayed (the stored index carries them); only the new documents' events are relabelled."""
        from explorer.store.extending import extend_annotation

        self.entities_changed(extend_annotation(self, delta))

    def entity_edits(self: Project) -> list[dict]:
        """The user's merges, splits and ungroups, in order, as records in names."""
        return [dict(entry.record) for entry in self._entity_log]

    def restore_entity_edits(self: Project, records: Iterable[dict]) -> None:
        self._entity_log = [LoggedEdit(dict(r)) for r in records]

    def do_entity_edit(self: Project, edit: EntityEdit) -> None:
        """Do a merge, split or ungroup on the index or groups shown, and keep it."""
        if not is_bound(edit, self._index, self._groups) and not edit.rebind(self._index or ActorIndex(), self._groups):
            return  # a redo after a new annotation left its names behind
        before = entity_docs(edit, self._docs)
        self._read_documents(before)  # before the edit: roles are read beside people as annotated
        edit.do()
        self._entity_log.append(LoggedEdit(dict(edit.record), edit))
        after = entity_docs(edit, self._docs)
        self._read_documents(after)
        self.entities_changed(before | after)

    def _read_documents(self: Project, hashes: Iterable[str]) -> None:
        """Give the index the readings it lacks of the documents an entity edit relabels (subject
        starts, roles, pronoun bounds: :meth:`ActorIndex.read_documents`). A saved index keeps only
        the mentions; without the readings a relabel after reopening counted every mention a
        subject, knew no role and let a pronoun look 3,000 characters back, unlike the same edit
        before saving. Found again from the stored text for just these documents: the file keeps
        nothing more and opening reads nothing more (kept, they would be 2M offsets at 1M events:
        331k subject starts, 1.7M paragraph and sentence starts), and a label read from the file
        stays as saved until an edit relabels its document. Reading 25k documents again (130 MB of
        text, a merge touching every one) took 111 s on a loaded machine, 40% of it loading their
        spans, which the relabel needs anyway; relabelling their events takes about 25 times that."""
        index = self._index
        if index is None:
            return
        texts = {}
        for doc_hash in hashes:
            record = self._docs.get(doc_hash)
            if record is not None and not index.has_readings(record.document.path):
                text = record.document.text
                texts[record.document.path] = (text, [(s.start, s.end) for s in split_sentences(text)])
        if texts:
            index.read_documents(texts)

    def undo_entity_edit(self: Project, edit: EntityEdit) -> None:
        touched = entity_docs(edit, self._docs)
        self._read_documents(touched)
        for i in range(len(self._entity_log) - 1, -1, -1):
            entry = self._entity_log[i]
            if entry.edit is edit or (entry.edit is None and entry.record == edit.record):
                del self._entity_log[i]
                if entry.edit is not None and is_bound(edit, self._index, self._groups):
                    edit.undo()
                break
        self.entities_changed(touched | entity_docs(edit, self._docs))

    def entities_changed(self: Project, docs: Iterable[str] | None = None, *, work: bool = True) -> None:
        """The index or the groups were edited in place (a merge, a split, an ungroup or its undo);
        ``docs``: the documents whose events it relabels (None: all of them); ``work``: as ``_changed``'s."""
        wanted = None if docs is None else set(docs)  # once: not a new set per document
        touched = tuple(self._docs) if wanted is None else tuple(h for h in self._docs if h in wanted)
        self._entities_generation += 1
        self._changed(Change("entities", touched), work=work)
