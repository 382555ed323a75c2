"""The Qt binding must hand back None and True with a reference of their own.

PySide6-Essentials 6.12.0 does not: every call of a void method (``QSettings.setDefaultFormat``,
``QObject.setObjectName``), every null pointer it returns as None (``QObject.parent()``) and every
``Signal.emit()`` (which returns True) releases the singleton once more than it took. Python 3.11
counts references on None and True, so enough calls in one process bring the count to zero and the
interpreter aborts ("Fatal Python error: none_dealloc", rc 134): at exit, or mid-run once the
count is spent. The test conftest's per-test ``QSettings`` calls were enough for
``tests/temporal/test_scheduled_and_imperative.py`` run alone; the app calls such methods all the
time. pyproject.toml excludes that version; these tests fail on it.

Each probe runs in its own interpreter, so a binding that over-releases aborts that child, never
the test run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

SETUP = """
import sys
from PySide6.QtCore import QObject, QSettings, Signal

class Emitter(QObject):
    fired = Signal()

emitter = Emitter()
emitter.fired.connect(lambda: None)
plain = QObject()
"""

CALLS = {
    # the conftest's isolation, once per test
    "QSettings.setDefaultFormat": "QSettings.setDefaultFormat(QSettings.Format.IniFormat)",
    "QSettings.setPath": "QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, '.')",
    # a void method of an object, as views call on every update
    "QObject.setObjectName": "plain.setObjectName('probe')",
    # a null pointer handed back as None
    "QObject.parent": "plain.parent()",
    # a signal sent from Python: emit() returns True
    "Signal.emit": "emitter.fired.emit()",
}

SINGLETON = {name: "True" if name == "Signal.emit" else "None" for name in CALLS}


def _run(code: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env)


@pytest.fixture(scope="module")
def drifts() -> dict[str, int]:
    """How far each call moves its singleton's count across 2000 calls, after 1000 that fill the
    binding's lazy caches (the first few hundred move it by a few dozen on any version). One child
    for every call; it holds 100,000 references of its own to each singleton (the ballast) so that
    a binding that over-releases survives to report the numbers instead of aborting."""
    lines = [SETUP, "import json", "ballast = [None, True] * 100_000", "drift = {}"]
    for name, call in CALLS.items():
        singleton = SINGLETON[name]
        lines += [
            f"for _ in range(1000): {call}",
            f"before = sys.getrefcount({singleton})",
            f"for _ in range(2000): {call}",
            f"drift[{name!r}] = sys.getrefcount({singleton}) - before",
        ]
    lines.append("print(json.dumps(drift))")
    done = _run("\n".join(lines))
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


@pytest.mark.parametrize("name", list(CALLS))
def test_a_call_leaves_the_singletons_count_as_it_was(drifts: dict[str, int], name: str) -> None:
    """A binding that over-releases loses one reference a call: 2000 here."""
    assert abs(drifts[name]) <= 10, f"{name}: {SINGLETON[name]}'s reference count moved by {drifts[name]} over 2000 calls"


def test_many_calls_in_one_process_exit_cleanly() -> None:
    """What aborted the temporal tests at exit, enough times over to abort on a binding that
    over-releases: 100,000 of each call, then a normal exit."""
    loop = "\n".join(f"    {call}" for call in CALLS.values())
    done = _run(SETUP + f"\nfor _ in range(100_000):\n{loop}\n")
    assert "Fatal Python error" not in done.stderr, done.stderr[-2000:]
    assert done.returncode == 0, done.stderr[-2000:]
