"""The import's "about N s left" weighs files by their bytes: on a fake pool of two workers reading
a folder of one big file and many small ones at a steady rate, the estimate stays near the true
time left all along, where a count of files said "almost done" once the small ones were."""

from __future__ import annotations

import heapq

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.property_examples import examples

from explorer.ingest.time_left import FILE_COST_BYTES, BytesLeft, file_sizes

RATE = 1_000_000  # bytes a second a worker reads
STEP = 0.05  # how often a worker reports how far through its file it is


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _read_time(size: int) -> float:
    return (size + FILE_COST_BYTES) / RATE


def run_pool(sizes: dict[str, int], workers: int, order: list[str]):
    """Two (or more) workers take the files in ``order``, each reporting every STEP how far it is;
    yields (estimate, true seconds left, seconds elapsed, files done, files) at each report."""
    clock = FakeClock()
    left = BytesLeft(clock)
    left.listed(sizes)
    left.start()
    queue = list(order)
    busy: list[tuple[float, float, str]] = []  # (end, start, path)
    for _ in range(workers):
        if queue:
            path = queue.pop(0)
            heapq.heappush(busy, (_read_time(sizes[path]), 0.0, path))
    finish_times = _finish_times(sizes, workers, order)
    end_of_all = max(finish_times.values())
    done = 0
    while busy:
        clock.now = round(clock.now + STEP, 9)
        while busy and busy[0][0] <= clock.now:
            end, _, path = heapq.heappop(busy)
            left.finished(path)
            done += 1
            if queue:
                nxt = queue.pop(0)
                heapq.heappush(busy, (end + _read_time(sizes[nxt]), end, nxt))
        for end, start, path in busy:
            left.within(path, (clock.now - start) / (end - start))
        if busy:
            yield left.seconds_left(), end_of_all - clock.now, clock.now, done, len(sizes)


def _finish_times(sizes: dict[str, int], workers: int, order: list[str]) -> dict[str, float]:
    free = [0.0] * workers
    out = {}
    for path in order:
        start = heapq.heappop(free)
        out[path] = start + _read_time(sizes[path])
        heapq.heappush(free, out[path])
    return out


def _folder() -> dict[str, int]:
    sizes = {"book.txt": 6_000_000}
    sizes.update({f"article-{n:02}.txt": 3_000 for n in range(40)})
    return sizes


@pytest.mark.parametrize("big_first", [True, False])
def test_one_big_file_among_small_ones_is_estimated_by_its_bytes(big_first):
    sizes = _folder()
    small = [p for p in sizes if p != "book.txt"]
    order = ["book.txt", *small] if big_first else [*small, "book.txt"]
    checked, files_misled = 0, False
    for estimate, truth, elapsed, done, total in run_pool(sizes, 2, order):
        if truth < 0.5 or elapsed < 0.2:  # the first reports tell no pace, and in the last half second
            continue  # any estimate is a few tenths off
        assert estimate is not None
        assert abs(estimate - truth) <= 0.25 * truth + 0.3, (estimate, truth, done)
        if done:  # what counting the files said
            files_misled |= elapsed / done * (total - done) < 0.2 * truth
        checked += 1
    assert checked > 40
    assert files_misled  # the case is one where a count of files is wrong


def test_nothing_is_told_before_anything_is_read_nor_once_everything_is():
    clock = FakeClock()
    left = BytesLeft(clock)
    assert left.seconds_left() is None and left.fraction() == 0.0
    left.listed({"a.txt": 1000, "b.txt": 1000})
    clock.now = 1.0
    assert left.seconds_left() is None  # nothing read yet: no figure rather than a wild one
    left.within("a.txt", 0.5)
    assert left.seconds_left() == pytest.approx(1.0 / (0.5 * (1000 + FILE_COST_BYTES))
                                                * (1.5 * (1000 + FILE_COST_BYTES)))
    left.finished("a.txt")
    left.within("a.txt", 0.7)  # a late report of a file done changes nothing
    assert left.fraction() == pytest.approx(0.5)
    left.finished("b.txt")
    assert left.seconds_left() is None and left.fraction() == 1.0


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(st.integers(0, 5_000_000), min_size=1, max_size=12), st.data())
def test_the_fraction_read_only_grows_and_ends_at_one(sizes_list, data):
    sizes = {f"f{n}": size for n, size in enumerate(sizes_list)}
    left = BytesLeft(FakeClock())
    left.listed(sizes)
    seen = 0.0
    for path in sizes:
        for fraction in sorted(data.draw(st.lists(st.floats(0, 1), max_size=4))):
            left.within(path, fraction)
            assert left.fraction() >= seen - 1e-12
            seen = left.fraction()
        left.finished(path)
        assert left.fraction() >= seen - 1e-12
        seen = left.fraction()
    assert seen == pytest.approx(1.0)


def test_sizes_of_files_that_cannot_be_read_are_zero(tmp_path):
    (tmp_path / "a.txt").write_text("x" * 10, encoding="utf-8")
    assert file_sizes([str(tmp_path / "a.txt"), str(tmp_path / "gone.txt")]) == {
        str(tmp_path / "a.txt"): 10, str(tmp_path / "gone.txt"): 0}
