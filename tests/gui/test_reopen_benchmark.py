"""Benchmark (skipped in CI): reopening a 1M-event project, the store alone and in the app.

Three figures, wall clock and the process's CPU time (the wall clock inflates on a shared machine):
``store_open_s``, ``Project.open`` alone; ``app_open_s``, File > Open in a shown window until the
timeline is drawn; ``app_reopen_s``, the same file opened again over itself (what a user does after
a crash or to drop unsaved edits: the million events shown are let go while the new ones load).
Resident memory after each, and the peak.

Run: ``python -m pytest -p no:xdist --benchmark-only -s tests/gui/test_reopen_benchmark.py``.
``TE_BENCH_PROJECT`` names a ready project (``explorer bench project --events 1000000 -o FILE``,
about 2 min); else one of ``TE_BENCH_EVENTS`` events (default 1,000,000) is built first.
"""

from __future__ import annotations

import gc
import json
import os
import time

import pytest

from explorer.commands.bench_project import build_project
from explorer.gui.bench_open import bench_window, peak_rss_mb, rss_mb
from explorer.store import Project


def _timed(action) -> tuple[float, float]:  # noqa: ANN001
    c0, t0 = time.process_time(), time.perf_counter()
    action()
    return time.perf_counter() - t0, time.process_time() - c0


@pytest.mark.benchmark
@pytest.mark.slow
@pytest.mark.timeout(3600)
def test_reopening_a_million_event_project(tmp_path, qapp, benchmark):
    path = os.environ.get("TE_BENCH_PROJECT")
    if not path:
        path = str(tmp_path / "bench.tlproj")
        build_project(int(os.environ.get("TE_BENCH_EVENTS", "1000000")), path)
    records: list[dict] = []

    def put(figure: str, wall_cpu: tuple[float, float], **extra) -> None:  # noqa: ANN003
        rec = {"figure": figure, "s": round(wall_cpu[0], 2), "cpu_s": round(wall_cpu[1], 2),
               "rss_mb": round(rss_mb()), **extra}
        records.append(rec)
        print(json.dumps(rec), flush=True)

    def run() -> None:
        box: list[Project] = []
        opened = _timed(lambda: box.append(Project.open(path)))
        put("store_open_s", opened, documents=len(box[0].documents()))
        del box[:]
        gc.collect()
        win = bench_window()
        for figure in ("app_open_s", "app_reopen_s"):
            def open_drawn() -> None:
                assert win.project_ctl.open_project(path, ask=False)
                win.timeline.grab()
            put(figure, _timed(open_drawn), events=win.model.key_count(), marks=win.timeline.mark_count())
        assert win.timeline.is_fitting()  # opened on its first view, following the events
        records.append({"figure": "peak_rss_mb", "value": round(peak_rss_mb())})
        print(json.dumps(records[-1]), flush=True)
        win.teardown()
        win.close()

    benchmark.pedantic(run, rounds=1, iterations=1)
    benchmark.extra_info.update({r["figure"]: r for r in records})
    by_figure = {r["figure"]: r for r in records}
    assert by_figure["app_open_s"]["events"] == by_figure["app_reopen_s"]["events"] > 0
