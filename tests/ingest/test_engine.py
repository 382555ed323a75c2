"""The ingest engine: one pool that hands results on in the files' order and stops on cancel, one
place deciding parallelism, one document-date rule for every file type, projects known by content."""

from __future__ import annotations

import sqlite3
from concurrent.futures import Future
import threading
import time
from pathlib import Path

import pytest

from explorer.documents import Document
from explorer.ingest import date_document, ingest, plan_workers, run_in_order
from explorer.store import Project


def slow_square(text: str) -> int:
    n = int(text)
    time.sleep(0.02 * (n % 3))  # later items often finish first
    if n == 5:
        raise ValueError("five")
    return n * n


def test_plan_workers_is_the_one_rule():
    assert plan_workers(3, 8) == 0  # a handful of files: no pool
    assert plan_workers(100, 1) == 0
    assert plan_workers(100, 4) == 4
    assert plan_workers(9, 64) == 9  # never more workers than files


@pytest.mark.parametrize("jobs", [1, 2])
def test_results_come_in_the_files_order_and_failures_are_values(jobs):
    items = [str(i) for i in range(12)]
    out = list(run_in_order(slow_square, items, jobs, failed=lambda item, err: f"{item}: {err}"))
    assert [i for i, _ in out] == list(range(12))
    assert out[5][1] == "5: five" and out[11][1] == 121


def test_cancel_stops_handing_out_work_and_keeps_what_finished():
    cancel = threading.Event()
    seen = []
    for i, result in run_in_order(slow_square, [str(i) for i in range(200)], 2, cancel, lambda item, err: None):
        seen.append(i)
        if i == 10:
            cancel.set()
    assert 10 <= len(seen) < 200 and seen == sorted(seen)


def test_one_date_rule_the_text_header_before_the_formats_metadata():
    doc = Document("a.html", "Flood\nJanuary 8, 2019\nThe river rose yesterday.", "Flood")
    dated = date_document(doc, metadata={"date": "2020-01-08"})
    assert (dated.date.isoformat(), dated.date_source) == ("2019-01-08", "header")
    bare = Document("b.html", "Flood\nThe river rose yesterday, officials said.", "Flood")
    dated = date_document(bare, metadata={"date": "2020-01-08"})
    assert (dated.date.isoformat(), dated.date_source) == ("2020-01-08", "metadata")  # before a guess
    dated = date_document(doc, sidecar={"date": "2018-05-05"}, metadata={"date": "2020-01-08"})
    assert dated.date_source == "sidecar"


def test_ingest_reports_progress_problems_and_documents_in_order(tmp_path: Path):
    for name in ("b.txt", "a.txt"):
        (tmp_path / name).write_text(f"Report {name}\n\nThe talks began on March 3, 2019 in Geneva.\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01binary")
    got, progress, problems = [], [], []
    run = ingest([tmp_path, tmp_path / "missing.txt"], lambda path, result: got.append(Path(path).name),
                 progress=lambda done, total, path: progress.append((done, total)), on_problem=problems.append)
    assert got == ["a.txt", "b.txt"]
    assert progress == [(1, 3), (2, 3), (3, 3)]
    assert sorted(Path(p.path).name for p in problems) == ["bad.txt", "missing.txt"] == sorted(Path(p.path).name for p in run.problems)


def test_a_project_is_known_by_its_content_whatever_its_name(tmp_path: Path, capsys):
    from explorer.cli import main

    article = tmp_path / "a.txt"
    article.write_text("Talks\n\nThe talks began on March 3, 2019 in Geneva, officials said.\n", encoding="utf-8")
    project = tmp_path / "work.tlproj"
    assert main(["extract", str(article), "--project", str(project)]) == 0
    renamed = tmp_path / "work.db"
    project.rename(renamed)
    capsys.readouterr()
    assert main(["extract", str(renamed), "--format", "jsonl"]) == 0  # exported, not read as an article
    assert "March 3, 2019" in capsys.readouterr().out
    other = tmp_path / "other.tlproj"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    assert main(["extract", str(other), "--format", "jsonl"]) == 1
    assert "not a Timeline Explorer project" in capsys.readouterr().err


def test_a_project_keeps_its_annotation_and_a_version_1_file_is_migrated(tmp_path: Path):
    from explorer.store.importing import import_paths

    article = tmp_path / "a.txt"
    article.write_text("Talks\n\nMinister Jane Roe met officials in Geneva on March 3, 2019, Roe said.\n", encoding="utf-8")
    project = Project()
    import_paths(project, [article])
    assert project.actor_index is not None and any(e.actors for e in project.events())
    path = tmp_path / "p.tlproj"
    project.save(path)
    again = Project.open(path)
    assert [e.to_dict() for e in again.events()] == [e.to_dict() for e in project.events()]
    old_file = tmp_path / "old.tlproj"  # a file as version 1 of the program wrote it
    from explorer.store.sqlite import APPLICATION_ID, MIGRATIONS

    db = sqlite3.connect(old_file, isolation_level=None)
    MIGRATIONS[0](db)
    db.execute("INSERT INTO documents VALUES ('h', 0, 'a.txt', 'Talks', 'Talks in Geneva.', NULL, 'none', NULL, '{}', '{}', '[]')")
    db.execute("PRAGMA user_version = 1")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.close()
    old = Project.open(old_file)
    assert old.actor_index is None and [d.document.title for d in old.documents()] == ["Talks"]
    tables = {r[0] for r in sqlite3.connect(old_file).execute("SELECT name FROM sqlite_master")}
    assert "annotations" in tables  # migrated on opening


class _HeldPool:
    """A stand-in for the process pool whose work never finishes until the test says so: what the
    engine hands out while its workers are still starting (a fork server's take seconds)."""

    made: list["_HeldPool"] = []

    def __init__(self, max_workers: int, **_options: object) -> None:
        self.max_workers = max_workers
        self.submitted: list[tuple[Future, str]] = []
        _HeldPool.made.append(self)

    def submit(self, work, item):  # noqa: ANN001
        future: Future = Future()
        future.set_running_or_notify_cancel()
        self.submitted.append((future, item))
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """As the real pool's: a cancel's shutdown cancels what has not started (here all is running)."""

    def __enter__(self) -> "_HeldPool":
        return self

    def __exit__(self, *exc: object) -> None:
        return None


def test_while_no_worker_has_finished_the_engine_hands_out_no_more_than_its_window(monkeypatch):
    """The window was checked after each submit, so every poll (20 a second) while the workers were
    starting handed out one file more: a slow start queued a whole folder, and a cancel at the third
    document kept all forty (tests/store's cancel test, now and then after the GUI tests)."""
    from explorer.ingest import pool as pool_module

    _HeldPool.made.clear()
    monkeypatch.setattr(pool_module, "ProcessPoolExecutor", _HeldPool)
    cancel = threading.Event()
    items = [str(i) for i in range(100)]
    got: list[int] = []
    consumer = threading.Thread(target=lambda: got.extend(i for i, _ in run_in_order(
        slow_square, items, 2, cancel, lambda item, err: None)), daemon=True)
    consumer.start()
    try:
        time.sleep(20 * pool_module.POLL_S)  # twenty polls with nothing finished
        held = _HeldPool.made[0]
        window = held.max_workers * pool_module.IN_ORDER_WINDOW
        submitted = len(held.submitted)
    finally:
        cancel.set()
        end = time.monotonic() + 10
        while consumer.is_alive() and time.monotonic() < end:  # let the work finish, whatever was handed out
            for future, item in list(_HeldPool.made[0].submitted):
                if not future.done():
                    future.set_result(int(item) ** 2)
            consumer.join(0.1)
    assert submitted == window
    assert not consumer.is_alive() and len(got) <= window
