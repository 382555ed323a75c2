"""Importing through the GUI: folders recursively and files, an unreadable file named with its reason
while the rest go on, drop onto the window, events appearing as documents finish; and the
benchmark: 1,000 articles imported, and their actors and places found, while a timer measures the
event loop's longest pause."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent


def _articles(folder, n: int, start_year: int = 1990) -> None:
    for i in range(n):
        sub = folder / f"part{i % 3}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"a{i:04d}.txt").write_text(
            f"Report number {i}\n\nOn {1 + i % 27} March {start_year + i % 30} the council met in session {i}. "
            f"The vote followed on {1 + i % 27} April {start_year + i % 30}.\n", encoding="utf-8")


def test_a_folder_imports_recursively_and_an_unreadable_file_is_listed(qtbot, make_window, tmp_path):
    _articles(tmp_path / "news", 10)
    (tmp_path / "news" / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    win = make_window()
    progress = []
    with qtbot.waitSignal(win.loadFinished, timeout=60_000):
        job = win.project_ctl.import_paths([str(tmp_path / "news")])
        job.progress.connect(lambda done, total: progress.append((done, total)))
        assert win.project_ctl.progress.isVisible() and win.project_ctl.cancel_button.isVisible()
    assert win.model.document_count() == 10
    assert win.model.rowCount() == 20
    assert len(win.problems) == 1 and "broken.pdf" in str(win.problems[0])
    assert "1 unreadable" in win.status_text()
    assert progress[-1] == (11, 11)
    assert not win.project_ctl.progress.isVisible()
    qtbot.waitUntil(lambda: win.timeline.mark_count() == 20)
    # the Filters panel's document list follows (rebuilt a few times a second, not per document)
    panel = win.filters.document
    qtbot.waitUntil(lambda: panel.count() == 11)
    assert sorted(panel.itemText(i) for i in range(1, 11)) == [f"Report number {i}" for i in range(10)]


def test_dropping_files_imports_them_into_the_project(qtbot, make_window, tmp_path, corpus):
    _articles(tmp_path, 2)
    win = make_window()
    win.add_documents(corpus)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in sorted(tmp_path.rglob("*.txt"))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(win.loadFinished, timeout=30_000):
        win.dropEvent(drop)
    assert win.model.document_count() == 4  # added to what was there


def test_cancel_keeps_the_documents_already_read(qtbot, make_window, tmp_path):
    _articles(tmp_path, 300)  # more than one batch's worth, so Cancel comes mid-way
    win = make_window()
    with qtbot.waitSignal(win.project_ctl.importFinished, timeout=60_000) as finished:
        job = win.project_ctl.import_paths([str(tmp_path)], jobs=1)
        job.progress.connect(lambda done, total: done >= 3 and not job.summary.cancelled and win.project_ctl.cancel_button.click())
    summary = finished.args[0]
    assert summary.cancelled and 3 <= summary.done < 300
    assert win.model.document_count() == summary.done


@pytest.mark.benchmark
@pytest.mark.slow
def test_benchmark_event_loop_stays_responsive_while_1000_articles_import(qtbot, make_window, tmp_path, benchmark):
    """Skipped with the other benchmarks (--benchmark-skip); run with --benchmark-only -s."""
    _articles(tmp_path, 1000)
    win = make_window()
    gaps: list[float] = []
    last = [time.perf_counter()]

    where: list[float] = []

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        where.append(now - t0)
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    t0 = time.perf_counter()

    imported = [0.0]

    def run() -> None:
        # measured until the actors and places found after the import are on the events
        with qtbot.waitSignal(win.people.annotated, timeout=600_000):
            with qtbot.waitSignal(win.project_ctl.importFinished, timeout=600_000):
                win.project_ctl.import_paths([str(tmp_path)])
                last[0] = time.perf_counter()
                timer.start()
            imported[0] = time.perf_counter() - t0
        timer.stop()

    benchmark.pedantic(run, rounds=1, iterations=1)
    elapsed = time.perf_counter() - t0
    print(f"\n1000 articles: imported {imported[0]:.1f} s, annotated {elapsed:.1f} s, max event-loop gap {max(gaps) * 1000:.0f} ms, "
          f"p99 {sorted(gaps)[int(len(gaps) * 0.99)] * 1000:.0f} ms, {win.model.rowCount()} events")
    big = sorted(zip(gaps, where), reverse=True)[:6]
    print("largest gaps (ms, ended at s):", [(round(g * 1000), round(w, 2)) for g, w in big])
    assert win.model.document_count() == 1000 and win.people.index is not None
    assert max(gaps) < 0.1


def test_documents_arrive_in_the_files_order_whichever_finishes_first(qtbot, make_window, tmp_path):
    """Worker processes finish in any order (here the first file is long); the project, and so the
    document lanes, take the documents in the order of the files, the same on every import."""
    from explorer.documents import find_documents

    _articles(tmp_path, 40)
    first = tmp_path / "part0" / "a0000.txt"
    first.write_text("Report number 0\n\n" + " ".join(
        f"On {1 + i % 27} May {1950 + i % 60} the council met again." for i in range(3000)), encoding="utf-8")
    win = make_window()
    with qtbot.waitSignal(win.loadFinished, timeout=120_000):
        win.project_ctl.import_paths([str(tmp_path)], jobs=4)
    files, _ = find_documents([str(tmp_path)])
    assert [d.document.path for d in win.model.project.documents()] == [str(f) for f in files]
    qtbot.waitUntil(lambda: win.timeline.lane_count() == 40)
    assert [win.timeline.lane_name(i) for i in range(3)] == [f"Report number {i}" for i in (0, 3, 6)]
