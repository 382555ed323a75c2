"""Quitting while an import is inside one long document (issue 15) ends the app cleanly and soon:
never "QThread: Destroyed while thread is still running" (an abort), never a wait for the document."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROSE = ("The council met on 12 March 2019 in the capital. Two weeks later the minister resigned. "
         "In 2018 the army moved north, and the talks stalled.\n\n")

DRIVER = """
import sys, time
from PySide6.QtCore import QTimer
from explorer.gui.app import create_app, main_window, run

app = create_app()

def quit_when_importing():
    window = main_window()
    job = window.project_ctl.job
    if job is None or not job.is_running():
        QTimer.singleShot(50, quit_when_importing)
        return
    print("importing", flush=True)
    QTimer.singleShot(300, window.actions["quit"].trigger)

QTimer.singleShot(0, quit_when_importing)
sys.exit(run(sys.argv[1:]))
"""


def test_quitting_during_the_import_of_a_long_document_exits_cleanly(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "long.txt").write_text(PROSE * 40_000, encoding="utf-8")  # about 6 MB: minutes to extract
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", DRIVER, str(folder)], capture_output=True, text=True,
                          timeout=120, env=env, cwd=ROOT)
    seconds = time.perf_counter() - t0
    assert "importing" in done.stdout, done.stderr
    assert done.returncode == 0, done.stderr
    assert "Destroyed while thread" not in done.stderr and "Fatal" not in done.stderr
    assert seconds < 60  # the cancel waits a few seconds at most, not for the document


POOL_DRIVER = """
import atexit, multiprocessing, sys
from PySide6.QtCore import QTimer
from explorer.gui.app import create_app, main_window, run

app = create_app()
atexit.register(lambda: print("children", len(multiprocessing.active_children()), flush=True))

def quit_as_the_pool_starts():
    job = main_window().project_ctl.job
    if job is None or not job.is_running():
        QTimer.singleShot(20, quit_as_the_pool_starts)
        return
    print("importing", job.summary.done, flush=True)
    main_window().actions["quit"].trigger()

QTimer.singleShot(0, quit_as_the_pool_starts)
sys.exit(run(sys.argv[1:]))
"""


def test_quitting_while_the_worker_pool_starts_ends_it_and_prints_nothing(tmp_path):
    """A quit before the pool's workers have loaded the tagger (they reach no report, so they cannot
    be told to stop) used to leave them running: the exit printed "leaked semaphore objects"."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(12):  # above the pool's threshold: the import runs on worker processes
        (folder / f"a{i:02}.txt").write_text(f"Article {i}. " + PROSE * 3, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), XDG_CONFIG_HOME=str(tmp_path))
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", POOL_DRIVER, str(folder)], capture_output=True, text=True,
                          timeout=120, env=env, cwd=ROOT)
    seconds = time.perf_counter() - t0
    assert "importing 0" in done.stdout, (done.stdout, done.stderr)
    assert done.returncode == 0, done.stderr
    assert "children 0" in done.stdout, done.stdout  # the pool's workers were ended and joined
    stderr = [line for line in done.stderr.splitlines() if "propagateSizeHints" not in line]  # offscreen Qt
    assert stderr == [], done.stderr
    assert seconds < 30
