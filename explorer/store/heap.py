"""Give the C heap's free pages back to the system after a large build (issue 16, memory).

Why: the search text and index of a million events are built in the background from temporaries
(each chunk's records, the casefolded strings, the postings before they are merged and sealed).
Once they are freed, glibc keeps most of that memory in its heap for later allocations: at 1M
events 35-40 MB of resident memory held by nobody, which the system's view of the app (and the
1.5 GB target) counts. ``malloc_trim(0)`` returns every free page of every arena (not only the top
of the main heap, which a single live block blocks), in one call of a few milliseconds.

Only glibc has ``malloc_trim``: elsewhere (macOS, Windows, musl) :func:`release_free_memory` does
nothing and says so. Nothing here imports Qt.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from functools import cache


#: Free heap a process may keep before it is worth giving back (checked often: a background
#: build's steps, the GUI's idle timer): below it, the pages are likely reused soon.
SLACK = 32 * 2**20


@cache
def _malloc_trim():  # noqa: ANN202 - a ctypes function, or None
    """glibc's ``malloc_trim``, or None where the C library has none."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]


@cache
def _mallinfo2():  # noqa: ANN202 - a ctypes function, or None
    """glibc's ``mallinfo2`` (2.33 and later), or None."""
    if _malloc_trim() is None:
        return None
    try:
        info = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").mallinfo2
    except (OSError, AttributeError):
        return None
    info.restype = _MallInfo2
    return info


def free_heap_bytes() -> int | None:
    """Bytes glibc's heap holds free (a few microseconds to ask), or None where it cannot tell."""
    info = _mallinfo2()
    return None if info is None else int(info().fordblks)


def can_release() -> bool:
    """Whether this platform's C library can give free heap pages back (glibc)."""
    return _malloc_trim() is not None


def release_free_memory(at_least: int = 0) -> bool:
    """Return the C heap's free pages to the system, when it holds ``at_least`` bytes free (asked
    first, so that a caller can check often for nothing: memory given back is faulted in again by
    the next allocation that needs it, about a millisecond per 30 MB); False where the platform
    cannot, or nothing was returned."""
    trim = _malloc_trim()
    if trim is None:
        return False
    if at_least > 0:
        free = free_heap_bytes()
        if free is not None and free < at_least:
            return False
    return bool(trim(0))
