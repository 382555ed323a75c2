"""``explorer tag`` starts light: a process that tags one file imports the tagger and the reader,
not the entity index, the store, the event builder or urllib (they cost each process about 0.1 s of
the 0.3 s it took to start; a batch script runs ``explorer tag`` once per file)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HEAVY = ("explorer.entities", "explorer.store", "explorer.events.build", "explorer.commands.bench_project",
         "urllib.request", "PySide6")


def test_tagging_one_file_imports_only_what_tagging_needs(tmp_path: Path) -> None:
    article = tmp_path / "note.txt"
    article.write_text("The council met on March 3, 2019 and will meet again next Tuesday.\n", encoding="utf-8")
    probe = (
        "import io, json, sys, contextlib\n"
        "from explorer.cli import main\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        f"    code = main(['tag', {str(article)!r}])\n"
        "print(json.dumps([code, out.getvalue(), sorted(sys.modules)]))\n"
    )
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    code, printed, modules = json.loads(run.stdout.splitlines()[-1])
    assert code == 0
    assert "2019-03-03" in printed  # it did tag the file
    loaded = [m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY)]
    assert loaded == []
