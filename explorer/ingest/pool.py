"""The one process pool of the program, and the one place that decides how many workers to use.

Every route (``extract`` to stdout, ``--project``, the app's import) reads and tags its files through
:func:`run_in_order`, so they all see the same documents in the same order. Results come back in the
files' order whichever worker finishes first (a document that finishes early waits for the ones
before it, within a window per worker), so an import gives the same project, with its lanes in the
same order, every time; setting ``cancel`` stops handing out work, and what was finished is kept.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Callable, Iterator, Sequence, TypeVar

#: Below this many files a pool costs more (start-up, pickling) than it saves.
PARALLEL_THRESHOLD = 8
#: Files in flight or finished out of order, per worker process.
IN_ORDER_WINDOW = 8
#: How long a wait for a finished file lasts before cancellation is looked at again (s).
POLL_S = 0.05

T = TypeVar("T")


def plan_workers(files: int, jobs: int | None = None) -> int:
    """How many worker processes to use for ``files`` files: 0 (work in the calling process) for
    small batches or one job, else ``jobs`` (default: every core), never more than the files."""
    jobs = jobs or os.cpu_count() or 1
    if jobs <= 1 or files < PARALLEL_THRESHOLD:
        return 0
    return min(jobs, files)


def _context() -> multiprocessing.context.BaseContext:
    """forkserver when the caller runs other threads (the app's Qt threads, an import thread):
    forking a process with threads can deadlock the child; plain fork otherwise, as it starts fastest."""
    if os.name != "posix":
        return multiprocessing.get_context("spawn")
    return multiprocessing.get_context("forkserver" if threading.active_count() > 1 else "fork")


def run_in_order(
    work: Callable[[str], T],
    items: Sequence[str],
    jobs: int | None = None,
    cancel: threading.Event | None = None,
    failed: Callable[[str, BaseException], T] | None = None,
) -> Iterator[tuple[int, T]]:
    """``(index, work(items[index]))`` for each item, in the items' order.

    ``work`` must be a picklable top-level function. ``failed(item, error)`` turns a worker that died
    (or raised) into a result; without it the error propagates. After ``cancel`` is set no new item
    starts; items already finished are still yielded (in order), the others are dropped.
    """
    workers = plan_workers(len(items), jobs)
    if workers == 0:
        for i, item in enumerate(items):
            if cancel is not None and cancel.is_set():
                return
            try:
                result = work(item)
            except Exception as err:
                if failed is None:
                    raise
                result = failed(item, err)
            yield i, result
        return
    window = workers * IN_ORDER_WINDOW
    with ProcessPoolExecutor(max_workers=workers, mp_context=_context()) as pool:
        pending: dict[Future[T], int] = {}
        ready: dict[int, T] = {}
        queue = iter(enumerate(items))
        next_out = 0

        def fill() -> None:
            if cancel is not None and cancel.is_set():
                return
            for i, item in queue:
                pending[pool.submit(work, item)] = i
                if len(pending) + len(ready) >= window:
                    break

        fill()
        while pending:
            done, _ = wait(pending, timeout=POLL_S, return_when=FIRST_COMPLETED)
            for future in done:
                i = pending.pop(future)
                try:
                    ready[i] = future.result()
                except Exception as err:  # a worker died, or the work raised
                    if failed is None:
                        for other in pending:
                            other.cancel()
                        raise
                    ready[i] = failed(items[i], err)
            while next_out in ready:
                yield next_out, ready.pop(next_out)
                next_out += 1
            if cancel is not None and cancel.is_set():
                for future in pending:
                    future.cancel()
                break
            fill()
        for i in sorted(ready):  # cancelled: what was finished is kept
            yield i, ready[i]
