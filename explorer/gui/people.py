"""Who and where in the app: the corpus's :class:`ActorIndex` and event groups, kept beside the model.

The index and the groups are computed by :func:`explorer.entities.annotate_corpus` once every article
is read (they need the whole corpus). User edits (merge, split, ungroup) are the Qt-free commands of
:mod:`explorer.entities.commands`, each wrapped in a ``QUndoCommand`` on the window's undo stack;
after each do or undo the events are relabelled from the same index, so the table, the timeline, the
facet lists and the source pane all follow.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from explorer.entities import ActorIndex, EventGroup, annotate_corpus
from explorer.entities.commands import MergeActors, SplitActor, Ungroup
from explorer.entities.index import Entity
from explorer.gui.event_model import EventTableModel
from explorer.pipeline import Corpus, ExtractedDocument


class _EntityCommand(QUndoCommand):
    """A core command (``do``/``undo``/``label``) on the Qt undo stack, then ``after()``."""

    def __init__(self, command, after) -> None:
        super().__init__(command.label)
        self.command, self.after = command, after

    def redo(self) -> None:
        self.command.do()
        self.after()

    def undo(self) -> None:
        self.command.undo()
        self.after()


class People(QObject):
    #: The index or the groups changed (annotation, merge, split, ungroup, or their undo).
    changed = Signal()

    def __init__(self, model: EventTableModel, undo_stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.undo_stack = undo_stack
        self.index: ActorIndex | None = None
        self.groups: list[EventGroup] = []
        self._mentions: dict[str, list[tuple[int, int, str]]] | None = None
        model.documentsChanged.connect(self._on_documents_changed)
        model.modelReset.connect(self._on_model_reset)

    # -- filling -----------------------------------------------------------------------------

    def annotate(self, documents: Sequence[ExtractedDocument] | None = None) -> None:
        """Find the actors, places and groups of the model's documents (all of them: the same person
        is named differently across articles) and relabel the events."""
        docs = list(self.model.documents if documents is None else documents)
        corpus = annotate_corpus(Corpus(documents=docs))
        self.set_entities(corpus.actors, corpus.groups)  # type: ignore[arg-type]

    def set_entities(self, index: ActorIndex, groups: Sequence[EventGroup]) -> None:
        self.index = index
        self.groups = list(groups)
        self._apply()

    def _apply(self) -> None:
        self._mentions = None
        if self.index is not None:
            self.model.relabel(self.index.label)
        self.model.set_groups(self.groups)
        self.changed.emit()

    def _on_model_reset(self) -> None:
        """A model rebuilt from its source (a project after an edit) has its events unlabelled:
        label them again from the same index and groups."""
        if self.index is not None and self.model.document_count():
            self.model.relabel(self.index.label)
            self.model.set_groups(self.groups)

    def _on_documents_changed(self) -> None:
        if self.model.document_count() == 0 and self.index is not None:
            self.index, self.groups, self._mentions = None, [], None
            self.undo_stack.clear()
            self.changed.emit()

    # -- queries -----------------------------------------------------------------------------

    def entity(self, entity_id: str) -> Entity | None:
        return None if self.index is None else self.index.entities.get(entity_id)

    def actors(self) -> list[Entity]:
        return [] if self.index is None else self.index.actors()

    def places(self) -> list[Entity]:
        return [] if self.index is None else self.index.places()

    def event_counts(self) -> Counter:
        """Events naming each canonical name (actors and places), over all events."""
        counts: Counter = Counter()
        for key in range(self.model.rowCount()):
            event = self.model.event_by_key(key)
            for name in set(event.actors + event.places):
                counts[name] += 1
        return counts

    def mentions_in(self, doc: str) -> list[tuple[int, int, str]]:
        """(start, end, kind) of every actor ("actor") and place ("place") mention in ``doc``,
        pronouns standing for a person included."""
        if self._mentions is None:
            by_doc: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
            for entity in (self.index.entities.values() if self.index is not None else ()):
                kind = "place" if entity.is_place else "actor"
                for ref in entity.mentions:
                    by_doc[ref.doc].append((ref.start, ref.end, kind))
            self._mentions = {d: sorted(spans) for d, spans in by_doc.items()}
        return self._mentions.get(doc, [])

    # -- edits (undoable) --------------------------------------------------------------------

    def merge(self, target_id: str, other_ids: Sequence[str]) -> bool:
        """Make ``other_ids`` spellings of ``target_id``."""
        others = tuple(i for i in other_ids if i != target_id and self.entity(i) is not None)
        if self.index is None or self.entity(target_id) is None or not others:
            return False
        self.undo_stack.push(_EntityCommand(MergeActors(self.index, target_id, others), self._apply))
        return True

    def split(self, entity_id: str, variants: Sequence[str], name: str | None = None) -> bool:
        """Give the mentions spelled ``variants`` their own actor (named ``name``, or the first)."""
        entity = self.entity(entity_id)
        variants = tuple(v for v in variants if entity is not None and v in entity.variants)
        if self.index is None or entity is None or not variants or len(variants) == len(entity.variants):
            return False
        self.undo_stack.push(_EntityCommand(SplitActor(self.index, entity_id, variants, name or variants[0]), self._apply))
        return True

    def ungroup(self, group_id: str) -> bool:
        """The events of one group stand alone again."""
        if not any(g.id == group_id for g in self.groups):
            return False
        self.undo_stack.push(_EntityCommand(Ungroup(self.groups, group_id), self._apply))
        return True
