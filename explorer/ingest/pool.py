"""The one process pool of the program, and the one place that decides how many workers to use.

Every route (``extract`` to stdout, ``--project``, the app's import) reads and tags its files through
:func:`run_items`, so they all see the same documents. :func:`run_in_order` gives them back in the
files' order whichever worker finishes first (a document that finishes early waits for the ones
before it, within a window per worker), so the command line prints the same stream every time; an
import into a project (the app's, ``--project``) takes them as they finish
(``run_items(ordered=False)``: one big file must not hold back a folder) and puts each in its
folder's place (:mod:`explorer.ingest.folder_order`), so it gives the same project, with its lanes
in the same order, every time. Setting ``cancel`` stops handing out
work, and what was finished is kept.
Work that must run apart from a responsive caller (the app's annotation) is a
:class:`BackgroundTask`, started here too, so one module decides how the program uses processes.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.queues
import os
import queue as queue_module
import threading
import time
import traceback
from contextlib import AbstractContextManager, nullcontext
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from multiprocessing.connection import Connection
from typing import Callable, Generic, Iterator, Sequence, TypeVar

from explorer import children
from explorer.ingest.document_progress import Cancelled

#: Below this many files a pool costs more (start-up, pickling) than it saves.
PARALLEL_THRESHOLD = 8
#: Files in flight or finished out of order, per worker process.
IN_ORDER_WINDOW = 8
#: How long a wait for a finished file lasts before cancellation is looked at again (s).
POLL_S = 0.05
#: A worker process sends how far through its item it is at most this often (s): the caller shows
#: it no faster, and a folder of small files must not flood the queue.
REPORT_EVERY_S = 0.1
#: After a cancel, how long the items still running have to stop before their workers are ended (s).
CANCEL_GRACE_S = 1.0
#: Not in order (``run_items(ordered=False)``): how long a finished item waits for the ones before it
#: before it is given anyway (s). Items of alike sizes then still come in order (the caller has
#: nothing to put back in place), while a big file holds back the ones after it no longer than this.
HOLD_S = 1.0
#: An item this many times bigger than the median item is big: started first on several workers, last
#: in this process (``run_items(ordered=False)``).
BIG_FACTOR = 8

T = TypeVar("T")

#: How far through its item the work is (0..1); it raises :class:`Cancelled` once the run is cancelled.
Report = Callable[[float], None]
#: Where the reports of all items arrive, in the calling thread: (item index, fraction).
Reports = Callable[[int, float], None]


def plan_workers(files: int, jobs: int | None = None) -> int:
    """How many worker processes to use for ``files`` files: 0 (work in the calling process) for
    small batches or one job, else ``jobs`` (default: every core), never more than the files."""
    jobs = jobs or os.cpu_count() or 1
    if jobs <= 1 or files < PARALLEL_THRESHOLD:
        return 0
    return min(jobs, files)


def _context() -> multiprocessing.context.BaseContext:
    """forkserver when the caller runs other threads (an import thread, which Python's ``threading``
    sees only as the calling thread not being the main one, and the threads a library runs that
    Python never sees: Qt's pooled threads, up as soon as the app shows a window): forking a process
    with threads can deadlock the child (a lock another thread held at the fork stays held in the
    child for ever); plain fork otherwise, as it starts fastest."""
    if os.name != "posix":
        return multiprocessing.get_context("spawn")
    threaded = (threading.active_count() > 1 or threading.current_thread() is not threading.main_thread()
                or _library_threads())
    return multiprocessing.get_context("forkserver" if threaded else "fork")


def _library_threads() -> bool:
    """Whether a library runs threads of its own (Linux: a thread of this process named otherwise
    than the program, as Qt names its pooled and event threads). A BLAS pool's threads keep the
    program's name and are safe across a fork by their own handlers: numpy alone, which starts
    one, must not cost every command-line run a fork server. False where the system does not say."""
    try:
        tasks = os.listdir("/proc/self/task")
        if len(tasks) < 2:
            return False
        with open("/proc/self/comm", encoding="utf-8", errors="replace") as f:
            program = f.read().strip()
        for tid in tasks:
            try:
                with open(f"/proc/self/task/{tid}/comm", encoding="utf-8", errors="replace") as f:
                    if f.read().strip() != program:
                        return True
            except OSError:  # the thread ended meanwhile
                continue
    except OSError:
        return False
    return False


def run_in_order(
    work: Callable[[str], T],
    items: Sequence[str],
    jobs: int | None = None,
    cancel: threading.Event | None = None,
    failed: Callable[[str, BaseException], T] | None = None,
    reports: Reports | None = None,
) -> Iterator[tuple[int, T]]:
    """``(index, work(items[index]))`` for each item, in the items' order (see :func:`run_items`)."""
    return run_items(work, items, jobs, cancel, failed, reports, ordered=True)


def run_items(
    work: Callable[..., T],
    items: Sequence[str],
    jobs: int | None = None,
    cancel: threading.Event | None = None,
    failed: Callable[[str, BaseException], T] | None = None,
    reports: Reports | None = None,
    *,
    ordered: bool = True,
    sizes: Sequence[int] | None = None,
) -> Iterator[tuple[int, T]]:
    """``(index, work(items[index]))`` for each item: in the items' order when ``ordered`` (a
    document that finishes early waits for the ones before it, within a window per worker), else
    as they finish: a big file no longer holds back the small ones after it (a folder of nine
    articles and one 5 MB text showed nothing for the 77 s the text took, though the articles were
    done in 15). Items finished in the same poll come in the items' order; the caller puts them in
    their places (:mod:`explorer.ingest.folder_order`).

    Not ordered, a finished item waits at most :data:`HOLD_S` for the ones before it: items of
    alike sizes still come in order. ``sizes`` (of the items: how long each takes, roughly) tell
    the big items (:data:`BIG_FACTOR` times the median): on several workers they start first
    (started last, a big file keeps one worker busy long after the others are done), in this
    process last (worked one after another, the user sees the rest of the folder soonest); the
    others keep their order.

    ``work`` must be a picklable top-level function. ``failed(item, error)`` turns a worker that died
    (or raised) into a result; without it the error propagates. After ``cancel`` is set no new item
    starts; items already finished are still yielded, the others are dropped.

    With ``reports``, ``work`` is called as ``work(item, report)``: ``report(fraction)`` reaches
    ``reports(index, fraction)`` in the calling thread, from a worker process too (through a queue
    read while waiting for results; a big file in a worker used to show nothing for minutes), and
    raises :class:`Cancelled` once ``cancel`` is set, which stops that item where it is. In this
    process the cancel propagates (the caller drops the item); from a worker the item is dropped here.
    """
    workers = plan_workers(len(items), jobs)
    schedule: Sequence[int] = range(len(items))
    if not ordered and sizes is not None:  # see the docstring
        schedule = schedule_big_apart(sizes, first=workers > 0)
    if workers == 0:
        for i in schedule:
            item = items[i]
            if cancel is not None and cancel.is_set():
                return
            try:
                result = work(item, _report_here(reports, i, cancel)) if reports is not None else work(item)
            except Exception as err:
                if failed is None:
                    raise
                result = failed(item, err)
            yield i, result
        return
    window = workers * IN_ORDER_WINDOW
    context = _context()
    options = children.pool_options()
    channel: multiprocessing.queues.Queue[tuple[int, float]] | None = None
    stop: threading.Event | None = None  # (a multiprocessing Event, set when ``cancel`` is)
    if reports is not None:
        channel, stop = context.Queue(), context.Event()
        options = {"initializer": _start_reporting_worker,
                   "initargs": (options["initializer"], options["initargs"], channel, stop)}
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, **options) as pool:
        pending: dict[Future[T], int] = {}
        ready: dict[int, T] = {}  # finished, not yet given to the caller
        given: set[int] = set()  # given to the caller: their late reports are dropped
        since: dict[int, float] = {}  # (not ordered) when each item in ``ready`` was finished
        queue = ((i, items[i]) for i in schedule)
        next_out = 0  # (ordered) the next item the caller is given

        def fill() -> None:
            # the window is checked before each submit: checked after, every poll while the workers
            # were still starting (a fork server's children take seconds) handed out one file more,
            # until all were queued, and a cancel then kept a whole folder (the flaky cancel test)
            if cancel is not None and cancel.is_set():
                return
            while len(pending) + len(ready) < window:
                nxt = next(queue, None)
                if nxt is None:
                    return
                if reports is None:
                    pending[pool.submit(work, nxt[1])] = nxt[0]
                else:
                    pending[pool.submit(_work_reporting, work, nxt[0], nxt[1])] = nxt[0]

        def read_reports() -> None:
            # what the workers told since the last poll, but for items already given to the caller
            while channel is not None and reports is not None:
                try:
                    index, fraction = channel.get_nowait()
                except queue_module.Empty:
                    return
                if index not in given:
                    reports(index, fraction)

        fill()
        while pending:
            done, _ = wait(pending, timeout=POLL_S, return_when=FIRST_COMPLETED)
            read_reports()  # before the results: a report sent just before its item's result is shown
            if stop is not None and cancel is not None and cancel.is_set():
                stop.set()  # the workers' reports raise Cancelled: the items being read stop there
            for future in done:
                i = pending.pop(future)
                since[i] = time.monotonic()
                try:
                    ready[i] = future.result()
                except Cancelled:  # stopped halfway by the cancel: dropped
                    continue
                except Exception as err:  # a worker died, or the work raised
                    if failed is None:
                        for other in pending:
                            other.cancel()
                        raise
                    ready[i] = failed(items[i], err)
            while next_out in ready or next_out in given:
                if next_out not in given:
                    given.add(next_out)
                    yield next_out, ready.pop(next_out)
                next_out += 1
            if not ordered and ready and time.monotonic() - min(since[i] for i in ready) >= HOLD_S:
                for i in sorted(ready):  # held long enough for the ones before them: given now
                    given.add(i)
                    yield i, ready.pop(i)
            if cancel is not None and cancel.is_set():
                if stop is not None:
                    stop.set()
                _end_running(pool, pending)
                break
            fill()
        for i in sorted(ready):  # cancelled: what was finished is kept
            yield i, ready[i]


def schedule_big_apart(sizes: Sequence[int], first: bool) -> list[int]:
    """The items' indexes, the big ones (:data:`BIG_FACTOR` times the median size) ``first`` or last,
    biggest first or smallest first among them, the others in their order."""
    ordered_sizes = sorted(sizes)
    median = ordered_sizes[len(ordered_sizes) // 2] if ordered_sizes else 0
    big = sorted((i for i, size in enumerate(sizes) if size > BIG_FACTOR * max(median, 1)),
                 key=sizes.__getitem__, reverse=first)
    chosen = set(big)
    rest = [i for i in range(len(sizes)) if i not in chosen]
    return [*big, *rest] if first else [*rest, *big]


def _end_running(pool: ProcessPoolExecutor, pending: dict[Future[T], int]) -> None:
    """After a cancel: the items not started are cancelled, the items still running get
    :data:`CANCEL_GRACE_S` to stop (a reporting item stops at its next report), then the workers that
    have not are ended, and the pool is joined. Leaving the ``with`` block only waited for running
    items, and a worker still starting (a fork server's child takes seconds to load the tagger)
    reaches no report: the quit that cancelled waited, gave up and left the pool running, and the
    exit then printed multiprocessing's "leaked semaphore objects".

    The pool's own thread cancels the items not started (``shutdown(cancel_futures=True)``), not
    this one: a future cancelled here while the pool still listed it as pending made the pool's
    thread fail when a worker was ended (Python 3.11's ``terminate_broken`` sets the
    BrokenProcessPool error on every pending future, and a cancelled one raises InvalidStateError;
    CPython gh-107219, mended in 3.12). The thread died before joining the workers, so one was
    still alive after the run: the cancel test failed now and then under load, as the end of a
    worker raced the pool's own cancelling."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    manager = getattr(pool, "_executor_manager_thread", None)  # shutdown(wait=False) forgets both
    pool.shutdown(wait=False, cancel_futures=True)
    deadline = time.monotonic() + CANCEL_GRACE_S
    while not all(future.done() for future in pending) and time.monotonic() < deadline:
        time.sleep(POLL_S / 5)  # done: finished, failed, stopped by the cancel, or cancelled by the pool
    if not all(future.done() for future in pending):
        for process in processes:
            if process.is_alive():
                process.terminate()  # the pool notices, fails the items left and shuts down in order
    if manager is not None:
        manager.join()  # the workers joined: none is left running when the run returns


def _report_here(reports: Reports, index: int, cancel: threading.Event | None) -> Report:
    """The report of item ``index`` worked on in this process: straight to ``reports``."""

    def report(fraction: float) -> None:
        if cancel is not None and cancel.is_set():
            raise Cancelled
        reports(index, fraction)

    return report


#: A reporting worker's queue to the caller and the run's stop flag (set by its pool's initializer).
_worker_channel: tuple[multiprocessing.queues.Queue[tuple[int, float]], threading.Event] | None = None


def _start_reporting_worker(initializer: Callable[..., object], initargs: tuple[object, ...],
                            channel: multiprocessing.queues.Queue[tuple[int, float]], stop: threading.Event) -> None:
    """A worker's start: the pool's usual initializer, then the queue and stop flag its reports use
    (a queue can only reach a worker as it starts, not with each item)."""
    global _worker_channel
    initializer(*initargs)
    channel.cancel_join_thread()  # a report still unsent when the worker exits is not worth waiting for
    _worker_channel = (channel, stop)


def _work_reporting(work: Callable[[str, Report], T], index: int, item: str) -> T:
    """``work(item, report)`` in a worker, its reports sent to the caller at most every
    :data:`REPORT_EVERY_S`, and :class:`Cancelled` raised once the caller's cancel is set."""
    assert _worker_channel is not None, "a reporting pool's workers start with _start_reporting_worker"
    channel, stop = _worker_channel
    last = -REPORT_EVERY_S

    def report(fraction: float) -> None:
        nonlocal last
        if stop.is_set():
            raise Cancelled
        now = time.monotonic()
        if now - last >= REPORT_EVERY_S:
            last = now
            channel.put((index, fraction))

    return work(item, report)


class BackgroundTask(Generic[T]):
    """One call of ``work(payload)`` in a child process of this module's kind (the same start
    method and the same dying with the program as the pool's workers), for work that holds the GIL
    for seconds while the caller must stay responsive (the app's annotation of a whole corpus).

    The payload goes through a pipe from a thread, so a caller with megabytes of documents does not
    wait for the child to read them; ``sending`` (a context manager factory) wraps that thread's
    body (the app marks it as a worker for its garbage collector). Poll :meth:`done`, then take
    :meth:`result`; :meth:`cancel` ends the child at once (a newer request, a closed window).

    ``prepare`` (instead of ``payload``) makes the payload on that same thread: work the caller must
    not wait for either (the app's stored annotation of a 1M-event project takes seconds to gather);
    if it raises, the child reports the error as the work's. ``warm`` (a picklable top-level
    function) runs in the child before the payload is read, so what every run loads (the gazetteer)
    is loaded while the payload is still being made and sent."""

    def __init__(self, work: Callable[[object], T], payload: object = None,
                 sending: Callable[[], AbstractContextManager[object]] | None = None,
                 prepare: Callable[[], object] | None = None, warm: Callable[[], object] | None = None) -> None:
        context = _context()
        self._receive, child_send = context.Pipe(duplex=False)
        child_receive, self._send = context.Pipe(duplex=False)
        self.process = context.Process(target=children.guarded(_task_body),
                                       args=(work, child_receive, child_send, warm),
                                       name=getattr(work, "__name__", "task"), daemon=True)
        self.process.start()
        child_send.close()
        child_receive.close()
        self._sending = sending or nullcontext
        self._sender = threading.Thread(target=self._send_payload, args=(payload, prepare), name="task-send",
                                        daemon=True)
        self._sender.start()

    def _send_payload(self, payload: object, prepare: Callable[[], object] | None) -> None:
        with self._sending():
            try:
                if prepare is not None:
                    try:
                        payload = prepare()
                    except Exception:  # reported by the child as the work's failure (never raised on a thread)
                        payload = _Unprepared(traceback.format_exc())
                self._send.send(payload)
            except OSError:  # the child was stopped meanwhile
                pass
            finally:
                self._send.close()

    def done(self) -> bool:
        return self._receive.poll() or not self.process.is_alive()

    def result(self) -> T:
        """The work's result (once :meth:`done`); raises if it failed or the child died."""
        try:
            if not self._receive.poll():
                raise RuntimeError(f"the background process ended (exit code {self.process.exitcode})")
            kind, value = self._receive.recv()
        finally:
            self._receive.close()
            # not waited for: a child that sent its result only exits (at 1M events freeing its
            # memory took 60 ms of the app's turn); it is reaped when next polled or started
            self.process.join(0)
        if kind != "ok":
            raise RuntimeError(f"the background work failed:\n{value}")
        return value  # type: ignore[return-value]

    def cancel(self) -> None:
        if self.process.is_alive():
            self.process.terminate()
        self._receive.close()


class _Unprepared:
    """What the sending thread sends when making the payload failed: its traceback, for the child to report."""

    def __init__(self, trace: str) -> None:
        self.trace = trace


def _task_body(work: Callable[[object], object], receive: Connection, send: Connection,
               warm: Callable[[], object] | None = None) -> None:
    """A background task's child: ``warm()`` first, then the payload arrives on ``receive``;
    ``("ok", result)`` or ``("error", traceback text)`` goes back on ``send``. The payload comes
    through a pipe rather than as the process's arguments: those are written while the parent waits
    for the child to start."""
    try:
        if warm is not None:
            warm()
        payload = receive.recv()
        receive.close()
        if isinstance(payload, _Unprepared):
            raise RuntimeError(f"making the payload failed:\n{payload.trace}")
        message: tuple[str, object] = ("ok", work(payload))
    except BaseException:  # the parent reports it; the child just ends
        message = ("error", traceback.format_exc())
    try:
        send.send(message)
    finally:
        send.close()
