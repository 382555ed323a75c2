"""Why a project file could not be opened or saved, in words a user can act on.

SQLite and the OS report "attempt to write a readonly database", ``errno 28`` or "database is
locked"; the analyst needs "the folder is read-only", "the disk is full", "another program is
writing this project". Every failure names the file. Kept apart from the file's code
(:mod:`explorer.store.sqlite`, :mod:`~explorer.store.saving`, :mod:`~explorer.store.loading`) so the
app and the CLI share one wording.
"""

from __future__ import annotations

import errno
import os
import socket
import sqlite3

from explorer.documents.reader import PathError


class ProjectFileError(Exception):
    """A file that is not a project, a damaged one, or one from a newer version of the program."""


class ProjectSaveError(ProjectFileError, PathError):
    """The project could not be written; ``reason`` says why in words. Nothing on disk changed."""


class ProjectConflictError(ProjectSaveError):
    """Another program saved the file since this project was read from it: writing would lose its
    work, so nothing is written. ``holder`` names that program when the file says."""

    def __init__(self, path: str, holder: str | None) -> None:
        who = f" ({holder})" if holder else ""
        super().__init__(
            path,
            f"another program{who} changed this project since it was opened; your changes were not written "
            "over its work. Save them under another name (Save As), or open the file again and redo them",
        )
        self.holder = holder


def writer_name(program: str = "Timeline Explorer") -> str:
    """Who is writing: recorded in the file at each save, named to whoever finds it changed."""
    return f"{program}, process {os.getpid()} on {socket.gethostname()}"


def _folder(path: str) -> str:
    return os.path.dirname(os.path.abspath(path)) or "."


def is_writable_place(path: str) -> bool:
    """Whether the file (if present) and its folder can be written: SQLite needs both for its log."""
    folder_ok = os.access(_folder(path), os.W_OK)
    file_ok = not os.path.exists(path) or os.access(path, os.W_OK)
    return folder_ok and file_ok


def why_cannot_save_here(path: str) -> str | None:
    """Why a project could not be saved at ``path``, found before any work is done (None: it can).

    A file is created in the project's folder and removed again: the only test that holds for every
    user and file system (``os.access`` says yes to root on /proc, and to anyone on a share that then
    refuses). Why: ``extract --project`` read a whole folder, said "18 new documents in P", and only
    then found it could not write P."""
    import tempfile

    if not os.path.isdir(_folder(path)):
        return f"there is no folder {_folder(path)}"
    try:
        handle, probe = tempfile.mkstemp(prefix=".explorer-probe-", dir=_folder(path))
    except (OSError, UnicodeError) as err:
        return why_save_failed(err, path)
    os.close(handle)
    try:
        os.remove(probe)
    except OSError:
        pass
    if os.path.exists(path) and not os.access(path, os.W_OK):
        return "the file is read-only; save it under another name (Save As)"
    return None


#: SQLite's primary result codes that name a cause (https://sqlite.org/rescode.html).
_SQLITE_PERM, _SQLITE_READONLY, _SQLITE_FULL = 3, 8, 13


def why_save_failed(err: BaseException, path: str) -> str:
    """The reason a save failed, as the user should read it."""
    message = str(err).lower()
    # An OS error's errno and SQLite's result code are two numberings that overlap: SQLite's plain
    # SQLITE_ERROR is 1, which is EPERM, so "table documents has 12 columns but 11 values" was told
    # to the user as "the file is read-only". Each is read in its own numbering.
    number = err.errno if isinstance(err, OSError) else None
    code = getattr(err, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if number == errno.ENOSPC or primary == _SQLITE_FULL or "disk is full" in message:
        return "the disk is full; free some space or save to another disk (Save As)"
    if number == errno.EDQUOT:
        return "your disk quota is used up; free some space or save elsewhere (Save As)"
    if "locked" in message or "busy" in message:
        return "another program is writing this project; try again when it has finished, or Save As"
    if ("readonly" in message or "read-only" in message or isinstance(err, PermissionError)
            or number in (errno.EACCES, errno.EPERM, errno.EROFS) or primary in (_SQLITE_PERM, _SQLITE_READONLY)):
        if not os.access(_folder(path), os.W_OK):
            return "the folder is read-only; save to another folder (Save As)"
        return "the file is read-only; save it under another name (Save As)"
    if isinstance(err, UnicodeError):
        return f"a name or text in it cannot be stored ({err})"
    if isinstance(err, (FileNotFoundError, NotADirectoryError)) or "unable to open" in message:
        if not os.path.isdir(_folder(path)):
            return "the folder no longer exists; save to another folder (Save As)"
        if not os.access(_folder(path), os.W_OK):
            return "the folder is read-only; save to another folder (Save As)"
    if isinstance(err, sqlite3.DatabaseError) and ("malformed" in message or "not a database" in message):
        return "the file there is damaged; save under another name (Save As)"
    detail = getattr(err, "strerror", None) or str(err) or type(err).__name__
    return f"the file could not be written ({detail})"


def why_open_failed(err: BaseException) -> str:
    """The reason a project could not be read, without SQLite's or JSON's internals first."""
    if isinstance(err, PermissionError):
        return "you do not have permission to read it"
    if isinstance(err, sqlite3.DatabaseError):
        text = str(err).lower()
        if "locked" in text or "busy" in text:
            return "another program is writing it; try again when it has finished"
        return f"the project file is damaged ({err})"
    if isinstance(err, (ValueError, KeyError, TypeError, AttributeError, IndexError)):
        return f"the project file is damaged: a stored record cannot be read ({type(err).__name__}: {err})"
    detail = getattr(err, "strerror", None) or str(err) or type(err).__name__
    return f"it could not be read ({detail})"
