"""File ▸ Open of a project replaces what the source pane shows. At 1366x768, opening a saved
project over the WikiWars histories left "World War II — 01_WW2.txt" and its text in the pane
(without its highlights) beside a table and timeline of the project's other articles; importing a
folder next kept it there still: a document the project does not hold, shown as if it were in it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from explorer.store import Project
from explorer.store.importing import import_paths


def _saved_project(tmp_path) -> str:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "harbour.txt").write_text(
        "Harbour works\n\nOn 3 March 1994 the harbour board met in Lowtown. "
        "The new quay opened on 9 June 1995.\n", encoding="utf-8")
    project = Project(tmp_path / "harbour.tlproj")
    import_paths(project, [folder], jobs=1)
    project.save()
    return str(tmp_path / "harbour.tlproj")


def test_ctrl_o_on_a_project_shows_one_of_its_articles(qtbot, window, monkeypatch, tmp_path):
    pane = window.source
    before = pane.document_path
    assert before is not None and pane.text.toPlainText()
    path = _saved_project(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([path], "")))
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    with qtbot.waitSignal(window.loadFinished, timeout=60_000):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.model.document_count() == 1)
    shown = pane.text.toPlainText()
    assert "harbour board" in shown, f"the pane still shows {pane.document_path}"
    assert pane.document_path == window.model.documents[0].document.path
    assert "harbour.txt" in pane.header.text()
