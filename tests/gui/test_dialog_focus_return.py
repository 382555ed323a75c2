"""A dialog closed from the keyboard gives the keyboard back to the main window: after File ▸ Export
Image and Escape, Ctrl+Q quits (it went nowhere, and the app had to be killed, where no window
manager re-activates the window: a bare X server, the offscreen platform)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

CTRL = Qt.KeyboardModifier.ControlModifier


def _escape_in_the_export_dialog(qtbot, shown: list) -> None:
    """Once File ▸ Export Image's real dialog is up (modal), a real Escape in it.

    It looks every 50 ms, for 10 s at most, until the dialog is up and active, rather than once after
    a fixed delay: on a loaded machine the Escape came before the dialog, or before it took the focus,
    and went to the main window; the modal dialog then waited for a key forever (the test hung). When
    the time is up the Escape goes to the dialog itself, so a dialog that never became active fails
    the test rather than hanging it."""

    def press_escape(tries_left: int = 200) -> None:
        dialog = QApplication.activeModalWidget()
        active = dialog is not None and QApplication.activeWindow() is dialog
        if not active and tries_left:
            QTimer.singleShot(50, lambda: press_escape(tries_left - 1))
            return
        shown.append(active and dialog.objectName() == "exportOptionsDialog")
        if dialog is not None:
            qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(50, press_escape)


def test_ctrl_q_quits_after_export_image_was_cancelled(qtbot, window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QDialog

    from explorer.gui.export_dialog import ExportOptionsDialog

    monkeypatch.setattr(ExportOptionsDialog, "exec", QDialog.exec.__wrapped__)  # the real modal dialog, this once
    shown: list[bool] = []
    window.timeline.setFocus()
    qtbot.waitUntil(window.timeline.hasFocus)
    _escape_in_the_export_dialog(qtbot, shown)
    qtbot.keyClick(window.timeline, Qt.Key.Key_E, CTRL)
    assert shown == [True]  # the dialog really was up, and active, and Escape closed it
    assert not list(tmp_path.iterdir())
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)  # the window the user sees takes keys again
    with qtbot.waitSignal(window.closed, timeout=5000):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Q, CTRL)
    assert not window.isVisible()

