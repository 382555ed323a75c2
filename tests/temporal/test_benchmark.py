"""Throughput against ``dateparser.search_dates`` on the sample articles (skipped in CI with
``--benchmark-skip``). The product needs at least 5x: tagging runs on every opened document."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from explorer.temporal import find_document_date, infer_document_date, tag
from explorer.temporal.grammar import _find_candidates_cached

DATA = Path(__file__).resolve().parents[2] / "data"


def _articles() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*.txt"))]
    if not texts:
        pytest.skip("no sample articles in data/")
    return texts


def _ours(texts: list[str]) -> int:
    _find_candidates_cached.cache_clear()  # honest: every round scans every text afresh
    n = 0
    for text in texts:
        dct = find_document_date(text) or infer_document_date(text)
        n += len(tag(text, dct))
    return n


@pytest.mark.benchmark
def test_faster_than_search_dates(benchmark) -> None:  # type: ignore[no-untyped-def]
    dateparser_search = pytest.importorskip("dateparser.search")
    texts = _articles()
    dateparser_search.search_dates("warm up on 13 October 2015", languages=["en"])
    t0 = time.perf_counter()
    for text in texts:
        dateparser_search.search_dates(text, languages=["en"])
    theirs = time.perf_counter() - t0
    benchmark(_ours, texts)
    ours = benchmark.stats.stats.mean
    ratio = theirs / ours
    print(f"search_dates {theirs:.3f}s, ours {ours:.4f}s per corpus: {ratio:.0f}x")
    assert ratio >= 5
