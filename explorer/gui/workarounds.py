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

The bug is wider than overrides: PySide6-Essentials 6.12.0 also hands back ``None`` from every void
method and null pointer, and ``True`` from ``Signal.emit()``, without a reference (see
tests/gui/test_binding_refcounts.py), and pyproject.toml now excludes that version; 6.11.3 moves
neither count. So the ballast is added only where the binding is seen to over-release: a few
hundred calls of a void method and of ``emit()`` at import measure it. On a sound binding nothing
is touched, and a refcount bug anywhere else still shows up instead of being hidden.
"""

from __future__ import annotations

import ctypes
import sys

#: 2**60 leaked releases would take centuries at a billion per second.
_NONE_BALLAST = 1 << 60


#: Calls of each probe; a binding that over-releases loses one reference a call, a sound one a
#: handful at most while its lazy caches fill.
_PROBE_CALLS = 200


def binding_over_releases() -> bool:
    """Whether the Qt binding releases ``None`` (from a void method) or ``True`` (from ``emit()``)
    once per call more than it took: measured, not looked up by version, so a later release with
    the same fault is caught too. Costs a fraction of a millisecond, and on a faulty binding
    ``_PROBE_CALLS`` references of each, which the interpreter has to spare at import."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        fired = Signal()

    probe = _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("")
        probe.fired.emit()
    lost = max(none_before - sys.getrefcount(None), true_before - sys.getrefcount(True))
    return lost > _PROBE_CALLS // 2


def protect_none_refcount() -> bool:
    """Make ``None``, ``True`` and ``False`` effectively immortal on CPython < 3.12 when the binding
    over-releases them; returns whether anything was done."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not binding_over_releases():
        return False
    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt is the first field of PyObject
        if refcount.value < _NONE_BALLAST:
            refcount.value += _NONE_BALLAST
    return True
