"""What dating a document and tagging it both read off the same text, read once per text.

The ingest route infers a document's date (or checks the date in its file name) and then tags the
text: both split it into sentences and weigh the verb markers of the sentences their expressions
stand in. Those depend on the text alone, so they are kept for the last few texts instead of being
found again by each reader.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
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
    depend on the sentence's text only; see ``resolve._tense_markers``), shared by every
    ``Context`` of the same text."""
    return {}
