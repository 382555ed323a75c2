"""The exception boundary between Qt and our Python code.

PySide6 6.12 cannot survive a Python exception that leaves an override called from C++ while another
Python override is still on the stack (pyqtgraph's ``GraphicsView.paintEvent`` → Qt →
``TimelineItem.paint`` raising): shiboken segfaults in ``PepException_GetArgs`` and the user's
unsaved work is lost. So no exception may ever leave one of our Qt overrides.

* :func:`guard_overrides` (a class decorator) wraps every method a class defines that overrides a
  method of a foreign base class (PySide6 or pyqtgraph: ``paint``, ``data``, ``keyPressEvent``...).
  A wrapped method that raises hands the exception to :func:`report` and returns a harmless value
  (``None``; ``False`` for event filters; an empty rectangle for ``boundingRect``; 0 for counts).
  A test walks every Qt class in ``explorer.gui`` and fails if one override is left unwrapped.
* :func:`report` passes the exception to ``sys.excepthook``: in the app that is
  :func:`explorer.gui.app.excepthook` (logged, shown once in a non-modal message, the app goes on);
  under pytest-qt it is the plugin's hook, so a bug caught here still fails the test that caused it
  rather than becoming a log line.
* Slots connected to signals need no wrapper: PySide6 passes their exceptions to
  ``sys.excepthook`` and returns to the emitter (a test holds this too).
"""

from __future__ import annotations

import functools
import inspect
import sys
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T", bound=type)

#: Marks a wrapped method (the test that checks every override reads it).
GUARDED = "__explorer_guarded__"


def _default_for(name: str) -> Callable[[], Any]:
    """What a failed override returns: a value Qt accepts and that changes nothing."""
    if name == "boundingRect":
        from PySide6.QtCore import QRectF

        return QRectF
    if name in ("sizeHint", "minimumSizeHint"):  # an invalid size: no hint, Qt's own layout
        from PySide6.QtCore import QSize

        return QSize
    if name in ("rowCount", "columnCount"):
        return lambda: 0
    if name.endswith("Filter") or name in ("event", "viewportEvent", "sceneEvent"):
        return lambda: False
    return lambda: None


def report(exc: BaseException) -> None:
    """Hand ``exc`` to ``sys.excepthook`` (never raising itself)."""
    try:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    except Exception:  # the hook itself failed: nothing better to do than stderr
        try:
            sys.__excepthook__(type(exc), exc, exc.__traceback__)
        except Exception:
            pass


def guarded(method: Callable, name: str | None = None) -> Callable:
    """``method`` wrapped so that an exception is reported and a harmless value returned."""
    if getattr(method, GUARDED, False):
        return method
    default = _default_for(name or method.__name__)

    @functools.wraps(method)
    def wrapper(*args, **kwargs):
        try:
            return method(*args, **kwargs)
        except Exception as exc:  # the boundary: see the module docstring
            report(exc)
            return default()

    setattr(wrapper, GUARDED, True)
    return wrapper


def foreign_overrides(cls: type) -> list[str]:
    """Names of the methods ``cls`` itself defines that override a method of a base class outside
    ``explorer`` (the virtuals Qt or pyqtgraph may call)."""
    foreign = [b for b in cls.__mro__[1:] if not b.__module__.startswith("explorer") and b is not object]
    names = []
    for name, value in vars(cls).items():
        if name.startswith("__") or not inspect.isfunction(value):
            continue
        if any(name in vars(b) or hasattr(b, name) for b in foreign):
            names.append(name)
    return names


def guard_overrides(cls: T) -> T:
    """Class decorator: every foreign override of ``cls`` guarded (see the module docstring)."""
    for name in foreign_overrides(cls):
        setattr(cls, name, guarded(vars(cls)[name], name))
    return cls
