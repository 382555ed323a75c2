"""Loading articles without freezing the window: the pipeline's generator stepped from the event loop.

Each step extracts documents for at most a frame's worth of time, then yields to Qt, so the window
paints and stays responsive; every finished document goes to the model as one batch.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator, Sequence

from PySide6.QtCore import QObject, QTimer, Signal

from explorer.documents import ReadError, find_documents
from explorer.pipeline import ExtractedDocument, iter_extract

log = logging.getLogger(__name__)

STEP_BUDGET_S = 0.03


class DocumentLoader(QObject):
    documentLoaded = Signal(object)  #: ExtractedDocument
    problem = Signal(object)  #: ReadError
    progress = Signal(int, int)  #: done, total
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._iter: Iterator[ExtractedDocument | ReadError] | None = None
        self._done = 0
        self._total = 0
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

    def is_running(self) -> bool:
        return self._iter is not None

    def start(self, paths: Sequence[str]) -> None:
        self.cancel()
        files, problems = find_documents(paths)
        for err in problems:
            self.problem.emit(err)
        self._iter = iter_extract(files)
        self._done, self._total = 0, len(files)
        self.progress.emit(0, self._total)
        self._timer.start()

    def cancel(self) -> None:
        self._timer.stop()
        if self._iter is not None:
            close = getattr(self._iter, "close", None)
            self._iter = None
            if close is not None:
                close()

    def _step(self) -> None:
        deadline = time.perf_counter() + STEP_BUDGET_S
        while self._iter is not None and time.perf_counter() < deadline:
            try:
                item = next(self._iter)
            except StopIteration:
                self._iter = None
                self._timer.stop()
                self.finished.emit()
                return
            self._done += 1
            if isinstance(item, ReadError):
                log.warning("could not read %s", item)
                self.problem.emit(item)
            else:
                self.documentLoaded.emit(item)
            self.progress.emit(self._done, self._total)
