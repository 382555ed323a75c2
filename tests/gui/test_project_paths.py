"""Paths of the projects feature the other tests leave out: ``python -m explorer x.tlproj`` end to
end, the table's context menu, File ▸ Open Recent, and Ctrl+S while an import is still running
(it saves what is imported so far, atomically; the rest marks the project modified again)."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from explorer.resources import sample_dir
from explorer.store import Project

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("quit_driver.py")
CTRL = Qt.KeyboardModifier.ControlModifier


def _articles(folder: Path, n: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"a{i:04d}.txt").write_text(
            f"Report number {i}\n\nOn {1 + i % 27} March {1990 + i % 30} the council met in session {i}.\n",
            encoding="utf-8")


def _shown_rows(window) -> int:
    return window.proxy.rowCount()


def test_python_m_explorer_opens_a_project_built_by_extract(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    target = tmp_path / "x.tlproj"
    made = subprocess.run([sys.executable, "-m", "explorer", "extract", str(sample_dir()), "--project", str(target)],
                          capture_output=True, text=True, timeout=120, env=env, cwd=ROOT)
    assert made.returncode == 0, made.stderr
    expected = sum(1 for r in Project.open(target).rows() if not r.curation.rejected)
    assert expected > 0
    shown = subprocess.run([sys.executable, str(DRIVER), "--cli", "--quit-after", "300", str(target)],
                           capture_output=True, text=True, timeout=120, env=env, cwd=ROOT)
    assert shown.returncode == 0, shown.stderr
    assert "Fatal" not in shown.stderr and "Traceback" not in shown.stderr, shown.stderr
    values = dict(line.split() for line in shown.stdout.splitlines() if len(line.split()) == 2)
    assert int(values["events"]) == expected
    assert int(values["marks"]) > 0


def test_right_click_on_a_row_offers_the_curation_actions_and_reject_is_undone(qtbot, window):
    table = window.table
    rows = _shown_rows(window)
    rect = table.visualRect(window.proxy.index(1, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.RightButton, pos=rect.center())
    # the platform follows a real right press with a context-menu event; QTest's click does not
    pos = rect.center()
    QApplication.sendEvent(table.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos,
                                                               table.viewport().mapToGlobal(pos)))
    qtbot.waitUntil(lambda: getattr(window, "context_menu", None) is not None and window.context_menu.isVisible())
    menu = window.context_menu
    texts = [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
    for name in ("Reject", "Star", "Merge"):
        assert any(t.startswith(name) or name in t for t in texts), (name, texts)
    chosen = window.selection.current_event()
    assert chosen is not None and window.proxy.index(1, 0).data(Qt.ItemDataRole.UserRole + 1).id == chosen.id
    reject = next(a for a in menu.actions() if a.text().replace("&", "").startswith("Reject"))
    menu.close()
    reject.trigger()
    assert _shown_rows(window) == rows - 1
    assert window.model.row_of(chosen.id) is None  # hidden, not deleted
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert _shown_rows(window) == rows and window.model.row_of(chosen.id) is not None
    del menu, reject
    gc.collect()  # while the window lives: wrappers of its menu collected after teardown crash PySide


def test_open_recent_lists_the_saved_project_and_opens_it(qtbot, window, monkeypatch, tmp_path):
    target = tmp_path / "recent.tlproj"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "")))
    window.actions["save_as"].trigger()
    assert target.is_file()
    assert window.project_ctl.recent_projects() == [str(target)]
    rows = window.model.rowCount()
    window.actions["new_project"].trigger()
    assert window.model.rowCount() == 0
    menu = window.recent_menu
    menu.aboutToShow.emit()
    entries = [a for a in menu.actions() if a.isEnabled()]
    assert [a.toolTip() for a in entries] == [str(target)]
    entries[0].trigger()
    assert window.model.rowCount() == rows
    assert window.windowTitle().startswith("recent.tlproj")


def test_ctrl_s_during_an_import_saves_what_is_there_and_the_rest_follows(qtbot, make_window, corpus, monkeypatch,
                                                                          tmp_path):
    """Decision: Save never waits for an import. It writes the documents added so far (in one
    transaction, renamed into place), the import goes on, and what it adds afterwards marks the
    project modified for the next save."""
    _articles(tmp_path / "news", 300)  # more than one batch's worth, so Save comes mid-way
    target = tmp_path / "during.tlproj"
    win = make_window()
    win.add_documents(corpus)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "")))
    win.actions["save_as"].trigger()
    saved_at: list[int] = []

    def on_progress(done: int, total: int) -> None:
        if 0 < done < total and not saved_at:
            qtbot.keyClick(win, Qt.Key.Key_S, CTRL)  # while the import is running
            saved_at.append(win.model.document_count())

    with qtbot.waitSignal(win.project_ctl.importFinished, timeout=60_000):
        job = win.project_ctl.import_paths([str(tmp_path / "news")], jobs=1)
        job.progress.connect(on_progress)
    assert len(saved_at) == 1 and 2 < saved_at[0] < 302
    assert len(Project.open(target).documents()) == saved_at[0]  # what was there, complete and readable
    assert win.model.document_count() == 302
    assert win.windowTitle().startswith("during.tlproj*")  # the rest is unsaved work
    qtbot.keyClick(win, Qt.Key.Key_S, CTRL)
    reopened = Project.open(target)
    assert len(reopened.documents()) == 302
    assert len(reopened.rows()) == len(win.model.project.rows())
    assert not win.windowTitle().startswith("during.tlproj*")


@pytest.mark.benchmark
@pytest.mark.slow
def test_benchmark_save_and_open_a_20k_event_project_through_the_window(qtbot, make_window, monkeypatch, tmp_path,
                                                                         benchmark):
    """Skipped with the other benchmarks; run with --benchmark-only -s to see the numbers."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("quit_driver", DRIVER)
    driver = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(driver)  # type: ignore[union-attr]
    win = make_window()
    win.add_documents(driver.synthetic_documents(20_000))
    assert win.model.rowCount() >= 20_000
    target = tmp_path / "big.tlproj"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "")))
    times: dict[str, float] = {}

    def save_then_open() -> None:
        t0 = time.perf_counter()
        win.actions["save_as"].trigger()
        times["save"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        assert win.project_ctl.open_project(target, ask=False)
        qtbot.waitUntil(lambda: win.timeline.mark_count() >= 20_000, timeout=60_000)
        times["open"] = time.perf_counter() - t0

    benchmark.pedantic(save_then_open, rounds=1, iterations=1)
    benchmark.extra_info.update(times)
    print(f"\n20k events: save {times['save'] * 1000:.0f} ms, open (window drawn) {times['open'] * 1000:.0f} ms, "
          f"file {target.stat().st_size / 1e6:.1f} MB")
    assert win.model.rowCount() >= 20_000
