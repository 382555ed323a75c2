"""Helpers for work that makes a great many objects at once (opening a project, showing its rows).

Why: such work makes millions of objects and no cycles, and Python's cyclic collector, run again and
again over the growing heap, cost as much time as the work itself; the store and the window both
open projects, so the one switch lives here, below them.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """Opening makes millions of objects and no cycles; the cyclic collector, run again and again
    over the growing heap meanwhile, took as long as making them (the records of 100k events:
    1.2 of 3.1 s of CPU). Switched off for the block, back on after (if it was on)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
