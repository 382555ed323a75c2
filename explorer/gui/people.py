"""Who and where in the app: the corpus's :class:`ActorIndex` and event groups, kept beside the model.

The index and the groups are computed by :func:`explorer.entities.annotate_corpus` once every article
is read (they need the whole corpus), in a child process started by the ingest engine's pool module
(:func:`explorer.ingest.engine.annotate_in_background`, one place deciding how processes are used): at 100k events it
takes seconds, and the window must stay responsive. A thread was tried first; it held the GIL, and the
GUI thread waited for it at every call into Qt (see :mod:`explorer.entities.annotation`). A timer on
the GUI thread polls the job; the result (index, groups, each event's actors and places) is then
applied on the GUI thread in one step. An import into an annotated project runs on its new
documents only (issue 16): what the child needs of the stored annotation is made on the thread that
sends the job (seconds at 1M events, never on the GUI thread), and the delta is applied in two turns
(the new events relabelled; then the groups, the lists and ``annotated``). At most one run goes at a time: a new request (another
import) stops the running one, and a new project or all documents gone stop it too; each request has
a generation number, and a result that is not the latest's is dropped. Merge, split and ungroup wait for it: an edit
on the index being replaced would be lost. User edits (merge, split, ungroup) are the Qt-free commands of
:mod:`explorer.entities.commands`; after each do or undo the events are relabelled from the same index
(one ``dataChanged``, no model reset), so the table, the timeline, the facet lists and the source pane
all follow.

With a project (the app's model is a :class:`~explorer.gui.project_model.ProjectEventModel`) the
project holds the index and the groups: a finished annotation is kept in it, a project opened with
them shows them at once without annotating again, and each edit is a core
:class:`~explorer.curation.commands.EditEntities` on the project's own undo stack, beside the
curation edits (the window's ``QUndoStack`` only drives it). The history of the session stays in
memory; the edited index and groups are saved with the project.
"""

from __future__ import annotations

import dataclasses
import logging
import queue
from collections import Counter
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from explorer.curation.commands import EditEntities
from explorer.entities import ActorIndex, EventGroup
from explorer.entities.annotation import Annotation
from explorer.entities.commands import MergeActors, SplitActor, Ungroup
from explorer.entities.index import Entity
from explorer.events.record import Event
from explorer.gui.event_model import EventTableModel
from explorer.gui.gc_guard import worker_running
from explorer.ingest import ExtractedDocument
from explorer.entities.extend import AnnotationDelta, StoredAnnotation
from explorer.ingest.engine import annotate_in_background, annotate_new_in_background
from explorer.ingest.pool import BackgroundTask
from explorer.gui.guard import guard_overrides
from explorer.store.extending import stored_annotation

log = logging.getLogger(__name__)


def _annotation_task(documents: list[ExtractedDocument]) -> BackgroundTask:
    """The engine's annotation in a child process; the thread sending it the documents is marked
    as a worker, so the GUI thread's garbage collection waits for it (see ``gc_guard``)."""
    return annotate_in_background(documents, sending=worker_running)


class _EarlyTask:
    """An annotation child started before the documents are read (see :meth:`People.warm_up`):
    its sending thread waits for them on a queue; :meth:`hand` gives them, :meth:`drop` ends it."""

    def __init__(self) -> None:
        self._handoff: queue.Queue = queue.Queue(maxsize=1)
        self.task = annotate_in_background(self._handoff.get, sending=worker_running)

    def hand(self, documents: list[ExtractedDocument]) -> BackgroundTask | None:
        """The running task, now sending ``documents``; None when its child is gone."""
        if not self.task.process.is_alive():
            self.drop()
            return None
        self._handoff.put_nowait(documents)
        return self.task

    def drop(self) -> None:
        self.task.cancel()
        try:
            self._handoff.put_nowait(())  # the waiting thread sends into a closed pipe and ends
        except queue.Full:
            pass


def _new_documents_task(stored: StoredAnnotation | Callable[[], StoredAnnotation],
                        documents: list[ExtractedDocument]) -> BackgroundTask:
    """The engine's annotation of a project's new documents only, against what it holds (issue 16);
    ``stored`` given as a function is made on the thread sending the job, not the GUI thread."""
    return annotate_new_in_background(stored, documents, sending=worker_running)


#: How often the GUI thread looks whether a worker has finished (ms): short enough to feel immediate.
POLL_MS = 40


@guard_overrides
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
        self._generation = 0  # of the latest request; older results are stale
        #: Starts a run on documents (on the engine's pool module); tests put a controllable one here.
        self.job_factory: Callable[[list[ExtractedDocument]], BackgroundTask] = _annotation_task
        #: Starts a run on a project's new documents only (an import into an annotated project).
        #: Its first argument makes the stored annotation when called (on the sending thread, see ``_start_new``).
        self.new_job_factory: Callable[[Callable[[], StoredAnnotation], list[ExtractedDocument]], BackgroundTask] = \
            _new_documents_task
        self._annotated: set[str] = set()  # the project's documents (hashes) the index holds
        self._handed: set[str] = set()  # … and those it will hold once the running job's result is applied
        self._job: BackgroundTask | None = None
        self._early: _EarlyTask | None = None  # a child started at an import's start, waiting for its documents
        self._job_generation = 0
        self._closed = False
        self._finishing = False  # an import's delta applied, its second step (``_extended``) not yet run
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check_worker)
        model.documentsChanged.connect(self._on_documents_changed)
        model.modelReset.connect(self._on_model_reset)
        self._unfollow: Callable[[], None] | None = None
        self._followed = None  # the project whose annotation this shows (see ``_follow``)
        self._quiet = False  # applying a new annotation: its result relabels once, by itself
        projectChanged = getattr(model, "projectChanged", None)
        if projectChanged is not None:
            projectChanged.connect(self.adopt_project)
            self._follow()

    # -- the project's annotation ------------------------------------------------------------

    def _project(self):  # type: ignore[no-untyped-def]
        return getattr(self.model, "project", None)

    def _follow(self) -> None:
        """Listen to the model's project: an entity edit done or undone through its stack (the one
        undo protocol) relabels the rows in place."""
        if self._unfollow is not None:
            self._unfollow()
            self._unfollow = None
        project = self._project()
        self._followed = project
        if project is not None:
            self._unfollow = project.subscribe(self._on_project_change)

    def _on_project_change(self, change) -> None:  # type: ignore[no-untyped-def]
        project = self._project()
        if (change.kind == "entities" and not self._quiet and self.index is not None
                and project is not None and project.actor_index is self.index):
            self._apply()

    def adopt_project(self) -> bool:
        """Show the annotation a project holds (opened from a file), with no new run; returns
        whether it had one. A project without one is annotated when the window asks."""
        self._follow()
        project = self._project()
        self._generation += 1  # a run for the previous project is stale
        self._stop_job()
        self._drop_early()
        if project is None or project.actor_index is None:
            self.index, self.groups = None, []
            self._annotated = set()
            self.changed.emit()
            return False
        self._annotated = {d.hash for d in project.documents()}
        # the model's rows come from the project, labelled from this index already: no relabel
        self.index, self.groups = project.actor_index, project.groups
        self.model.set_groups(self.groups)
        self.changed.emit()
        return True

    def has_annotation(self) -> bool:
        """Whether every document shown has its actors and places (a project opened with them)."""
        project = self._project()
        return project is not None and project.actor_index is not None and self.index is project.actor_index

    # -- filling -----------------------------------------------------------------------------

    def warm_up(self) -> None:
        """An import of documents into a project without actors yet has started: start the child
        that will annotate them now, so that its start and the gazetteer (seconds on a busy
        machine) overlap the reading, and "finding…" ends sooner once it is done (on the twelve
        WikiWars histories the lists came 3.4 s after the reading, 1.5 s of it the gazetteer).
        Nothing when a run is going, the project has an annotation (only new documents are then
        annotated, against it), or a test put its own jobs in."""
        project = self._project()
        if (self._closed or self._early is not None or self._job is not None or self.job_factory is not _annotation_task
                or (project is not None and project.actor_index is not None) or self.index is not None):
            return
        self._early = _EarlyTask()

    def _drop_early(self) -> None:
        if self._early is not None:
            self._early.drop()
            self._early = None

    def annotate(self) -> int:
        """Find the actors, places and groups of the model's documents off the GUI thread; the
        events are relabelled when the result arrives (:attr:`annotated`). Returns the request's
        generation. A project whose annotation holds every document it had (none removed or
        replaced since) has only its new documents annotated, against it (the same person is named
        differently across articles: the stored entities' spellings carry that); otherwise all are."""
        self._generation += 1
        self._stop_job()  # its result would be stale
        new = self._new_documents()
        if new:
            self._drop_early()  # annotated against the project's own: the early child is not that run
            self._start_new(new)
        else:
            self._start()
        return self._generation

    def _new_documents(self) -> list[str]:
        """The project's documents (hashes) its annotation lacks, when only those need annotating."""
        project = self._project()
        if project is None or project.actor_index is None or self.index is not project.actor_index or not self._annotated:
            return []
        hashes = [d.hash for d in project.documents()]
        if not self._annotated <= set(hashes):
            return []  # a document removed or replaced: its mentions are still in the index
        return [h for h in hashes if h not in self._annotated]

    def _start_new(self, hashes: list[str]) -> None:
        project = self._project()
        self._job_generation = self._generation
        self._handed = self._annotated | set(hashes)
        # Gathering what the child needs of the stored annotation (entities, groups, the old events
        # near the new dates) takes seconds at 1M events: it is made on the thread that sends the
        # job, never here. Meanwhile the project may change under it only in ways that make this
        # run stale (documents removed, another import: a new generation) or that wait for it
        # (entity edits, ``_busy``); a failure there comes back as the job's error.
        def build() -> StoredAnnotation:
            return stored_annotation(project, hashes)

        self._job = self.new_job_factory(build, [project.extracted(h) for h in hashes])
        self._poll.start()

    def is_annotating(self) -> bool:
        return self._job is not None or self._finishing

    def shutdown(self) -> None:
        """Window teardown: a run still going is stopped (its result dropped), never waited for."""
        self._closed = True
        if self._unfollow is not None:
            self._unfollow()
            self._unfollow = None
        self._poll.stop()
        self._generation += 1
        self._stop_job()
        self._drop_early()

    def _stop_job(self) -> None:
        if self._job is not None:
            self._poll.stop()
            self._job.cancel()
            self._job = None

    def _start(self) -> None:
        self._job_generation = self._generation
        project = self._project()
        self._handed = {d.hash for d in project.documents()} if project is not None else set()
        documents = list(self.model.documents)
        early, self._early = self._early, None
        self._job = (early.hand(documents) if early is not None else None) or self.job_factory(documents)
        self._poll.start()

    def _check_worker(self) -> None:
        job = self._job
        if job is None or not job.done():
            return
        self._poll.stop()
        self._job = None
        try:
            result: Annotation | BaseException = job.result()
        except Exception as err:
            result = err
        self._on_result(self._job_generation, result)

    def _on_result(self, generation: int, result: Annotation | BaseException) -> None:
        if self._closed or generation != self._generation:
            return  # stale: a newer request is running (or the window closed)
        if isinstance(result, BaseException):  # called from a timer: raising here would end the app
            log.error("finding actors and places failed", exc_info=result)
            self.message.emit(f"Finding actors and places failed: {result}")
            return
        if isinstance(result, AnnotationDelta):
            self._extend(result)
            return
        self._annotated = self._handed
        self.index = result.index
        self.groups = list(result.groups)
        project = self._project()
        labels = result.labels
        if project is not None:  # kept in the project: saved with it, edited through it
            if project.entity_edits():
                labels = {}  # the user's merges and splits are replayed on it: label from the index
            found_again = project.actor_index is None  # a file saved before its actors were found
            self._quiet = True
            try:  # the worker's labels: labelling 10k events again here froze the window for seconds
                project.set_annotation(self.index, self.groups, labels=labels, found_again=found_again)
            finally:
                self._quiet = False
            self.groups = project.groups
        index = result.index

        def label(event: Event) -> Event:  # the worker's labels; events added or edited since: the index
            found = labels.get(event.id)
            if found is None or found == (event.actors, event.places):
                return event if found is not None else index.label(event)
            return dataclasses.replace(event, actors=found[0], places=found[1])

        if self._model_settling():
            # the rows take the new labels a slice a turn (100k events: 2.3 s in one turn); the
            # groups, the lists and "annotated" once they all have them, in a turn of their own
            self._finish_later()
            return
        self._apply(label)
        self.annotated.emit()

    def _model_settling(self) -> bool:
        settling = getattr(self.model, "is_settling", None)
        return settling is not None and settling()

    def _finish_later(self) -> None:
        """Apply the groups and lists, and tell, in a turn after the model's rows caught up with the
        project (:meth:`ProjectEventModel.is_settling`)."""
        self._finishing = True  # still annotating until then (the headings, edits waiting, the bench)
        generation = self._generation
        if self._model_settling():
            self.model.settled.connect(lambda: QTimer.singleShot(0, self, lambda: self._extended(generation)),
                                       Qt.ConnectionType.SingleShotConnection)
        else:
            QTimer.singleShot(0, self, lambda: self._extended(generation))

    def _extend(self, delta: AnnotationDelta) -> None:
        """A run on new documents only: added to the project's annotation in place (its entities keep
        their names, the user's edits stay), the new documents' rows relabelled by the project."""
        project = self._project()
        if project is None or project.actor_index is not self.index:
            return  # the annotation it extends is gone (another project, a whole run applied)
        self._quiet = True
        try:
            project.extend_annotation(delta)
        finally:
            self._quiet = False
        self._annotated = self._handed
        self.groups = project.groups
        if delta.links:
            self.message.emit(f"{len(delta.links)} names in the new articles may join or re-kind known actors: "
                              "not merged (merge them in the People panel if they are one)")
        # The groups on the model's rows and the facet lists in a later turn: at 1M events each
        # half costs about as much as the relabelling above, and one turn must stay short.
        self._finish_later()

    def _extended(self, generation: int) -> None:
        """The second step of applying an annotation (an import's delta, or a whole one whose rows
        followed in slices): the groups and the lists, then tell
        (unless the window closed or another project or request came meanwhile)."""
        self._finishing = False
        if self._closed or generation != self._generation:
            return
        self._apply()
        self.annotated.emit()

    def set_entities(self, index: ActorIndex, groups: Sequence[EventGroup]) -> None:
        self.index = index
        self.groups = groups if isinstance(groups, list) else list(groups)  # the project's own list
        self._apply()

    def _apply(self, label=None) -> None:
        if self.index is not None and not self._project_labels():
            self.model.relabel(label or self.index.label)
        self.model.set_groups(self.groups)
        self.changed.emit()

    def _project_labels(self) -> bool:
        """Whether the model's rows come from a project that labels them from this index: then an
        entity edit reaches the rows as the project's change (the rows it touched), not a relabel."""
        project = self._project()
        return project is not None and project.actor_index is self.index

    def _on_model_reset(self) -> None:
        """A model rebuilt from its source (a project after an edit): the project labels its rows
        from the index it holds, so only the groups go back on the new rows (a model over plain
        documents is labelled again); the facet counts follow."""
        if self.index is not None and self.model.document_count():
            project = self._project()
            if project is not self._followed:
                return  # another project opened: its own annotation follows (``adopt_project``), no relabel
            if project is None or project.actor_index is not self.index:
                self.model.relabel(self.index.label)
            self.model.set_groups(self.groups)
            self.changed.emit()

    def _on_documents_changed(self) -> None:
        if self.model.document_count() == 0 and (self.index is not None or self._job is not None):
            self._generation += 1  # a run on the documents just removed is stale
            self._stop_job()
            self.index, self.groups = None, []
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
        # gone or left out by the curation filters: not counted; read from the model's columns in
        # numpy (a names tuple per event and a Counter over them: 0.7 s of CPU at 1M events)
        return self.model.name_counts()

    def counts_ready(self) -> bool:
        """Whether :meth:`event_counts` answers at once; not right after a large project is opened:
        :meth:`advance_counts` until it does (a plain model always answers)."""
        ready = getattr(self.model, "name_counts_ready", None)
        return True if ready is None else ready()

    def advance_counts(self, budget_s: float) -> bool:
        """Work towards :meth:`event_counts` for about ``budget_s`` seconds; whether they are ready."""
        advance = getattr(self.model, "advance_name_counts", None)
        return True if advance is None else advance(budget_s)

    def mentions_in(self, doc: str) -> list[tuple[int, int, str]]:
        """(start, end, kind) of every actor ("actor") and place ("place") mention in ``doc``,
        pronouns standing for a person included: asked of the index for this document alone (a
        restored index reads it from its columns; no pass over every entity's mentions)."""
        return [] if self.index is None else self.index.mentions_in(doc)

    def _busy(self) -> bool:
        if not self.is_annotating():
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
        self._push(MergeActors(self.index, target_id, others))
        return True

    def split(self, entity_id: str, variants: Sequence[str], name: str | None = None) -> bool:
        """Give the mentions spelled ``variants`` their own actor (named ``name``, or the first)."""
        if self._busy():
            return False
        entity = self.entity(entity_id)
        variants = tuple(v for v in variants if entity is not None and v in entity.variants)
        if self.index is None or entity is None or not variants or len(variants) == len(entity.variants):
            return False
        self._push(SplitActor(self.index, entity_id, variants, name or variants[0]))
        return True

    def ungroup(self, group_id: str) -> bool:
        """The events of one group stand alone again."""
        if self._busy():
            return False
        if not any(g.id == group_id for g in self.groups):
            return False
        self._push(Ungroup(self.groups, group_id))
        return True

    def _push(self, operation) -> None:  # type: ignore[no-untyped-def]
        """The project's stack when the index is the project's (one undo protocol), else the window's."""
        project = self._project()
        if project is not None and project.actor_index is self.index:
            from explorer.gui.project_controller import CoreCommand

            self.undo_stack.push(CoreCommand(project, EditEntities(operation)))  # the project tells us
        else:
            self.undo_stack.push(_EntityCommand(operation, self._apply))
