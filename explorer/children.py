"""Child processes that end with the program, however it ends.

A worker process does not notice on its own that the program which started it has gone: killed by a
supervisor's timeout, ``kill -9``, or a crash in Qt leave extraction workers (parent pid 1) burning a
core for as long as their document takes. So every child the program starts (the extraction and
import pools, the annotation job) runs :func:`die_with_parent` first:

* on Linux the kernel's parent-death signal (``prctl(PR_SET_PDEATHSIG, SIGKILL)``, set through
  ``ctypes``) kills the child the moment its parent process is gone;
* everywhere (and behind it on Linux, for the window before ``prctl`` and for a child whose direct
  parent is a fork server rather than the program) a daemon thread looks four times a second whether
  the program is still there, and ends the child when it is not.

Call sites stay one line: ``ProcessPoolExecutor(..., **children.pool_options())`` for a pool, and
``target=children.guarded(function)`` for a ``multiprocessing.Process``.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import os
import signal
import sys
import threading
from typing import Any, Callable

#: How often the watching thread looks for the program (seconds); a child ends within about this.
POLL_S = 0.25
PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def pool_options() -> dict[str, Any]:
    """Keyword arguments for a ``ProcessPoolExecutor``: each worker watches this process."""
    return {"initializer": die_with_parent, "initargs": (os.getpid(),)}


def guarded(target: Callable[..., Any]) -> Callable[..., Any]:
    """``target`` for a ``multiprocessing.Process`` that dies with this process (picklable when
    ``target`` is a module-level function, as spawn and forkserver need)."""
    return functools.partial(_run_guarded, os.getpid(), target)


def _run_guarded(program_pid: int, target: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    die_with_parent(program_pid)
    return target(*args, **kwargs)


def die_with_parent(program_pid: int) -> None:
    """In a child: end this process when its parent, or the program ``program_pid``, is gone."""
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        _set_parent_death_signal()
    started = start_time(program_pid)  # a pid used again by another process later is not the program
    if not is_alive(program_pid, started) or (parent == program_pid and os.getppid() != parent):
        os._exit(1)  # the program died before we could ask to be told: nothing to work for
    watcher = threading.Thread(target=_watch, args=(program_pid, started, parent), name="watch-parent", daemon=True)
    watcher.start()


def _set_parent_death_signal() -> bool:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0
    except (OSError, AttributeError):  # no libc by that name: the watching thread still works
        return False


def _watch(program_pid: int, started: int | None, parent: int) -> None:
    """The only guard of a fork server's child on Linux too: the server lives as long as any of its
    children holds its pipe, so the child's own parent-death signal never comes."""
    stop = threading.Event()
    while not stop.wait(POLL_S):
        if os.getppid() != parent or not is_alive(program_pid, started):
            os._exit(1)


def _proc_stat(pid: int) -> list[bytes] | None:
    """The fields of ``/proc/PID/stat`` after the command name (state first), None without /proc."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            return handle.read().rsplit(b")", 1)[1].split()
    except (OSError, IndexError):
        return None


def start_time(pid: int) -> int | None:
    """When ``pid`` started (clock ticks after boot), to tell it from a later process with its pid."""
    fields = _proc_stat(pid)
    return int(fields[19]) if fields is not None and len(fields) > 19 else None


def is_alive(pid: int, started: int | None = None) -> bool:
    """Whether process ``pid`` runs (a zombie, dead but not yet collected by its parent, does not),
    and is the one that started at ``started`` when that is given."""
    if os.name == "nt":
        return _windows_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    fields = _proc_stat(pid)
    if fields is None:
        return True  # no /proc (macOS): a reparented child is caught by the ppid check instead
    if fields[0] in (b"Z", b"X"):
        return False
    return started is None or start_time(pid) == started


def _windows_alive(pid: int) -> bool:
    kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        kernel.GetExitCodeProcess(handle, ctypes.byref(code))
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel.CloseHandle(handle)
