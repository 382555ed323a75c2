"""A cancel ends the pool's run soon even when its workers cannot be told: an item that reaches no
report (a worker still loading the tagger, as when the app quits as an import starts) is ended with
its worker, so the pool is shut down and joined instead of left running at exit ("leaked semaphore
objects").

The test failed now and then under load. Its cancel came from a 0.5 s timer, whatever the workers
were doing, and the run cancelled the items not started from its own thread while the pool's
thread still listed them: ending a worker then made the pool's thread fail on a cancelled future
(Python 3.11, CPython gh-107219) before it joined the workers, and one was still alive at the
check. Now the cancel comes once both workers have started an item (a file each writes), and the
test asks what the run promises, whatever the machine's speed: nothing kept, no worker left, no
failure in the pool's thread, and no wait for the items' hour."""

from __future__ import annotations

import multiprocessing
import threading
import time
from pathlib import Path

from explorer.ingest.pool import run_in_order

ITEM_S = 3600.0


def _silent(item: str, report: object) -> str:
    Path(item).touch()  # started (the test cancels once both workers have one)
    time.sleep(ITEM_S)  # never reports: cannot see the cancel
    return item


def _reports(index: int, fraction: float) -> None:
    pass


def test_a_cancel_ends_workers_that_never_report_and_joins_the_pool(tmp_path, monkeypatch):
    items = [str(tmp_path / f"f{i}") for i in range(10)]
    cancel = threading.Event()
    started_at: list[float] = []

    def cancel_once_both_started() -> None:
        while sum(Path(item).exists() for item in items) < 2:
            time.sleep(0.01)
        started_at.append(time.monotonic())
        cancel.set()

    thread_failures: list[BaseException] = []  # (set here: pytest puts its own hook in as the test starts)
    monkeypatch.setattr(threading, "excepthook", lambda args: thread_failures.append(args.exc_value))
    watcher = threading.Thread(target=cancel_once_both_started, daemon=True)
    watcher.start()
    results = list(run_in_order(_silent, items, jobs=2, cancel=cancel, reports=_reports))
    ended_at = time.monotonic()
    watcher.join(5)
    assert cancel.is_set() and results == []  # both items were running; nothing finished: nothing kept
    assert multiprocessing.active_children() == []  # the workers were ended and joined
    assert thread_failures == []  # the pool's own thread shut down without failing
    assert sum(Path(item).exists() for item in items) == 2  # no item started after the cancel
    assert ended_at - started_at[0] < ITEM_S / 60  # ended, not waited for
