"""One command-line writer per project at a time: the second waits, and says whom it waits for.

Two ``extract --project`` runs on one file would each read it, add their documents and save, and
the later save would win. The CLI holds this lock from opening the project to saving it, so the
second run opens the file only after the first has saved, and adds to it. The lock is an advisory
``flock`` on the project's folder (the project file itself may not exist yet, and is replaced on a
first save); it leaves no file behind and is released by the OS if the process dies. The app does
not hold it for hours: a save there checks that nobody else saved since the file was opened
(:class:`~explorer.store.failures.ProjectConflictError`).
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Callable, Iterator

try:
    import fcntl
except ImportError:  # Windows: no flock; the save-time conflict check still protects the file
    fcntl = None  # type: ignore[assignment]


@contextmanager
def project_lock(path: str, waiting: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold the writers' lock for ``path``; ``waiting()`` is called once if another process holds it."""
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
            if waiting is not None:
                waiting()
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError:  # a file system without flock: go on, the save-time check remains
            pass
        yield
    finally:
        os.close(fd)  # closing releases the lock
