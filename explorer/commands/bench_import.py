"""``explorer bench import PROJECT PATH...``: importing a few articles into a large project, timed.

Two routes, each on a copy of the project (made first, untimed, removed at the end), so the bench
never changes the file it is given:

* the app's (the default, :mod:`explorer.gui.bench_import`): the project opened offscreen, the
  articles imported as File ▸ Open does, until their events and then their actors and places are
  shown, then File ▸ Save;
* ``--cli``, here: ``explorer extract --project COPY PATH...`` as a child process, its wall clock,
  CPU time and the peak memory of its process tree.

No Qt here: the app's route is imported by ``explorer.cli`` only when asked for.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

#: figure -> target. The issue gives none for the command line: a whole ``extract --project`` runs
#: the project's annotation, whose target in the app is 60 s, in the memory the app is given.
CLI_TARGETS = {"cli_extract_s": 60.0, "cli_peak_rss_mb": 1536.0}

#: How often the process tree's memory is read while a route runs (seconds).
SAMPLE_S = 0.05


def add_parser(bench_sub) -> None:  # noqa: ANN001 - argparse's private subparsers type
    imported = bench_sub.add_parser(
        "import", help="import articles into a copy of a project and time it (the app offscreen, or --cli)",
        description="Copy PROJECT, import the articles into the copy as the app's File > Open does (offscreen) "
        "and print each figure against its target as JSON lines: the new events on the timeline, their "
        "actors and places, the longest event-loop turn meanwhile, memory (the app and its child processes) "
        "and the Save that follows. With --cli, time `explorer extract --project COPY PATH...` instead.")
    imported.add_argument("project", metavar="PROJECT", help="a .tlproj (never changed: a copy is used)")
    imported.add_argument("paths", nargs="+", metavar="PATH", help="articles (files or folders) to import")
    imported.add_argument("--cli", action="store_true", help="time the command line's extract --project instead of the app")
    imported.add_argument("--jobs", type=int, default=None, help="worker processes (default: the engine decides)")
    imported.add_argument("--timeout", type=float, default=900.0,
                          help="seconds to wait for the actors and places (default: 900); then the run is stopped")
    imported.add_argument("--workdir", metavar="DIR", default=None,
                          help="folder for the copy (default: the system's temporary folder)")


def copy_project(path: str, workdir: str | None = None) -> tuple[str, float]:
    """A copy of the project file in a new folder (under ``workdir``): its path and the seconds taken."""
    if not os.path.isfile(path):
        raise FileNotFoundError(f"{path}: no such project file")
    folder = tempfile.mkdtemp(prefix="bench-import-", dir=workdir)
    target = os.path.join(folder, Path(path).name)
    t0 = time.perf_counter()
    shutil.copyfile(path, target)
    return target, time.perf_counter() - t0


def remove_copy(path: str) -> None:
    shutil.rmtree(os.path.dirname(path), ignore_errors=True)


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except (OSError, ValueError):  # the process ended meanwhile
        pass
    return 0


def descendants(pid: int) -> list[int]:
    """Every process below ``pid`` (children of each of its threads, recursively), from /proc."""
    found: list[int] = []
    todo = [pid]
    while todo:
        current = todo.pop()
        try:
            tasks = os.listdir(f"/proc/{current}/task")
        except OSError:
            continue
        for tid in tasks:
            try:
                with open(f"/proc/{current}/task/{tid}/children") as fh:
                    kids = [int(k) for k in fh.read().split()]
            except (OSError, ValueError):
                continue
            found.extend(kids)
            todo.extend(kids)
    return found


class TreeMemory:
    """Peak resident memory of a process and of its descendants, read from /proc when :meth:`sample`
    is called (at most every :data:`SAMPLE_S`): the children's figure is their sum at one moment,
    the total the process's plus theirs at the same moment."""

    def __init__(self, pid: int | None = None) -> None:
        self.pid = os.getpid() if pid is None else pid
        self.parent_mb = self.children_mb = self.total_mb = 0.0
        self._last = 0.0

    def sample(self, force: bool = False) -> None:
        now = time.perf_counter()
        if not force and now - self._last < SAMPLE_S:
            return
        self._last = now
        own = _rss_kb(self.pid) / 1024.0
        kids = sum(_rss_kb(p) for p in descendants(self.pid)) / 1024.0
        self.parent_mb = max(self.parent_mb, own)
        self.children_mb = max(self.children_mb, kids)
        self.total_mb = max(self.total_mb, own + kids)


def bench_extract(project: str, paths: Sequence[str], emit: Callable[[dict], None], jobs: int | None = None,
                  workdir: str | None = None, timeout_s: float = 900.0) -> list[dict]:
    """``explorer extract --project`` of ``paths`` into a copy of ``project``, as a child process
    (this interpreter, this checkout): its wall clock and CPU time, and the peak memory of its
    process tree (itself and its workers, sampled together)."""
    copy, copy_s = copy_project(project, workdir)
    records: list[dict] = []
    try:
        cmd = [sys.executable, "-m", "explorer", "extract", "--project", copy, *map(os.fspath, paths)]
        if jobs is not None:
            cmd += ["--jobs", str(jobs)]
        before = os.times()
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        memory = TreeMemory(proc.pid)
        timed_out = False
        while proc.poll() is None:
            memory.sample(force=True)
            if time.perf_counter() - t0 > timeout_s:
                proc.terminate()
                timed_out = True
                break
            time.sleep(SAMPLE_S)
        _, err = proc.communicate()
        wall = time.perf_counter() - t0
        after = os.times()
        cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
        size_mb = os.path.getsize(copy) / 2**20
        common = {"copy_s": round(copy_s, 2), "returncode": proc.returncode, "timed_out": timed_out,
                  "file_mb": round(size_mb, 1)}
        if proc.returncode:
            common["stderr"] = err.strip().splitlines()[-3:]
        for figure, value, extra in (
            ("cli_extract_s", float("inf") if timed_out or proc.returncode else wall,
             {"wall_s": round(wall, 3), "cpu_s": round(cpu, 3), **common}),
            ("cli_peak_rss_mb", memory.total_mb, {"process_mb": round(memory.parent_mb, 1),
                                                  "children_mb": round(memory.children_mb, 1)}),
        ):
            target = CLI_TARGETS[figure]
            rec = {"figure": figure, "value": round(value, 3), "target": target, "holds": value <= target, **extra}
            records.append(rec)
            emit(rec)
    finally:
        remove_copy(copy)
    return records


def run(args: argparse.Namespace, emit: Callable[[dict], None]) -> int:
    """``bench import --cli``: the records printed, 0 when the extract ended well."""
    records = bench_extract(args.project, args.paths, emit, jobs=args.jobs, workdir=args.workdir,
                            timeout_s=args.timeout)
    return 0 if records and records[0]["returncode"] == 0 else 1
