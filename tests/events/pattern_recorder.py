"""Records every regular expression built while a test runs, for the tests that check no pattern is
made for each name or title: ``re.compile`` is not the only way in (``re.search(pattern_text, …)``
builds its pattern through ``re._compile`` without calling it), and ``names.cached_pattern`` hands back
patterns it built earlier without building them again, so both are watched."""

from __future__ import annotations

import re
from types import ModuleType

import pytest

from explorer.events import names


def record_patterns(monkeypatch: pytest.MonkeyPatch, *readers: ModuleType) -> list[str]:
    """The texts of the patterns built from now on (through ``re``'s one compiling function, which
    ``re.compile``, ``re.search`` and the rest call, and through ``cached_pattern`` as each of
    ``readers`` imported it, its cache's hits included)."""
    built: list[str] = []
    real_compile, real_cached = re._compile, names.cached_pattern  # type: ignore[attr-defined]

    def compiling(pattern, flags):  # noqa: ANN001, ANN202 (re's own signature)
        if isinstance(pattern, str):
            built.append(pattern)
        return real_compile(pattern, flags)

    def cached(pattern: str, *flags: int) -> re.Pattern[str]:
        built.append(pattern)
        return real_cached(pattern, *flags)  # (as called: the cache's key is the arguments as given)

    monkeypatch.setattr(re, "_compile", compiling)
    for reader in readers:
        if hasattr(reader, "cached_pattern"):
            monkeypatch.setattr(reader, "cached_pattern", cached)
    return built
