"""How fast ``find_mentions`` reads (skipped in CI with ``--benchmark-skip``): it runs once per
document before the Actors list can be shown, and was most of that list's wait on a folder of
histories. The figure is words per CPU second on the bundled sample."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from explorer.entities.mentions import find_mentions

DATA = Path(__file__).resolve().parents[2] / "data"
#: Words per CPU second the sample must be read at, at least (about 150,000 on the development
#: machine after the fast paths of session 15; about 98,000 before them).
MIN_WORDS_PER_S = 80_000


def _articles() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*.txt"))]
    if not texts:
        pytest.skip("no sample articles in data/")
    return texts


def _cpu(fn, rounds: int = 5) -> float:  # type: ignore[no-untyped-def]
    """Best CPU seconds of ``rounds`` runs: the machine is shared, wall time is not ours."""
    best = float("inf")
    for _ in range(rounds):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


@pytest.mark.benchmark
def test_find_mentions_words_per_second(benchmark) -> None:  # type: ignore[no-untyped-def]
    texts = _articles()
    words = sum(len(re.findall(r"\w+", text)) for text in texts)
    find_mentions("Warm up: President Ada Moor of Norway said so.")  # the gazetteer, loaded once per process

    def read_all() -> None:
        for text in texts:
            find_mentions(text)

    benchmark(read_all)
    rate = words / _cpu(read_all)
    print(f"find_mentions: {words:,} words, {rate:,.0f} words per CPU second")
    assert rate >= MIN_WORDS_PER_S
