"""Ctrl+E from the keyboard: the image is written, the user is told, and focus comes back."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from explorer.gui.export_dialog import ExportOptionsDialog


def test_focus_returns_to_the_timeline_after_export_and_the_status_bar_says_so(qtbot, window, monkeypatch, tmp_path):
    path = tmp_path / "view.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))

    def accept(dialog):
        # While a real dialog is open, focus leaves the timeline; where it lands after the dialog
        # closes depends on the window manager. Move it somewhere else to stand for that.
        window.table.setFocus()
        qtbot.waitUntil(window.table.hasFocus)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportOptionsDialog, "exec", accept)
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert path.exists() and path.stat().st_size > 0
    qtbot.waitUntil(window.timeline.hasFocus)
    assert "view.png" in window.statusBar().currentMessage()


def test_focus_returns_after_a_cancelled_export(qtbot, window, monkeypatch, tmp_path):
    def cancel(*args, **kwargs):
        window.timeline.setFocus()  # focus moved while the dialog was up
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(cancel))
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.table.hasFocus)
    assert not list(tmp_path.iterdir())
