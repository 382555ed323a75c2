"""``explorer bench import PROJECT PATH...``: the app, offscreen, importing a few articles into a large project.

The project is opened as ``bench open`` opens it (a copy: :func:`explorer.commands.bench_import.copy_project`),
the background work of opening is let finish, then the articles are imported through the app's own
route, the call File ▸ Open and Import Folder make with the chosen paths (``MainWindow.open_paths``:
the ingest engine in a worker thread, the documents added on the GUI thread, then the actors, places
and groups found in a child process). Each figure is printed as one JSON line with its target:

* ``open_s``: opening the project (as ``bench open``), for reference;
* ``import_events_s``: from the import's start until it has finished and the timeline, drawn, holds
  the new events; ``import_blocked_ms``: the longest event-loop turn meanwhile;
* ``import_annotation_s``: from the import's start until the actors, places and groups found after
  it are on the events (the annotation worker done, its result applied);
  ``import_annotation_blocked_ms``: the longest event-loop turn from the events shown until then;
* ``import_save_ms``: File ▸ Save that follows (the project, with the new article, written);
* ``peak_rss_mb`` (this process, whole run), ``children_peak_rss_mb`` (the child processes together,
  sampled during the import and the annotation) and ``total_peak_rss_mb`` (both at the same moment).

Where the annotation does not finish within the timeout it is stopped: ``import_annotation_s`` is
then infinite and the Save is still timed (what a user who saves then gets).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence

from explorer.commands.bench_import import TreeMemory, copy_project, remove_copy
from explorer.gui import bench_open as opened
from explorer.gui.bench_open import Figures, bench_window, peak_rss_mb

#: figure -> target. From the issue: the annotation's 60 s in the background and "never blocking"
#: (100 ms a turn), memory 1.5 GB; the new events are held to opening's 3 s, the Save to bench open's 1 s.
TARGETS = {
    "open_s": 3.0, "import_events_s": 3.0, "import_blocked_ms": 100.0, "import_annotation_s": 60.0,
    "import_annotation_blocked_ms": 100.0, "import_save_ms": 1000.0, "peak_rss_mb": 1536.0,
    "children_peak_rss_mb": 1536.0, "total_peak_rss_mb": 1536.0,
}


def _turn_until(done: Callable[[], bool], timeout_s: float, memory: TreeMemory) -> tuple[float, float, float]:
    """Turn the event loop until ``done()`` (or ``timeout_s``), reading the memory between turns:
    seconds waited, the longest turn in milliseconds (the window unresponsive at worst) and when
    that turn began (seconds from the start)."""
    from PySide6.QtWidgets import QApplication

    t0 = time.perf_counter()
    worst, worst_at = 0.0, 0.0
    while not done() and time.perf_counter() - t0 < timeout_s:
        t1 = time.perf_counter()
        QApplication.processEvents()
        turn = (time.perf_counter() - t1) * 1000.0
        if turn > worst:
            worst, worst_at = turn, t1 - t0
        memory.sample()
        time.sleep(0.002)  # as a window idles between events; the workers get the cores
    return time.perf_counter() - t0, worst, worst_at


def bench_import(project: str, paths: Sequence[str], emit: Callable[[dict], None], jobs: int | None = None,
                 timeout_s: float = 900.0, workdir: str | None = None) -> list[dict]:
    """Import ``paths`` into a copy of ``project`` in a fresh window; returns (and emits) the records."""
    copy, copy_s = copy_project(project, workdir)
    try:
        return _bench(copy, [str(p) for p in paths], emit, jobs, timeout_s, copy_s)
    finally:
        remove_copy(copy)


def _bench(path: str, paths: list[str], emit: Callable[[dict], None], jobs: int | None, timeout_s: float,
           copy_s: float) -> list[dict]:
    from PySide6.QtWidgets import QApplication

    figures = Figures(TARGETS, emit)
    put = figures.put

    memory = TreeMemory()
    win = bench_window()
    try:
        c0, t0 = time.process_time(), time.perf_counter()
        if not win.project_ctl.open_project(path, ask=False):
            raise RuntimeError(f"{path}: the app could not open it")
        win.timeline.grab()
        figures.events = win.model.key_count()
        put("open_s", time.perf_counter() - t0, cpu_s=round(time.process_time() - c0, 3), copy_s=round(copy_s, 2),
            documents=win.model.document_count(), stored_annotation=win.people.has_annotation())
        # What opening starts in the background (counts, the search) ends first: the import is timed alone.
        settled, _, _ = _turn_until(lambda: (not win.facets.is_counting() and win.model.search_ready()
                                          and win.model.search_index_ready() and not win.people.is_annotating()),
                                 timeout_s, memory)

        finished: list[object] = []
        annotated: list[float] = []
        win.project_ctl.importFinished.connect(finished.append)
        win.people.annotated.connect(lambda: annotated.append(time.perf_counter()))
        marks = win.timeline.mark_count()
        memory.sample(force=True)
        c0, t0 = time.process_time(), time.perf_counter()
        win.open_paths(paths)  # what File > Open and Import Folder call with the paths chosen
        # finished, and the timeline rebuilt with the new marks (on a timer after the documents came)
        _, import_worst, import_worst_at = _turn_until(lambda: bool(finished) and win.timeline.mark_count() > marks,
                                                       timeout_s, memory)
        if not finished:
            raise RuntimeError(f"the import had not finished after {timeout_s:.0f} s")
        win.timeline.grab()
        events_s, events_cpu = time.perf_counter() - t0, time.process_time() - c0
        summary = finished[0]
        new_paths = [win.model.project.document(h).document.path for h in summary.added]
        new_events = sum(len(win.model.events_of_document(p)) for p in new_paths)
        put("import_events_s", events_s, cpu_s=round(events_cpu, 3), added=len(summary.added),
            problems=len(summary.problems), new_events=new_events, events_after=win.model.key_count(),
            marks_before=marks, marks=win.timeline.mark_count(), settled_s=round(settled, 2))
        put("import_blocked_ms", import_worst, at_s=round(import_worst_at, 3))

        _, annotation_worst, annotation_worst_at = _turn_until(lambda: bool(annotated) or not win.people.is_annotating(), timeout_s,
                                          memory)  # (a failed run ends without the signal)
        done = bool(annotated)
        if not done:
            win.people.shutdown()  # stopped: its child process ends, its result is never applied
        after_events = (annotated[0] - t0 - events_s) if done else float("inf")
        fresh = [e for p in new_paths for e in win.model.events_of_document(p)]
        put("import_annotation_s", annotated[0] - t0 if done else float("inf"), finished=done,
            after_events_s=round(after_events, 3), cpu_s=round(time.process_time() - c0, 3),
            with_actors=sum(bool(e.actors) for e in fresh), with_places=sum(bool(e.places) for e in fresh),
            actors=sorted({a for e in fresh for a in e.actors})[:12], groups=win.model.group_count())
        put("import_annotation_blocked_ms", annotation_worst, at_s=round(annotation_worst_at, 3))

        memory.sample(force=True)
        put("import_save_ms", opened._timed(win.actions["save"].trigger), cpu_ms=round(opened.last_cpu_ms, 1),
            modified=win.model.project.is_modified)
        put("peak_rss_mb", peak_rss_mb(), sampled_mb=round(memory.parent_mb, 1))
        put("children_peak_rss_mb", memory.children_mb)
        put("total_peak_rss_mb", memory.total_mb)
    finally:
        win.teardown()
        win.close()
        win.deleteLater()
        QApplication.processEvents()
    return figures.records


def main_import(project: str, paths: Sequence[str], jobs: int | None = None, timeout_s: float = 900.0,
                workdir: str | None = None) -> int:
    records = bench_import(project, paths, lambda rec: print(json.dumps(rec), flush=True), jobs=jobs,
                           timeout_s=timeout_s, workdir=workdir)
    return 0 if records else 1
