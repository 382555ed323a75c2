"""The pool module's background task: one call in a child process, its result or its error back,
and cancel ends the child at once (the app's annotation runs on it)."""

from __future__ import annotations

import os
import time

import pytest

from explorer.ingest.engine import annotate_in_background
from explorer.ingest.pool import BackgroundTask


def _pid_and_sum(numbers: object) -> tuple[int, int]:
    return os.getpid(), sum(numbers)  # type: ignore[call-overload]


def _fails(_: object) -> None:
    raise ValueError("no such thing")


def _sleeps(seconds: object) -> None:
    time.sleep(seconds)  # type: ignore[arg-type]


def wait_done(task: BackgroundTask, timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    while not task.done():
        assert time.monotonic() < end, "the task did not finish"
        time.sleep(0.02)


def test_the_work_runs_in_another_process_and_its_result_comes_back():
    task = BackgroundTask(_pid_and_sum, list(range(100_000)))
    wait_done(task)
    pid, total = task.result()
    assert pid != os.getpid() and total == sum(range(100_000))
    task.process.join(5)  # the result does not wait for the child's exit; it does exit
    assert not task.process.is_alive()


def test_an_error_in_the_work_is_raised_with_its_traceback():
    task = BackgroundTask(_fails, None)
    wait_done(task)
    with pytest.raises(RuntimeError, match="no such thing"):
        task.result()


def test_cancel_ends_the_child_at_once():
    task = BackgroundTask(_sleeps, 60)
    time.sleep(0.2)
    assert not task.done()
    task.cancel()
    task.process.join(5)
    assert not task.process.is_alive()


def test_the_engine_annotates_in_the_background_what_it_annotates_in_process():
    from explorer.ingest import extract_paths
    from explorer.ingest.engine import annotate
    from pathlib import Path

    documents = list(extract_paths([Path(__file__).resolve().parents[1] / "entities" / "corpus"], jobs=1).documents)
    entered = []
    from contextlib import contextmanager

    @contextmanager
    def sending():
        entered.append(1)
        yield

    task = annotate_in_background(documents, sending=sending)
    wait_done(task, 60)
    got, here = task.result(), annotate(documents)
    assert got.labels == here.labels and [g.event_ids for g in got.groups] == [g.event_ids for g in here.groups]
    assert entered == [1]


_WARMED: list[int] = []


def _warm() -> None:
    _WARMED.append(os.getpid())


def _warmed_pids(_: object) -> list[int]:
    return list(_WARMED)  # in the child: what its warm-up left


def test_prepare_makes_the_payload_on_the_sending_thread_not_the_callers():
    import threading

    made: list[threading.Thread] = []

    def prepare() -> list[int]:
        made.append(threading.current_thread())
        return [1, 2, 3]

    task = BackgroundTask(_pid_and_sum, sending=None, prepare=prepare)
    wait_done(task)
    assert task.result()[1] == 6
    assert len(made) == 1 and made[0] is not threading.current_thread() and made[0].name == "task-send"


def test_a_failing_prepare_comes_back_as_the_works_error():
    def prepare() -> object:
        raise KeyError("no payload today")

    task = BackgroundTask(_pid_and_sum, prepare=prepare)
    wait_done(task)
    with pytest.raises(RuntimeError, match="no payload today"):
        task.result()


def test_warm_runs_in_the_child_before_the_work():
    task = BackgroundTask(_warmed_pids, None, warm=_warm)
    wait_done(task)
    pids = task.result()
    assert len(pids) == 1 and pids[0] != os.getpid() and _WARMED == []


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="threads are counted from Linux's /proc")
def test_a_thread_python_never_sees_keeps_the_children_from_plain_fork():
    """The app forked its children while Qt's own threads ran (Python's ``threading`` never sees
    them: it counted one thread): a lock one of them held at the fork stays held in the child,
    which then hangs now and then. A thread started below ``threading`` and named as a library
    names its threads ("Thread (pooled)", as Qt's are) stands for them here."""
    import _thread

    from explorer.ingest.pool import _context

    named = _thread.allocate_lock()
    named.acquire()
    held = _thread.allocate_lock()
    held.acquire()
    gone = _thread.allocate_lock()
    gone.acquire()

    def native() -> None:  # names itself, then waits until told, like an idle pooled thread
        with open(f"/proc/self/task/{_thread.get_native_id()}/comm", "w", encoding="utf-8") as f:
            f.write("Thread (pooled)")
        named.release()
        held.acquire()
        gone.release()

    _thread.start_new_thread(native, ())
    try:
        assert named.acquire(timeout=5)
        assert _context().get_start_method() == "forkserver"
        task = BackgroundTask(_pid_and_sum, list(range(1000)))  # and the child still does its work
        wait_done(task)
        assert task.result()[1] == sum(range(1000))
    finally:
        held.release()
        assert gone.acquire(timeout=5)


def test_numpy_alone_keeps_plain_fork():
    """numpy starts a BLAS thread pool at import (threads that keep the program's name and survive
    a fork by their own handlers): a command-line run must not pay a fork server for it."""
    import subprocess
    import sys

    code = "import numpy\nfrom explorer.ingest.pool import _context\nprint(_context().get_start_method())\n"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "fork"
