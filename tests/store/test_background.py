"""Importing on all cores: progress per document, cancellation, and a core that never loads Qt."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from explorer.store import Project, import_paths


def many(tmp_path: Path, text: str, count: int) -> Path:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(count):
        (folder / f"a{i:03d}.txt").write_text(text.replace("valley", f"valley {i}"), encoding="utf-8")
    (folder / "bad.pdf").write_bytes(b"not a pdf")
    return folder


def test_progress_is_reported_per_document_and_results_keep_input_order(tmp_path: Path, fx) -> None:
    folder = many(tmp_path, fx.FLOOD, 12)
    seen: list[tuple[int, int, str]] = []
    project = Project()
    report = import_paths(project, [folder], jobs=2, progress=lambda d, t, p: seen.append((d, t, p)))
    assert [d for d, _, _ in seen] == list(range(1, 14)) and {t for _, t, _ in seen} == {13}
    assert len(report.added) == 12 and [p.path for p in report.problems] == [str(folder / "bad.pdf")]
    assert [Path(d.document.path).name for d in project.documents()] == [f"a{i:03d}.txt" for i in range(12)]
    assert project.problems and "bad.pdf" in project.problems[0].path


def test_cancel_stops_the_import_and_keeps_what_was_done(tmp_path: Path, fx) -> None:
    folder = many(tmp_path, fx.FLOOD, 40)
    cancel = threading.Event()

    def progress(done: int, total: int, path: str) -> None:
        if done == 3:
            cancel.set()

    project = Project()
    report = import_paths(project, [folder], jobs=2, progress=progress, cancel=cancel)
    assert report.cancelled
    assert 3 <= len(project.documents()) < 40


def test_cancel_before_start_in_one_process(tmp_path: Path, fx) -> None:
    cancel = threading.Event()
    cancel.set()
    report = import_paths(Project(), [many(tmp_path, fx.FLOOD, 2)], jobs=1, cancel=cancel)
    assert report.cancelled and not report.added


def test_store_curation_and_exports_import_no_qt() -> None:
    modules = [
        "explorer.store", "explorer.commands.extract", "explorer.curation", "explorer.curation.edits",
        "explorer.curation.filters", "explorer.exports.project", "explorer.exports.timelinejs", "explorer.exports.ics",
        "explorer.documents.html", "explorer.documents.pdf", "explorer.documents.docx",
    ]
    code = (
        "import sys\n"
        f"for name in {modules!r}: __import__(name)\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph', 'PyQt6', 'PyQt5'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=Path(__file__).parents[2])
    assert out.stdout.strip() == ""
