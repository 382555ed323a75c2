"""Who and where in the app: the corpus's :class:`ActorIndex` and event groups, kept beside the model.

The index and the groups are computed by :func:`explorer.entities.annotate_corpus` once every article
is read (they need the whole corpus), in a worker thread: at 100k events it takes seconds, and the
window must stay responsive. The worker is a plain Python thread that touches no Qt object at all (PySide
6.12 crashes when wrappers are emitted through or freed on another thread): it fills a
``concurrent.futures.Future``, which a timer on the GUI thread polls; the result (index, groups, each
event's actors and places) is then applied on the GUI thread in one step. Each request has a generation
number; a result whose generation is no longer the latest (another import, a new project, all
documents gone) is dropped, and at most one annotation runs at a time (a request made meanwhile
starts when it ends, on the documents shown then). Merge, split and ungroup wait for it: an edit
on the index being replaced would be lost. User edits (merge, split, ungroup) are the Qt-free commands of
:mod:`explorer.entities.commands`, each wrapped in a ``QUndoCommand`` on the window's undo stack;
after each do or undo the events are relabelled from the same index, so the table, the timeline, the
facet lists and the source pane all follow.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections import Counter, defaultdict
from collections.abc import Sequence
from concurrent.futures import Future

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from explorer.entities import ActorIndex, EventGroup, annotate_corpus
from explorer.entities.commands import MergeActors, SplitActor, Ungroup
from explorer.entities.index import Entity
from explorer.events.record import Event
from explorer.gui.event_model import EventTableModel
from explorer.gui.gc_guard import worker_running
from explorer.pipeline import Corpus, ExtractedDocument

log = logging.getLogger(__name__)


@dataclasses.dataclass(frozen=True, slots=True)
class Annotation:
    """What one run of :func:`annotate_corpus` found: the index, the groups, and every event's
    (actors, places) by id."""

    index: ActorIndex
    groups: tuple[EventGroup, ...]
    labels: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]


def _annotate(documents: list[ExtractedDocument]) -> Annotation:
    corpus = annotate_corpus(Corpus(documents=documents))
    labels = {e.id: (e.actors, e.places) for e in corpus.events}
    return Annotation(corpus.actors, tuple(corpus.groups), labels)  # type: ignore[arg-type]


#: How often the GUI thread looks whether a worker has finished (ms): short enough to feel immediate.
POLL_MS = 40


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
    #: An annotation's result was applied (the latest requested).
    annotated = Signal()
    #: Something to tell the user in the status bar (an edit refused while annotating).
    message = Signal(str)

    def __init__(self, model: EventTableModel, undo_stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.undo_stack = undo_stack
        self.index: ActorIndex | None = None
        self.groups: list[EventGroup] = []
        self._mentions: dict[str, list[tuple[int, int, str]]] | None = None
        self._generation = 0  # of the latest request; older results are stale
        self._running: threading.Thread | None = None
        self._queued = False  # a request arrived while a run was going
        self._closed = False
        self._future: Future[Annotation] | None = None
        self._future_generation = 0
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check_worker)
        model.documentsChanged.connect(self._on_documents_changed)
        model.modelReset.connect(self._on_model_reset)

    # -- filling -----------------------------------------------------------------------------

    def annotate(self) -> int:
        """Find the actors, places and groups of the model's documents (all of them: the same person
        is named differently across articles) off the GUI thread; the events are relabelled when
        the result arrives (:attr:`annotated`). Returns the request's generation."""
        self._generation += 1
        if self._running is not None:
            self._queued = True  # started on the documents shown when the current run ends
        else:
            self._start()
        return self._generation

    def is_annotating(self) -> bool:
        return self._running is not None

    def shutdown(self) -> None:
        """Window teardown: a run still going is abandoned (its result dropped), never waited for."""
        self._closed = True
        self._poll.stop()
        self._generation += 1
        self._queued = False

    def _start(self) -> None:
        generation, documents = self._generation, list(self.model.documents)
        future: Future[Annotation] = Future()

        def run() -> None:  # plain Python only: no Qt object is reachable from here
            with worker_running():
                try:
                    future.set_result(_annotate(documents))
                except BaseException as err:  # handed to the GUI thread, where it surfaces
                    future.set_exception(err)

        self._future, self._future_generation = future, generation
        # a daemon thread: annotate_corpus cannot be interrupted, and quitting must not wait for it
        self._running = threading.Thread(target=run, name=f"annotate-{generation}", daemon=True)
        self._running.start()
        self._poll.start()

    def _check_worker(self) -> None:
        future = self._future
        if future is None or not future.done():
            return
        self._poll.stop()
        self._future = None
        self._running = None
        error = future.exception()
        self._on_result(self._future_generation, error if error is not None else future.result())

    def _on_result(self, generation: int, result: Annotation | BaseException) -> None:
        if self._queued and not self._closed:
            self._queued = False
            self._start()
        if self._closed or generation != self._generation:
            return  # stale: a newer request is running (or the window closed)
        if isinstance(result, BaseException):
            log.error("finding actors and places failed", exc_info=result)
            raise result
        self.index = result.index
        self.groups = list(result.groups)
        labels = result.labels
        index = result.index

        def label(event: Event) -> Event:  # the worker's labels; events added or edited since: the index
            found = labels.get(event.id)
            if found is None or found == (event.actors, event.places):
                return event if found is not None else index.label(event)
            return dataclasses.replace(event, actors=found[0], places=found[1])

        self._apply(label)
        self.annotated.emit()

    def set_entities(self, index: ActorIndex, groups: Sequence[EventGroup]) -> None:
        self.index = index
        self.groups = list(groups)
        self._apply()

    def _apply(self, label=None) -> None:
        self._mentions = None
        if self.index is not None:
            self.model.relabel(label or self.index.label)
        self.model.set_groups(self.groups)
        self.changed.emit()

    def _on_model_reset(self) -> None:
        """A model rebuilt from its source (a project after an edit) has its events unlabelled:
        label them again from the same index and groups."""
        if self.index is not None and self.model.document_count():
            self.model.relabel(self.index.label)
            self.model.set_groups(self.groups)

    def _on_documents_changed(self) -> None:
        if self.model.document_count() == 0 and (self.index is not None or self._running is not None):
            self._generation += 1  # a run on the documents just removed is stale
            self._queued = False
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

    def _busy(self) -> bool:
        if self._running is None:
            return False
        self.message.emit("Still finding actors and places; try again in a moment")
        return True

    # -- edits (undoable) --------------------------------------------------------------------

    def merge(self, target_id: str, other_ids: Sequence[str]) -> bool:
        """Make ``other_ids`` spellings of ``target_id``."""
        if self._busy():
            return False
        others = tuple(i for i in other_ids if i != target_id and self.entity(i) is not None)
        if self.index is None or self.entity(target_id) is None or not others:
            return False
        self.undo_stack.push(_EntityCommand(MergeActors(self.index, target_id, others), self._apply))
        return True

    def split(self, entity_id: str, variants: Sequence[str], name: str | None = None) -> bool:
        """Give the mentions spelled ``variants`` their own actor (named ``name``, or the first)."""
        if self._busy():
            return False
        entity = self.entity(entity_id)
        variants = tuple(v for v in variants if entity is not None and v in entity.variants)
        if self.index is None or entity is None or not variants or len(variants) == len(entity.variants):
            return False
        self.undo_stack.push(_EntityCommand(SplitActor(self.index, entity_id, variants, name or variants[0]), self._apply))
        return True

    def ungroup(self, group_id: str) -> bool:
        """The events of one group stand alone again."""
        if self._busy():
            return False
        if not any(g.id == group_id for g in self.groups):
            return False
        self.undo_stack.push(_EntityCommand(Ungroup(self.groups, group_id), self._apply))
        return True
