"""Garbage collection only on the GUI thread, and only while no worker thread runs Python.

PySide6 (seen with 6.12 on Python 3.11) releases the GIL while it frees a Qt wrapper. When that
happens inside a garbage collection, another Python thread (our import and annotation workers, a
process pool's feeder threads) can run and allocate in the middle of the collection, and the process
dies with a segmentation fault. pyqtgraph's ``GarbageCollector`` turns automatic collection off for a
related reason; we do the same and collect from a GUI-thread timer, skipping turns while any worker
is active. Workers mark themselves with :func:`worker_running`, since a ``QThread`` running Python
does not show up in ``threading.enumerate()``.
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QTimer

#: How often the GUI thread considers a collection (ms).
INTERVAL_MS = 500

_active = 0
_lock = threading.Lock()


@contextmanager
def worker_running() -> Iterator[None]:
    """Wrap a worker thread's body: no collection starts while it runs."""
    global _active
    with _lock:
        _active += 1
    try:
        yield
    finally:
        with _lock:
            _active -= 1


def workers_busy() -> bool:
    if _active:
        return True
    main = threading.main_thread()
    # A thread started outside ``threading`` (a QThread) that asked for ``current_thread()`` stays
    # listed as a ``_DummyThread`` for ever, alive or not; ours are counted by ``worker_running``.
    return any(t is not main and t.is_alive() and not isinstance(t, threading._DummyThread)  # type: ignore[attr-defined]
               for t in threading.enumerate())


def wait_until_idle(timeout: float = 30.0) -> bool:
    """Block until no worker runs (teardown and tests); True when idle within ``timeout``."""
    deadline = time.monotonic() + timeout
    while workers_busy():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


class OldGeneration:
    """When a full collection is worth its cost: CPython's own rule for its automatic collector
    (``long_lived_pending > long_lived_total / 4``), which a ``gc.collect(2)`` called by hand skips.
    Without it the timer ran a full collection every tenth young one, whatever the oldest
    generation held: 150-235 ms over a 100k-event project, landing on the Filter keystroke (and
    Find's refresh) that happened to allocate the last objects. Objects frozen with
    :func:`keep_loaded_heap_out_of_collections` are in no generation and count for nothing."""

    def __init__(self) -> None:
        self.kept = len(gc.get_objects(2))  # the oldest generation after the last full collection
        self.pending = 0  # objects moved to it since (an overestimate: garbage among them)

    def before_middle_collection(self) -> None:
        """A collection of generation 1 (or a full one) is about to move the young survivors to the
        oldest generation."""
        self.pending += len(gc.get_objects(0)) + len(gc.get_objects(1))

    def full_due(self) -> bool:
        return self.pending > self.kept // 4

    def after_full_collection(self) -> None:
        self.kept, self.pending = len(gc.get_objects(2)), 0


class GuiGarbageCollector(QObject):
    """Process-wide: created once, by the first main window."""

    _instance: "GuiGarbageCollector | None" = None

    @classmethod
    def install(cls) -> "GuiGarbageCollector":
        if cls._instance is None:
            cls._instance = cls()
        return cls._instance

    def __init__(self) -> None:
        super().__init__()
        gc.disable()
        self.skipped = 0
        self.old = OldGeneration()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        if workers_busy():
            self.skipped += 1
            return
        counts, thresholds = gc.get_count(), gc.get_threshold()
        generation = -1
        for gen in range(3):
            if counts[gen] > thresholds[gen]:
                generation = gen
        if generation >= 1:
            self.old.before_middle_collection()
        if generation == 2 and not self.old.full_due():
            generation = 1  # the oldest generation has not grown by a quarter: not worth a full pass
        if generation >= 0:
            gc.collect(generation)
        if generation == 2:
            self.old.after_full_collection()


def keep_loaded_heap_out_of_collections() -> None:
    """After a project is opened and shown: its objects (millions at 1M events, none of them garbage)
    move to the collector's permanent generation, so each later full collection on the GUI thread
    scans only what was made since (a full collection over a 100k-event project took 2.2 s, one
    event-loop turn the window was frozen). :func:`release_loaded_heap` before the next project.
    The same after documents are added (an import): otherwise the first full collection after it,
    0.26 s over 100k events, lands on whatever the user does next (a Filter keystroke)."""
    gc.freeze()
    if GuiGarbageCollector._instance is not None:
        GuiGarbageCollector._instance.old = OldGeneration()  # the oldest generation is empty again


def release_loaded_heap() -> None:
    """Before another project replaces the shown one: what was frozen may be collected again (the
    old project's cycles would otherwise never be freed)."""
    gc.unfreeze()
