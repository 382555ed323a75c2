"""How long an import has left, from the bytes read rather than the files done.

Counting files, a folder of one 5 MB book and twenty short articles said "about 1 s left" once the
articles were done and the book (nearly all the work) was not, and a folder whose big file came
first said nothing for as long as it was read. Reading time goes with a file's size, so the estimate
weighs each file by its bytes, counts the part of a file being read that its reader reported (a
worker reports as well as this process: several files at once), and extrapolates the bytes per
second so far to the bytes left. That rate is the workers' together: once the other files are done
and one worker is left on a big one, the rate halves, and the estimate said half the time it took;
so the import never ends before the slowest file being read does, told from that file's own pace
between its first report and its last. A file also costs a little whatever its size (opening, dating the
document, building its events): :data:`FILE_COST_BYTES` is added to each file's weight, so a folder
of empty or unreadable files still moves.

Qt-free: the app's import (:mod:`explorer.gui.import_worker`) feeds it and shows its figure.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable

#: What one file costs beyond its bytes, in bytes of reading: a short article's fixed part.
FILE_COST_BYTES = 2048


def file_sizes(paths: Iterable[str]) -> dict[str, int]:
    """Each file's size in bytes (0 when it cannot be told: it then weighs its fixed cost only)."""
    sizes: dict[str, int] = {}
    for path in paths:
        try:
            sizes[path] = os.path.getsize(path)
        except OSError:
            sizes[path] = 0
    return sizes


class BytesLeft:
    """Seconds left of an import, from the bytes of the files listed, done and partly read."""

    def __init__(self, clock: Callable[[], float] = time.perf_counter) -> None:
        self._clock = clock
        self.started = clock()
        self._weights: dict[str, int] = {}
        self._total = 0
        self._done = 0  # the weight of the files finished
        self._partial: dict[str, float] = {}  # the weight read of each file being read
        self._first: dict[str, tuple[float, float]] = {}  # each file being read: (time, fraction) first told
        self._pace: dict[str, float] = {}  # each file being read: the seconds it has left at its own pace

    def start(self) -> None:
        """The import starts now (the time before, listing aside, is not reading)."""
        self.started = self._clock()

    def listed(self, sizes: dict[str, int]) -> None:
        """The files to read and their sizes."""
        self._weights = {path: size + FILE_COST_BYTES for path, size in sizes.items()}
        self._total = sum(self._weights.values())

    def within(self, path: str, fraction: float) -> None:
        """A reader says how far through ``path`` it is (0..1)."""
        weight = self._weights.get(path)
        if weight is None:
            return
        fraction = min(max(fraction, 0.0), 1.0)
        self._partial[path] = weight * fraction
        now = self._clock()
        since, first = self._first.setdefault(path, (now, fraction))
        if fraction > first and now > since:
            self._pace[path] = (now - since) / (fraction - first) * (1.0 - fraction)

    def finished(self, path: str) -> None:
        """``path`` is done (read, or failed: either way no more time goes into it)."""
        self._partial.pop(path, None)
        self._first.pop(path, None)
        self._pace.pop(path, None)
        self._done += self._weights.pop(path, 0)

    def fraction(self) -> float:
        """How much of the work is done, 0..1 (0 before the files are listed)."""
        if not self._total:
            return 0.0
        return min(1.0, (self._done + sum(self._partial.values())) / self._total)

    def seconds_left(self) -> float | None:
        """Extrapolated from the bytes per second so far, and never less than the slowest file
        being read has left at its own pace; None before anything was read or once everything was."""
        read = self._done + sum(self._partial.values())
        if read <= 0 or read >= self._total:
            return None
        elapsed = self._clock() - self.started
        return max(elapsed / read * (self._total - read), *self._pace.values(), 0.0)
