"""Files read by worker processes tell how far through them the extraction is, as files read in this
process do, and a cancel stops them halfway (issue: with ``--jobs N`` and in the app's pool a big
file showed no progress until it was done, and a cancel waited for its end)."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from explorer.ingest import ingest, pool

PARAGRAPH = ("The river rose on {day} May 2019 and the council closed the lower bridge. Two days later "
             "the army brought sandbags, and the mayor said the ferry would not run.\n\n")


@pytest.fixture(scope="module")
def warm() -> None:
    """The extraction's modules and tables loaded before the pool starts, so each worker inherits
    them instead of loading them again (seconds on a shared machine)."""
    from explorer.documents import Document
    from explorer.ingest import extract_document

    extract_document(Document("warm.txt", PARAGRAPH.format(day=1), "Warm"))


@pytest.fixture
def two_files_make_a_pool(monkeypatch, warm) -> None:
    monkeypatch.setattr(pool, "PARALLEL_THRESHOLD", 2)


def _write(folder: Path, names: list[str], paragraphs: int) -> list[str]:
    text = "".join(PARAGRAPH.format(day=1 + i % 28) for i in range(paragraphs))
    for name in names:
        (folder / name).write_text(text, encoding="utf-8")
    return [str(folder / name) for name in names]


def test_each_file_read_by_a_worker_reports_how_far_it_is(two_files_make_a_pool, tmp_path: Path) -> None:
    paths = _write(tmp_path, ["a.txt", "b.txt"], 3)
    told: list[tuple[str, float, int]] = []
    got: list[str] = []
    run = ingest([tmp_path], lambda path, result: got.append(path), jobs=2,
                 within=lambda path, fraction: told.append((path, fraction, threading.get_ident())))
    assert got == paths and not run.problems and not run.cancelled
    assert {path for path, _, _ in told} == set(paths)  # each worker's file was reported
    assert all(0.0 <= fraction <= 1.0 for _, fraction, _ in told)
    assert {thread for _, _, thread in told} == {threading.get_ident()}  # in the caller's thread


def test_a_cancel_stops_the_files_the_workers_are_reading(two_files_make_a_pool, tmp_path: Path) -> None:
    _write(tmp_path, ["a.txt", "b.txt"], 200)
    cancel = threading.Event()
    got: list[str] = []
    run = ingest([tmp_path], lambda path, result: got.append(path), jobs=2, cancel=cancel,
                 within=lambda path, fraction: cancel.set())
    assert run.cancelled and not got and not run.problems  # stopped halfway: dropped, not failed


def test_reports_reach_the_caller_from_a_worker_process(two_files_make_a_pool) -> None:
    results = dict(pool.run_in_order(_pid_after_reporting, ["x", "y", "z"], jobs=2,
                                     reports=lambda index, fraction: reported.append((index, fraction))))
    assert sorted(results) == [0, 1, 2] and os.getpid() not in results.values()
    assert sorted(reported) == [(0, 0.5), (1, 0.5), (2, 0.5)]


reported: list[tuple[int, float]] = []


def _pid_after_reporting(item: str, report) -> int:  # type: ignore[no-untyped-def]
    report(0.5)
    time.sleep(0.2)  # the report travels on its own queue: it is read before the result arrives
    return os.getpid()
