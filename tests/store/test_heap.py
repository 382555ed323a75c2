"""The C heap's free pages go back to the system when asked (glibc's ``malloc_trim``)."""

from __future__ import annotations

import os
import sys

import pytest

from explorer.store.heap import can_release, release_free_memory


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


@pytest.mark.skipif(not can_release(), reason="only glibc gives free heap pages back")
def test_freed_blocks_inside_the_heap_are_given_back() -> None:
    # 120 MB of 1 kB blocks (past Python's small-object allocator, so glibc's heap holds them),
    # every hundredth kept: the rest is free memory in holes glibc does not return by itself.
    blocks = [bytes(1000) + i.to_bytes(4, "little") for i in range(120_000)]
    kept = blocks[::100]
    del blocks
    held = _rss_mb()
    release_free_memory()
    given_back = held - _rss_mb()
    assert given_back > 60, f"only {given_back:.0f} MB given back"
    assert len(kept) == 1200


def test_other_platforms_skip_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import explorer.store.heap as heap

    heap._malloc_trim.cache_clear()
    monkeypatch.setattr(sys, "platform", "darwin")
    try:
        assert not can_release()
        assert release_free_memory() is False
    finally:
        heap._malloc_trim.cache_clear()


@pytest.mark.skipif(not can_release(), reason="only glibc gives free heap pages back")
def test_a_trim_waits_until_enough_was_freed_since_the_last(monkeypatch: pytest.MonkeyPatch) -> None:
    """What counts is what the process grew by since the last trim (glibc still counts the pages it
    gave back as free, so its free bytes do not tell)."""
    import explorer.store.heap as heap

    if heap.resident_bytes() is None:
        pytest.skip("no /proc/self/statm")
    trims: list[int] = []
    real = heap._malloc_trim()
    monkeypatch.setattr(heap, "_malloc_trim", lambda: lambda pad: trims.append(pad) or real(pad))
    release_free_memory()
    assert trims == [0]
    for _ in range(3):  # nothing freed since: however often asked, no trim
        assert release_free_memory(at_least=8 * 2**20) is False
    assert trims == [0]
    blocks = [bytes(1000) + i.to_bytes(4, "little") for i in range(30_000)]
    kept = blocks[::100]
    del blocks  # about 30 MB freed
    assert release_free_memory(at_least=64 * 2**20) is False and trims == [0]
    release_free_memory(at_least=8 * 2**20)
    assert trims == [0, 0] and len(kept) == 300
    assert release_free_memory(at_least=8 * 2**20) is False and trims == [0, 0]
