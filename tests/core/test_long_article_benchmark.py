"""Benchmark (skipped in CI): one 800 KB article extracted in-process, as a user's long report or book.

The text is the readable gold articles (never the held-out ones) and the sample articles joined in a
fixed shuffled order, repeated up to 800 KB. Before the bisected date and mention searches
(explorer.events.spans_within, ``ActorIndex._possessor_of``) a whole ``extract`` of it took 33.7 s CPU
(28.2 s after; 2 MB: 92.5 -> 70.9 s); under cProfile a seventh of it was two filters over every date or mention.

Run: ``python -m pytest -p no:xdist --benchmark-only -s tests/core/test_long_article_benchmark.py``.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document

ROOT = Path(__file__).resolve().parents[2]
SIZE = 800_000


def _long_text(size: int) -> str:
    sys.path.insert(0, str(ROOT / "tests" / "gold"))
    try:
        import score
    finally:
        sys.path.pop(0)
    texts = [(ROOT / "tests" / "gold" / f"{name}.txt").read_text(encoding="utf-8") for name in score.part_names("readable")]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data").glob("*.txt"))]
    order = list(range(len(texts)))
    random.Random(33).shuffle(order)
    out: list[str] = []
    total = k = 0
    while total < size:
        part = texts[order[k % len(order)]].strip()
        out.append(part)
        total += len(part.encode()) + 2
        k += 1
    return "\n\n".join(out) + "\n"


@pytest.mark.benchmark
@pytest.mark.slow
@pytest.mark.timeout(3600)
def test_an_800_kb_article_is_extracted(benchmark) -> None:
    text = _long_text(SIZE)
    found: list[int] = []

    def run() -> None:
        c0, t0 = time.process_time(), time.perf_counter()
        extracted = extract_document(Document("long.txt", text, "Long"), date(2020, 1, 1))
        found.append(len(extracted.events))
        print(f"{len(text)} chars: {len(extracted.events)} events, "
              f"{time.perf_counter() - t0:.1f} s wall, {time.process_time() - c0:.1f} s CPU", flush=True)

    benchmark.pedantic(run, rounds=1, iterations=1)
    assert found[0] > 1000
