"""A dialog closed from the keyboard gives the keyboard back to the main window: after File ▸ Export
Image and Escape, Ctrl+Q quits (it went nowhere, and the app had to be killed, where no window
manager re-activates the window: a bare X server, the offscreen platform)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

CTRL = Qt.KeyboardModifier.ControlModifier


def _real_file_dialog_closed_by_escape(qtbot, window, shown: list):
    """Stands for QFileDialog.getSaveFileName: Qt's own dialog, shown modal, left with a real Escape."""

    def get_save_file_name(parent, caption="", directory="", filters="", *args, **kwargs):
        dialog = QFileDialog(parent, caption, directory, filters)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)

        def press_escape():
            shown.append(QApplication.activeWindow() is dialog)
            qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)

        QTimer.singleShot(100, press_escape)
        dialog.exec()
        dialog.deleteLater()
        return "", ""

    return get_save_file_name


def test_ctrl_q_quits_after_export_image_was_cancelled(qtbot, window, monkeypatch, tmp_path):
    shown: list[bool] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(_real_file_dialog_closed_by_escape(qtbot, window, shown)))
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    qtbot.keyClick(window.timeline, Qt.Key.Key_E, CTRL)
    assert shown == [True]  # the dialog really was up, and active, and Escape closed it
    assert not list(tmp_path.iterdir())
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)  # the window the user sees takes keys again
    with qtbot.waitSignal(window.closed, timeout=5000):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Q, CTRL)
    assert not window.isVisible()

