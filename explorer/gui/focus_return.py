"""Give the keyboard back to the main window when one of its dialogs closes.

Without a window manager that does it (a bare X server, some tiling managers, the offscreen
platform), closing a dialog leaves no window of ours active: Qt gave the focus back to the widget
inside the main window, but the window itself was not activated, so its shortcuts went nowhere.
File ▸ Export Image then Escape, and Ctrl+Q no longer quit (the app had to be killed).

Only the case "a dialog of ours just closed and nothing is active" is handled: a user who switches
to another program leaves our main window (visible) as the last focus window, and is left alone.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class FocusReturn(QObject):
    """Watches the application's keyboard focus on behalf of ``main`` (a top-level widget)."""

    def __init__(self, main: QWidget) -> None:
        super().__init__(main)
        self._main = main
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, old: QWidget | None, now: QWidget | None) -> None:
        if now is not None or old is None:
            return
        try:
            left = old.window()
        except RuntimeError:  # already deleted
            return
        if left is not self._main:
            # checked once the close is done (a dialog closing on Escape is still in its key handler)
            QTimer.singleShot(0, lambda: self._activate_main(left))

    def _activate_main(self, left: QWidget) -> None:
        try:
            closed = not left.isVisible()
        except RuntimeError:  # the dialog was deleted: it closed
            closed = True
        if (closed and QApplication.activeWindow() is None and self._main.isVisible()
                and QApplication.activeModalWidget() is None):
            self._main.activateWindow()
