"""Workarounds for bugs in the Qt bindings, each explained, tested, and limited to where it applies.

PySide6 6.12 on CPython < 3.12: every time C++ calls a Python override that must return a
``QVariant`` (``QAbstractItemModel.data``/``headerData``, ``QGraphicsItem.itemChange``, ...) and the
override returns ``None`` (an invalid variant: "no value for this role"), shiboken releases one
reference to ``None`` that it never took. A table view asks ``data()`` for a dozen roles per cell and
pyqtgraph items return ``None`` from ``itemChange`` on every move, so a session of any size drains
``None``'s reference count until it reaches zero and CPython aborts with
"Fatal Python error: none_dealloc" (typically while freeing a large list, or at interpreter exit).
Returning something other than ``None`` is not an option: Qt reads any value as "this role has
this value". CPython 3.12 made ``None`` immortal, which is exactly the fix; on older interpreters we
give ``None`` the same property by raising its count far beyond what any session can drain.

``True`` and ``False`` are drained the same way by overrides returning a ``bool`` (a full GUI test run
lost about 40 references to ``True`` per window built, mostly in the timeline's graphics items, and
aborted with "Fatal Python error: bool_dealloc" after ~70 tests), so they get the same ballast.
"""

from __future__ import annotations

import ctypes
import sys

#: 2**60 leaked releases would take centuries at a billion per second.
_NONE_BALLAST = 1 << 60


def protect_none_refcount() -> bool:
    """Make ``None``, ``True`` and ``False`` effectively immortal on CPython < 3.12; returns whether
    anything was done."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt is the first field of PyObject
        if refcount.value < _NONE_BALLAST:
            refcount.value += _NONE_BALLAST
    return True
