"""Ctrl+E from the keyboard: the image is written, the user is told, and focus comes back."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from explorer.gui.export_dialog import ExportOptionsDialog

from .keys import export_to


def test_focus_returns_to_the_timeline_after_export_and_the_status_bar_says_so(qtbot, window, monkeypatch, tmp_path):
    path = tmp_path / "view.png"

    def focus_elsewhere(dialog):
        # While a real dialog is open, focus leaves the timeline; where it lands after the dialog
        # closes depends on the window manager. Move it somewhere else to stand for that.
        window.table.setFocus()
        qtbot.waitUntil(window.table.hasFocus)

    export_to(monkeypatch, path, focus_elsewhere)
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert path.exists() and path.stat().st_size > 0
    qtbot.waitUntil(window.timeline.hasFocus)
    assert "view.png" in window.statusBar().currentMessage()


def test_focus_returns_after_a_cancelled_export(qtbot, window, monkeypatch, tmp_path):
    def cancel(dialog):
        dialog.path_edit.setText(str(tmp_path / "never.png"))
        window.timeline.setFocus()  # focus moved while the dialog was up
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ExportOptionsDialog, "exec", cancel)
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.table.hasFocus)
    assert not list(tmp_path.iterdir())
