"""No process outlives the program: kill the program with SIGKILL mid-run and no child is left.

Each test runs the program (``explorer extract --jobs 2``, the app's import job, the app's annotation
job) in a subprocess, waits until its worker processes are busy, kills it with ``SIGKILL`` (nothing
of ours runs after that) and checks that every process it had started is gone within two seconds.
Processes are read from ``/proc``, so these tests run on Linux only.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from explorer import children

pytestmark = pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads the process tree from /proc")

REPO = Path(__file__).resolve().parents[2]
GRACE_S = 2.0


def descendants(pid: int) -> set[int]:
    """Every live process below ``pid`` (children, their children, ...)."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        if fields[0] not in (b"Z", b"X"):
            parents.setdefault(int(fields[1]), []).append(int(entry))
    found, todo = set(), [pid]
    while todo:
        for child in parents.get(todo.pop(), ()):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def kill_mid_run(command: list[str], workers: int, ready_line: str | None = None) -> set[int]:
    """Start ``command``; once it has ``workers`` descendants (and printed ``ready_line``, if given)
    kill it with SIGKILL. Returns its descendants that are still alive ``GRACE_S`` later."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    seen: set[int] = set()
    try:
        if ready_line is not None:
            for line in proc.stdout:  # type: ignore[union-attr]
                if line.strip() == ready_line:
                    break
            else:
                pytest.fail(f"the program ended before printing {ready_line!r}")
        deadline = time.monotonic() + 60
        while len(seen) < workers and time.monotonic() < deadline:
            assert proc.poll() is None, "the program ended before it was killed: give it more work"
            seen |= descendants(proc.pid)
            time.sleep(0.05)
        assert len(seen) >= workers, f"only {len(seen)} child processes started"
        time.sleep(0.3)  # let the workers get into their documents
        seen |= descendants(proc.pid)
        assert proc.poll() is None, "the program ended before it was killed: give it more work"
    finally:
        proc.kill()  # SIGKILL
        proc.wait()
    deadline = time.monotonic() + GRACE_S
    left = {pid for pid in seen if children.is_alive(pid)}
    while left and time.monotonic() < deadline:
        time.sleep(0.05)
        left = {pid for pid in left if children.is_alive(pid)}
    for pid in left:  # do not leave them to burn the machine after a failure
        os.kill(pid, signal.SIGKILL)
    return left


@pytest.fixture(scope="module")
def big_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """240 articles (the sample's, each copied with a different first line): tens of seconds of work
    on two cores, so the program is surely mid-run when it is killed."""
    folder = tmp_path_factory.mktemp("big")
    for i in range(48):
        for source in sorted((REPO / "data").glob("*.txt")):
            (folder / f"{i:03d}-{source.name}").write_text(f"Copy {i}\n\n{source.read_text(encoding='utf-8')}", encoding="utf-8")
    return folder


@pytest.mark.parametrize("mode", ["stream", "project"])
def test_extract_workers_die_with_the_program(big_folder: Path, tmp_path: Path, mode: str) -> None:
    # the plain stream runs the pipeline's pool, ``--project`` the project import's pool
    extra = ["--format", "jsonl"] if mode == "stream" else ["--project", str(tmp_path / "p.tlproj")]
    left = kill_mid_run([sys.executable, "-m", "explorer", "extract", str(big_folder), "--jobs", "2", *extra], 2)
    assert not left, f"processes left behind: {sorted(left)}"


GUI_IMPORT = """
import sys
from PySide6.QtWidgets import QApplication
from explorer.gui.import_worker import ImportJob
from explorer.store import Project
app = QApplication([])
job = ImportJob(Project(), [sys.argv[1]], jobs=2)
job.finished.connect(app.quit)
job.start()
app.exec()
"""


def test_import_workers_die_with_the_app(big_folder: Path) -> None:
    # forkserver: the fork server and two workers (and the semaphore tracker) are the app's descendants
    left = kill_mid_run([sys.executable, "-c", GUI_IMPORT, str(big_folder)], 3)
    assert not left, f"processes left behind: {sorted(left)}"


ANNOTATION = """
import dataclasses, sys, time
from pathlib import Path
from explorer.ingest.engine import annotate_in_background
from explorer.ingest import extract_paths

documents = extract_paths([sys.argv[1]], jobs=1).documents
many = []
for i in range(int(sys.argv[2])):  # the same articles many times over: seconds of annotation
    for d in documents:
        doc = dataclasses.replace(d.document, path=f"/copies/{i}/{d.document.path}")
        events = tuple(dataclasses.replace(e, doc=doc.path, id=f"{i}/{e.id}") for e in d.events)
        many.append(dataclasses.replace(d, document=doc, events=events))
job = annotate_in_background(many)  # the app's annotation, on the engine's pool module
job._sender.join()
print("sent", flush=True)
time.sleep(120)
"""


def test_the_annotation_job_dies_with_the_app() -> None:
    # 600 documents take the child several seconds to annotate: alone it would go on past the grace time
    left = kill_mid_run([sys.executable, "-c", ANNOTATION, str(REPO / "data"), "120"], 1, ready_line="sent")
    assert not left, f"processes left behind: {sorted(left)}"


FALLBACK = """
import multiprocessing, time
from explorer import children
children._set_parent_death_signal = lambda: False  # as where the kernel has no parent-death signal
child = multiprocessing.get_context("fork").Process(target=children.guarded(time.sleep), args=(60,))
child.start()
print("started", flush=True)
time.sleep(60)
"""


def test_without_the_kernels_signal_the_watching_thread_ends_the_child() -> None:
    left = kill_mid_run([sys.executable, "-c", FALLBACK], 1, ready_line="started")
    assert not left, f"processes left behind: {sorted(left)}"


def test_a_process_is_known_by_its_pid_and_start_time() -> None:
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        started = children.start_time(sleeper.pid)
        assert started is not None and children.is_alive(sleeper.pid, started)
        assert not children.is_alive(sleeper.pid, started + 1)  # the same pid, another process
    finally:
        sleeper.kill()
        sleeper.wait()
    assert not children.is_alive(sleeper.pid, started)
