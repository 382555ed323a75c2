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


#: Free heap bytes right after the last trim, or since then the lowest seen: what is free beyond it
#: was freed since (glibc counts pages it gave back as free still, so the free bytes alone do not
#: say what is resident).
_free_after_trim = 0


def release_free_memory(at_least: int = 0) -> bool:
    """Return the C heap's free pages to the system; with ``at_least``, only once that many bytes
    were freed since the last time (asked first, a few µs, so that a caller can check often for
    nothing: memory given back is faulted in again by the next allocation that needs it, about a
    millisecond per 30 MB). False where the platform cannot, or nothing was returned."""
    global _free_after_trim
    trim = _malloc_trim()
    if trim is None:
        return False
    if at_least > 0:
        free = free_heap_bytes()
        if free is not None:
            _free_after_trim = min(_free_after_trim, free)  # reused since: resident again when freed
            if free - _free_after_trim < at_least:
                return False
    released = bool(trim(0))
    _free_after_trim = free_heap_bytes() or 0
    return released
