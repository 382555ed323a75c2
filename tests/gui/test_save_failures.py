"""In the app, nothing is lost (issue 15): quitting while the save fails keeps the window and the
edits and says why, with Save As offered; a damaged project is one message naming the file and the
current work stays; a project in a place that cannot be written opens read-only."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from explorer.store import Project
from explorer.store import loading, sqlite as store
from tests.store.test_save_and_open_failures import DAMAGE, _damage
from explorer.gui import save_prompt

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def saved_window(window, monkeypatch, tmp_path):
    """The corpus window saved to a project file, then given one unsaved edit (a star)."""
    target = tmp_path / "work.tlproj"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "")))
    window.actions["save_as"].trigger()
    assert target.is_file()
    project = window.project_ctl.project
    from explorer.curation import edits

    window.project_ctl.push(edits.star(project, project.events()[0].id))
    assert window.project_ctl.has_unsaved_work()
    return window, target


def _boxes(monkeypatch, answer=None) -> list[QMessageBox]:
    """Record message boxes; click ``answer`` (a button text) when it is offered, else close them."""
    seen: list[QMessageBox] = []

    def exec_(box: QMessageBox) -> int:
        seen.append(box)
        for button in box.buttons():
            if answer is not None and button.text() == answer:
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return seen


def test_quitting_while_another_program_writes_keeps_the_window_and_the_edits(qtbot, saved_window, monkeypatch):
    window, target = saved_window
    monkeypatch.setattr(store, "BUSY_TIMEOUT_S", 0.2)
    monkeypatch.setattr(save_prompt, "ask_to_save", lambda *a: QMessageBox.StandardButton.Save)
    boxes = _boxes(monkeypatch)
    other = sqlite3.connect(target, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        qtbot.keyClick(window, Qt.Key.Key_Q, CTRL)  # File ▸ Quit, "Save" answered, the save fails
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert window.isVisible()
    assert window.project_ctl.has_unsaved_work() and window.project_ctl.project.edits()
    assert len(boxes) == 1
    text = boxes[0].text()
    assert "another program is writing this project" in text and "work.tlproj" in text
    assert "Save As\u2026" in [b.text() for b in boxes[0].buttons()]


def test_a_failed_save_offers_save_as_which_keeps_the_work(qtbot, saved_window, monkeypatch, tmp_path):
    window, target = saved_window
    elsewhere = tmp_path / "elsewhere.tlproj"
    boxes = _boxes(monkeypatch, answer="Save As\u2026")
    first = window.project_ctl.project
    second = Project.open(target)  # another program saves the same file meanwhile
    second.save()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(elsewhere), "")))
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    assert "changed this project since it was opened" in boxes[0].text()
    assert Project.open(elsewhere).edits() == first.edits()
    assert not Project.open(target).edits()  # the other program's save was not overwritten
    assert window.windowTitle().startswith("elsewhere.tlproj \u2014")


@pytest.mark.timeout(60)
@pytest.mark.parametrize("kind", DAMAGE)
def test_opening_a_damaged_project_says_which_file_and_keeps_the_current_work(qtbot, window, monkeypatch, tmp_path, kind):

    target = tmp_path / "damaged.tlproj"
    source = window.project_ctl.project
    source.save(target)
    window.project_ctl.project.path = None  # the window's work is untitled again, and unsaved
    _damage(target, kind)
    rows = window.model.rowCount()
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: warned.append(a[2])))
    assert window.project_ctl.open_project(target, ask=False) is False
    assert len(warned) == 1 and str(target) in warned[0]
    assert "still open" in warned[0] and "Traceback" not in warned[0]
    assert window.model.rowCount() == rows and window.project_ctl.project is source
    assert not any(p.name.endswith(("-wal", "-shm")) for p in tmp_path.iterdir())


def test_a_read_only_project_opens_read_only_and_ctrl_s_asks_for_another_name(qtbot, saved_window, monkeypatch, tmp_path):
    window, target = saved_window
    window.project_ctl.save()
    monkeypatch.setattr(loading, "is_writable_place", lambda path: False)
    assert window.project_ctl.open_project(target, ask=False)
    assert window.project_ctl.project.read_only
    assert "(read-only)" in window.windowTitle()
    assert window.model.rowCount() > 0
    asked: list[str] = []
    copy = tmp_path / "copy.tlproj"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: asked.append(a[2]) or (str(copy), "")))
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    assert asked and copy.is_file()
    assert "(read-only)" not in window.windowTitle()


def test_the_app_never_saves_inside_a_command_line_run_and_keeps_the_work(qtbot, saved_window, monkeypatch):
    """`extract --project` holds the writers' lock from reading the project to saving it; an app save
    landing in between would be lost to it (or make it fail). The app's save takes the same lock
    without waiting: refused in words while the run goes on, done once it has finished."""
    from explorer.store.lock import project_lock

    window, target = saved_window
    boxes = _boxes(monkeypatch)
    before = target.read_bytes()
    with project_lock(str(target)):  # what a command-line run holds (a separate open file: flock conflicts)
        qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    assert len(boxes) == 1
    assert "another program" in boxes[0].text() and "extract --project" in boxes[0].text()
    assert "work.tlproj" in boxes[0].text()
    assert target.read_bytes() == before
    assert window.project_ctl.has_unsaved_work() and window.project_ctl.project.edits()
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)  # the run has finished: the save goes through
    assert len(boxes) == 1 and not window.project_ctl.has_unsaved_work()
    assert Project.open(target).edits() == window.project_ctl.project.edits()



@pytest.mark.timeout(60)
@pytest.mark.parametrize("kind", ["cut", "newer"])
def test_a_damaged_project_opened_into_an_empty_window_is_explained_in_the_timeline(qtbot, make_window, monkeypatch,
                                                                                    tmp_path, kind):
    """Opened from the command line into an empty window, a damaged project's modal box said "The
    project you were working on is still open" over an empty window, and held Ctrl+Q until dismissed.
    The timeline now says why, as for a folder with no article; no box, and Ctrl+Q quits."""
    target = tmp_path / "da<b>maged.tlproj"  # a name that is not markup
    if kind == "cut":
        target.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)  # a header, then nothing
    else:
        Project().save(target)
        with sqlite3.connect(target) as con:
            con.execute("PRAGMA user_version = 999")
    window = make_window()
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: boxes.append(a[2])))
    assert window.project_ctl.open_project(target, ask=False) is False
    assert boxes == []
    text = window.timeline.empty_state_text()
    assert "Cannot open project" in text and "da&lt;b&gt;maged.tlproj" in text, text
    assert ("newer version" in text) == (kind == "newer")
    assert "still open" not in text
    assert window.statusBar().currentMessage().startswith("Cannot open project")
