"""A dialog closed from the keyboard gives the keyboard back to the main window: after File ▸ Export
Image and Escape, Ctrl+Q quits (it went nowhere, and the app had to be killed, where no window
manager re-activates the window: a bare X server, the offscreen platform)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

CTRL = Qt.KeyboardModifier.ControlModifier


def _escape_in_the_export_dialog(qtbot, shown: list) -> None:
    """Once File ▸ Export Image's real dialog is up (modal), a real Escape in it."""

    def press_escape():
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # not up yet (a loaded machine): an Escape now would leave it open for ever
            QTimer.singleShot(50, press_escape)
            return
        shown.append(dialog is not None and dialog.objectName() == "exportOptionsDialog"
                     and QApplication.activeWindow() is dialog)
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(100, press_escape)


def test_ctrl_q_quits_after_export_image_was_cancelled(qtbot, window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QDialog

    from explorer.gui.export_dialog import ExportOptionsDialog

    monkeypatch.setattr(ExportOptionsDialog, "exec", QDialog.exec.__wrapped__)  # the real modal dialog, this once
    shown: list[bool] = []
    _escape_in_the_export_dialog(qtbot, shown)
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    qtbot.keyClick(window.timeline, Qt.Key.Key_E, CTRL)
    assert shown == [True]  # the dialog really was up, and active, and Escape closed it
    assert not list(tmp_path.iterdir())
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)  # the window the user sees takes keys again
    with qtbot.waitSignal(window.closed, timeout=5000):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Q, CTRL)
    assert not window.isVisible()

