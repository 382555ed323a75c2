"""Start a coalescing timer without postponing it.

Many views redo some work "on the next event-loop turn" after a burst of model signals, through a
single-shot zero-time ``QTimer``. Connecting the signals to ``timer.start`` restarts a pending timer,
and an import adds a document every turn: the work then waited for the import's end (the table's
rows piled up unsorted, the Date column cut the dates, the timeline said "No event matches").
:func:`start_once` starts the timer only when it is not already pending.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer


def start_once(timer: QTimer, interval_ms: int | None = None) -> bool:
    """Start ``timer`` unless it is already pending: a burst of calls runs its work once, soon.

    ``interval_ms``, when given, is the wait of a timer started now; a pending timer keeps its own
    (changing it would restart it). Returns whether the timer was started by this call."""
    if timer.isActive():
        return False
    if interval_ms is not None:
        timer.setInterval(interval_ms)
    timer.start()
    return True


def starter(timer: QTimer) -> Callable[..., None]:
    """A slot for any signal (its arguments ignored) that calls :func:`start_once` on ``timer``."""
    return lambda *_args: start_once(timer)
