"""What dating a document and tagging it both read off the same text, read once per text.

The ingest route infers a document's date (or checks the date in its file name) and then tags the
text: both split it into sentences and weigh the verb markers of the sentences their expressions
stand in. Those depend on the text alone, so they are kept for the last few texts instead of being
found again by each reader.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

from explorer.sentences import split_sentences

_TEXTS = 8
_F = TypeVar("_F", bound=Callable[..., Any])
_MEMOS: list[Any] = []


def memo(maxsize: int = _TEXTS) -> Callable[[_F], _F]:
    """``functools.lru_cache`` for a function of a text, registered so :func:`forget` clears it."""
    def deco(fn: _F) -> _F:
        cached = functools.lru_cache(maxsize=maxsize)(fn)
        _MEMOS.append(cached)
        return cached  # type: ignore[return-value]
    return deco


def forget() -> None:
    """Clear every per-text memo (a benchmark that tags the same texts again must scan afresh)."""
    for cached in _MEMOS:
        cached.cache_clear()


@memo()
def _spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((s.start, s.end) for s in split_sentences(text))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The text's sentences as (start, end), in text order (each caller gets its own list)."""
    return list(_spans(text))


@memo()
def tense_markers(text: str) -> dict[tuple[int, int], list[tuple[int, str, int]]]:
    """The text's sentences' verb markers by sentence span, filled as they are asked for (they
    depend on the sentence's text only; see ``tense_markers.tense_markers``), shared by every
    ``Context`` of the same text."""
    return {}


#: Reading name ("scan", "reported") and how far it got (0..1) -> None.
ReadingReport = Callable[[str, float], None]
#: The text whose first readings report how far they got, and to whom. A context variable, not an
#: argument: the readings are kept per text, and a report passed in would make each call a new key
#: (and a later caller without one would read the whole text again).
_REPORTED_READING: ContextVar[tuple[str, ReadingReport] | None] = ContextVar("reported_reading", default=None)


@contextmanager
def reporting_readings(text: str, report: ReadingReport | None) -> Iterator[None]:
    """Within the block, a kept reading of the whole of ``text`` done for the first time (the scan
    for date expressions, the dates it reports) tells ``report`` how far it got: a big document's
    date is found before anything else is, and the bar must move meanwhile. ``report`` may raise
    to stop the reading (a cancel)."""
    token = _REPORTED_READING.set((text, report) if report is not None else None)
    try:
        yield
    finally:
        _REPORTED_READING.reset(token)


def reading_report(text: str) -> ReadingReport | None:
    """Whom a reading of ``text`` tells how far it got: someone only when ``text`` is the whole text
    being reported on (never one of its lines, read on the way)."""
    current = _REPORTED_READING.get()
    return current[1] if current is not None and current[0] is text else None
