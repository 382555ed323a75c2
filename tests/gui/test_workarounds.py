"""The None/True refcount ballast (explorer/gui/workarounds.py) is added only where the binding is seen
to over-release them, and then it is added.

Each case runs in a child interpreter: the ballast, once added, stays for the life of the process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

REPORT = """
import sys
import explorer.gui
from explorer.gui.workarounds import protect_none_refcount
print(sys.getrefcount(None) > 2 ** 59, sys.getrefcount(True) > 2 ** 59, protect_none_refcount())
"""

# What PySide6-Essentials 6.12.0 does on every void call, simulated on a sound binding: the method
# releases one reference to None that it never took.
FAULTY = """
import ctypes
import PySide6.QtCore

class OverReleasing(PySide6.QtCore.QObject):
    def setObjectName(self, name):
        super().setObjectName(name)
        ctypes.c_ssize_t.from_address(id(None)).value -= 1

PySide6.QtCore.QObject = OverReleasing
"""


def _run(code: str) -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.split()


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None and True are immortal from CPython 3.12")
def test_a_sound_binding_is_left_alone() -> None:
    """On the binding pyproject.toml allows, importing the GUI touches no reference count."""
    assert _run(REPORT) == ["False", "False", "False"]


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None and True are immortal from CPython 3.12")
def test_a_binding_that_over_releases_gets_the_ballast() -> None:
    assert _run(FAULTY + REPORT) == ["True", "True", "True"]
