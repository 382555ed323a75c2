"""The folder the file dialogs open in: the one the user last opened or saved from, kept in the
settings, so that Open, Save As and Import start where the user's work is rather than in the home
folder every time (one key, shared by the window's and the project controller's dialogs)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

_KEY = "paths/lastDir"


def last_folder() -> str:
    """The folder a file dialog should start in."""
    return str(QSettings().value(_KEY, str(Path.home())))


def remember_folder(folder: str) -> None:
    """Keep ``folder`` as the one the next file dialog starts in."""
    QSettings().setValue(_KEY, folder)
