"""Test-wide speed and isolation: the run is spread over the cores (pytest-xdist), Qt runs
offscreen, settings go to a temporary folder, modal dialogs never block. Qt is only touched when a
test module has already loaded it, so Qt-free core tests stay Qt-free."""

from __future__ import annotations

import atexit
import itertools
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pytest  # noqa: E402

from tests.property_examples import load_profile_for_environment  # noqa: E402

load_profile_for_environment()  # before any test module is collected: their decorators read it


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config: pytest.Config) -> None:
    """Spread the tests over every core and one more worker (pytest-xdist) whenever pytest-xdist is there.

    Why here and not ``-n auto`` in ``addopts``: an environment without pytest-xdist (one installed
    before it joined the ``test`` extra) would refuse ``-n`` and run nothing; here it runs serially.
    Serial too when the run asks for it or cannot be split: ``-n 0`` or ``-p no:xdist``, ``-s``
    (a worker's prints never reach the terminal), ``--pdb``, and ``--benchmark-only`` (benchmarks
    time nothing under xdist). A worker process is never split again.
    """
    if os.environ.get("PYTEST_XDIST_WORKER"):
        return
    _cache_bytecode_for_this_run()
    if not config.pluginmanager.hasplugin("xdist"):
        return
    option = config.option
    if option.numprocesses is not None or option.capture == "no" or option.usepdb:
        return
    if getattr(option, "benchmark_only", False) or getattr(option, "collectonly", False):
        return
    # one worker more than the cores: a worker spends much of its time waiting (subprocesses, Qt's
    # event loop and timers), and the spare worker fills it; on two cores 3 workers, not 2
    option.numprocesses = (os.cpu_count() or 1) + 1
    if option.dist == "no":
        option.dist = "loadfile"  # a file's tests on one worker: its module-scoped fixtures are built once


def _cache_bytecode_for_this_run() -> None:
    """Where the environment forbids writing bytecode (``PYTHONDONTWRITEBYTECODE``, as in many
    container images and on the machine CI was measured on), the run writes and reads it in a
    temporary folder of its own (``PYTHONPYCACHEPREFIX``), removed when the run ends; the
    checkout gets no ``__pycache__``, as that setting wants.

    Why: without bytecode every interpreter the run starts (each xdist worker, each ``python -m
    explorer`` a test runs, each pool worker a spawned import starts) compiled explorer's modules
    from source again: about 1.2 s of CPU of the 4-5 s a `python -m explorer extract` of one file takes.
    Set here, in the first process, so the workers and every child inherit it. A run whose
    environment already names a prefix, or allows bytecode, is left as it is."""
    if not os.environ.get("PYTHONDONTWRITEBYTECODE") or os.environ.get("PYTHONPYCACHEPREFIX"):
        return
    folder = tempfile.mkdtemp(prefix="explorer-tests-bytecode-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    os.environ["PYTHONPYCACHEPREFIX"] = folder
    del os.environ["PYTHONDONTWRITEBYTECODE"]


#: Numbers the settings folders of one worker's tests (each worker has its own temporary root).
_SETTINGS_FOLDERS = itertools.count()


@pytest.fixture(scope="session")
def settings_root(tmp_path_factory) -> Path:
    """The one folder under which each test's settings folder is made."""
    return tmp_path_factory.mktemp("settings")


def new_settings_folder(root: Path) -> Path:
    """A fresh, empty folder under ``root``, named by a counter. Not ``tmp_path_factory.mktemp``:
    that lists its whole base folder to find the next number, and with one folder per test (ten
    thousand in a worker) the listing was milliseconds a test, paid again by every ``tmp_path``."""
    folder = root / str(next(_SETTINGS_FOLDERS))
    folder.mkdir()
    return folder


@pytest.fixture(scope="session")
def generated_project(tmp_path_factory) -> Callable[..., Path]:
    """``generated_project(target, events, articles)`` writes to ``target`` a copy of the project
    ``explorer bench project`` builds with that many events from that many generated articles, and
    returns ``target``. Each size is built once per test process.

    Why: a dozen test files built the same small projects (600 events from 3 articles most often),
    some once per test, and each build runs the real pipeline (1-3 s of CPU, several times that of
    wall on a shared machine). The generator has a fixed seed, so a second build gives the same
    articles, events, actors and groups as the first (only the temporary folder its articles were
    read from differs, and nothing reads that folder again); every caller gets a copy of its own, so
    a test that edits or saves its project never changes another's."""
    built: dict[tuple[int, int], Path] = {}

    def copy_of(target: Path | str, events: int, articles: int) -> Path:
        key = (events, articles)
        if key not in built:
            from explorer.commands.bench_project import build_project

            path = tmp_path_factory.mktemp("generated") / f"{events}-events-{articles}-articles.tlproj"
            build_project(events, str(path), articles=articles, jobs=1)
            built[key] = path
        shutil.copyfile(built[key], target)
        return Path(target)

    return copy_of


@pytest.fixture(autouse=True)
def _isolated_settings(settings_root, monkeypatch):
    """Every test gets empty QSettings in its own folder, never the developer's real ones."""
    if "PySide6.QtCore" not in sys.modules:
        yield
        return
    from PySide6.QtCore import QSettings

    folder = new_settings_folder(settings_root)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    yield


@pytest.fixture(autouse=True)
def _no_modal_dialogs(monkeypatch):
    """A modal dialog in an offscreen test would wait forever; record it and fail instead."""
    if "PySide6.QtWidgets" not in sys.modules:
        yield []
        return
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    shown: list[tuple[str, tuple]] = []

    def refuse(name):
        def dialog(*args, **kwargs):
            shown.append((name, args))
            raise AssertionError(f"unexpected modal dialog {name}: patch it in the test")
        return dialog

    for name in ("critical", "warning", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse(f"QMessageBox.{name}")))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(("QMessageBox.exec", (self.text(),))) or 0)
    for name in ("getOpenFileName", "getOpenFileNames", "getExistingDirectory", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(refuse(f"QFileDialog.{name}")))
    from PySide6.QtWidgets import QDialog

    from explorer.gui.export_dialog import ExportOptionsDialog  # the app's one modal dialog of its own

    real_exec = QDialog.exec
    refuse_export = refuse("ExportOptionsDialog.exec")

    def exec_(self):  # on QDialog, not on our class: no unguarded override appears in explorer.gui
        return refuse_export() if isinstance(self, ExportOptionsDialog) else real_exec(self)

    exec_.__wrapped__ = real_exec  # a test that wants the real modal loop uses QDialog.exec.__wrapped__
    monkeypatch.setattr(QDialog, "exec", exec_)
    yield shown
