"""The core must stay importable without Qt: the CLI and the tests rely on it."""

import subprocess
import sys

CORE_MODULES = [
    "explorer.cli", "explorer.ingest", "explorer.documents", "explorer.temporal", "explorer.events",
    "explorer.exports", "explorer.exports.timeml", "explorer.sentences",
]


def test_every_module_outside_the_gui_imports_neither_qt_nor_pyqtgraph() -> None:
    """Every module of every core room (store, curation, entities, timeline, commands... not only the
    ones listed above), each imported in one fresh interpreter: a module-level Qt import anywhere
    outside ``explorer/gui`` fails here, naming the first module that brought Qt in. The files are
    listed from disk, not with ``pkgutil.walk_packages``, which would import ``explorer.gui`` itself."""
    code = (
        "import importlib, sys\n"
        "from pathlib import Path\n"
        "import explorer\n"
        "root = Path(explorer.__file__).parent\n"
        "names = sorted('.'.join(('explorer',) + p.relative_to(root).with_suffix('').parts).removesuffix('.__init__')\n"
        "               for p in root.rglob('*.py'))\n"
        "names = [n for n in names if not n.startswith('explorer.gui') and n != 'explorer.__main__']\n"
        "for name in names:\n"
        "    importlib.import_module(name)\n"
        "    if any(m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph', 'PyQt6', 'PyQt5') for m in sys.modules):\n"
        "        print('Qt loaded by', name); break\n"
        "else:\n"
        "    print(len(names), 'modules')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    count, _, word = out.stdout.strip().partition(" ")
    assert word == "modules" and int(count) > 100, out.stdout


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
