"""The core must stay importable without Qt: the CLI and the tests rely on it."""

import subprocess
import sys

CORE_MODULES = [
    "explorer.cli", "explorer.ingest", "explorer.documents", "explorer.temporal", "explorer.events",
    "explorer.exports", "explorer.exports.timeml", "explorer.sentences",
]


def test_core_imports_neither_qt_nor_pyqtgraph() -> None:
    code = (
        "import sys\n"
        f"for name in {CORE_MODULES!r}: __import__(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph', 'PyQt6', 'PyQt5'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_extract_runs_without_loading_qt(tmp_path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The treaty was signed on March 3, 1999 in Geneva by both governments.\n")
    code = (
        "import sys, io, contextlib\n"
        "from explorer.cli import main\n"
        "buf = io.StringIO()\n"
        f"with contextlib.redirect_stdout(buf): rc = main(['extract', {str(article)!r}])\n"
        "assert rc == 0, rc\n"
        "assert 'March 3, 1999' in buf.getvalue()\n"
        "print(any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"
