"""Application bootstrap: the QApplication, the error dialog, and the run/teardown sequence.

``run()`` is what ``python -m explorer [PATH...]`` calls. It shows the window before reading any
article (so the window paints at once), and tears the window down while Qt is still alive: letting
pyqtgraph items holding large arrays be collected at interpreter exit has aborted PySide6 6.12 with
"Fatal Python error: none_dealloc".
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import threading
import traceback
from collections.abc import Sequence
from types import TracebackType

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from explorer.resources import resource, sample_dir

log = logging.getLogger(__name__)

ORGANIZATION = "TimelineExplorer"
APPLICATION = "Timeline Explorer"


#: See ``create_app``.
GIL_SWITCH_INTERVAL_S = 0.001


def create_app(argv: Sequence[str] | None = None) -> QApplication:
    """The one QApplication (reused if one exists, as under pytest-qt), named for QSettings."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setOrganizationDomain("timeline-explorer.invalid")
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setDesktopFileName("timeline-explorer")
    icon = resource("icons/timeline-explorer.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    style = resource("style.qss")
    if style.is_file():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    sys.excepthook = excepthook
    # The GUI thread calls into Qt and back into Python thousands of times per repaint, and takes the
    # GIL back each time; while a worker thread runs Python (the import's result reader), each wait
    # can last the whole switch interval. 1 ms instead of 5 keeps a repaint's waits short.
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    return app


#: Errors already shown this session, by :func:`_signature` (each is shown once, then only logged).
_shown_errors: set[str] = set()
#: The open error messages (kept referenced: they are non-modal and parentless).
_error_boxes: list[QMessageBox] = []


def _signature(kind: type[BaseException], tb: TracebackType | None) -> str:
    """An error's identity for "show once": its type and where it was raised."""
    frames = traceback.extract_tb(tb) if tb is not None else []
    where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "?"
    return f"{kind.__name__}@{where}"


def excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Log an unexpected error and show it once in a non-modal message; the app goes on.

    Called for exceptions in slots (by PySide6) and for those the boundary in
    :mod:`explorer.gui.guard` caught in a Qt override, often in the middle of a paint: so it never
    opens a modal dialog (a nested event loop inside ``paint``) and never raises."""
    text = "".join(traceback.format_exception(kind, value, tb))
    log.error("unhandled exception\n%s", text)
    sys.__excepthook__(kind, value, tb)
    app = QApplication.instance()
    if app is None or kind is KeyboardInterrupt:
        return
    signature = _signature(kind, tb)
    if signature in _shown_errors:
        return
    _shown_errors.add(signature)
    show = lambda: _show_error(str(value) or kind.__name__, text)  # noqa: E731
    if threading.current_thread() is threading.main_thread():
        QTimer.singleShot(0, show)  # after the paint or handler that failed has returned
    else:
        QTimer.singleShot(0, app, show)  # on the GUI thread


def _show_error(message: str, details: str) -> None:
    try:
        box = QMessageBox(QMessageBox.Icon.Critical, "Unexpected error",
                          f"Something went wrong: {message}\n\nThe app goes on; your work is kept. "
                          "The details are also in the log.",
                          QMessageBox.StandardButton.Close, QApplication.activeWindow())
        box.setObjectName("errorMessage")
        box.setDetailedText(details)
        box.setDefaultButton(QMessageBox.StandardButton.Close)  # Enter closes, it does not open the details
        box.setEscapeButton(QMessageBox.StandardButton.Close)
        box.setModal(False)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.finished.connect(lambda *_: _error_boxes.remove(box) if box in _error_boxes else None)
        _error_boxes.append(box)
        box.show()
    except Exception:  # the message itself failed: the log and stderr already have the traceback
        pass


def main_window(app: QApplication | None = None) -> QWidget | None:
    """The running main window, for drivers and tests that start through :func:`run`."""
    from explorer.gui.main_window import MainWindow

    for widget in (app or QApplication.instance()).topLevelWidgets():
        if isinstance(widget, MainWindow):
            return widget
    return None


def run(paths: Sequence[str]) -> int:
    """Show the window, then open ``paths`` (the bundled sample when empty); return the exit code."""
    app = create_app()
    from explorer.gui.main_window import MainWindow  # after create_app: pyqtgraph wants a QApplication

    window = MainWindow()
    window.closed.connect(app.quit)
    window.show()
    targets = [str(p) for p in paths] or [str(sample_dir())]
    QTimer.singleShot(0, lambda: window.open_paths(targets))
    try:
        code = app.exec()
    finally:
        shutdown(window)
    from explorer.gui.project_controller import imports_left_running

    if imports_left_running():  # a cancelled import still inside one huge document: do not wait for it
        logging.shutdown()
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
        os._exit(code)
    return code


def shutdown(window: QWidget) -> None:
    """Destroy the window and its graphics now, in Qt's order, instead of at interpreter exit."""
    app = QApplication.instance()
    teardown = getattr(window, "teardown", None)
    if teardown is not None:
        teardown()
    window.hide()
    window.deleteLater()
    if app is not None:
        app.processEvents()
        from PySide6.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
