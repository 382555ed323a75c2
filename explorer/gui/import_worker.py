"""Importing files off the GUI thread: the one ingest engine (:func:`explorer.ingest.ingest`, its
process pool included) runs in a worker thread; results are applied to the project on the main thread,
a few at a time.

Documents are taken as they are read, not in the files' order (one big file must not hold back the
folder's small ones: they show while it is read, it shows its own progress); when the import ends,
those new to the project are put in the folder's order (:mod:`explorer.ingest.folder_order`), so
the project, its lanes and its saved file are those an import in order makes.

The project is not thread-safe, so the work is split here: :class:`ImportThread` runs the engine, the
same one the command line runs, and sends each finished document through a queued signal;
:class:`ImportJob` adds it to the project in the GUI thread. Results are batched by time (every
``BATCH_S``) so a fast extraction cannot flood the event loop, and each batch is applied within a time
budget, leaving the rest for the next turn.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from explorer.documents import ReadError
from explorer.gui.gc_guard import worker_running
from explorer.ingest import Extracted, Run, ingest
from explorer.ingest.folder_order import FolderOrder
from explorer.ingest.same_text import SameText
from explorer.ingest.time_left import BytesLeft, file_sizes
from explorer.store import Project, content_hash

log = logging.getLogger(__name__)

BATCH_S = 0.05  #: results are sent to the GUI thread at most this often
APPLY_BUDGET_S = 0.02  #: GUI-thread time spent adding documents per event-loop turn

#: How an import's lines in the status bar start, its first ("Reading the articles…") and its
#: progress ("Reading 3/30 documents", "Reading 0/1 documents, book.txt 45%"): a progress line replaces only a line
#: that starts so (see ``MainWindow.show_progress``), never a message the user asked for.
READING_PREFIX = "Reading "
#: The line an import starts with, before the first file is done.
READING_STARTED = f"{READING_PREFIX}the articles\u2026"


def reading_line(done: int, total: int) -> str:
    """An import's progress line: it names what it counts ("Reading 14/30 documents"), because the
    progress bar beside it counts something else (the share of the text read, see
    ``ProjectController._show_fraction``): a bare "Reading 14/30" beside a bar at 62% read as a
    contradiction."""
    return f"{READING_PREFIX}{done}/{total} documents"

#: Kept for readers of the old name: one finished file, as the engine gives it.
Imported = Extracted


class ImportThread(QThread):
    """Runs the ingest engine over the paths, reporting results in batches."""

    #: total files, problems found while listing (list[ReadError]), the files, their sizes (by path)
    found = Signal(int, object, object, object)
    results = Signal(object)  #: list[tuple[str, Extracted | ReadError]]
    reading = Signal(str, float)  #: the file being read in this process, how far through it (0..1)

    def __init__(self, paths: Sequence[str], jobs: int | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = [str(p) for p in paths]
        self.jobs = jobs  # None: the engine decides (explorer.ingest.pool.plan_workers)
        self.cancel_event = threading.Event()
        self._batch: list[tuple[str, Extracted | ReadError]] = []
        self._last_send = 0.0
        self._listing: list[ReadError] | None = None
        self._last_within = 0.0

    def cancel(self) -> None:
        """Stop: no new file starts, and one being read in this process stops halfway (dropped)."""
        self.cancel_event.set()

    def run(self) -> None:
        with worker_running():
            try:
                self._run()
            except Exception:  # an exception must not escape a QThread's run: it would end the app
                log.exception("import failed")
            self._flush()

    def _run(self) -> None:
        def on_found(run: Run) -> None:
            self._listing = list(run.problems)
            self.found.emit(len(run.files), list(run.problems), list(run.files), file_sizes(run.files))

        def on_problem(err: ReadError) -> None:
            if self._listing is not None and err in self._listing:
                return  # already sent with the listing
            self._add(err.path, err)

        ingest(self.paths, self._add, jobs=self.jobs, cancel=self.cancel_event, on_found=on_found,
               on_problem=on_problem, progress=lambda *_: self._maybe_flush(), within=self._within, in_order=False)

    def _within(self, path: str, fraction: float) -> None:
        """How far through a big file: sent at most every ``BATCH_S``, so the status can say it moves.
        The documents finished before it are sent too: they waited for the next one to finish, and
        the small articles read in a big file's first seconds stayed unseen until it was done."""
        self._maybe_flush()
        now = time.perf_counter()
        if now - self._last_within >= BATCH_S:
            self._last_within = now
            self.reading.emit(path, fraction)

    def _add(self, path: str, result: Extracted | ReadError) -> None:
        self._batch.append((path, result))
        self._maybe_flush()

    def _maybe_flush(self) -> None:
        if self._batch and time.perf_counter() - self._last_send >= BATCH_S:
            self._flush()

    def _flush(self) -> None:
        if self._batch:
            self.results.emit(self._batch)
            self._batch = []
        self._last_send = time.perf_counter()


@dataclass(slots=True)
class ImportSummary:
    total: int = 0
    done: int = 0
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    problems: list[ReadError] = field(default_factory=list)
    cancelled: bool = False
    duplicates: list[SameText] = field(default_factory=list)  # files repeating the text of one read before
    #: The bytes read so far, of the files done and of those being read: what the time left is
    #: told from (one big file among small ones is most of the work, whatever the count says).
    read: BytesLeft = field(default_factory=BytesLeft)

    def time_left(self) -> float | None:
        """Seconds, extrapolated from the bytes read so far (None before any, and once all are)."""
        if self.total and self.done >= self.total:
            return None
        return self.read.seconds_left()


class ImportJob(QObject):
    """One import into ``project``: runs the thread, applies results on the GUI thread."""

    progress = Signal(int, int)  #: documents done (added or failed), total
    #: The import ended: its new documents are about to be put in the folder's order (the model
    #: then shows them again, in that order: a view keeps what it showed across this and :attr:`arranged`).
    arranging = Signal()
    arranged = Signal(bool)  #: whether the documents moved
    reading = Signal(str, float)  #: the file being read, how far through it (0..1), while it is read
    problem = Signal(object)  #: ReadError
    finished = Signal(object)  #: ImportSummary

    def __init__(self, project: Project, paths: Sequence[str], jobs: int | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.summary = ImportSummary()
        self._pending: deque[tuple[str, Extracted | ReadError]] = deque()
        self._thread_done = False
        self._finished = False
        self.thread = ImportThread(paths, jobs, self)
        self.thread.found.connect(self._on_found)
        self.thread.results.connect(self._on_results)
        self.thread.reading.connect(self._on_reading)
        self.thread.finished.connect(self._on_thread_finished)
        self._drain = QTimer(self)
        self._drain.setSingleShot(True)
        self._drain.setInterval(0)
        self._drain.timeout.connect(self._apply)
        self._known = {d.hash for d in project.documents()}
        self._before = set(self._known)  # the documents the project had: they keep their places
        self._order = FolderOrder([])  # the files' places, once listed
        self._taken: dict[str, None] = {}  # the texts added to the project, in the order they came

    def start(self) -> None:
        self.summary.read.start()
        self.thread.start()

    def cancel(self) -> None:
        """Stop extracting; documents already finished are kept."""
        self.summary.cancelled = True
        self.thread.cancel()

    def is_running(self) -> bool:
        return not self._finished

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until the thread ends (shutdown); pending results are dropped when cancelled."""
        return self.thread.wait(timeout_ms)

    def _on_found(self, total: int, problems: list[ReadError], files: Sequence[str], sizes: dict[str, int]) -> None:
        self.summary.total = total
        self.summary.read.listed(sizes)
        self._order = FolderOrder(files)
        for err in problems:
            self._problem(err)
        self.progress.emit(0, total)

    def _on_reading(self, path: str, fraction: float) -> None:
        self.summary.read.within(path, fraction)
        self.reading.emit(path, fraction)

    def _on_results(self, batch: list) -> None:
        self._pending.extend(batch)
        self._drain.start()

    def _apply(self) -> None:
        deadline = time.perf_counter() + APPLY_BUDGET_S
        while self._pending and time.perf_counter() < deadline:
            if self.summary.cancelled and self._thread_done:
                self._pending.clear()
                break
            path, result = self._pending.popleft()
            self.summary.done += 1
            self.summary.read.finished(path)
            if isinstance(result, ReadError):
                self._problem(result)
            else:
                doc_hash = content_hash(result.extracted.document.text)
                arrival = self._order.arrive(path, doc_hash)
                if arrival.first:  # a copy of a text is listed at the end (FolderOrder.copies)
                    (self.summary.updated if doc_hash in self._known else self.summary.added).append(doc_hash)
                self._known.add(doc_hash)
                self.project.problems = [p for p in self.project.problems if p.path != path]
                if arrival.keep:  # else a copy placed after it came first: in order it replaced this one
                    self.project.add_extracted(result.extracted, result.sidecar, result.metadata)
                    self._taken[doc_hash] = None
        self.progress.emit(self.summary.done, self.summary.total)  # once per turn: the bar repaints at once
        if self._pending:
            self._drain.start()
        elif self._thread_done:
            self._finish()

    def _problem(self, err: ReadError) -> None:
        self.summary.problems.append(err)
        self.project.problems = [p for p in self.project.problems if p.path != err.path] + [err]
        self.problem.emit(err)

    def _on_thread_finished(self) -> None:
        self._thread_done = True
        if not self._drain.isActive():
            self._apply()

    def _finish(self) -> None:
        if not self._finished:
            self._finished = True
            self._arrange()
            self.finished.emit(self.summary)

    def _arrange(self) -> None:
        """What came as it was read, put as an import in the folder's order puts it: the new
        documents, the lists of the summary and the project's problems."""
        order, summary = self._order, self.summary
        summary.added, summary.updated = order.in_order(summary.added), order.in_order(summary.updated)
        summary.duplicates = order.copies()
        summary.problems.sort(key=order.problem_key)
        mine = {id(p) for p in summary.problems}
        problems = self.project.problems
        self.project.problems = [p for p in problems if id(p) not in mine] + sorted(
            (p for p in problems if id(p) in mine), key=order.problem_key)
        self.arranging.emit()
        moved = self.project.arrange_documents(order.in_order([h for h in self._taken if h not in self._before]))
        self.arranged.emit(moved)
