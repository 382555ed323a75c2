"""One command-line writer per project at a time: the second waits, and says whom it waits for.

Two ``extract --project`` runs on one file would each read it, add their documents and save, and
the later save would win. The CLI holds this lock from opening the project to saving it, so the
second run opens the file only after the first has saved, and adds to it. The lock is an advisory
``flock`` on the project's folder (the project file itself may not exist yet, and is replaced on a
first save); it leaves no file behind and is released by the OS if the process dies.

The app takes the same lock for each save, without waiting (``wait=False``): while a command-line
run holds it, the app's save is refused in words and the work stays open. The app does not hold it
from open to save: a window stays open for hours, and the lock is on the folder, so every
``extract --project`` into that folder would hang until the window closed. Instead a save checks,
under the lock, that nobody else saved since the file was opened
(:class:`~explorer.store.failures.ProjectConflictError`). Between them no writer's work is lost: a
command-line run never sees an app save land between its reading and its saving, and an app save
after a command-line run is refused (Save As keeps the work) rather than written over it.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Callable, Iterator

from explorer.store.failures import ProjectSaveError

try:
    import fcntl
except ImportError:  # Windows: no flock; the save-time conflict check still protects the file
    fcntl = None  # type: ignore[assignment]

#: Why a save that would not wait was refused.
BUSY = ("another program (an `explorer extract --project` run) is writing a project in this folder; "
        "save again when it has finished, or Save As elsewhere")


class ProjectBusyError(ProjectSaveError):
    """The writers' lock is held by another process and the caller chose not to wait."""

    def __init__(self, path: str) -> None:
        super().__init__(path, BUSY)


@contextmanager
def project_lock(path: str, waiting: Callable[[], None] | None = None, wait: bool = True) -> Iterator[None]:
    """Hold the writers' lock for ``path``; ``waiting()`` is called once if another process holds it.

    With ``wait=False`` a held lock raises :class:`ProjectBusyError` instead (the app's thread must
    not block for the length of another program's run)."""
    if fcntl is None:
        yield
        return
    folder = os.path.dirname(os.path.abspath(path)) or "."
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # cannot even open the folder: the save will say why
        yield
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not wait:
                raise ProjectBusyError(path) from None
            if waiting is not None:
                waiting()
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError:  # a file system without flock: go on, the save-time check remains
            pass
        yield
    finally:
        os.close(fd)  # closing releases the lock
