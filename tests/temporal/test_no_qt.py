"""The temporal core must never pull in Qt: it runs in the CLI and in worker processes."""

from __future__ import annotations

import subprocess
import sys


def test_core_imports_without_qt() -> None:
    code = ("import sys, explorer.temporal, explorer.temporal.evaluate; "
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'PyQt'))]; "
            "print(bad); sys.exit(1 if bad else 0)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stdout + r.stderr
