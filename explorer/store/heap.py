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


def can_release() -> bool:
    """Whether this platform's C library can give free heap pages back (glibc)."""
    return _malloc_trim() is not None


def release_free_memory() -> bool:
    """Return the C heap's free pages to the system; False where the platform cannot (or had
    nothing to return)."""
    trim = _malloc_trim()
    return bool(trim(0)) if trim is not None else False
