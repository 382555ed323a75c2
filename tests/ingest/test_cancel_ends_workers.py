"""A cancel ends the pool's run soon even when its workers cannot be told: an item that reaches no
report (a worker still loading the tagger, as when the app quits as an import starts) is ended with
its worker, so the pool is shut down and joined instead of left running at exit ("leaked semaphore
objects")."""

from __future__ import annotations

import multiprocessing
import threading
import time

from explorer.ingest.pool import CANCEL_GRACE_S, run_in_order


def _silent(item: str, report: object) -> str:
    time.sleep(60)  # never reports: cannot see the cancel
    return item


def _reports(index: int, fraction: float) -> None:
    pass


def test_a_cancel_ends_workers_that_never_report_and_joins_the_pool():
    cancel = threading.Event()
    timer = threading.Timer(0.5, cancel.set)
    timer.start()
    t0 = time.monotonic()
    results = list(run_in_order(_silent, [f"f{i}" for i in range(10)], jobs=2, cancel=cancel, reports=_reports))
    seconds = time.monotonic() - t0
    timer.join()
    assert results == []  # nothing finished: nothing kept
    assert seconds < 0.5 + CANCEL_GRACE_S + 5  # not the items' 60 s
    assert multiprocessing.active_children() == []
