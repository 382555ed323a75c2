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
import os
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


def resident_bytes() -> int | None:
    """The process's resident memory (``/proc/self/statm``, a few µs), or None where unknown."""
    try:
        with open("/proc/self/statm", "rb") as f:
            return int(f.read().split()[1]) * _PAGE
    except (OSError, ValueError, IndexError):
        return None


_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def can_release() -> bool:
    """Whether this platform's C library can give free heap pages back (glibc)."""
    return _malloc_trim() is not None


#: Resident bytes right after the last trim, or the lowest seen since: growth beyond it is memory
#: taken since, which the next trim may give back if it was freed meanwhile. (glibc's own count of
#: free bytes does not tell: it counts the pages a trim gave back as free still.)
_resident_after_trim = 0


def release_free_memory(at_least: int = 0) -> bool:
    """Return the C heap's free pages to the system; with ``at_least``, only once the process grew
    by that much since the last trim (asked first, a few µs, so that a caller can check often for
    nothing: memory given back is faulted in again by the next allocation that needs it, about a
    millisecond per 30 MB). False where the platform cannot, or nothing was returned."""
    global _resident_after_trim
    trim = _malloc_trim()
    if trim is None:
        return False
    if at_least > 0:
        resident = resident_bytes()
        if resident is not None:
            _resident_after_trim = min(_resident_after_trim, resident) if _resident_after_trim else resident
            if resident - _resident_after_trim < at_least:
                return False
    released = bool(trim(0))
    _resident_after_trim = resident_bytes() or 0
    return released
